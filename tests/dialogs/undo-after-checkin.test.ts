import { checkinDue } from '../../dialogs/handle-turn';
import type { TurnOutcome } from '../../dialogs/turn';
import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { openDialog } from './support/open-dialog';
import { runTurns } from './support/run-turns';
import { ctx, NOW, onboarded, say, tap, talk } from './support/day-three';

const keys = (outcome: TurnOutcome) => outcome.replies.map((r) => (r.kind === 'text' ? r.key : r.kind === 'findings' ? r.lead.code : r.kind));

/** A breastfeeding mother on day 3 who has just answered the whole check-in by typing: 8 feeds, 3 wet diapers, 1 yellow stool. */
function justAnswered(locale: Locale): MotherDocument {
  return talk(checkinDue(onboarded(locale, 'breast'), NOW).doc, locale, '8', '3', '1').doc!;
}

const UNDO: Record<Locale, string> = { nb: 'angre', nn: 'angre', en: 'undo' };
const LOG: Record<Locale, string> = { nb: 'våt bleie', nn: 'våt bleie', en: 'wet diaper' };

describe.each<Locale>(['nb', 'nn', 'en'])('«angre» right after a finished check-in (%s; found in a walk: the whole answer went, and «6» was then not understood)', (locale) => {
  it('takes back the last answer only, asks that question again, and the next number answers it', () => {
    const done = justAnswered(locale);
    expect(openDialog(done)).toBeUndefined();
    const undone = talk(done, locale, UNDO[locale]);
    expect(keys(undone.last)).toEqual(['checkin:undone', 'checkin:question.yellowStools']);
    expect(openDialog(undone.doc)).toEqual({ name: 'checkin', step: 'yellowStools', values: { feeds: 8, wetDiapers: 3 } });
    expect(undone.doc!.checkins).toHaveLength(0);

    const again = talk(undone.doc!, locale, '6');
    expect(openDialog(again.doc)).toBeUndefined();
    expect(again.doc!.checkins).toHaveLength(1);
    expect(again.doc!.checkins[0]).toMatchObject({ feeds: 8, wetDiapers: 3, yellowStools: 6 });
  });

  it('a second «angre» goes on to the answer before, inside the reopened check-in', () => {
    const twice = talk(justAnswered(locale), locale, UNDO[locale], UNDO[locale]);
    expect(keys(twice.last)).toEqual(['checkin:undone', 'checkin:question.wetDiapers']);
    expect(openDialog(twice.doc)).toEqual({ name: 'checkin', step: 'wetDiapers', values: { feeds: 8 } });
  });

  it('after a log that came later, «angre» takes that log back and the check-in stays as answered', () => {
    const later = { ...ctx(locale), now: new Date(Date.parse(NOW) + 60_000).toISOString() };
    const undone = runTurns(justAnswered(locale), [say(LOG[locale]), say(UNDO[locale])], later);
    expect(keys(undone.last)[0]).toBe('dialog:undo.removed');
    expect(openDialog(undone.doc)).toBeUndefined();
    expect(undone.doc!.checkins[0]).toMatchObject({ feeds: 8, wetDiapers: 3, yellowStools: 1 });
  });

  it('a check-in sent on the card is one answer, and «angre» takes it back whole', () => {
    const open = checkinDue(onboarded(locale, 'breast'), NOW).doc;
    const card = runTurns(open, [tap({ action: 'checkin', feeds: 8, wetDiapers: 3, yellowStools: 1 })], ctx(locale)).doc!;
    expect(card.checkins).toHaveLength(1);
    const undone = talk(card, locale, UNDO[locale]);
    expect(keys(undone.last)).toEqual(['dialog:undo.removed', 'dialog:undo.checkinLine']);
    expect(undone.doc!.checkins).toHaveLength(0);
    expect(openDialog(undone.doc)).toBeUndefined();
  });
});

const NO_IT_WAS_6: Record<Locale, string> = { nb: 'nei, det var 6', nn: 'nei, det var 6', en: 'no, it was 6' };

describe.each<Locale>(['nb', 'nn', 'en'])('«nei, det var 6» right after a finished check-in (%s; found in a walk: «That change doesn\'t fit your last entry»)', (locale) => {
  it('changes its last answer, says so, and holds the check-in again', () => {
    const out = talk(justAnswered(locale), locale, NO_IT_WAS_6[locale]);
    expect(keys(out.last)[0]).toBe('checkin:corrected.yellowStools');
    expect(out.doc!.checkins).toHaveLength(1);
    expect(out.doc!.checkins[0]).toMatchObject({ feeds: 8, wetDiapers: 3, yellowStools: 6 });
    expect(openDialog(out.doc)).toBeUndefined();
  });

  it('a number no count can be is refused, and the answer stays', () => {
    const out = talk(justAnswered(locale), locale, locale === 'en' ? 'no, it was 45' : 'nei, det var 45');
    expect(keys(out.last)).toEqual(['common:invalid.count-range']);
    expect(out.doc!.checkins[0]).toMatchObject({ yellowStools: 1 });
  });
});

describe('«nei, 20 ml» right after a check-in whose last answer was a count', () => {
  it('is no count: the answer stays', () => {
    const out = talk(justAnswered('nb'), 'nb', 'nei, 20 ml');
    expect(out.doc!.checkins[0]).toMatchObject({ feeds: 8, wetDiapers: 3, yellowStools: 1 });
  });
});
