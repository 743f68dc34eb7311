import type { Locale } from '../../src/mother/profile';
import { onboarded, replyKeys, talk } from './support/day-three';

/**
 * A helper found «hun puster så fort og rart» answered «Det forsto jeg ikke helt», and «blod i bleia» asked
 * «Var bleien våt?». Breathing told without a red flag's signs, and blood in a diaper, are worries no topic
 * answers: she is told honestly, with whom to ask and when to call (the decline), and nothing is stored.
 * Breathing with the colour of a red flag is still an emergency.
 */
describe.each<[Locale, string[], string]>([
  ['nb', ['hun puster så fort og rart', 'hun har pustepauser', 'blod i bleia', 'våt bleie med litt blod'], 'hun er blå rundt munnen og puster rart'],
  ['nn', ['ho pustar så rart og fort', 'blod i bleia'], 'ho er blå rundt munnen og pustar rart'],
  ['en', ['she is breathing really fast and grunting', 'blood in her nappy'], 'she is blue around the mouth and breathing funny'],
])('breathing and blood told (%s)', (locale, worries, emergency) => {
  it.each(worries)('«%s» gets whom to ask, and nothing is stored', (message) => {
    const out = talk(onboarded(locale), locale, message);
    expect(replyKeys(out.last)).toEqual(['topics:ui.decline']);
    expect(out.doc?.events ?? []).toEqual([]);
  });

  it('breathing said to be fine, with a sign said not to be there, stays quiet: no call to make', () => {
    const quiet = { nb: 'puster fint ikke noe feber bare litt gulping', nn: 'ho pustar fint, ingen feber', en: 'she is breathing fine, no fever' }[locale];
    expect(replyKeys(talk(onboarded(locale), locale, quiet).last)).not.toContain('topics:ui.decline');
  });

  it('with a red flag\'s colour, it is an emergency', () => {
    expect(replyKeys(talk(onboarded(locale), locale, emergency).last)).toContain('red-flag.emergency');
  });
});
