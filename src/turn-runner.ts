import type { MotherStore } from './store/mother-store';
import { runTurnRequest, type TurnRequest, type TurnResult } from './turn-request';

/** Decides her turns: on the event loop's thread, or in a worker thread (worker-turn-runner.ts). */
export interface TurnRunner {
  /** Named on the request's log line. */
  readonly thread: 'main' | 'worker';
  run(request: TurnRequest): Promise<TurnResult>;
  close(): Promise<void>;
}

/** On the event loop's thread, with the app's own store. */
export function mainThreadTurns(store: MotherStore): TurnRunner {
  return { thread: 'main', run: (request) => runTurnRequest(store, request), close: async () => {} };
}

/**
 * Chooses the thread for each turn. Alone, her turn is decided on the event loop's thread: handing
 * it to another thread costs two wake-ups, about a millisecond on an idle machine. While other
 * turns are under way it goes to the worker, so that the event loop keeps serving their requests
 * and replies and both cores work.
 */
export class TurnThreads {
  private underWay = 0;

  constructor(
    private readonly mainThread: TurnRunner,
    private readonly worker?: TurnRunner,
  ) {}

  /** Runs one whole turn (decision and replies) with the runner chosen for it. */
  async during<T>(turn: (runner: TurnRunner) => Promise<T>): Promise<T> {
    const runner = this.worker && this.underWay > 0 ? this.worker : this.mainThread;
    this.underWay += 1;
    try {
      return await turn(runner);
    } finally {
      this.underWay -= 1;
    }
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.mainThread.close();
  }
}
