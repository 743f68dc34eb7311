import { checkinDue } from '../../dialogs/handle-turn';
import type { TurnOutcome } from '../../dialogs/turn';
import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { openDialog } from './support/open-dialog';
import { runTurns } from './support/run-turns';
import { BIRTH, ctx, NOW, tap, talk } from './support/day-three';

const keys = (outcome: TurnOutcome) => outcome.replies.map((r) => (r.kind === 'text' ? r.key : r.kind === 'findings' ? r.lead.code : r.kind));

/** A mother who breastfeeds and pumps, on day 3, with the check-in just sent (feeds, pumping, wet diapers, yellow stools). */
function inCheckin(locale: Locale): MotherDocument {
  const onboarded = runTurns(undefined, [tap({ action: 'onboard', birthAt: BIRTH, feedingMode: 'both', checkInTime: '09:00', timezone: 'Europe/Oslo', consent: true })], ctx(locale)).doc!;
  return checkinDue(onboarded, NOW).doc;
}

const WORDS: Record<Locale, { wet: string; no: string; fedNine: string; undo: string; wasSix: string }> = {
  nb: { wet: '4 våte', no: 'nei', fedNine: 'hun har ammet 9 ganger', undo: 'angre', wasSix: 'nei, det var 6' },
  nn: { wet: '4 våte', no: 'nei', fedNine: 'ho har amma 9 gonger', undo: 'angre', wasSix: 'nei, det var 6' },
  en: { wet: '4 wet ones', no: 'no', fedNine: 'she fed 9 times', undo: 'undo', wasSix: 'no, it was 6' },
};

describe.each<Locale>(['nb', 'nn', 'en'])('a count for another question of the check-in (%s)', (locale) => {
  const words = WORDS[locale];

  it('wet diapers counted while pumping is asked: kept as the wet-diaper answer, never four diapers logged at this minute, and that question is not asked again', () => {
    const atPumping = talk(inCheckin(locale), locale, '7').doc!;
    const noted = talk(atPumping, locale, words.wet);
    expect(keys(noted.last)).toEqual(['checkin:noted.wetDiapers', 'checkin:question.pumpMl']);
    expect(openDialog(noted.doc)).toEqual({ name: 'checkin', step: 'pumpMl', values: { feeds: 7, wetDiapers: 4 } });
    expect(noted.doc!.events.filter((e) => e.type === 'diaper')).toEqual([]);

    const skipsWet = talk(noted.doc!, locale, words.no);
    expect(keys(skipsWet.last).at(-1)).toBe('checkin:question.yellowStools');
    const done = talk(skipsWet.doc!, locale, '2');
    expect(openDialog(done.doc)).toBeUndefined();
    expect(done.doc!.checkins.at(-1)).toMatchObject({ feeds: 7, wetDiapers: 4, yellowStools: 2 });
  });

  it('«angre» right after takes back that answer, not the one before it, and the open question comes again (found in a walk)', () => {
    const noted = talk(inCheckin(locale), locale, '7', words.wet).doc!;
    const undone = talk(noted, locale, words.undo);
    expect(keys(undone.last)).toEqual(['checkin:undone', 'checkin:question.pumpMl']);
    expect(openDialog(undone.doc)).toEqual({ name: 'checkin', step: 'pumpMl', values: { feeds: 7 } });
  });

  it('«nei, det var 6» right after corrects that answer; «angre» after the next answer takes back the next one', () => {
    const noted = talk(inCheckin(locale), locale, '7', words.wet).doc!;
    const corrected = talk(noted, locale, words.wasSix);
    expect(openDialog(corrected.doc)?.values).toEqual({ feeds: 7, wetDiapers: 6 });
    const pumped = talk(corrected.doc!, locale, words.no);
    expect(openDialog(pumped.doc)?.step).toBe('yellowStools');
    const undone = talk(pumped.doc!, locale, words.undo);
    expect(openDialog(undone.doc)).toEqual({ name: 'checkin', step: 'pumpMl', values: { feeds: 7, wetDiapers: 6 } });
  });

  it('a count of feeds two questions after the feeds question corrects that answer, and the open question comes again', () => {
    const atYellow = talk(inCheckin(locale), locale, '7', words.no, '5').doc!;
    expect(openDialog(atYellow)?.step).toBe('yellowStools');
    const corrected = talk(atYellow, locale, words.fedNine);
    expect(keys(corrected.last)).toEqual(['checkin:corrected.feeds', 'checkin:question.yellowStools']);
    expect(openDialog(corrected.doc)?.values).toEqual({ feeds: 9, pumpMl: [], wetDiapers: 5 });
  });
});

