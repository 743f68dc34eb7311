import { checkinDue } from '../../dialogs/handle-turn';
import { sentBy, type Reply } from '../../dialogs/reply';
import type { TurnOutcome } from '../../dialogs/turn';
import { phraseText } from '../../src/edge/render';
import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { runTurns } from './support/run-turns';
import { openDialog } from './support/open-dialog';
import { BIRTH, ctx, NOW, tap, talk } from './support/day-three';


const keys = (outcome: TurnOutcome) => outcome.replies.map((r) => (r.kind === 'text' ? r.key : r.kind === 'findings' ? r.lead.code : r.kind));
const shown = (locale: Locale, reply: Reply | undefined) => (reply?.kind === 'text' ? phraseText(locale, reply.key, reply.params) : '');
const buttons = (reply: Reply | undefined) => (reply?.kind === 'text' ? (reply.suggestions ?? []).map((s) => sentBy(s, 'nb')) : []);

/** A breastfeeding mother on day 3 with the check-in just sent: its first question (feeds) is open. */
function inCheckin(locale: Locale): MotherDocument {
  const onboarded = runTurns(undefined, [tap({ action: 'onboard', birthAt: BIRTH, feedingMode: 'breast', checkInTime: '09:00', timezone: 'Europe/Oslo', consent: true })], ctx(locale)).doc!;
  return checkinDue(onboarded, NOW).doc;
}
const open = (doc: MotherDocument | undefined) => (openDialog(doc)?.name === 'checkin' ? { step: openDialog(doc)!.step, values: openDialog(doc)!.values } : undefined);

interface Words {
  wordy: [string, number][];
  /** A sentence counting what the question asks (7 feeds), one counting what the next asks (5 wet), one correcting the first (8 feeds). */
  counted: [string, string, string];
  notAnAnswer: string;
  correction: string;
  correctedText: string;
  undo: string;
}
const WORDS: Record<Locale, Words> = {
  nb: { counted: ['hun har ammet kanskje 7 ganger', 'det var 5 våte', 'nei, hun har ammet 8 ganger'], wordy: [['5 ganger tror jeg', 5], ['bare 2', 2], ['ca 1', 1]], notAnAnswer: '5 eller 6', correction: 'nei det var 5 ganger ikke 1', correctedText: 'Rettet: 5 amminger.', undo: 'angre' },
  nn: { counted: ['ho har amma kanskje 7 gonger', 'det var 5 våte', 'nei, ho har amma 8 gonger'], wordy: [['5 gonger trur eg', 5], ['berre 2', 2], ['kring 1', 1]], notAnAnswer: '5 eller 6', correction: 'nei, det var 5', correctedText: 'Retta: 5 ammingar.', undo: 'angre' },
  en: { counted: ['she has fed maybe 7 times', 'there were 5 wet ones', 'no, she fed 8 times'], wordy: [['5 times I think', 5], ['just 2', 2], ['about 1', 1]], notAnAnswer: '5 or 6', correction: 'no, it was 5', correctedText: 'Corrected: 5 feeds.', undo: 'undo' },
};

