import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { checkinDue } from '../../dialogs/handle-turn';
import { NOW, onboarded, replyKeys, talk } from './support/day-three';

/**
 * «angre siste amming» and «slett den siste amminga» were read as logs and stored one more feed, the
 * opposite of what she asked; «slett den siste» was not understood. An undo verb with words that say
 * which log, and at most one kind of log, takes back her last log of that kind.
 */
const WORDS: Record<Locale, { fed: string; wet: string; undoFeed: string; deleteLast: string; undoTwo: string; undoDiaper: string }> = {
  nb: { fed: 'ammet nå', wet: 'våt bleie', undoFeed: 'angre siste amming', deleteLast: 'slett den siste', undoTwo: 'slett siste amming og bleie', undoDiaper: 'fjern den siste bleien' },
  nn: { fed: 'amma no', wet: 'våt bleie', undoFeed: 'angre siste amminga', deleteLast: 'slett den siste', undoTwo: 'slett siste amminga og bleia', undoDiaper: 'fjern den siste bleia' },
  en: { fed: 'fed now', wet: 'wet diaper', undoFeed: 'undo the last feed', deleteLast: 'delete the last one', undoTwo: 'delete the last feed and diaper', undoDiaper: 'remove the last diaper' },
};
const typesOf = (doc: MotherDocument | undefined) => (doc?.events ?? []).map((event) => event.type);

describe.each<Locale>(['nb', 'nn', 'en'])('taking back a log she names (%s)', (locale) => {
  const words = WORDS[locale];

  it('takes back her last feed, even with a diaper logged after it', () => {
    const logged = talk(onboarded(locale), locale, words.fed, words.wet);
    const undone = talk(logged.doc, locale, words.undoFeed);
    expect(replyKeys(undone.last)[0]).toBe('dialog:undo.removed');
    expect(typesOf(undone.doc)).toEqual(['diaper']);
  });

  it('«slett den siste» takes back the last log, as «angre» does', () => {
    const logged = talk(onboarded(locale), locale, words.fed, words.wet);
    expect(typesOf(talk(logged.doc, locale, words.deleteLast).doc)).toEqual(['feed']);
  });

  it('says so, and takes back nothing, when she has logged nothing of that kind', () => {
    const logged = talk(onboarded(locale), locale, words.wet);
    const undone = talk(logged.doc, locale, words.undoFeed);
    expect(replyKeys(undone.last)).toEqual(['dialog:undo.nothingOfKind']);
    expect(typesOf(undone.doc)).toEqual(['diaper']);
  });

  it('never stores what she asks to have deleted, and says how to write it when it names two kinds', () => {
    const logged = talk(onboarded(locale), locale, words.fed);
    const asked = talk(logged.doc, locale, words.undoTwo);
    expect(typesOf(asked.doc)).toEqual(['feed']);
    expect(replyKeys(asked.last)).toEqual(['dialog:undo.how']);
  });

  it('«delete my account» and the like still ask to delete everything', () => {
    const asked = talk(onboarded(locale), locale, { nb: 'slett kontoen min', nn: 'slett profilen min', en: 'delete my account' }[locale]);
    expect(replyKeys(asked.last)).toEqual(['dialog:delete.confirm']);
  });

  it('in a check-in, takes back the log she names and keeps her answers', () => {
    const logged = talk(onboarded(locale), locale, words.wet);
    const answered = talk(checkinDue(logged.doc!, NOW).doc, locale, '8');
    const undone = talk(answered.doc, locale, words.undoDiaper);
    expect(typesOf(undone.doc)).toEqual([]);
    expect(undone.doc!.draft?.checkin?.values).toMatchObject({ feeds: 8 });
    expect(replyKeys(undone.last).at(-1)).toMatch(/^checkin:question\./);
  });
});
