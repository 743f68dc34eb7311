import { understand } from '../../src/language/intents';
import type { Locale } from '../../src/mother/profile';

const ctx = (locale: Locale) => ({ now: '2026-11-24T13:00:00Z', timezone: 'Europe/Oslo', locale });

/**
 * «hun drakk 30 ml fra flaska» was stored as 30 ml pumped: an amount with no word for what it was is
 * taken as pumping, and three such could have shown milk production started (activation.pump-3x20). What
 * the baby drank or was given is no pumping.
 */
describe('an amount the baby had from a bottle, a cup or a spoon is no pumping', () => {
  it.each<[string, Locale]>([
    ['hun drakk 30 ml fra flaska', 'nb'],
    ['ga henne 20 ml morsmelk på flaske', 'nb'],
    ['hun fikk 30 ml', 'nb'],
    ['han fekk 20 ml på kopp', 'nn'],
    ['ho drakk 10 ml', 'nn'],
    ['she drank 30 ml from a bottle', 'en'],
    ['gave her 20 ml formula', 'en'],
  ])('"%s" (%s)', (text, locale) => {
    expect(understand(text, ctx(locale)).kind).not.toBe('log');
  });

  it('still takes an amount she got, alone or with a pumping named, as pumped', () => {
    expect(understand('fikk 20 ml', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'pump', ml: 20 }] });
    expect(understand('jeg fikk 15 ml', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'pump', ml: 15 }] });
    expect(understand('pumpet 30 ml og ga henne det på flaske', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'pump', ml: 30 }] });
    expect(understand('got 25 ml', ctx('en'))).toMatchObject({ kind: 'log', events: [{ type: 'pump', ml: 25 }] });
  });
});
