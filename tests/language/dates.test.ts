import { understand } from '../../src/language/intents';
import type { Locale } from '../../src/mother/profile';

// Tuesday 24 Nov 2026, 14:00 in Oslo (UTC+1; summer time is UTC+2)
const NOW = '2026-11-24T13:00:00Z';
const ctx = (locale: Locale, now = NOW, timezone = 'Europe/Oslo') => ({ now, timezone, locale });

type Case = [text: string, locale: Locale, birthAt: string];

describe('a birth time written with a date resolves to that instant in her zone', () => {
  const cases: Case[] = [
    ['born 01.11 at 03:10', 'en', '2026-11-01T02:10:00Z'],
    ['born 23.11 at 3:10', 'en', '2026-11-23T02:10:00Z'],
    ['born 1 November at 03:10', 'en', '2026-11-01T02:10:00Z'],
    ['born November 1st at 3:10 am', 'en', '2026-11-01T02:10:00Z'],
    ['she was born on the 1st of Nov at 15:45', 'en', '2026-11-01T14:45:00Z'],
    ['born 1 July at 03:10', 'en', '2026-07-01T01:10:00Z'],
    ['født 1. november kl 03.10', 'nb', '2026-11-01T02:10:00Z'],
    ['født 23. nov kl 3', 'nb', '2026-11-23T02:00:00Z'],
    ['født 23. nov. kl 3', 'nb', '2026-11-23T02:00:00Z'],
    ['født 01.11, kl 03.10', 'nb', '2026-11-01T02:10:00Z'],
    ['født 1. november 2026 kl 22.05', 'nb', '2026-11-01T21:05:00Z'],
    ['fødselen var kl 03.10 den 1. november', 'nb', '2026-11-01T02:10:00Z'],
    ['fødd 1. november kl. 03.10', 'nn', '2026-11-01T02:10:00Z'],
    ['fødd 23. nov kl 3', 'nn', '2026-11-23T02:00:00Z'],
  ];
  test.each(cases)('%s (%s)', (text, locale, birthAt) => {
    expect(understand(text, ctx(locale))).toEqual({ kind: 'set-birth', birthAt, future: false, approximate: false });
  });
});

describe('a date with a clock, without a birth word, is that instant', () => {
  const cases: Case[] = [
    ['23.11 at 3:10', 'en', '2026-11-23T02:10:00Z'],
    ['01.11 at 03:10', 'en', '2026-11-01T02:10:00Z'],
    ['1 November at 03:10', 'en', '2026-11-01T02:10:00Z'],
    ['November 23, 2026 at 3:10 pm', 'en', '2026-11-23T14:10:00Z'],
    ['1. november kl 03.10', 'nb', '2026-11-01T02:10:00Z'],
    ['23. nov kl 3', 'nb', '2026-11-23T02:00:00Z'],
    ['1. november kl. 03.10', 'nn', '2026-11-01T02:10:00Z'],
    ['23.11 03:10', 'nb', '2026-11-23T02:10:00Z'],
  ];
  test.each(cases)('%s (%s)', (text, locale, at) => {
    expect(understand(text, ctx(locale))).toEqual({ kind: 'time', at, future: false, approximate: false });
  });
});

