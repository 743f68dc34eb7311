import { understand } from '../../src/language/intents';
import type { Locale } from '../../src/mother/profile';

const ctx = (locale: Locale) => ({ now: '2026-11-24T13:00:00Z', timezone: 'Europe/Oslo', locale });

/**
 * A walk found «pumpet ikke» answered «Hvor mye fikk du?», and «ammet ikke» stored a feed: Norwegian
 * puts the verb first and its «ikke» after it, which says nothing was done, as «har ikke pumpet» does.
 */
describe('a feed or a pumping with «ikke» right after the verb is no log', () => {
  it.each<[string, Locale]>([
    ['pumpet ikke', 'nb'],
    ['jeg pumpet ikke i dag', 'nb'],
    ['ammet ikke', 'nb'],
    ['hun ammet ikke på 4 timer', 'nb'],
    ['pumpa ikkje', 'nn'],
    ['eg amma ikkje i natt', 'nn'],
  ])('"%s" (%s)', (text, locale) => {
    expect(understand(text, ctx(locale)).kind).not.toBe('log');
  });

  it('still logs what she did, with a «not» elsewhere in it', () => {
    expect(understand('ammet nå', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
    expect(understand('pumpet 20 ml, ikke mer', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'pump', ml: 20 }] });
    expect(understand('amma venstre, ikkje høgre', ctx('nn'))).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
  });
});
