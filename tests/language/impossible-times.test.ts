import { parseClock, understand, type Intent } from '../../src/language';
import { hasImpossibleClock, readImpossibleClock } from '../../src/language/clock';
import { normalize } from '../../src/language/normalize';
import { tokenize } from '../../src/language/tokens';
import type { Locale } from '../../src/mother/profile';

const NOW = '2026-11-26T13:00:00.000Z'; // Thursday 26 November, 14:00 in Oslo
const ctx = (locale: Locale, now = NOW) => ({ now, timezone: 'Europe/Oslo', locale });
/** An instant given as Oslo local time on a day in November 2026 (UTC+1). */
const oslo = (day: number, time: string) => new Date(`2026-11-${String(day).padStart(2, '0')}T${time}:00+01:00`).toISOString().replace('.000Z', 'Z');

const impossibleConcerns = (intent: Intent) => (intent.kind === 'log' ? intent.concerns.filter((c) => c.code === 'impossible-time') : []);

/** A clock time that does not exist, with what the parser keeps of it ("klokka" is "kl", "13am" is "13 am"). */
const IMPOSSIBLE: Array<[string, Locale, string]> = [
  ['ammet kl 25:99', 'nb', 'kl 25:99'],
  ['ammet kl 24:30', 'nb', 'kl 24:30'],
  ['ammet kl 14:75', 'nb', 'kl 14:75'],
  ['ammet kl 9.60', 'nb', 'kl 9.60'],
  ['ammet kl. 31', 'nb', 'kl . 31'],
  ['ammet i går kl 26', 'nb', 'i går kl 26'],
  ['ammet kl 26 i går', 'nb', 'kl 26'],
  ['ammet 25.11 kl 25', 'nb', 'kl 25'],
  ['ammet 23.11 kl 25', 'nb', '23.11 kl 25'],
  ['ammet 25:99', 'nb', '25:99'],
  ['ammet kl tjuefem', 'nb', 'kl tjuefem'],
  ['pumpet 20 ml kl 25', 'nb', 'kl 25'],
  ['bleie våt og gul kl 27:15', 'nb', 'kl 27:15'],
  ['ammet kl 14:30:75', 'nb', 'kl 14:30:75'],
  ['amma klokka 31', 'nn', 'kl 31'],
  ['amma klokka 24:30', 'nn', 'kl 24:30'],
  ['pumpa 20 ml klokka 9.60', 'nn', 'kl 9.60'],
  ['våt bleie i går klokka 26', 'nn', 'i går kl 26'],
  ['fed at 25:00', 'en', 'at 25:00'],
  ['fed at 13am', 'en', 'at 13 am'],
  ['fed at 0 pm', 'en', 'at 0 pm'],
  ['fed at 12:60 pm', 'en', 'at 12:60 pm'],
  ['fed yesterday at 26:00', 'en', 'yesterday at 26:00'],
  ['pumped 20 ml at 24:30', 'en', 'at 24:30'],
  ['wet diaper at 25', 'en', 'at 25'],
];

describe('a clock time that does not exist is never dropped, never "now"', () => {
  test.each(IMPOSSIBLE)('"%s" (%s): no event, an impossible-time concern', (text, locale, written) => {
    const intent = understand(text, ctx(locale));
    expect(intent).toMatchObject({ kind: 'log', events: [], pending: [] });
    expect(impossibleConcerns(intent)).toEqual([{ code: 'impossible-time', written }]);
  });

  test('"kl 24" and "24:00" are no time: the hours are 0-23, as on the cards and for the check-in time', () => {
    for (const text of ['ammet kl 24', 'ammet kl 24:00', 'ammet kl 24.00', 'ammet 24:00']) {
      expect(impossibleConcerns(understand(text, ctx('nb')))).toHaveLength(1);
    }
    expect(parseClock('kl 24')).toBeUndefined();
    // midnight has its own words, and 00:00
    expect(understand('ammet ved midnatt', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'feed', at: oslo(26, '00:00') }], concerns: [] });
  });

  test('a number after "kl" that is no clock at all is refused too, not dropped', () => {
    for (const text of ['ammet kl 930', 'ammet kl 14:5', 'ammet kl 1.5']) {
      expect(impossibleConcerns(understand(text, ctx('nb')))).toHaveLength(1);
    }
  });

  test('one time in a message of several that does not exist is reported, whatever else is valid', () => {
    const intent = understand('ammet kl 8 og kl 25', ctx('nb'));
    expect(impossibleConcerns(intent)).toEqual([{ code: 'impossible-time', written: 'kl 25' }]);
    expect(impossibleConcerns(understand('ammet kl 8, pumpet 20 ml kl 25', ctx('nb')))).toHaveLength(1);
    expect(impossibleConcerns(understand('fed at 8 and at 25:00', ctx('en')))).toHaveLength(1);
    // the event next to the wrong time is not given another time or "now"
    const mixed = understand('ammet kl 8, pumpet 20 ml kl 25', ctx('nb'));
    expect(mixed.kind === 'log' && mixed.events.filter((e) => e.type === 'pump')).toEqual([]);
  });

  test('the only time of a message applies to all its events, a time that does not exist too', () => {
    expect(understand('ammet og pumpet 20 ml kl 25', ctx('nb'))).toMatchObject({ kind: 'log', events: [], pending: [] });
  });
});

