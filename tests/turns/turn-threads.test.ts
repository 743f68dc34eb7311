import { loadConfig } from '../../src/config';
import { TurnThreads, TurnWorkerUnavailableError, type StartableTurnRunner, type TurnRunner } from '../../src/turn-runner';
import type { TurnRequest, TurnResult } from '../../src/turn-request';

const answered: TurnResult = { duplicate: false, attempts: 1, replies: [], findingsFired: [] };
const request = {} as TurnRequest;

function mainThread(decided: string[]): TurnRunner {
  return {
    run: async () => {
      decided.push('main');
      return answered;
    },
    close: async () => {},
  };
}

/** A worker that is up or not, and whose turns succeed or fail with `failure`. */
function worker(decided: string[], options: { up?: boolean; failure?: Error } = {}): StartableTurnRunner & { warmUps: number } {
  return {
    state: options.up === false ? 'starting' : 'up',
    warmUps: 0,
    warmUp() {
      this.warmUps += 1;
    },
    run: async () => {
      decided.push('worker');
      if (options.failure) throw options.failure;
      return answered;
    },
    close: async () => {},
  };
}

/** A turn that stays under way (its replies still going out) until `finish` is called; `thread` is where it was decided. */
function heldTurn(threads: TurnThreads): { finish: () => void; done: Promise<string> } {
  let finish = (): void => {};
  const replied = new Promise<void>((resolve) => (finish = resolve));
  const done = threads.during(async (decide) => {
    const { thread } = await decide(request);
    await replied;
    return thread;
  });
  return { finish, done };
}

describe('the thread that decides her turn', () => {
  it('is the event loop thread when hers is the only turn under way, one after another', async () => {
    const decided: string[] = [];
    const threads = new TurnThreads(mainThread(decided), worker(decided));
    for (let i = 0; i < 3; i++) await threads.during((decide) => decide(request));
    expect(decided).toEqual(['main', 'main', 'main']);
  });

  it('is the worker while other turns are under way, and the event loop thread again once they are done', async () => {
    const decided: string[] = [];
    const threads = new TurnThreads(mainThread(decided), worker(decided));
    const turns = [heldTurn(threads), heldTurn(threads), heldTurn(threads)];
    for (const turn of turns) turn.finish();
    expect(await Promise.all(turns.map((t) => t.done))).toEqual(['main', 'worker', 'worker']);
    expect((await threads.during((decide) => decide(request))).thread).toBe('main');
  });

  it('is the event loop thread while the worker is not up yet, and the worker is started in the background', async () => {
    const decided: string[] = [];
    const starting = worker(decided, { up: false });
    const threads = new TurnThreads(mainThread(decided), starting);
    const turns = [heldTurn(threads), heldTurn(threads)];
    for (const turn of turns) turn.finish();
    expect(await Promise.all(turns.map((t) => t.done))).toEqual(['main', 'main']);
    expect(starting.warmUps).toBe(1);
  });

  it('is the event loop thread for a turn the worker could not take, but never a second time for a turn the worker failed', async () => {
    const decided: string[] = [];
    const gone = new TurnThreads(mainThread(decided), worker(decided, { failure: new TurnWorkerUnavailableError() }));
    const first = heldTurn(gone);
    const second = heldTurn(gone);
    first.finish();
    second.finish();
    expect(await Promise.all([first.done, second.done])).toEqual(['main', 'main']);
    expect(decided).toEqual(['main', 'worker', 'main']);

    decided.length = 0;
    const failing = new TurnThreads(mainThread(decided), worker(decided, { failure: new Error('stopped while writing') }));
    const third = heldTurn(failing);
    const fourth = heldTurn(failing);
    third.finish();
    await expect(fourth.done).rejects.toThrow('stopped while writing');
    await third.done;
    expect(decided).toEqual(['main', 'worker']);
  });

  it('counts a turn that failed as done', async () => {
    const decided: string[] = [];
    const threads = new TurnThreads(mainThread(decided), worker(decided));
    await expect(threads.during(async () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
    await threads.during((decide) => decide(request));
    expect(decided).toEqual(['main']);
  });

  it('is always the event loop thread without a worker', async () => {
    const decided: string[] = [];
    const threads = new TurnThreads(mainThread(decided));
    const turns = [heldTurn(threads), heldTurn(threads)];
    for (const turn of turns) turn.finish();
    expect(await Promise.all(turns.map((t) => t.done))).toEqual(['main', 'main']);
  });
});

describe('TURN_WORKER', () => {
  it('is on for the embedded store and off for Cosmos DB unless set', () => {
    expect(loadConfig({}).turnWorker).toBe(true);
    expect(loadConfig({ TURN_WORKER: 'off' }).turnWorker).toBe(false);
    expect(loadConfig({ STORAGE: 'cosmos', COSMOS_ENDPOINT: 'https://example.documents.azure.com' }).turnWorker).toBe(false);
  });

  it('is refused with Cosmos DB, whose client stays on one thread, and when it is neither on nor off', () => {
    expect(() => loadConfig({ STORAGE: 'cosmos', COSMOS_ENDPOINT: 'https://example.documents.azure.com', TURN_WORKER: 'on' })).toThrow(/TURN_WORKER=on needs STORAGE=embedded/);
    expect(() => loadConfig({ TURN_WORKER: 'yes' })).toThrow(/TURN_WORKER must be one of on, off/);
  });
});
