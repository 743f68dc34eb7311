import type https from 'node:https';
import { startCaptureServer, type CaptureServer } from '../support/capture-server';
import { startFaultProxy, type FaultProxy } from '../support/cosmos-fault-proxy';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmos-server';
import { mother, onboardCard, postJson, startTestApp, type RunningApp } from '../support/test-app';
import { CosmosMotherStore } from '../../src/store/cosmos-mother-store';
import { DECISION_DEADLINE_MS } from '../../src/edge/bot';
import { TURN_BUDGET_MS } from '../../src/edge/turn-pipeline';

const NOW = '2026-11-24T12:00:00+01:00';
const BIRTH = '2026-11-24T03:10:00+01:00';
const DATABASE = 'app-turns';

let cosmos: CosmosTestServer;
let proxy: FaultProxy;
let capture: CaptureServer;
// One options object per endpoint, so the app and the checking store share one client each.
let proxiedOptions: { agent: https.Agent };

beforeAll(async () => {
  cosmos = await startCosmosServer();
  proxy = await startFaultProxy(cosmos);
  capture = await startCaptureServer();
  proxiedOptions = { agent: proxy.agent };
});

afterAll(async () => {
  await capture?.close();
  await proxy?.close();
  await cosmos?.close();
});

async function startBotOn(endpoint: string, clientOptions: { agent: https.Agent }, container: string): Promise<RunningApp> {
  const bot = await startTestApp(
    { STORAGE: 'cosmos', COSMOS_ENDPOINT: endpoint, COSMOS_KEY: cosmos.key, COSMOS_DATABASE: DATABASE, COSMOS_CONTAINER: container },
    { cosmosClientOptions: clientOptions },
  );
  await postJson(bot.base, '/dev/clock', { now: NOW });
  return bot;
}

describe('the bot on Cosmos DB: requests per turn', () => {
  let bot: RunningApp;

  beforeAll(async () => {
    bot = await startBotOn(cosmos.endpoint, { agent: cosmos.agent }, 'turn-cost');
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('spends one read and one write on a log card, and one read on its redelivery', async () => {
    const m = mother(bot.base, capture);
    expect((await m.send(onboardCard(BIRTH))).status).toBe(200);

    const beforeTurn = bot.app.store.requestCount();
    const turn = await m.send({ action: 'log', type: 'feed', side: 'left' }, 'log-activity-1');
    const turnCost = bot.app.store.requestCount() - beforeTurn;

    const beforeRedelivery = bot.app.store.requestCount();
    const redelivered = await m.send({ action: 'log', type: 'feed', side: 'left' }, 'log-activity-1');
    const redeliveryCost = bot.app.store.requestCount() - beforeRedelivery;

    expect(turn.status).toBe(200);
    expect(turn.replies.length).toBeGreaterThan(0);
    expect(turnCost).toBe(2);
    expect(redelivered.status).toBe(200);
    expect(redelivered.replies).toHaveLength(0);
    expect(redeliveryCost).toBe(1);
    const stored = await bot.app.store.get(m.motherId);
    expect(stored?.doc.events.filter((e) => e.type === 'feed')).toHaveLength(1);
  });
});

describe('the bot on Cosmos DB behind a faulty service', () => {
  let bot: RunningApp;
  // Reads her document past the proxy, to see what really is stored.
  let direct: CosmosMotherStore;

  beforeAll(async () => {
    bot = await startBotOn(proxy.endpoint, proxiedOptions, 'faults');
    direct = await CosmosMotherStore.open({
      endpoint: cosmos.endpoint,
      key: cosmos.key,
      database: DATABASE,
      container: 'faults',
      clientOptions: { agent: cosmos.agent },
    });
  });
  afterEach(() => proxy.clear());
  afterAll(async () => {
    await direct?.close();
    await bot?.stop();
  });

  async function onboardedMother(locale: string) {
    const m = mother(bot.base, capture, { locale });
    expect((await m.send(onboardCard(BIRTH, 'pump'))).status).toBe(200);
    return m;
  }

  it('rides out throttling (429 with x-ms-retry-after-ms, three times) and the turn is stored once', async () => {
    const m = await onboardedMother('nb-NO');
    proxy.inject({ answer: 429, times: 3, retryAfterMs: 50 });
    const seenBefore = proxy.seen.length;
    const started = Date.now();
    const turn = await m.send({ action: 'log', type: 'pump', ml: 12, double: true });
    const elapsed = Date.now() - started;

    expect(turn.status).toBe(200);
    expect(turn.replies.map((r) => r.text ?? '').join('\n')).not.toMatch(/Beklager, noe gikk galt/);
    expect(elapsed).toBeLessThan(5_000);
    // Three throttled answers, then the read and the write that went through.
    expect(proxy.seen.slice(seenBefore).filter((line) => line.includes('/docs'))).toHaveLength(5);
    const stored = await direct.get(m.motherId);
    expect(stored?.doc.events.filter((e) => e.type === 'pump').map((e) => (e as { ml?: number }).ml)).toEqual([12]);
  });

  it.each([
    ['nb-NO', /Beklager, noe gikk galt hos meg/],
    ['nn-NO', /Orsak, noko gjekk gale hos meg/],
    ['en-GB', /Sorry, something went wrong on my side/],
  ])('answers a write failing with 503 with an apology (%s) and leaves her document as it was', async (locale, apology) => {
    const m = await onboardedMother(locale);
    const before = await direct.get(m.motherId);
    proxy.inject({ answer: 503, times: 1000, matches: (method, path) => method === 'PUT' && path.includes('/docs') });

    const turn = await m.send({ action: 'log', type: 'pump', ml: 30, double: true });

    expect(turn.replies.map((r) => r.text ?? '').join('\n')).toMatch(apology);
    proxy.clear();
    const after = await direct.get(m.motherId);
    expect(after?.etag).toBe(before?.etag);
    expect(after?.doc).toEqual(before?.doc);
  });

  it('answers a service down for reads and writes (503) with an apology and stores nothing', async () => {
    const m = await onboardedMother('nb-NO');
    const before = await direct.get(m.motherId);
    proxy.inject({ answer: 503, times: 1000 });

    const turn = await m.send({ action: 'log', type: 'feed', side: 'right' });

    expect(turn.replies.map((r) => r.text ?? '').join('\n')).toMatch(/Beklager, noe gikk galt hos meg/);
    proxy.clear();
    const after = await direct.get(m.motherId);
    expect(after?.etag).toBe(before?.etag);
    expect(after?.doc.events).toEqual(before?.doc.events);
  });

  it('answers a service that takes her requests and never answers with an apology before the decision deadline, and stores nothing', async () => {
    const m = await onboardedMother('nb-NO');
    const before = await direct.get(m.motherId);
    proxy.inject({ answer: 'hang', times: 1000 });
    const started = Date.now();

    const turn = await m.send({ action: 'log', type: 'feed', side: 'left' });
    const elapsed = Date.now() - started;

    console.log(`a silent Cosmos DB: the apology after ${elapsed} ms`);
    expect(turn.replies.map((r) => r.text ?? '').join('\n')).toMatch(/Beklager, noe gikk galt hos meg/);
    expect(elapsed).toBeGreaterThanOrEqual(TURN_BUDGET_MS);
    expect(elapsed).toBeLessThan(DECISION_DEADLINE_MS);
    proxy.clear();
    const after = await direct.get(m.motherId);
    expect(after?.etag).toBe(before?.etag);
  }, 20_000);
});