describe('without a year, the most recent past occurrence of the date', () => {
  test('a date later in the year is last year', () => {
    expect(understand('født 30.11 kl 10', ctx('nb'))).toMatchObject({ kind: 'set-birth', birthAt: '2025-11-30T09:00:00Z', future: false });
  });

  test('30 December said on 2 January is the December just past', () => {
    const january = ctx('nb', '2027-01-02T09:00:00Z');
    expect(understand('født 30. desember kl 23.50', january)).toMatchObject({ kind: 'set-birth', birthAt: '2026-12-30T22:50:00Z', future: false });
  });

  test('tomorrow is a slip of the finger: kept and flagged future for the dialog to refuse', () => {
    expect(understand('born 25 November at 10:00', ctx('en'))).toMatchObject({ kind: 'set-birth', birthAt: '2026-11-25T09:00:00Z', future: true });
  });

  test('today at a later clock time is flagged future', () => {
    expect(understand('født 24.11 kl 18', ctx('nb'))).toMatchObject({ kind: 'set-birth', birthAt: '2026-11-24T17:00:00Z', future: true });
  });

  test('resolved in her zone, not the server zone, on the day summer time ends', () => {
    // New York leaves summer time at 02:00 on 1 November 2026: 03:10 is then UTC-5
    expect(understand('born 1 November at 03:10', ctx('en', NOW, 'America/New_York'))).toMatchObject({
      kind: 'set-birth',
      birthAt: '2026-11-01T08:10:00Z',
    });
    expect(understand('born 31 October at 03:10', ctx('en', NOW, 'America/New_York'))).toMatchObject({
      kind: 'set-birth',
      birthAt: '2026-10-31T07:10:00Z',
    });
  });
});

describe('a date alone is not a clock time', () => {
  test('"født 01.11" is 1 November, with no clock: approximate', () => {
    const intent = understand('født 01.11', ctx('nb'));
    expect(intent).toMatchObject({ kind: 'set-birth', approximate: true });
    if (intent.kind !== 'set-birth') throw new Error('expected set-birth');
    expect(intent.birthAt.startsWith('2026-11-01')).toBe(true);
  });

  test.each([['født 1. november', 'nb'], ['born November 1', 'en'], ['fødd 1. nov', 'nn']] as const)('"%s" is a day, not a time', (text, locale) => {
    const intent = understand(text, ctx(locale));
    expect(intent).toMatchObject({ kind: 'set-birth', approximate: true });
    if (intent.kind !== 'set-birth') throw new Error('expected set-birth');
    expect(intent.birthAt.startsWith('2026-11-01')).toBe(true);
  });

  test('when the dialog asked for the birth, a bare "01.11 kl 3" or "23.11" is a date', () => {
    const asked = { ...ctx('nb'), expecting: 'birth' as const };
    expect(understand('01.11 kl 3', asked)).toEqual({ kind: 'set-birth', birthAt: '2026-11-01T02:00:00Z', future: false, approximate: false });
    expect(understand('23.11', asked)).toMatchObject({ kind: 'set-birth', approximate: true, future: false });
    expect(understand('kl 03.10 i går', asked)).toMatchObject({ kind: 'set-birth', birthAt: '2026-11-23T02:10:00Z' });
  });

  test('a time written with a dot is still a time in a log', () => {
    expect(understand('ammet 13.30', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'feed', at: '2026-11-24T12:30:00Z' }] });
  });

  test('an impossible date is not turned into a time or another date', () => {
    const intent = understand('født 31.11 kl 3', ctx('nb'));
    expect(intent.kind === 'set-birth' && intent.birthAt.startsWith('2026-12')).toBe(false);
    expect(intent.kind === 'set-birth' && intent.birthAt.startsWith('2026-11-31')).toBe(false);
  });

  test('a month word that is also a verb or name is left alone without a day', () => {
    expect(understand('may I pump 20 ml', ctx('en'))).toMatchObject({ kind: 'log', events: [{ type: 'pump', at: NOW, ml: 20 }] });
  });
});

describe('an impossible date in a birth time', () => {
  it('is not read as today at the clock time that follows it', () => {
    const intent = understand('født 31.02 kl 10', { now: '2026-11-24T12:00:00.000Z', timezone: 'Europe/Oslo', locale: 'nb' });
    expect(intent.kind === 'set-birth' && intent.birthAt.startsWith('2026-11-24')).toBe(false);
  });
});

