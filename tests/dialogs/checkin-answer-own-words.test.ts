import { checkinDue } from '../../dialogs/handle-turn';
import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { openDialog } from './support/open-dialog';
import { runTurns } from './support/run-turns';
import { ctx, NOW, onboarded, replyKeys, say } from './support/day-three';

/** Breastfeeding on day 3: feeds, wet diapers, yellow stools. Feeds and wet diapers answered, yellow stools asked. */
function atYellowStools(locale: Locale): MotherDocument {
  const open = checkinDue(onboarded(locale, 'breast'), NOW).doc;
  return runTurns(open, ['8', '5'].map(say), ctx(locale)).doc!;
}

describe('a check-in answer that names what the question counts (found in a walk: «ingen gule enda» got the diaper guide and the question again)', () => {
  it.each<[Locale, string, number]>([
    ['nb', 'ingen gule enda', 0],
    ['nn', 'ingen gule enno', 0],
    ['en', 'no yellow ones yet', 0],
    ['nb', 'bare 1 gul så langt', 1],
    ['en', 'just 2 yellow so far', 2],
  ])('%s «%s» at the yellow-stool question is %i', (locale, typed, count) => {
    const done = runTurns(atYellowStools(locale), [say(typed)], ctx(locale));
    expect(openDialog(done.doc)).toBeUndefined();
    expect(done.doc!.checkins.at(-1)).toMatchObject({ feeds: 8, wetDiapers: 5, yellowStools: count });
  });

  it.each<[Locale, string]>([
    ['nb', 'ingen våte enda'],
    ['en', 'no wet ones yet'],
  ])('%s «%s» at the feeds question is never filed as no feeds', (locale, typed) => {
    const open = checkinDue(onboarded(locale, 'breast'), NOW).doc;
    const out = runTurns(open, [say(typed)], ctx(locale));
    expect(openDialog(out.doc)?.values?.feeds).toBeUndefined();
    expect(replyKeys(out.last).at(-1)).toMatch(/^checkin:(question|again)\.feeds$/);
  });
});
