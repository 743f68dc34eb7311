import { checkinDue } from '../../dialogs/handle-turn';
import type { TurnOutcome } from '../../dialogs/turn';
import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { openDialog } from './support/open-dialog';
import { runTurns } from './support/run-turns';
import { BIRTH, ctx, NOW, tap, talk } from './support/day-three';

const keys = (outcome: TurnOutcome) => outcome.replies.map((r) => (r.kind === 'text' ? r.key : r.kind === 'findings' ? r.lead.code : r.kind));

/** A mother who breastfeeds and pumps, on day 3, with the check-in just sent: feeds is asked. */
function inCheckin(locale: Locale): MotherDocument {
  const onboarded = runTurns(undefined, [tap({ action: 'onboard', birthAt: BIRTH, feedingMode: 'both', checkInTime: '09:00', timezone: 'Europe/Oslo', consent: true })], ctx(locale)).doc!;
  return checkinDue(onboarded, NOW).doc;
}

interface Words {
  pumped: string;
  ml: string;
  deleteMine: string;
  no: string;
  question: string;
  notACount: string;
  noneAtAll: string;
  sign: string;
}
const WORDS: Record<Locale, Words> = {
  nb: { pumped: 'pumpet', ml: '20 ml', deleteMine: 'slett mine data', no: 'nei', question: 'hvordan håndmelker jeg?', notACount: 'nei han sover', noneAtAll: 'nei, ingen', sign: 'hun har høy feber' },
  nn: { pumped: 'pumpa', ml: '20 ml', deleteMine: 'slett dataa mine', no: 'nei', question: 'korleis handmjølkar eg?', notACount: 'nei han søv', noneAtAll: 'nei, ingen', sign: 'ho har høg feber' },
  en: { pumped: 'pumped', ml: '20 ml', deleteMine: 'delete my data', no: 'no', question: 'how do I hand express?', notACount: 'no he is asleep', noneAtAll: 'no, none', sign: 'she has a high fever' },
};

describe.each<Locale>(['nb', 'nn', 'en'])('a check-in goes on where it was (%s)', (locale) => {
  const words = WORDS[locale];

  it('a log that asks for its value in the middle of a check-in: the value is stored, then the same question comes back', () => {
    const answered = talk(inCheckin(locale), locale, '7').doc!; // feeds 7; pumped volumes asked
    const asked = talk(answered, locale, words.pumped);
    expect(keys(asked.last)).toEqual(['dialog:log.askPumpMl']);
    const stored = talk(asked.doc!, locale, words.ml);
    expect(keys(stored.last).at(-1)).toBe('checkin:question.pumpMl');
    expect(stored.doc!.events.filter((e) => e.type === 'pump').map((e) => (e as { ml: number }).ml)).toEqual([20]);
    expect(openDialog(stored.doc)).toEqual({ name: 'checkin', step: 'pumpMl', values: { feeds: 7 } });
    // the next answer is filed under the question that was open, not under the log's
    const next = talk(stored.doc!, locale, words.no);
    expect(openDialog(next.doc)).toEqual({ name: 'checkin', step: 'wetDiapers', values: { feeds: 7, pumpMl: [] } });
  });

  it.each([
    ['«ml» after each amount', { nb: '5 ml og 8 ml', nn: '5 ml og 8 ml', en: '5 ml and 8 ml' }, [5, 8]],
    ['the verb and its amount', { nb: 'pumpet 20 ml', nn: 'pumpa 20 ml', en: 'pumped 20 ml' }, [20]],
  ])('the pumping question answered with %s is answered: the sessions are its answer, not a log beside it while it is asked again', (_, typed, ml) => {
    const answered = talk(inCheckin(locale), locale, '7').doc!;
    const next = talk(answered, locale, typed[locale]);
    expect(keys(next.last).at(-1)).toBe('checkin:question.wetDiapers');
    expect(openDialog(next.doc)).toEqual({ name: 'checkin', step: 'wetDiapers', values: { feeds: 7, pumpMl: ml } });
    expect(next.doc!.events.filter((e) => e.type === 'pump')).toEqual([]);
  });

  it('"delete my data" in a check-in, then "no": everything is kept and the open question is asked again', () => {
    const answered = talk(inCheckin(locale), locale, '7').doc!;
    const asked = talk(answered, locale, words.deleteMine);
    expect(keys(asked.last)).toEqual(['dialog:delete.confirm']);
    const kept = talk(asked.doc!, locale, words.no);
    expect(keys(kept.last)).toEqual(['dialog:delete.kept', 'checkin:question.pumpMl']);
    expect(openDialog(kept.doc)).toEqual({ name: 'checkin', step: 'pumpMl', values: { feeds: 7 } });
  });

  it('a number instead of yes or no to "delete?": nothing is deleted, and it answers the check-in question', () => {
    const asked = talk(inCheckin(locale), locale, words.deleteMine);
    const answered = talk(asked.doc!, locale, '6');
    expect(answered.last.doc).not.toBeNull();
    expect(keys(answered.last)).toEqual(['dialog:checkin.gotIt', 'checkin:question.pumpMl']);
    expect(openDialog(answered.doc)).toEqual({ name: 'checkin', step: 'pumpMl', values: { feeds: 6 } });
  });

  it('a question in the middle of a check-in is answered, then the question comes back; a red flag keeps the question open', () => {
    const asked = talk(inCheckin(locale), locale, words.question);
    const [answer, again] = keys(asked.last);
    expect(answer).toMatch(/^topics:/);
    expect(again).toBe('checkin:question.feeds');
    const flagged = talk(asked.doc!, locale, words.sign);
    expect(keys(flagged.last)).toEqual(['red-flag.urgent']);
    const answered = talk(flagged.doc!, locale, '8');
    expect(openDialog(answered.doc)).toEqual({ name: 'checkin', step: 'pumpMl', values: { feeds: 8 } });
  });

  it('a "no" that says something else is not counted as none; a plain "no, none" is', () => {
    const doc = inCheckin(locale);
    const unclear = talk(doc, locale, words.notACount);
    expect(keys(unclear.last)).toEqual(['checkin:again.feeds']);
    // Nothing is kept of it: only that the question was asked again, so that «nei, det var 5» answers it.
    expect(openDialog(unclear.doc)).toEqual({ name: 'checkin', step: 'feeds', values: {} });
    const none = talk(talk(doc, locale, '7').doc!, locale, words.no, words.noneAtAll);
    expect(openDialog(none.doc)).toEqual({ name: 'checkin', step: 'yellowStools', values: { feeds: 7, pumpMl: [], wetDiapers: 0 } });
  });
});
