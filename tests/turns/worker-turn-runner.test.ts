import fs from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import pino from 'pino';
import { SQLITE_FILE_NAME, SqliteMotherStore } from '../../src/store/sqlite-mother-store';
import type { TurnRequest } from '../../src/turn-request';
import { TurnWorkerUnavailableError } from '../../src/turn-runner';
import { TurnWorkerStoppedError, WorkerTurnRunner, type WorkerTurnOptions } from '../../src/worker-turn-runner';
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
  const logger = pino({ level: 'info', base: undefined }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

const settledWithin = <T>(promise: Promise<T>, ms: number): Promise<'settled' | 'pending'> =>
  Promise.race([promise.then(() => 'settled' as const, () => 'settled' as const), new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms))]);

describe('her turns in the worker thread', () => {
  let dataDir: string;
  let runner: WorkerTurnRunner | undefined;
  let lock: Database.Database | undefined;

  /** A runner whose worker is up. */
  async function started(options: Partial<WorkerTurnOptions> = {}): Promise<WorkerTurnRunner> {
    const up = new WorkerTurnRunner({ dataDir, logger: logLines().logger, ...options });
    runner = up;
    expect(await up.started()).toBe(true);
    return up;
  }

  /** Another connection holding the store's write lock: a turn that writes waits inside the worker until it is released. */
  function holdWriteLock(): () => void {
    lock = new Database(path.join(dataDir, SQLITE_FILE_NAME));
    lock.exec('BEGIN IMMEDIATE');
    return () => {
      lock?.exec('COMMIT');
      lock?.close();
      lock = undefined;
    };
  }

  beforeEach(() => {
    dataDir = tempDataDir();
  });
  afterEach(async () => {
    if (lock?.open) lock.close();
    await runner?.close();
    runner = undefined;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('are decided and stored there, in the file the rest of the app reads, and answered in her language', async () => {
    const up = await started();
    const welcome = await up.run(request('m1', 'hei', 'a1'));
    await up.run(request('m1', onboard, 'a2'));
    const logged = await up.run(request('m1', { action: 'log', type: 'feed', side: 'left' }, 'a3'));
    expect(welcome).toMatchObject({ duplicate: false, locale: 'nb' });
    expect(welcome.replies.map((r) => r.kind)).toContain('card');
    expect(logged.replies.length).toBeGreaterThan(0);
    expect(await up.run(request('m1', { action: 'log', type: 'feed', side: 'left' }, 'a3'))).toMatchObject({ duplicate: true, replies: [] });

    const store = SqliteMotherStore.open(dataDir);
    const stored = await store.get('m1');
    await store.close();
    expect(stored?.doc.events.map((e) => e.type)).toEqual(['feed']);
    expect(stored?.doc.conversation?.conversation.id).toBe('conv-m1');
  });

  it('fail with the name and frames of the error there, never its message, and the next turn is served', async () => {
    const up = await started();
    // A document needs an id: the store refuses one without, with a message saying so.
    const error = await up.run(request('', 'hei', 'a1')).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error).toMatchObject({ name: 'RangeError', message: 'her turn failed in the turn worker' });
    expect(error?.stack).toMatch(/\n\s+at /);
    expect(error?.stack).not.toMatch(/needs an id/);
    expect((await up.run(request('m2', 'hei', 'a2'))).replies.length).toBeGreaterThan(0);
  });

  it('held by a worker that dies fail at once, the death is logged with counts only, and a new worker is started for later turns', async () => {
    const { logger, lines } = logLines();
    const up = new WorkerTurnRunner({ dataDir, logger });
    runner = up;
    await up.started();
    const first = mockStartedWorkers.at(-1)!;
    const release = holdWriteLock();
    const held = up.run(request('m3', 'hei', 'a1'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stopping = first.terminate();
    release();
    await expect(held).rejects.toBeInstanceOf(TurnWorkerStoppedError);
    await stopping;
    expect(lines.filter((l) => l.msg === 'turn worker stopped')).toEqual([{ level: 50, time: expect.any(Number), msg: 'turn worker stopped', exitCode: 1, turnsLost: 1 }]);

    expect(up.state).toBe('down');
    await expect(up.run(request('m3', 'hei', 'a2'))).rejects.toBeInstanceOf(TurnWorkerUnavailableError);
    expect(await up.started()).toBe(true);
    expect(mockStartedWorkers.at(-1)).not.toBe(first);
    expect((await up.run(request('m3', onboard, 'a3'))).replies.length).toBeGreaterThan(0);
  });

  it('held past the deadline fail then, whatever the worker is doing, and the stuck worker is replaced', async () => {
    const { logger, lines } = logLines();
    const up = new WorkerTurnRunner({ dataDir, logger, turnDeadlineMs: 300 });
    runner = up;
    await up.started();
    const release = holdWriteLock();
    const held = up.run(request('m4', 'hei', 'a1'));
    // The worker waits on the lock far longer than the deadline; the turn fails at the deadline.
    expect(await settledWithin(held, 1500)).toBe('settled');
    await expect(held).rejects.toBeInstanceOf(TurnWorkerStoppedError);
    expect(lines.filter((l) => l.msg === 'turn worker over its deadline')).toEqual([expect.objectContaining({ turnsLost: 1 })]);
    release();
    expect(await up.started()).toBe(true);
    expect((await up.run(request('m5', 'hei', 'a2'))).replies.length).toBeGreaterThan(0);
  });

  it('sent before close are answered, and none is taken after it', async () => {
    const up = await started();
    const underWay = Promise.all(Array.from({ length: 10 }, (_, i) => up.run(request(`m${i}`, 'hei', `a${i}`))));
    await up.close();
    expect((await underWay).every((r) => r.replies.length > 0)).toBe(true);
    expect(up.state).toBe('down');
    await expect(up.run(request('late', 'hei', 'late'))).rejects.toBeInstanceOf(TurnWorkerUnavailableError);
  });

  it('have no worker when it cannot open the store: that is logged, and it is not tried again at once', async () => {
    const notAFolder = path.join(dataDir, 'a-file');
    fs.writeFileSync(notAFolder, 'not a folder');
    const { logger, lines } = logLines();
    const broken = new WorkerTurnRunner({ dataDir: notAFolder, logger });
    runner = broken;
    const workersBefore = mockStartedWorkers.length;
    expect(await broken.started()).toBe(false);
    expect(lines.filter((l) => l.msg === 'turn worker could not start')).toEqual([expect.objectContaining({ name: 'Error' })]);
    await expect(broken.run(request('m6', 'hei', 'a1'))).rejects.toBeInstanceOf(TurnWorkerUnavailableError);
    broken.warmUp();
    expect(mockStartedWorkers.length - workersBefore).toBe(1);
  });
});
