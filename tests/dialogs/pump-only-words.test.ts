import type { Locale } from '../../src/mother/profile';
import { onboarded, replyKeys, talk } from './support/day-three';

/**
 * A helper, as a mother who only pumps, found «pumpet 3x20» asking the ml of each time again, and the end of
 * onboarding suggesting «ammet nå» to her.
 */
describe.each<[Locale, string, string, string]>([
  ['nb', 'pumpet 3x20', 'hei', 'pumper'],
  ['nn', 'pumpa 3x20', 'hei', 'pumpar'],
  ['en', 'pumped 3x20', 'hello', 'pumping'],
])('a mother who pumps (%s)', (locale, threeTimes, hello, pumps) => {
  it(`«${threeTimes}» is three pumpings of 20 ml`, () => {
    const out = talk(onboarded(locale, 'pump'), locale, threeTimes);
    expect(out.doc!.events.map((event) => (event.type === 'pump' ? event.ml : undefined))).toEqual([20, 20, 20]);
  });

  it('the end of onboarding suggests what she does: pumping, not feeds', () => {
    const yes = locale === 'en' ? 'yes' : 'ja';
    const out = talk(undefined, locale, hello, yes, locale === 'en' ? 'yesterday at 11 pm' : 'i går kl 23', pumps, yes, '09:00');
    expect(replyKeys(out.last)).toContain('common:onboarding.donePump');
    expect(out.doc!.profile!.feedingMode).toBe('pump');
  });
});
