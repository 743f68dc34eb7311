import type { Locale } from '../../src/mother/profile';
import { onboarded, talk } from './support/day-three';

/**
 * A helper found «pumped but got nothing» asked «How much did you get?»: a session that gave nothing is a
 * pumping of 0 ml (it still counts as a session). «fikk nesten ingenting» is a little, asked in ml.
 */
describe.each<[Locale, string, string]>([
  ['nb', 'pumpet, men fikk ingenting', 'pumpet men fikk nesten ingenting'],
  ['nn', 'pumpa, men fekk ikkje noko', 'pumpa men fekk nesten ingenting'],
  ['en', 'pumped but got nothing', 'pumped but got almost nothing'],
])('a pumping that gave nothing (%s)', (locale, nothing, almost) => {
  it(`«${nothing}» is a pumping of 0 ml`, () => {
    expect(talk(onboarded(locale, 'pump'), locale, nothing).doc!.events).toMatchObject([{ type: 'pump', ml: 0 }]);
  });

  it(`«${almost}» stores nothing yet`, () => {
    expect(talk(onboarded(locale, 'pump'), locale, almost).doc?.events ?? []).toEqual([]);
  });
});
