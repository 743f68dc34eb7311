import { Writable } from 'node:stream';
import { ConnectorFactoryImpl } from 'botframework-connector/lib/auth/connectorFactoryImpl';
import { createLogger } from '../../src/support/logger';
import { startCaptureServer, type CaptureServer } from '../support/capture-server';
import { mother, onboardCard, postJson, startTestApp, type RunningApp } from '../support/test-app';

/** The bot's own logger (levels, redaction) writing into memory instead of stdout. */
function memoryLog(): { lines: () => Array<Record<string, unknown>>; raw: () => string; destination: Writable } {
  let raw = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw += chunk.toString('utf8');
      done();
    },
  });
  return {
    destination,
    raw: () => raw,
    lines: () => raw.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('the log of a conversation', () => {
  const log = memoryLog();
  let capture: CaptureServer;
  let bot: RunningApp;
  beforeAll(async () => {
    capture = await startCaptureServer();
    bot = await startTestApp({ CHECKIN_LOOP: 'off' }, { logger: createLogger('info', log.destination) });
    await postJson(bot.base, '/dev/clock', { now: '2026-11-25T14:00:00+01:00' });
  });
  afterAll(async () => {
    await bot.stop();
    await capture.close();
  });

  it('has one line per message, with her hashed id and the turn counts, and none of her words, name or figures', async () => {
    const ingrid = mother(bot.base, capture, { name: 'Ingrid' });
    const said = ['pumpet 37 ml fra venstre bryst', 'hvordan melker jeg ut for hånd', 'vondt i brystet og feber'];
    await ingrid.send(onboardCard('2026-11-24T03:10:00+01:00'));
    for (const text of said) await ingrid.send(text);
    await ingrid.send({ action: 'log', type: 'pump', ml: 41, double: true });
    const before = log.lines().length;

    await ingrid.send('ammet nå');
    const lines = log.lines().slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'request', route: '/api/messages', status: 200, motherId: ingrid.motherId, duplicate: false, attempts: 1, replies: 1 });

    const messageLines = log.lines().filter((line) => line.route === '/api/messages');
    expect(messageLines).toHaveLength(6);
    for (const line of messageLines) expect(line.motherId).toBe(ingrid.motherId);
    const everything = log.raw();
    for (const words of [...said, 'Ingrid', 'Test', ingrid.userId, '2026-11-24T03:10', 'ammet']) expect(everything).not.toContain(words);
    // Ids, codes, counts and timings only: a new field in a log line has to be added here on purpose.
    const allowed = new Set(['level', 'time', 'service', 'msg', 'requestId', 'method', 'route', 'status', 'ms', 'error', 'motherId', 'activityId', 'type', 'duplicate', 'attempts', 'replies', 'errorId', 'name', 'stack']);
    for (const line of log.lines()) expect(Object.keys(line).filter((key) => !allowed.has(key))).toEqual([]);
  });

  it('has one line for each of a burst of turns under way at once, and nothing is lost', async () => {
    const mothers = Array.from({ length: 4 }, (_, i) => mother(bot.base, capture, { name: `burst${i}` }));
    for (const m of mothers) await m.send(onboardCard('2026-11-24T03:10:00+01:00', 'pump'));
    const before = log.lines().length;
    const repliesBefore = mothers.map((m) => m.replies().length);
    const sent = await Promise.all(mothers.flatMap((m) => [11, 12, 13].map((ml) => m.send({ action: 'log', type: 'pump', ml, double: true }))));
    expect(sent.map((s) => s.status)).toEqual(Array(12).fill(200));
    expect(mothers.map((m, i) => m.replies().length - repliesBefore[i]!)).toEqual([3, 3, 3, 3]);
    const lines = log.lines().slice(before).filter((line) => line.route === '/api/messages');
    expect(lines).toHaveLength(12);
    // The first log of her week also raises the first-hour finding: a reply of its own beside the stored line.
    expect(lines.every((line) => line.status === 200 && line.duplicate === false && typeof line.replies === 'number' && line.replies >= 1)).toBe(true);
    for (const m of mothers) expect((await m.exportData()).events.filter((e) => e.type === 'pump').map((e) => e.ml).sort()).toEqual([11, 12, 13]);
  });

  it('marks a redelivered activity as a duplicate on its one line', async () => {
    const m = mother(bot.base, capture);
    await m.send(onboardCard('2026-11-24T03:10:00+01:00'));
    await m.send('våt bleie', 'the-same-activity');
    const before = log.lines().length;
    await m.send('våt bleie', 'the-same-activity');
    expect(log.lines().slice(before)).toEqual([expect.objectContaining({ route: '/api/messages', status: 200, motherId: m.motherId, duplicate: true, replies: 0 })]);
  });

  it('names her and the error id on the request line of a turn that fails, and keeps the error message itself out', async () => {
    const m = mother(bot.base, capture);
    await m.send(onboardCard('2026-11-24T03:10:00+01:00'));
    const store = bot.app.store;
    const realGet = store.get.bind(store);
    // A driver error whose message quotes what was being handled, over more than one line.
    const failing = jest.spyOn(store, 'get').mockImplementation(() => Promise.reject(new Error('could not read\nvondt i brystet\r\nfeber 39')));
    const before = log.lines().length;
    const { replies } = await m.send('vondt i brystet og feber').finally(() => failing.mockRestore());
    const apology = replies.map((r) => r.text).join(' ');
    expect(await realGet(m.motherId)).toBeTruthy();
    const lines = log.lines().slice(before);
    const failed = lines.find((line) => line.msg === 'turn failed');
    const request = lines.find((line) => line.route === '/api/messages');
    expect(failed?.errorId).toEqual(expect.any(String));
    expect(request).toMatchObject({ motherId: m.motherId, errorId: failed?.errorId });
    expect(apology).toContain(failed?.errorId);
    expect(JSON.stringify(lines)).not.toMatch(/vondt|brystet|feber|could not read/);
  });

  it('answers 500 with an error id when a request fails before her turn, puts the id on its request line, logs only stack frames, and stores nothing', async () => {
    const m = mother(bot.base, capture);
    // The SDK cannot make a Bot Connector client for a destination it has not served yet.
    const failing = jest.spyOn(ConnectorFactoryImpl.prototype, 'create').mockRejectedValueOnce(new Error('no client for\nvondt i brystet'));
    const before = log.lines().length;
    let factoryCalls = 0;
    const res = await postJson(bot.base, '/api/messages', { ...m.activity('vondt i brystet'), serviceUrl: 'http://127.0.0.2:9/emea/' }).finally(() => {
      factoryCalls = failing.mock.calls.length;
      failing.mockRestore();
    });
    expect(factoryCalls).toBe(1);
    expect(res).toEqual({ status: 500, json: { error: 'internal', errorId: expect.any(String) } });
    const { errorId } = res.json as { errorId: string };
    const lines = log.lines().slice(before);
    expect(lines).toEqual([
      expect.objectContaining({ msg: 'request failed', errorId, name: 'Error', stack: expect.stringMatching(/^\s*at /) }),
      expect.objectContaining({ msg: 'request', route: '/api/messages', status: 500, errorId }),
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/vondt|brystet|no client/);
    expect(await bot.app.store.get(m.motherId)).toBeUndefined();
    expect(m.replies()).toHaveLength(0);
  });
});
