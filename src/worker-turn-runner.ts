import path from 'node:path';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { Logger } from './logger';
import { stackFramesOf } from './stack-frames';
import { TurnWorkerUnavailableError, type StartableTurnRunner, type WorkerState } from './turn-runner';
import type { TurnRequest, TurnResult } from './turn-request';
import { errorFrom, type FromTurnWorker, type ToTurnWorker, type TurnWorkerData } from './turn-worker-messages';

const WORKER_FILE = path.join(__dirname, `turn-worker${path.extname(__filename)}`);
/** Run from the TypeScript sources (jest, tsx), the worker needs tsx's require hook too; the build runs JavaScript. */
const WORKER_EXEC_ARGV = path.extname(__filename) === '.ts' ? ['--require', require.resolve('tsx/cjs')] : [];
/** The channel stops waiting for the bot's answer at 15 s: a worker still busy with a turn by then is stuck. */
const TURN_DEADLINE_MS = 15_000;
/** After a worker could not start, turns stay on the event loop's thread this long before another try. */
const RESTART_PAUSE_MS = 10_000;
/** On close: turns under way may finish, then the worker closes its store; within the 5 s a shutdown has (src/index.ts). */
const DRAIN_MS = 3_000;
const EXIT_MS = 1_000;

/** The worker stopped, or was stopped, while it held her turn: it may or may not have been written. */
export class TurnWorkerStoppedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TurnWorkerStoppedError';
  }
}

export interface WorkerTurnOptions {
  dataDir: string;
  logger: Logger;
  turnDeadlineMs?: number;
}

interface Waiting {
  resolve: (result: TurnResult) => void;
  reject: (error: Error) => void;
  deadline: NodeJS.Timeout;
}

/** One worker thread and the turns sent to it that are not answered yet. */
class Thread {
  readonly waiting = new Map<number, Waiting>();
  /** Exited, or given up on (then it is being terminated): it takes no more turns. */
  retired = false;
  private onDrained?: { promise: Promise<void>; resolve: () => void };

  constructor(readonly worker: Worker) {}

  settle(n: number, settleOne: (waiting: Waiting) => void): void {
    const one = this.waiting.get(n);
    if (!one) return;
    this.waiting.delete(n);
    clearTimeout(one.deadline);
    settleOne(one);
    if (this.waiting.size === 0) this.onDrained?.resolve();
  }

  /** Resolves when no turn is waiting. */
  drained(): Promise<void> {
    if (this.waiting.size === 0) return Promise.resolve();
    if (!this.onDrained) {
      let resolve = (): void => {};
      const promise = new Promise<void>((r) => (resolve = r));
      this.onDrained = { promise, resolve };
    }
    return this.onDrained.promise;
  }
}

/**
 * Her turns in a worker thread with its own connection to the embedded store. It is started in
 * the background (warmUp) and takes turns only once it is up, so no turn waits for a start. A
 * worker that dies, or holds a turn past the deadline, fails the turns it held (each mother gets
 * the apology) and is started again in the background.
 */
export class WorkerTurnRunner implements StartableTurnRunner {
  private live?: Thread;
  private starting?: Promise<void>;
  private pausedUntil = 0;
  private sent = 0;
  private closed = false;

  constructor(private readonly options: WorkerTurnOptions) {}

  get state(): WorkerState {
    if (this.live && !this.closed) return 'up';
    return this.starting ? 'starting' : 'down';
  }

  warmUp(): void {
    if (this.closed || this.live || this.starting || Date.now() < this.pausedUntil) return;
    this.starting = this.spawn()
      .then(
        (thread) => {
          if (!thread.retired) this.live = thread;
        },
        (error: Error) => {
          this.pausedUntil = Date.now() + RESTART_PAUSE_MS;
          this.options.logger.error({ name: error.name, stack: stackFramesOf(error) }, 'turn worker could not start');
        },
      )
      .finally(() => {
        this.starting = undefined;
      });
  }

  /** Starts a worker unless one is up, and tells whether one is up once that start has ended. */
  async started(): Promise<boolean> {
    this.warmUp();
    await this.starting;
    return this.state === 'up';
  }

  run(request: TurnRequest): Promise<TurnResult> {
    const thread = this.live;
    if (!thread || this.closed) return Promise.reject(new TurnWorkerUnavailableError());
    const n = ++this.sent;
    return new Promise<TurnResult>((resolve, reject) => {
      const deadline = setTimeout(() => this.giveUp(thread), this.options.turnDeadlineMs ?? TURN_DEADLINE_MS);
      thread.waiting.set(n, { resolve, reject, deadline });
      try {
        thread.worker.postMessage({ kind: 'turn', n, request } satisfies ToTurnWorker);
      } catch (error) {
        thread.settle(n, (w) => w.reject(error instanceof Error ? error : new Error('the turn could not be sent to the worker')));
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.starting;
    const thread = this.live;
    this.live = undefined;
    if (!thread || thread.retired) return;
    await Promise.race([thread.drained(), delay(DRAIN_MS)]);
    if (thread.retired) return;
    const exited = once(thread.worker, 'exit').then(
      () => true,
      () => true,
    );
    thread.worker.postMessage({ kind: 'close' } satisfies ToTurnWorker);
    if (!(await Promise.race([exited, delay(EXIT_MS).then(() => false)]))) await thread.worker.terminate();
  }

  /** A turn past its deadline: the worker is stuck; its turns fail now, and it is terminated. */
  private giveUp(thread: Thread): void {
    if (thread.retired) return;
    this.options.logger.error({ turnsLost: thread.waiting.size }, 'turn worker over its deadline');
    this.retire(thread, new TurnWorkerStoppedError('the turn worker was stopped past its deadline'));
    void thread.worker.terminate();
  }

  private retire(thread: Thread, error: Error): void {
    thread.retired = true;
    if (this.live === thread) this.live = undefined;
    for (const n of [...thread.waiting.keys()]) thread.settle(n, (w) => w.reject(error));
  }

  private spawn(): Promise<Thread> {
    const worker = new Worker(WORKER_FILE, { workerData: { dataDir: this.options.dataDir } satisfies TurnWorkerData, execArgv: WORKER_EXEC_ARGV });
    const thread = new Thread(worker);
    return new Promise<Thread>((resolve, reject) => {
      worker.on('message', (message: FromTurnWorker) => {
        if (message.kind === 'ready') resolve(thread);
        else if (message.kind === 'start-failed') reject(errorFrom(message.error, 'the turn worker could not open the store'));
        else if (message.kind === 'done') thread.settle(message.n, (w) => w.resolve(message.result));
        else thread.settle(message.n, (w) => w.reject(errorFrom(message.error, 'her turn failed in the turn worker')));
      });
      worker.on('error', (error: Error) => this.options.logger.error({ name: error.name, stack: stackFramesOf(error) }, 'turn worker failed'));
      worker.on('exit', (code: number) => {
        if (!thread.retired && !this.closed) this.options.logger.error({ exitCode: code, turnsLost: thread.waiting.size }, 'turn worker stopped');
        this.retire(thread, new TurnWorkerStoppedError(`the turn worker stopped (exit code ${code})`));
        reject(new TurnWorkerStoppedError(`the turn worker stopped at start (exit code ${code})`));
      });
    });
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
