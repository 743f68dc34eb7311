import { understand } from '../../src/language';
import { readDuration } from '../../src/language/durations';
import { normalize } from '../../src/language/normalize';
import { tokenize } from '../../src/language/tokens';

const NOW = '2026-11-26T13:00:00Z';
const ctx = (locale: 'nb' | 'nn' | 'en') => ({ now: NOW, timezone: 'Europe/Oslo', locale });
const minutesOf = (text: string, locale: 'nb' | 'nn' | 'en' = 'nb'): number | undefined => readDuration(tokenize(normalize(text)), 0, { locale })?.minutes;

describe('a length of time', () => {
  it.each<[string, 'nb' | 'nn' | 'en', number]>([
    ['en halv time', 'nb', 30],
    ['halv time', 'nb', 30],
    ['ei halvtime', 'nn', 30],
    ['half an hour', 'en', 30],
    ['a half hour', 'en', 30],
    ['et kvarter', 'nb', 15],
    ['a quarter of an hour', 'en', 15],
    ['en time', 'nb', 60],
    ['an hour', 'en', 60],
    ['halvannen time', 'nb', 90],
    ['en og en halv time', 'nb', 90],
    ['an hour and a half', 'en', 90],
    ['2 timer', 'nb', 120],
    ['25 minutt', 'nn', 25],
  ])('"%s" (%s) is %i minutes', (text, locale, minutes) => {
    expect(minutesOf(text, locale)).toBe(minutes);
  });

  it('an English "time" is no hour ("fed 1 time")', () => {
    expect(minutesOf('1 time', 'en')).toBeUndefined();
  });
});

describe('half an hour ago is thirty minutes back, not an hour', () => {
  it.each<[string, 'nb' | 'nn' | 'en']>([
    ['bleie for ei halv time siden', 'nb'],
    ['pumpa 10 ml for ein halv time sidan', 'nn'],
    ['nursed a half hour ago', 'en'],
  ])('"%s"', (text, locale) => {
    const intent = understand(text, ctx(locale));
    expect(intent.kind === 'log' ? [...intent.events, ...intent.pending].map((event) => event.at) : intent.kind).toEqual(['2026-11-26T12:30:00Z']);
  });
});

describe('how long a feed lasted', () => {
  it.each<[string, 'nb' | 'nn' | 'en', number]>([
    ['ammet et kvarter på høyre', 'nb', 15],
    ['amma i ein og ein halv time', 'nn', 90],
    ['breastfed for a half hour', 'en', 30],
  ])('"%s" lasted %i minutes', (text, locale, minutes) => {
    expect(understand(text, ctx(locale))).toMatchObject({ kind: 'log', events: [{ type: 'feed', at: NOW, minutes }] });
  });

  it('a length longer than any feed (more than three hours) is not taken as the feed\'s length', () => {
    expect(understand('ammet i 4 timer', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'feed', at: NOW }] });
    const intent = understand('ammet i 4 timer', ctx('nb'));
    expect(intent.kind === 'log' && 'minutes' in intent.events[0]!).toBe(false);
  });
});