describe('asked for her birth time, words that are no birth time', () => {
  const asked = { ...ctx('nb'), expecting: 'birth' as const };
  test.each([
    ['hvor mye skal hun ha nå', 'nb'],
    ['kor mykje skal ho ha no', 'nn'],
    ['how much should she have right now', 'en'],
  ] as const)('a question with «nå» in it, "%s", is a question, not a birth this minute', (text, locale) => {
    expect(understand(text, { ...ctx(locale), expecting: 'birth' }).kind).toBe('question');
  });

  test.each(['hun sover nå', 'er så sliten akkurat nå'])('«nå» beside other words, "%s", is not the birth', (text) => {
    expect(understand(text, asked).kind).not.toBe('set-birth');
  });

  test.each(['nå', 'akkurat nå.', 'født nå', 'hun kom i går kl 22'])('"%s" still is', (text) => {
    expect(understand(text, asked).kind).toBe('set-birth');
  });
});

describe('a day counted back from today', () => {
  // NOW in these tests is 2026-11-24 13:00 in Oslo: the day before yesterday is 22 November.
  const asked = (locale: 'nb' | 'nn' | 'en') => ({ ...ctx(locale), expecting: 'birth' as const });
  test.each([
    ['hun ble født for to dager siden kl 22', 'nb'],
    ['i forgårs kl 22', 'nb'],
    ['kl 22 i forgårs', 'nb'],
    ['ho vart fødd for 2 dagar sidan kl 22', 'nn'],
    ['she was born 2 days ago at 10 pm', 'en'],
    ['the day before yesterday at 10pm', 'en'],
  ] as const)('"%s" is 22:00 on 22 November, not now and not yesterday', (text, locale) => {
    expect(understand(text, asked(locale))).toEqual({ kind: 'set-birth', birthAt: '2026-11-22T21:00:00Z', future: false, approximate: false });
  });

  test('without a clock it is that day, approximately', () => {
    expect(understand('for 2 døgn siden', asked('nb'))).toMatchObject({ kind: 'set-birth', approximate: true, birthAt: expect.stringMatching(/^2026-11-22/) });
  });

  test('«siden kl 22» is never a birth at this minute', () => {
    expect(understand('født siden kl 22', asked('nb'))).not.toMatchObject({ kind: 'set-birth', birthAt: NOW });
  });

  test('a feed the day before yesterday is logged on that day', () => {
    expect(understand('ammet i forgårs kl 14', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'feed', at: '2026-11-22T13:00:00Z' }] });
  });
});

describe('«sidan» is nynorsk «siden»', () => {
  test('a count since a time spreads over the hours since then', () => {
    const intent = understand('amma 3 gonger sidan kl 6', ctx('nn'));
    if (intent.kind !== 'log') throw new Error(`no log: ${intent.kind}`);
    expect(intent.counts).toEqual([expect.objectContaining({ type: 'feed', count: 3, from: '2026-11-24T05:00:00Z' })]);
    expect(intent.events).toHaveLength(3);
  });
});

/**
 * A walk (i-walk37): «født 2.12. kl 19» (the date written as the bot writes it, «02.12.») was read as a
 * day with no hour, noon, and a changed birth kept it so. The full stop after the month closes the date.
 */
describe('a date with a full stop after the month, then the clock', () => {
  const cases: Case[] = [
    ['født 23.11. kl 19', 'nb', '2026-11-23T18:00:00Z'],
    ['født 23.11. kl. 19.00', 'nb', '2026-11-23T18:00:00Z'],
    ['født 02.11. 19.00', 'nb', '2026-11-02T18:00:00Z'],
    ['fødd 23.11. kl 19', 'nn', '2026-11-23T18:00:00Z'],
    ['born 23.11. at 19:00', 'en', '2026-11-23T18:00:00Z'],
  ];
  test.each(cases)('%s (%s)', (text, locale, birthAt) => {
    expect(understand(text, ctx(locale))).toEqual({ kind: 'set-birth', birthAt, future: false, approximate: false });
  });

  it('a feed «kl 19 den 23.11.» is that evening', () => {
    expect(understand('ammet 23.11. kl 19', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'feed', at: '2026-11-23T18:00:00Z' }] });
  });
});
