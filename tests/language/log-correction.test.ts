import { understand } from '../../src/language/intents';
import type { Locale } from '../../src/mother/profile';

const NOW = '2026-11-26T13:00:00Z'; // 14:00 in Oslo
const ctx = (locale: Locale) => ({ now: NOW, timezone: 'Europe/Oslo', locale });

describe('a correction of the log just stored: an opener, then only the new value', () => {
  it.each<[string, Locale, object]>([
    ['nei det var venstre', 'nb', { side: 'left' }],
    ['nei, venstre', 'nb', { side: 'left' }],
    ['feil side, det var høyre', 'nb', { side: 'right' }],
    ['nei det var kl 13', 'nb', { at: '2026-11-26T12:00:00Z' }],
    ['nei 30 ml', 'nb', { ml: 30 }],
    ['jeg mente 20 min', 'nb', { minutes: 20 }],
    ['nei, det var høgre sida', 'nn', { side: 'right' }],
    ['eg meinte 15 minutt', 'nn', { minutes: 15 }],
    ['no it was the left side', 'en', { side: 'left' }],
    ['no, at 1pm', 'en', { at: '2026-11-26T12:00:00Z' }],
    ['oops, 15 ml', 'en', { ml: 15 }],
    // A number alone is the new amount of a pumping; the dialog refuses it for anything else (tests/dialogs/correct-last-log).
    ['nei det var 7', 'nb', { amount: 7 }],
    ['no it was 7.5', 'en', { amount: 7.5 }],
    // With a side, one breast's ml of a pumping (i-walk37); the dialog refuses it for a feed, where 7 may be minutes.
    ['no it was 7 on the left', 'en', { amount: 7, side: 'left' }],
    ['nei det var 35 fra venstre', 'nb', { amount: 35, side: 'left' }],
  ])('"%s" (%s)', (text, locale, change) => {
    expect(understand(text, ctx(locale))).toEqual({ kind: 'correct-log', change });
  });

  it.each<[string, Locale]>([
    ['nei det var 7 kl 5', 'nb'],
    ['nei takk', 'nb'],
    ['nei, venstre side gjør vondt', 'nb'],
    ['venstre', 'nb'],
    ['ammet venstre', 'nb'],
    ['no, she fed on the left for ages', 'en'],
  ])('"%s" (%s) is no log correction', (text, locale) => {
    expect(understand(text, ctx(locale)).kind).not.toBe('correct-log');
  });
});
