import path from 'node:path';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { Logger } from './logger';
import { stackFramesOf } from './stack-frames';
import type { TurnRunner } from './turn-runner';
import type { TurnRequest, TurnResult } from './turn-request';
import { errorFrom, type FromTurnWorker, type ToTurnWorker, type TurnWorkerData } from './turn-worker-messages';

const WORKER_FILE = path.join(__dirname, `turn-worker${path.extname(__filename)}`);
/** Run from the TypeScript sources (jest, tsx), the worker needs tsx's require hook too; the build runs JavaScript. */
const WORKER_EXEC_ARGV = path.extname(__filename) === '.ts' ? ['--require', require.resolve('tsx/cjs')] : [];
/** On close: how long turns under way may take to finish, and the worker to close her store. */
const DRAIN_MS = 5_000;
const EXIT_MS = 2_000;

/** The worker stopped (a crash, or the app closing) before her turn was answered. */
export class TurnWorkerStoppedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TurnWorkerStoppedError';
  }
}

interface Waiting {
  resolve: (result: TurnResult) => void;
  reject: (error: Error) => void;
}

/** One worker thread and the turns sent to it that are not answered yet. */
interface Thread {
  worker: Worker;
  waiting: Map<number, Waiting>;
  exited: boolean;
  /** Resolves when nothing is waiting (for close). */
  drained(): Promise<void>;
}

/**
 * Her turns in a worker thread with its own connection to the embedded store. A worker that dies
 * fails the turns it had (each gets the apology) and is started again at the next turn.
 */
export class WorkerTurnRunner implements TurnRunner {
  readonly thread = 'worker';
  private live?: Thread;
  private starting?: Promise<Thread>;
  private sent = 0;
  private closed = false;

  private constructor(private readonly options: { dataDir: string; logger: Logger }) {}

  /** Starts the worker and waits until it has opened the store, so that a store it cannot open fails the start. */
  static async start(options: { dataDir: string; logger: Logger }): Promise<WorkerTurnRunner> {
    const runner = new WorkerTurnRunner(options);
    await runner.current();
    return runner;
  }

  async run(request: TurnRequest): Promise<TurnResult> {
    if (this.closed) throw new TurnWorkerStoppedError('the turn worker is closed');
    const thread = await this.current();
    if (thread.exited) throw new TurnWorkerStoppedError('the turn worker stopped');
    const n = ++this.sent;
    return new Promise<TurnResult>((resolve, reject) => {
      thread.waiting.set(n, { resolve, reject });
      thread.worker.postMessage({ kind: 'turn', n, request } satisfies ToTurnWorker);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const thread = this.live ?? (await this.starting?.catch(() => undefined));
    if (!thread || thread.exited) return;
    await Promise.race([thread.drained(), delay(DRAIN_MS)]);
    const exited = once(thread.worker, 'exit');
    thread.worker.postMessage({ kind: 'close' } satisfies ToTurnWorker);
    if (!(await Promise.race([exited.then(() => true), delay(EXIT_MS).then(() => false)]))) await thread.worker.terminate();
  }

  private current(): Promise<Thread> {
    if (this.live) return Promise.resolve(this.live);
    // One start at a time; a worker that could not start is tried again at the next turn.
    this.starting ??= this.spawn()
      .then((thread) => {
        if (!thread.exited) this.live = thread;
        return thread;
      })
      .finally(() => {
        this.starting = undefined;
      });
    return this.starting;
  }

  private spawn(): Promise<Thread> {
    const worker = new Worker(WORKER_FILE, { workerData: { dataDir: this.options.dataDir } satisfies TurnWorkerData, execArgv: WORKER_EXEC_ARGV });
    // Her turns keep the process alive through their HTTP requests; an idle worker must not.
    worker.unref();
    const waiting = new Map<number, Waiting>();
    let onDrained: (() => void) | undefined;
    const settle = (n: number, settleOne: (w: Waiting) => void): void => {
      const one = waiting.get(n);
      if (!one) return;
      waiting.delete(n);
      settleOne(one);
      if (waiting.size === 0) onDrained?.();
    };
    const thread: Thread = {
      worker,
      waiting,
      exited: false,
      drained: () => (waiting.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => (onDrained = resolve))),
    };
    return new Promise<Thread>((resolve, reject) => {
      worker.on('message', (message: FromTurnWorker) => {
        if (message.kind === 'ready') resolve(thread);
        else if (message.kind === 'start-failed') reject(errorFrom(message.error, 'the turn worker could not open the store'));
        else if (message.kind === 'done') settle(message.n, (w) => w.resolve(message.result));
        else settle(message.n, (w) => w.reject(errorFrom(message.error, 'her turn failed in the turn worker')));
      });
      worker.on('error', (error: Error) => this.options.logger.error({ name: error.name, stack: stackFramesOf(error) }, 'turn worker failed'));
      worker.on('exit', (code: number) => {
        thread.exited = true;
        if (this.live === thread) this.live = undefined;
        if (!this.closed) this.options.logger.error({ exitCode: code, turnsLost: waiting.size }, 'turn worker stopped');
        reject(new TurnWorkerStoppedError(`the turn worker stopped at start (exit code ${code})`));
        for (const n of [...waiting.keys()]) settle(n, (w) => w.reject(new TurnWorkerStoppedError(`the turn worker stopped (exit code ${code})`)));
      });
    });
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
