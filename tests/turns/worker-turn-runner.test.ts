import fs from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import pino from 'pino';
import { SqliteMotherStore } from '../../src/store/sqlite-mother-store';
import type { TurnRequest } from '../../src/turn-request';
import { TurnWorkerStoppedError, WorkerTurnRunner } from '../../src/worker-turn-runner';
import { tempDataDir } from '../support/test-app';

// Every worker the runner starts, to stop one as a crash would.
const mockStartedWorkers: Worker[] = [];
jest.mock('node:worker_threads', () => {
  const actual = jest.requireActual<typeof import('node:worker_threads')>('node:worker_threads');
  class RecordedWorker extends actual.Worker {
    constructor(...args: ConstructorParameters<typeof actual.Worker>) {
      super(...args);
      mockStartedWorkers.push(this);
    }
  }
  return { ...actual, Worker: RecordedWorker };
});

const NOW = '2026-11-25T10:00:00.000Z';

function request(motherId: string, content: string | Record<string, unknown>, activityId: string): TurnRequest {
  return {
    motherId,
    activityId,
    input: typeof content === 'string' ? { kind: 'message', text: content } : { kind: 'message', text: '', value: content },
    context: { motherId, now: NOW, channelLocale: 'nb', defaultLocale: 'nb', defaultTimezone: 'Europe/Oslo' },
    reference: { channelId: 'webchat', serviceUrl: 'http://127.0.0.1:1', conversation: { id: `conv-${motherId}` }, user: { id: `user-${motherId}` }, bot: { id: 'bot' } },
  };
}

const onboard = { action: 'onboard', birthAt: '2026-11-24T03:10:00+01:00', feedingMode: 'both', checkInTime: '09:00', timezone: 'Europe/Oslo', consent: true };

function logLines(): { logger: pino.Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

describe('her turns in the worker thread', () => {
  let dataDir: string;
  let runner: WorkerTurnRunner | undefined;
  beforeEach(() => {
    dataDir = tempDataDir();
  });
  afterEach(async () => {
    await runner?.close();
    runner = undefined;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('are decided and stored there, in the file the rest of the app reads, and answered in her language', async () => {
    runner = await WorkerTurnRunner.start({ dataDir, logger: logLines().logger });
    const welcome = await runner.run(request('m1', 'hei', 'a1'));
    await runner.run(request('m1', onboard, 'a2'));
    const logged = await runner.run(request('m1', { action: 'log', type: 'feed', side: 'left' }, 'a3'));
    expect(welcome).toMatchObject({ duplicate: false, locale: 'nb' });
    expect(welcome.replies.map((r) => r.kind)).toContain('card');
    expect(logged.replies.length).toBeGreaterThan(0);
    const again = await runner.run(request('m1', { action: 'log', type: 'feed', side: 'left' }, 'a3'));
    expect(again).toMatchObject({ duplicate: true, replies: [] });

    const store = SqliteMotherStore.open(dataDir);
    const stored = await store.get('m1');
    await store.close();
    expect(stored?.doc.events.map((e) => e.type)).toEqual(['feed']);
    expect(stored?.doc.conversation?.conversation.id).toBe('conv-m1');
  });

  it('fail with the name and frames of the error there, never its message, and the next turn is served', async () => {
    runner = await WorkerTurnRunner.start({ dataDir, logger: logLines().logger });
    // A document needs an id: the store refuses one without, with a message saying so.
    const error = await runner.run(request('', 'hei', 'a1')).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error).toMatchObject({ name: 'RangeError', message: 'her turn failed in the turn worker' });
    expect(error?.stack).toMatch(/\n\s+at /);
    expect(error?.stack).not.toMatch(/needs an id/);
    expect((await runner.run(request('m2', 'hei', 'a2'))).replies.length).toBeGreaterThan(0);
  });

  it('go to a new worker when the one they had stopped, and its stop is logged without content', async () => {
    const { logger, lines } = logLines();
    runner = await WorkerTurnRunner.start({ dataDir, logger });
    const first = mockStartedWorkers.at(-1)!;
    await runner.run(request('m3', 'hei', 'a1'));
    await first.terminate();
    const afterStop = await runner.run(request('m3', onboard, 'a2'));
    expect(afterStop.replies.length).toBeGreaterThan(0);
    expect(mockStartedWorkers.at(-1)).not.toBe(first);
    expect(lines.filter((l) => l.msg === 'turn worker stopped')).toEqual([expect.objectContaining({ exitCode: 1, turnsLost: 0 })]);
  });

  it('under way are finished before the worker closes, and none is taken after', async () => {
    runner = await WorkerTurnRunner.start({ dataDir, logger: logLines().logger });
    const underWay = Promise.all(Array.from({ length: 10 }, (_, i) => runner!.run(request(`m${i}`, 'hei', `a${i}`))));
    await runner.close();
    expect((await underWay).every((r) => r.replies.length > 0)).toBe(true);
    await expect(runner.run(request('late', 'hei', 'late'))).rejects.toBeInstanceOf(TurnWorkerStoppedError);
  });

  it('cannot start on a store it cannot open, and say so', async () => {
    const notAFolder = path.join(dataDir, 'a-file');
    fs.writeFileSync(notAFolder, 'not a folder');
    await expect(WorkerTurnRunner.start({ dataDir: notAFolder, logger: logLines().logger })).rejects.toThrow('the turn worker could not open the store');
  });
});
