import { understand } from '../../src/language/intents';
import { normalize } from '../../src/language/normalize';

const ctx = { now: '2026-11-24T13:00:00Z', timezone: 'Europe/Oslo', locale: 'nb' as const };

/** A small deterministic generator so a failure can be reproduced. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PIECES = [
  'ammet', 'pumpet', '20', 'ml', '+', '-', 'kl', '14.30', 'halv', 'tre', 'for', 'siden', 'i går', 'bleie', 'gul', 'bæsj', '?', ',',
  '😀', '👍🏽', '<script>alert(1)</script>', '<b>', '</b>', '&nbsp;', '**', '__', '`', '\u200d', '\u0000', 'ø', 'æ', 'å', '9999999999999',
  '0,2', 'dl', 'ganger', 'x', '40', 'nei', 'ja', 'slett', 'mine', 'data', '"', "'", '\n', '\t', '(((', ')))', '[[', ']]', 'ﷺ', '𝔘',
];

function randomText(next: () => number): string {
  const kind = Math.floor(next() * 3);
  const length = Math.floor(next() * 40);
  let text = '';
  for (let k = 0; k < length; k++) {
    if (kind === 0) text += String.fromCodePoint(Math.floor(next() * 0x2ffff));
    else if (kind === 1) text += `${PIECES[Math.floor(next() * PIECES.length)] ?? ''} `;
    else text += String.fromCharCode(32 + Math.floor(next() * 95));
  }
  return text;
}

function once(text: string): number {
  const start = process.hrtime.bigint();
  const intent = understand(text, ctx);
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  expect(typeof intent.kind).toBe('string');
  return elapsed;
}

/**
 * Milliseconds for one call. A slow call is timed again: on a shared machine a garbage
 * collection or a busy core can stall any one call, but a slow input is slow every time.
 */
function timed(text: string): number {
  const first = once(text);
  return first < 50 ? first : Math.min(first, once(text), once(text));
}

describe('understand never throws and stays fast', () => {
  beforeAll(() => {
    understand('warm up: ammet kl 14', ctx); // module and zone data load once, not per message
  });

  test('thousands of random strings', () => {
    const next = generator(20261124);
    let slowest = 0;
    let total = 0;
    const runs = 3000;
    for (let k = 0; k < runs; k++) {
      const elapsed = timed(randomText(next));
      slowest = Math.max(slowest, elapsed);
      total += elapsed;
    }
    expect(slowest).toBeLessThan(50);
    expect(total / runs).toBeLessThan(5);
  });

  test.each([
    ['empty', ''],
    ['spaces', '   \n\t  '],
    ['100 KB of letters', 'a'.repeat(100_000)],
    ['100 KB of digits', '1'.repeat(100_000)],
    ['100 KB of emoji', '😀'.repeat(50_000)],
    ['100 KB of a log phrase', 'pumpet 12 + 10 ml kl 14.30 '.repeat(4000)],
    ['100 KB of unclosed tags', '<'.repeat(100_000)],
    ['100 KB of nested markup', '<div><b>ammet</b></div>'.repeat(4500)],
    ['script', '<script>while(true){}</script> ammet nå'],
    ['html entities', '&lt;b&gt;ammet&lt;/b&gt; &#128512; &amp;'],
    ['many pluses', '1 + '.repeat(25_000)],
    ['many ranges', '1-2-3-4-'.repeat(12_500)],
  ])('%s', (_name, text) => {
    expect(timed(text)).toBeLessThan(50);
  });

  test('non-string input from a careless caller gives unknown', () => {
    expect(understand(undefined as unknown as string, ctx)).toEqual({ kind: 'unknown' });
    expect(normalize(null)).toBe('');
  });

  test('an invalid zone or now does not throw', () => {
    expect(() => understand('ammet kl 14', { ...ctx, timezone: 'Not/AZone' })).not.toThrow();
    expect(() => understand('ammet kl 14', { ...ctx, now: 'garbage' })).not.toThrow();
  });

  test('markup around a log is ignored', () => {
    expect(understand('<p>ammet <b>nå</b></p> 😀', ctx)).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
  });
});
