import type { Locale } from '../../src/mother/profile';
import { onboarded, talk } from './support/day-three';

/** A helper found «pumped 2 oz» stored as 2 ml: ounces are read as ounces (US fluid, to whole ml), never as millilitres. */
describe.each<[Locale, string, string]>([
  ['nb', 'pumpet 2 oz', 'pumpet 1,5 oz'],
  ['nn', 'pumpa 2 oz', 'pumpa 1,5 oz'],
  ['en', 'pumped 2 oz', 'pumped 1.5oz'],
])('ounces (%s)', (locale, two, oneAndAHalf) => {
  it.each([[two, 59], [oneAndAHalf, 44]])('«%s» is a pumping of %i ml', (said, ml) => {
    expect(talk(onboarded(locale, 'pump'), locale, said).doc!.events).toMatchObject([{ type: 'pump', ml }]);
  });
});