describe.each<Locale>(['nb', 'nn', 'en'])('a count for a shorter period than the check-in asks about (%s)', (locale) => {
  const SINCE_NIGHT: Record<Locale, string> = { nb: 'hun har ikke hatt våt bleie siden i natt', nn: 'ho har ikkje hatt våt bleie sidan i natt', en: 'no wet nappies since last night' };

  it('«no wet diaper since the night» while pumping is asked is no answer of 0 wet diapers in 24 hours (which would read as an urgent sign)', () => {
    const atPumping = talk(inCheckin(locale), locale, '7').doc!;
    const out = talk(atPumping, locale, SINCE_NIGHT[locale]);
    expect(openDialog(out.doc)).toEqual({ name: 'checkin', step: 'pumpMl', values: { feeds: 7 } });
    expect(keys(out.last).at(-1)).toBe('checkin:question.pumpMl');
  });

  it('the same at the wet-diaper question itself: the question comes again', () => {
    const atWet = talk(inCheckin(locale), locale, '7', WORDS[locale].no).doc!;
    const out = talk(atWet, locale, SINCE_NIGHT[locale]);
    expect(openDialog(out.doc)).toEqual({ name: 'checkin', step: 'wetDiapers', values: { feeds: 7, pumpMl: [] } });
  });
});

describe.each<Locale>(['nb', 'nn', 'en'])('the pumping answer corrected at the next question (%s, found in the final walk)', (locale) => {
  const WAS: Record<Locale, string> = { nb: 'nei vent det var 12 og 15', nn: 'nei vent, det var 12 og 15', en: 'no wait it was 12 and 15' };

  it('«nei vent, det var 12 og 15» is the list of ml corrected, and the wet-diaper question comes again', () => {
    const atWet = talk(inCheckin(locale), locale, '7', '10, 15').doc!;
    expect(openDialog(atWet)?.step).toBe('wetDiapers');
    const corrected = talk(atWet, locale, WAS[locale]);
    expect(keys(corrected.last)).toEqual(['checkin:corrected.pumpMl', 'checkin:question.wetDiapers']);
    expect(openDialog(corrected.doc)?.values).toEqual({ feeds: 7, pumpMl: [12, 15] });
  });
});

/**
 * A walk (i-walk37): asked about feeds, she typed «8 ganger, og 4 våte» and read «Notert: 4 våte bleier.»
 * with the feeds question again: her 8 was lost. «ammet 8 ganger og 4 våte bleier» logged twelve things at
 * this minute. Several counts in one answer are each kept under its question, and those not asked again.
 */
const SEVERAL: Record<Locale, { bare: string; worded: string; three: string }> = {
  nb: { bare: '8 ganger, og 4 våte', worded: 'ammet 8 ganger og 4 våte bleier', three: '8, 4 våte og 2 gule' },
  nn: { bare: '8 gonger, og 4 våte', worded: 'amma 8 gonger og 4 våte bleier', three: '8, 4 våte og 2 gule' },
  en: { bare: '8 times, and 4 wet ones', worded: 'fed 8 times and 4 wet diapers', three: '8, 4 wet and 2 yellow' },
};

