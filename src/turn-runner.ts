import type { MotherStore } from './store/mother-store';
import { runTurnRequest, type TurnRequest, type TurnResult } from './turn-request';

/** Decides her turns: on the event loop's thread, or in a worker thread (worker-turn-runner.ts). */
export interface TurnRunner {
  run(request: TurnRequest): Promise<TurnResult>;
  close(): Promise<void>;
}

export type WorkerState = 'up' | 'starting' | 'down';

/** A runner with a thread of its own, started in the background. */
export interface StartableTurnRunner extends TurnRunner {
  /** Only an `up` runner takes turns. */
  readonly state: WorkerState;
  /** Starts it in the background unless it is up or starting. */
  warmUp(): void;
}

/** Nothing was sent to the worker (none was up): her turn can safely be decided elsewhere. */
export class TurnWorkerUnavailableError extends Error {
  constructor() {
    super('no turn worker is up');
    this.name = 'TurnWorkerUnavailableError';
  }
}

/** On the event loop's thread, with the app's own store. */
export function mainThreadTurns(store: MotherStore): TurnRunner {
  return { run: (request) => runTurnRequest(store, request), close: async () => {} };
}

export interface DecidedTurn extends TurnResult {
  /** Named on the request's log line. */
  thread: 'main' | 'worker';
}

/**
 * Chooses the thread for each turn. Alone, her turn is decided on the event loop's thread: a
 * hand-over to another thread costs two wake-ups (0.2 ms on an idle machine, measured). While
 * other turns are under way it goes to the worker, when one is up, so that the event loop keeps
 * serving their requests and replies and both cores work. No turn waits for a worker to start.
 */
export class TurnThreads {
  private underWay = 0;

  constructor(
    private readonly mainThread: TurnRunner,
    private readonly worker?: StartableTurnRunner,
  ) {}

  /** Runs one whole turn (decision and replies), giving it the decision of the thread chosen for it. */
  async during<T>(turn: (decide: (request: TurnRequest) => Promise<DecidedTurn>) => Promise<T>): Promise<T> {
    const othersUnderWay = this.underWay > 0;
    if (othersUnderWay) this.worker?.warmUp();
    const inWorker = othersUnderWay && this.worker?.state === 'up';
    this.underWay += 1;
    try {
      return await turn((request) => (inWorker ? this.decideInWorker(request) : this.decideHere(request)));
    } finally {
      this.underWay -= 1;
    }
  }

  /** For /healthz. */
  get workerState(): WorkerState | 'off' {
    return this.worker?.state ?? 'off';
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.mainThread.close();
  }

  private async decideHere(request: TurnRequest): Promise<DecidedTurn> {
    return { ...(await this.mainThread.run(request)), thread: 'main' };
  }

  private async decideInWorker(request: TurnRequest): Promise<DecidedTurn> {
    try {
      return { ...(await this.worker!.run(request)), thread: 'worker' };
    } catch (error) {
      // Only a turn that never reached a worker is decided again here: one that did may be written.
      if (error instanceof TurnWorkerUnavailableError) return this.decideHere(request);
      throw error;
    }
  }
}
