import { loadConfig } from '../../src/config';
import { TurnThreads, type TurnRunner } from '../../src/turn-runner';
import type { TurnResult } from '../../src/turn-request';

const answered: TurnResult = { duplicate: false, attempts: 1, replies: [] };

function runner(name: 'main' | 'worker', used: string[]): TurnRunner {
  return {
    thread: name,
    run: async () => {
      used.push(name);
      return answered;
    },
    close: async () => {},
  };
}

/** A turn that stays under way (its replies still going out) until `finish` is called. */
function heldTurn(threads: TurnThreads): { finish: () => void; done: Promise<void> } {
  let finish = (): void => {};
  const replied = new Promise<void>((resolve) => (finish = resolve));
  const done = threads.during(async (chosen) => {
    await chosen.run({} as never);
    await replied;
  });
  return { finish, done };
}

describe('the thread that decides her turn', () => {
  it('is the event loop thread when hers is the only turn under way, one after another', async () => {
    const used: string[] = [];
    const threads = new TurnThreads(runner('main', used), runner('worker', used));
    for (let i = 0; i < 3; i++) await threads.during((chosen) => chosen.run({} as never));
    expect(used).toEqual(['main', 'main', 'main']);
  });

  it('is the worker while other turns are under way, and the event loop thread again once they are done', async () => {
    const used: string[] = [];
    const threads = new TurnThreads(runner('main', used), runner('worker', used));
    const first = heldTurn(threads);
    const second = heldTurn(threads);
    const third = heldTurn(threads);
    await Promise.resolve();
    second.finish();
    first.finish();
    third.finish();
    await Promise.all([first.done, second.done, third.done]);
    await threads.during((chosen) => chosen.run({} as never));
    expect(used).toEqual(['main', 'worker', 'worker', 'main']);
  });

  it('counts a turn that failed as done', async () => {
    const used: string[] = [];
    const threads = new TurnThreads(runner('main', used), runner('worker', used));
    await expect(threads.during(async () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
    await threads.during((chosen) => chosen.run({} as never));
    expect(used).toEqual(['main']);
  });

  it('is always the event loop thread without a worker', async () => {
    const used: string[] = [];
    const threads = new TurnThreads(runner('main', used));
    const first = heldTurn(threads);
    const second = heldTurn(threads);
    first.finish();
    second.finish();
    await Promise.all([first.done, second.done]);
    expect(used).toEqual(['main', 'main']);
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