describe.each<Locale>(['nb', 'nn', 'en'])('several answers in one message (%s)', (locale) => {
  const words = SEVERAL[locale];

  it.each(['bare', 'worded'] as const)('feeds and wet diapers at once (%s): both kept, nothing logged, pumping asked next', (form) => {
    const answered = talk(inCheckin(locale), locale, words[form]);
    expect(keys(answered.last)).toEqual(['checkin:noted.feeds', 'checkin:noted.wetDiapers', 'checkin:question.pumpMl']);
    expect(openDialog(answered.doc)).toEqual({ name: 'checkin', step: 'pumpMl', values: { feeds: 8, wetDiapers: 4 } });
    expect(answered.doc!.events.filter((e) => e.type !== 'symptom')).toEqual([]);
    // the wet diapers are not asked again: after pumping, the yellow stools
    const next = talk(answered.doc!, locale, WORDS[locale].no);
    expect(keys(next.last).at(-1)).toBe('checkin:question.yellowStools');
  });

  it('three counts at once: each under its question; «angre» takes back the last of them', () => {
    const answered = talk(inCheckin(locale), locale, words.three);
    expect(openDialog(answered.doc)).toEqual({ name: 'checkin', step: 'pumpMl', values: { feeds: 8, wetDiapers: 4, yellowStools: 2 } });
    const undone = talk(answered.doc!, locale, WORDS[locale].undo);
    expect(openDialog(undone.doc)?.values).toEqual({ feeds: 8, wetDiapers: 4 });
  });

  it('the last answers of the check-in at once: both kept, and the check-in is done', () => {
    const atWet = talk(inCheckin(locale), locale, '7', WORDS[locale].no).doc!;
    expect(openDialog(atWet)?.step).toBe('wetDiapers');
    const done = talk(atWet, locale, locale === 'en' ? '5 wet and 3 yellow' : '5 våte og 3 gule');
    expect(openDialog(done.doc)).toBeUndefined();
    expect(done.doc!.checkins.at(-1)).toMatchObject({ feeds: 7, wetDiapers: 5, yellowStools: 3 });
  });
});

/**
 * A walk (i-walk37): at the pumping question she typed «5 wet and 3 yellow» and eight diapers were logged
 * at this minute beside the check-in. Counts for two questions still to come are each kept as their
 * answer, and the pumping question comes again.
 */
describe.each<[Locale, string]>([
  ['nb', '5 våte og 3 gule'],
  ['nn', '5 våte og 3 gule'],
  ['en', '5 wet and 3 yellow'],
])('two answers ahead at the pumping question (%s «%s»)', (locale, typed) => {
  it('both kept, nothing logged, pumping asked again; then the check-in is done at its answer', () => {
    const atPumping = talk(inCheckin(locale), locale, '7').doc!;
    const noted = talk(atPumping, locale, typed);
    expect(keys(noted.last)).toEqual(['checkin:noted.wetDiapers', 'checkin:noted.yellowStools', 'checkin:question.pumpMl']);
    expect(openDialog(noted.doc)).toEqual({ name: 'checkin', step: 'pumpMl', values: { feeds: 7, wetDiapers: 5, yellowStools: 3 } });
    expect(noted.doc!.events.filter((e) => e.type !== 'symptom')).toEqual([]);
    const done = talk(noted.doc!, locale, WORDS[locale].no);
    expect(openDialog(done.doc)).toBeUndefined();
    expect(done.doc!.checkins.at(-1)).toMatchObject({ feeds: 7, wetDiapers: 5, yellowStools: 3 });
  });
});

/**
 * A walk (i-walk37): to «Har du pumpeøkter du ikke har ført?» she wrote «nei har ikke pumpet noe» and read
 * «Mente du ett av disse?» with two topics: her no was taken for a question. A no with words that only say
 * she did not pump is none, as a plain «nei» is.
 */
describe.each<[Locale, string[]]>([
  ['nb', ['nei har ikke pumpet noe', 'nei, jeg har ikke pumpet', 'har ikke pumpet i dag']],
  ['nn', ['nei, har ikkje pumpa noko', 'eg har ikkje pumpa']],
  ['en', ["no haven't pumped any", 'no i didnt pump', 'i have not pumped today']],
])('no pumping, in her words, at the pumping question (%s)', (locale, saidNo) => {
  it.each(saidNo)('«%s» is none, and the next question comes', (typed) => {
    const atPumping = talk(inCheckin(locale), locale, '7').doc!;
    const out = talk(atPumping, locale, typed);
    expect(keys(out.last)).toEqual(keys(talk(atPumping, locale, WORDS[locale].no).last));
    expect(keys(out.last).at(-1)).toBe('checkin:question.wetDiapers');
    expect(openDialog(out.doc)).toEqual({ name: 'checkin', step: 'wetDiapers', values: { feeds: 7, pumpMl: [] } });
  });
});
