import { understand } from '../../src/language/intents';
import type { Locale } from '../../src/mother/profile';

const ctx = (locale: Locale) => ({ now: '2026-11-24T13:00:00Z', timezone: 'Europe/Oslo', locale });

/** Issue 24: "vondt å amme" named a feed and was stored as one; it is a question about the pain. */
describe('pain she names is a question, not a log', () => {
  it.each<[string, Locale]>([
    ['vondt å amme', 'nb'],
    ['det gjør så vondt å amme', 'nb'],
    ['brystvortene er såre etter amming', 'nb'],
    ['ammet men det gjorde vondt', 'nb'],
    ['det svir når eg ammar', 'nn'],
    ['it hurts to breastfeed', 'en'],
    ['my nipples are cracked from feeding', 'en'],
  ])('"%s" (%s)', (text, locale) => {
    expect(understand(text, ctx(locale))).toEqual({ kind: 'question', text });
  });

  it('keeps a log that says when, with the pain beside it, and a log that says there was none', () => {
    expect(understand('ammet kl 13, litt vondt', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
    expect(understand('ammet uten smerter', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
    expect(understand('ammet nå', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
  });
});
