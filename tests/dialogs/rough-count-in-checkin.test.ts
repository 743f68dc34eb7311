import { checkinDue } from '../../dialogs/handle-turn';
import type { Locale } from '../../src/mother/profile';
import { NOW, onboarded, replyKeys, talk } from './support/day-three';

/**
 * In the check-in, «ammet ca 8» to «how many feeds?» stored one feed at the time of the message and asked
 * the same question again: with the question's own verb and a rough number, it is the count.
 */
describe.each<[Locale, string, string, string]>([
  ['nb', 'ammet ca 8', 'ammet kl 8', 'hopp over'],
  ['nn', 'amma rundt 8', 'amma kl 8', 'hopp over'],
  ['en', 'fed about 8', 'fed at 8', 'skip'],
])('a rough count with its verb in the check-in (%s)', (locale, rough, clock) => {
  const open = () => checkinDue(onboarded(locale), NOW).doc;

  it(`«${rough}» answers how many feeds, and nothing is logged`, () => {
    const out = talk(open(), locale, rough);
    expect(out.doc!.draft?.checkin?.values).toMatchObject({ feeds: 8 });
    expect(out.doc!.events).toEqual([]);
    expect(replyKeys(out.last)).toContain('checkin:question.pumpMl');
  });

  it(`«${clock}» is still a feed at 08:00, and the question stays open`, () => {
    const out = talk(open(), locale, clock);
    expect(out.doc!.events).toMatchObject([{ type: 'feed' }]);
    expect(out.doc!.draft?.checkin?.values.feeds).toBeUndefined();
  });
});
