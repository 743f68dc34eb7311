import { understand } from '../../src/language/intents';
import type { Locale } from '../../src/mother/profile';

// Thursday 3 Dec 2026, 03:40 in Oslo (UTC+1): Sunday was 29 November, Monday 30 November.
const NOW = '2026-12-03T02:40:00Z';
const ctx = (locale: Locale) => ({ now: NOW, timezone: 'Europe/Oslo', locale });
const askedForBirth = (locale: Locale) => ({ ...ctx(locale), expecting: 'birth' as const });

type Case = [text: string, locale: Locale, birthAt: string];

describe('asked for the birth, a weekday, a part of it and a rough hour are that instant', () => {
  const cases: Case[] = [
    ['she was born sunday night around 11', 'en', '2026-11-29T22:00:00Z'],
    ['sunday at 11pm', 'en', '2026-11-29T22:00:00Z'],
    ['on Sunday at 23:00', 'en', '2026-11-29T22:00:00Z'],
    ['sunday night at 2', 'en', '2026-11-30T01:00:00Z'],
    ['yesterday night around 11', 'en', '2026-12-02T22:00:00Z'],
    ['yesterday at around 11pm', 'en', '2026-12-02T22:00:00Z'],
    ['around 11 last night', 'en', '2026-12-02T22:00:00Z'],
    ['monday morning about 7', 'en', '2026-11-30T06:00:00Z'],
    ['søndag kveld rundt 11', 'nb', '2026-11-29T22:00:00Z'],
    ['på søndag kl 23', 'nb', '2026-11-29T22:00:00Z'],
    ['natt til mandag kl 2', 'nb', '2026-11-30T01:00:00Z'],
    ['natt til mandag kl 23', 'nb', '2026-11-29T22:00:00Z'],
    ['mandag morgen kl 7', 'nb', '2026-11-30T06:00:00Z'],
    ['søndagskveld ca kl 11', 'nb', '2026-11-29T22:00:00Z'],
    ['i går kveld rundt 11', 'nb', '2026-12-02T22:00:00Z'],
    ['hun kom i går ved 23-tida', 'nb', '2026-12-02T22:00:00Z'],
    ['sundag kveld ved 11-tida', 'nn', '2026-11-29T22:00:00Z'],
    ['natt til måndag kl 2', 'nn', '2026-11-30T01:00:00Z'],
    ['laurdag kl 14', 'nn', '2026-11-28T13:00:00Z'],
  ];
  test.each(cases)('%s (%s)', (text, locale, birthAt) => {
    expect(understand(text, askedForBirth(locale))).toEqual({ kind: 'set-birth', birthAt, future: false, approximate: false });
  });
});

describe('a weekday is the latest one: today counts, «last» and «sist» mean the one before', () => {
  test.each([
    ['torsdag kl 2', 'nb', '2026-12-03T01:00:00Z'],
    ['sist torsdag kl 2', 'nb', '2026-11-26T01:00:00Z'],
    ['last thursday at 2am', 'en', '2026-11-26T01:00:00Z'],
    ['forrige søndag kl 10', 'nb', '2026-11-29T09:00:00Z'],
  ] as Case[])('%s (%s)', (text, locale, birthAt) => {
    expect(understand(text, askedForBirth(locale))).toMatchObject({ kind: 'set-birth', birthAt });
  });
});

describe('a weekday and a part without an hour is not yet a birth time', () => {
  test.each([
    ['søndag kveld', 'nb'],
    ['sunday night', 'en'],
    ['på laurdag', 'nn'],
  ] as Array<[string, Locale]>)('%s (%s) is approximate, so the hour is asked for', (text, locale) => {
    expect(understand(text, askedForBirth(locale))).toMatchObject({ kind: 'set-birth', approximate: true });
  });
});

describe('a rough hour in a log', () => {
  test.each([
    ['ammet i går kveld ved 11-tida', 'nb', '2026-12-02T22:00:00Z'],
    ['fed her around 11pm last night', 'en', '2026-12-02T22:00:00Z'],
    ['amma ho ved 2-tida i natt', 'nn', '2026-12-03T01:00:00Z'],
    ['pumpet 20 ml søndag kveld ved 9-tida', 'nb', '2026-11-29T20:00:00Z'],
    ['pumpet 20 ml søndag kl 21', 'nb', '2026-11-29T20:00:00Z'],
  ] as Case[])('%s (%s) is stored at that hour', (text, locale, at) => {
    expect(understand(text, ctx(locale))).toMatchObject({ kind: 'log', events: [{ at }] });
  });

  // Without a marker, «ca 15» and «around 20» in a log are amounts she may mean, never a clock, with a day before or after them.
  test.each([
    ['pumpet ca 20 ml', 'nb', { type: 'pump', ml: 20, at: NOW }],
    ['pumped about 15 ml', 'en', { type: 'pump', ml: 15, at: NOW }],
    ['ammet rundt 15 min', 'nb', { type: 'feed', minutes: 15, at: NOW }],
    ['pumpet ca 15 i går kveld', 'nb', { type: 'pump', ml: 15 }],
    ['pumped about 15 last night', 'en', { type: 'pump', ml: 15 }],
    ['pumpa kring 10 i natt', 'nn', { type: 'pump', ml: 10 }],
  ] as Array<[string, Locale, object]>)('%s (%s) keeps its amount', (text, locale, event) => {
    expect(understand(text, ctx(locale))).toMatchObject({ kind: 'log', events: [event] });
  });
});
