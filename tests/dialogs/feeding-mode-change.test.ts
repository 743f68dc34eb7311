import type { Locale } from '../../src/mother/profile';
import { onboarded, replyKeys, talk } from './support/day-three';

/**
 * A helper found how she feeds could not be changed once onboarded («jeg pumper bare nå» asked «Hvor mye
 * fikk du?»), and «jeg mente ammer» at the check-in time question was held as a feed and stored at the end,
 * her mode left as it was.
 */
describe.each<[Locale, string, string, string, string]>([
  ['nb', 'jeg pumper bare nå', 'hun vil bare amme', 'jeg mente ammer', 'i går kl 23'],
  ['nn', 'eg pumpar berre no', 'ho vil berre amme', 'eg meinte ammar', 'i går kl 23'],
  ['en', "i've switched to exclusively pumping", 'she only wants to feed', 'i meant breastfeeding', 'yesterday at 11 pm'],
])('how she feeds, changed (%s)', (locale, pumpsNow, babyWants, meant, birth) => {
  it(`«${pumpsNow}» makes her a mother who pumps`, () => {
    const out = talk(onboarded(locale, 'both'), locale, pumpsNow);
    expect(replyKeys(out.last)[0]).toBe('dialog:mode.changed.pump');
    expect(out.doc!.profile!.feedingMode).toBe('pump');
    expect(out.doc!.events).toEqual([]);
  });

  it(`«${babyWants}» changes nothing`, () => {
    const out = talk(onboarded(locale, 'both'), locale, babyWants);
    expect(replyKeys(out.last)).not.toContain('dialog:mode.changed.breast');
    expect((out.doc ?? onboarded(locale, 'both')).profile!.feedingMode).toBe('both');
  });

  it(`«${meant}» in onboarding, after the feeding question, corrects it and stores no feed`, () => {
    const yes = locale === 'en' ? 'yes' : 'ja';
    const both = locale === 'en' ? 'both' : 'begge';
    const out = talk(undefined, locale, locale === 'en' ? 'hello' : 'hei', yes, birth, both, yes, meant, '09:00');
    expect(out.doc!.profile!.feedingMode).toBe('breast');
    expect(out.doc!.events.filter((event) => event.type === 'feed')).toEqual([]);
  });
});
