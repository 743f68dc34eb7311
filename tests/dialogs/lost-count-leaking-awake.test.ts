import { checkinDue } from '../../dialogs/handle-turn';
import type { Locale } from '../../src/mother/profile';
import { NOW, onboarded, replyKeys, talk } from './support/day-three';

/** Found by a helper talking to the bot as a tired mother at night. */
describe.each<[Locale, string, string, string]>([
  ['nb', 'ammet hele natta, mista tellinga', 'lekker melk overalt hjelp', 'hei er du våken'],
  ['nn', 'amma heile natta, mista tellinga', 'det lek mjølk heile tida', 'hei er du vaken'],
  ['en', 'fed all night, lost count', 'leaking milk everywhere is that normal', 'hi are you there'],
])('at night (%s)', (locale, lostCount, leaking, awake) => {
  it(`«${lostCount}» to how many feeds stores no feed, and says a guess will do`, () => {
    const out = talk(checkinDue(onboarded(locale), NOW).doc, locale, lostCount);
    expect(replyKeys(out.last)).toEqual(['checkin:again.feeds']);
    expect(out.doc!.events).toEqual([]);
  });

  it(`«${leaking}» gets whom to ask, not a topic that does not cover it`, () => {
    expect(replyKeys(talk(onboarded(locale), locale, leaking).last)).toEqual(['topics:ui.decline']);
  });

  it(`«${awake}» gets the kind line a greeting gets`, () => {
    expect(replyKeys(talk(onboarded(locale), locale, awake).last)).toEqual(['dialog:greeted']);
  });
});
