import fs from 'node:fs';
import path from 'node:path';
import { startCaptureServer, type CaptureServer } from '../support/capture-server';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmos-server';
import { ensureBuilt, startBotProcess, writeCaFile, type BotProcess } from '../support/bot-process';
import { mother, onboardCard, postJson } from '../support/test-app';

/**
 * The outside surfaces of CONTRACT.md (as ../shared/contract-check/check.mjs plays them) with
 * STORAGE=cosmos: the bot started as `npm start` starts it, on the Cosmos DB protocol server.
 */
describe('the contract with STORAGE=cosmos', () => {
  let cosmos: CosmosTestServer;
  let capture: CaptureServer;
  let bot: BotProcess;
  let caFile: string;

  beforeAll(async () => {
    ensureBuilt();
    cosmos = await startCosmosServer();
    capture = await startCaptureServer();
    caFile = writeCaFile(cosmos.certificate.cert);
    bot = await startBotProcess({
      STORAGE: 'cosmos',
      COSMOS_ENDPOINT: cosmos.endpoint,
      COSMOS_KEY: cosmos.key,
      COSMOS_DATABASE: 'contract',
      NODE_EXTRA_CA_CERTS: caFile,
    });
  });

  afterAll(async () => {
    await bot?.stop();
    await capture?.close();
    await cosmos?.close();
    if (caFile) fs.rmSync(path.dirname(caFile), { recursive: true, force: true });
  });

  it('answers /healthz with JSON naming the cosmos storage', async () => {
    const res = await fetch(`${bot.base}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('json');
    expect(await res.json()).toMatchObject({ status: 'ok', storage: 'cosmos' });
  });

  it('answers /readyz 200 ready while its Cosmos DB answers', async () => {
    const res = await fetch(`${bot.base}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('keeps a mother through onboarding, every card, export and a refused value', async () => {
    expect((await postJson(bot.base, '/dev/clock', { now: '2026-01-10T10:00:00+01:00' })).status).toBe(200);
    expect(JSON.stringify(await (await fetch(`${bot.base}/dev/clock`)).json())).toContain('2026-01-10');
    const run = await postJson(bot.base, '/dev/checkins/run', {});
    expect(Number.isInteger((run.json as { sent?: unknown }).sent)).toBe(true);

    const m = mother(bot.base, capture, { name: 'contract' });
    expect((await m.send('hei')).replies.length).toBeGreaterThan(0);
    const onboarded = await m.send(onboardCard('2026-01-09T22:00:00+01:00', 'both'));
    expect(onboarded.replies.length).toBeGreaterThan(0);
    for (const card of [
      { action: 'log', type: 'feed', side: 'left' },
      { action: 'log', type: 'diaper', wet: true, stool: 'meconium' },
      { action: 'log', type: 'pump', ml: 4, double: true },
      { action: 'log', type: 'expression', ml: 1 },
      { action: 'checkin', feeds: 6, wetDiapers: 1, yellowStools: 0, pumpMl: [3, 5] },
    ]) {
      const answer = await m.send(card);
      expect({ card, status: answer.status, answered: answer.replies.length > 0 }).toEqual({ card, status: 200, answered: true });
    }

    const exported = await m.exportData();
    expect(exported).toMatchObject({ schemaVersion: 1, mother: { feedingMode: 'both', timezone: 'Europe/Oslo', checkInTime: '09:00' } });
    const types = exported.events.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['feed', 'diaper', 'pump', 'expression']));
    expect(exported.events.filter((e) => e.type === 'pump')).toHaveLength(3);
    expect(exported.findings.every((f) => f.code && f.at && f.severity)).toBe(true);

    const refused = await m.send({ action: 'log', type: 'pump', ml: -5 });
    expect(refused.replies.map((r) => r.text ?? '').join('')).not.toBe('');
    expect((await m.exportData()).events).toHaveLength(exported.events.length);
  });
});