describe.each<Locale>(['nb', 'nn', 'en'])('check-in answers as she types them (%s)', (locale) => {
  const words = WORDS[locale];

  it('words around the number are read as the answer, each under its own question', () => {
    const [[feeds, f], [wet, w], [yellow, y]] = words.wordy as [[string, number], [string, number], [string, number]];
    const first = talk(inCheckin(locale), locale, feeds);
    expect(open(first.doc)).toEqual({ step: 'wetDiapers', values: { feeds: f } });
    expect(keys(first.last)).toEqual(['dialog:checkin.gotIt', 'checkin:question.wetDiapers']);
    const second = talk(first.doc!, locale, wet);
    expect(open(second.doc)).toEqual({ step: 'yellowStools', values: { feeds: f, wetDiapers: w } });
    const done = talk(second.doc!, locale, yellow);
    expect(openDialog(done.doc)).toBeUndefined();
    expect(done.doc?.checkins.at(-1)).toMatchObject({ feeds: f, wetDiapers: w, yellowStools: y });
  });

  it('a sentence counting what the question asks is its answer, never that many events logged now; counting the one before corrects it', () => {
    const [feeds, wet, correction] = words.counted;
    const first = talk(inCheckin(locale), locale, feeds);
    expect(open(first.doc)).toEqual({ step: 'wetDiapers', values: { feeds: 7 } });
    const corrected = talk(first.doc!, locale, correction);
    expect(keys(corrected.last)).toEqual(['checkin:corrected.feeds', 'checkin:question.wetDiapers']);
    expect(open(corrected.doc)).toEqual({ step: 'wetDiapers', values: { feeds: 8 } });
    const second = talk(corrected.doc!, locale, wet);
    expect(open(second.doc)).toEqual({ step: 'yellowStools', values: { feeds: 8, wetDiapers: 5 } });
    expect(second.doc?.events).toEqual(inCheckin(locale).events);
  });

  it('an answer not understood gets the same question again, short, with its buttons; the answers so far are kept', () => {
    const answered = talk(inCheckin(locale), locale, '6').doc!;
    const missed = talk(answered, locale, words.notAnAnswer);
    expect(keys(missed.last)).toEqual(['checkin:again.wetDiapers']);
    // between two counts, each is a button beside the skip
    expect(buttons(missed.last.replies.at(-1))).toEqual(['5', '6', 'hopp over']);
    expect(open(missed.doc)).toEqual({ step: 'wetDiapers', values: { feeds: 6 } });
    // her next number goes to the question that was asked, not the one after it
    const next = talk(missed.doc!, locale, '4');
    expect(open(next.doc)).toEqual({ step: 'yellowStools', values: { feeds: 6, wetDiapers: 4 } });
  });

  it('a correction right after an answer changes that answer, says so, and asks the open question again', () => {
    const answered = talk(inCheckin(locale), locale, '1').doc!;
    const corrected = talk(answered, locale, words.correction);
    expect(keys(corrected.last)).toEqual(['checkin:corrected.feeds', 'checkin:question.wetDiapers']);
    expect(shown(locale, corrected.last.replies[0])).toBe(words.correctedText);
    expect(buttons(corrected.last.replies.at(-1))).toEqual(['hopp over']);
    expect(open(corrected.doc)).toEqual({ step: 'wetDiapers', values: { feeds: 5 } });
    const done = talk(corrected.doc!, locale, '6', '3');
    expect(done.doc?.checkins.at(-1)).toMatchObject({ feeds: 5, wetDiapers: 6, yellowStools: 3 });
  });

  it('a correction before any answer files nothing and asks the question again', () => {
    const out = talk(inCheckin(locale), locale, words.correction);
    expect(keys(out.last)).toEqual(['checkin:again.feeds']);
    expect(open(out.doc)).toEqual({ step: 'feeds', values: {} });
  });

  it('"angre" inside a check-in undoes its last answer and asks that question again; after it, the last entry', () => {
    const twoAnswers = talk(inCheckin(locale), locale, '6', '4').doc!;
    const undone = talk(twoAnswers, locale, words.undo);
    expect(keys(undone.last)).toEqual(['checkin:undone', 'checkin:question.wetDiapers']);
    expect(buttons(undone.last.replies.at(-1))).toEqual(['hopp over']);
    expect(open(undone.doc)).toEqual({ step: 'wetDiapers', values: { feeds: 6 } });
    const twice = talk(undone.doc!, locale, words.undo);
    expect(open(twice.doc)).toEqual({ step: 'feeds', values: {} });
    expect(twice.doc?.checkins).toEqual(undone.doc?.checkins);

    const finished = talk(undone.doc!, locale, '5', '2').doc!;
    expect(openDialog(finished)).toBeUndefined();
    expect(finished.checkins).toHaveLength(twoAnswers.checkins.length + 1);
    // right after the check-in, its last answer only (tests/dialogs/undo-after-checkin.test.ts)
    const after = talk(finished, locale, words.undo);
    expect(keys(after.last)).toEqual(['checkin:undone', 'checkin:question.yellowStools']);
    expect(after.doc?.checkins).toHaveLength(twoAnswers.checkins.length);
  });

  it('"angre" before any answer of the check-in keeps today\'s behaviour, and the check-in goes on', () => {
    const out = talk(inCheckin(locale), locale, words.undo);
    expect(keys(out.last)).toEqual(['dialog:undo.nothing', 'checkin:question.feeds']);
    expect(open(out.doc)).toEqual({ step: 'feeds', values: {} });
  });
});
