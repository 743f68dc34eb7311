import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_FILE_NAME } from '../../src/store/sqlite-mother-store';
import { startCaptureServer, type CaptureServer } from '../support/capture-server';
import { mother, onboardCard, postJson, startTestApp, type RunningApp } from '../support/test-app';

/**
 * "slett mine data" + "ja" while another connection (a second instance, a backup) holds a read
 * snapshot from before the deletion: her rows cannot be checkpointed out of the write-ahead log
 * until it ends. Then, within a short time, no file of the store holds anything that names her.
 */
let capture: CaptureServer;
let bot: RunningApp;

beforeAll(async () => {
  capture = await startCaptureServer();
  bot = await startTestApp();
  await postJson(bot.base, '/dev/clock', { now: '2026-11-24T12:00:00+01:00' });
});

afterAll(async () => {
  await bot?.stop();
  await capture?.close();
});

/** Which of the store's files (main, -wal, -shm) hold any of these as bytes. */
function filesHolding(needles: string[]): string[] {
  return fs
    .readdirSync(bot.dataDir)
    .filter((name) => name.startsWith(SQLITE_FILE_NAME))
    .filter((name) => {
      const bytes = fs.readFileSync(path.join(bot.dataDir, name));
      return needles.some((needle) => bytes.includes(Buffer.from(needle, 'utf8')));
    });
}

describe('deletion on request, while another connection reads an older snapshot', () => {
  it('leaves nothing of her in the main file, the -wal or the -shm once that reader has ended', async () => {
    const her = mother(bot.base, capture, { name: 'leaving' });
    const other = mother(bot.base, capture, { name: 'staying' });
    expect((await her.send(onboardCard('2026-11-24T03:10:00+01:00', 'both'))).status).toBe(200);
    expect((await other.send(onboardCard('2026-11-24T03:10:00+01:00', 'both'))).status).toBe(200);
    for (const ml of [5, 7, 9]) await her.send({ action: 'log', type: 'pump', ml, double: true });
    const names = [her.userId, her.conversationId, her.motherId];
    expect(filesHolding(names).length).toBeGreaterThan(0);

    const reader = new Database(path.join(bot.dataDir, SQLITE_FILE_NAME), { readonly: true });
    try {
      reader.exec('BEGIN');
      expect(reader.prepare('SELECT count(*) AS n FROM mothers').get()).toEqual({ n: 2 });

      await her.send('slett mine data');
      const confirmed = await her.send('ja');
      expect(confirmed.status).toBe(200);
      expect(await bot.app.store.get(her.motherId)).toBeUndefined();
      // Her older versions are still in the log the reader's snapshot needs.
      expect(filesHolding(names)).toContain(`${SQLITE_FILE_NAME}-wal`);
      // Turns are served meanwhile.
      expect((await other.send({ action: 'log', type: 'feed', side: 'left' })).replies.length).toBeGreaterThan(0);
    } finally {
      reader.exec('COMMIT');
      reader.close();
    }

    const readerEnded = Date.now();
    let holding = filesHolding(names);
    while (holding.length > 0 && Date.now() - readerEnded < 5_000) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      holding = filesHolding(names);
    }
    console.log(`no trace of her ${Date.now() - readerEnded} ms after the reader ended`);
    expect(holding).toEqual([]);
    expect(Date.now() - readerEnded).toBeLessThan(2_500);
    // The other mother is all there.
    expect((await bot.app.store.get(other.motherId))?.doc.events.filter((e) => e.type === 'feed')).toHaveLength(1);
  });
});
