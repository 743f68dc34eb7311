import { understand } from '../../src/language';
import { ctx, logOf } from './support/log-of';

// NOW is 14:00 in Oslo on 26 November (13:00 UTC).
describe('the part of the day after an hour on the 12-hour dial settles it (found in a walk: «yesterday at 7 in the morning» was read as 19:00)', () => {
  it.each<[string, 'nb' | 'nn' | 'en', string]>([
    ['ammet kl 7 om morgenen', 'nb', '2026-11-26T06:00:00Z'],
    ['amma kl 7 om morgonen', 'nn', '2026-11-26T06:00:00Z'],
    ['fed at 7 in the morning', 'en', '2026-11-26T06:00:00Z'],
    ['ammet kl 2 om natta', 'nb', '2026-11-26T01:00:00Z'],
    ['pumpet 20 ml i går kl 8 om kvelden', 'nb', '2026-11-25T19:00:00Z'],
    ['fed yesterday at half past 7 in the evening', 'en', '2026-11-25T18:30:00Z'],
    ['ammet i går kl 11 om natta', 'nb', '2026-11-25T22:00:00Z'],
  ])('"%s"', (text, locale, at) => {
    expect(logOf(text, locale).events).toMatchObject([{ at }]);
  });

  it.each<[string, 'nb' | 'en', string]>([
    ['født i går kl 7 om morgenen', 'nb', '2026-11-25T06:00:00Z'],
    ['born yesterday at 7 in the morning', 'en', '2026-11-25T06:00:00Z'],
  ])('her birth: "%s"', (text, locale, at) => {
    expect(understand(text, ctx(locale))).toMatchObject({ kind: 'set-birth', birthAt: at });
  });
});