describe('valid times, amounts and dates are read as before', () => {
  test.each<[string, Locale, Record<string, unknown>]>([
    ['ammet kl 00:00', 'nb', { type: 'feed', at: oslo(26, '00:00') }],
    ['ammet kl 0', 'nb', { type: 'feed', at: oslo(26, '00:00') }],
    ['ammet i går kl 23:59', 'nb', { type: 'feed', at: oslo(25, '23:59') }],
    ['ammet kl 9', 'nb', { type: 'feed', at: oslo(26, '09:00') }],
    ['ammet kl 09.05', 'nb', { type: 'feed', at: oslo(26, '09:05') }],
    ['ammet kl 9,30', 'nb', { type: 'feed', at: oslo(26, '09:30') }],
    ['ammet kl 13:30:00', 'nb', { type: 'feed', at: oslo(26, '13:30') }],
    ['ammet kl tretten', 'nb', { type: 'feed', at: oslo(26, '13:00') }],
    ['ammet halv ti', 'nb', { type: 'feed', at: oslo(26, '09:30') }],
    ['ammet for 20 min siden', 'nb', { type: 'feed', at: oslo(26, '13:40') }],
    ['ammet 25 min', 'nb', { type: 'feed', at: oslo(26, '14:00'), minutes: 25 }],
    ['pumpet 25 ml', 'nb', { type: 'pump', at: oslo(26, '14:00'), ml: 25 }],
    ['pumpet 9.60', 'nb', { type: 'pump', at: oslo(26, '14:00'), ml: 9.6 }],
    ['pumpet 2,5 dl kl 9', 'nb', { type: 'pump', at: oslo(26, '09:00'), ml: 250 }],
    ['ammet 25.11 kl 3', 'nb', { type: 'feed', at: oslo(25, '03:00') }],
    ['ammet 31.10 kl 3', 'nb', { type: 'feed', at: '2026-10-31T02:00:00Z' }],
    ['amma klokka 23.10 i går', 'nn', { type: 'feed', at: oslo(25, '23:10') }],
    ['amma kl 8', 'nn', { type: 'feed', at: oslo(26, '08:00') }],
    ['fed at 13pm', 'en', { type: 'feed', at: oslo(26, '13:00') }],
    ['fed at 1 pm', 'en', { type: 'feed', at: oslo(26, '13:00') }],
    ['fed at 12am', 'en', { type: 'feed', at: oslo(26, '00:00') }],
    ['fed at 0 am', 'en', { type: 'feed', at: oslo(26, '00:00') }],
    ['fed 20 minutes ago', 'en', { type: 'feed', at: oslo(26, '13:40') }],
    ['pumped 25 ml at 9', 'en', { type: 'pump', at: oslo(26, '09:00'), ml: 25 }],
  ])('"%s" (%s)', (text, locale, event) => {
    const intent = understand(text, ctx(locale));
    expect(intent).toMatchObject({ kind: 'log', events: [event] });
    expect(impossibleConcerns(intent)).toEqual([]);
  });

  test('"kl 23:59" just before midnight is that minute, not refused', () => {
    const intent = understand('ammet kl 23:59', ctx('nb', '2026-11-26T22:59:30.000Z'));
    expect(intent).toMatchObject({ kind: 'log', events: [{ type: 'feed', at: oslo(26, '23:59') }], concerns: [] });
  });

  test('"13pm" is 13:00 (the marker agrees); "13am" and "0pm" contradict themselves', () => {
    expect(parseClock('13pm', 'en')).toEqual({ hour: 13, minute: 0, ambiguous: false });
    expect(parseClock('13am', 'en')).toBeUndefined();
    expect(parseClock('0 pm', 'en')).toBeUndefined();
  });
});

describe('readImpossibleClock', () => {
  const at0 = (text: string, locale: Locale = 'nb') => readImpossibleClock(tokenize(normalize(text)), 0, locale);

  test.each(['kl 25', 'kl 24:30', '25:99', 'kl 9.60', 'klokka 31', 'klokka tjuefem', 'at 25:00', '13 am', 'kl 930'])('"%s" does not exist', (text) => {
    expect(at0(text)).toBeDefined();
  });

  test.each(['kl 14', 'kl 00:00', '23:59', '9.60', '31.12', '25', 'kl 25 min', 'at 25 past 2', 'halv ti', 'i går', 'ved 25'])('"%s" is no impossible clock', (text) => {
    expect(at0(text, 'en')).toBeUndefined();
  });

  test('a birth time with a clock that does not exist is not read as a day alone', () => {
    expect(hasImpossibleClock(tokenize(normalize('født i går kl 26')))).toBe(true);
    expect(understand('født i går kl 26', ctx('nb')).kind).not.toBe('set-birth');
    expect(understand('født i går kl 23', ctx('nb'))).toMatchObject({ kind: 'set-birth', birthAt: oslo(25, '23:00') });
  });
});
