import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { runTurns } from './support/run-turns';
import { ctx, onboarded, replyKeys, say, talk } from './support/day-three';

/**
 * A walk in the Playground found «3 våte og 1 med bæsj», then «nei vent det var 4 våte», stored as four
 * more wet diapers (seven in the status): a correction that names the kind and the new count changes
 * her latest count of that kind, and is never a new log.
 */
const twoHoursLater = (locale: Locale) => ({ ...ctx(locale), now: new Date(Date.parse(ctx(locale).now) + 2 * 60 * 60 * 1000).toISOString() });
const wet = (doc: MotherDocument) => doc.events.filter((event) => event.type === 'diaper' && event.wet);
const feeds = (doc: MotherDocument) => doc.events.filter((event) => event.type === 'feed');

const WORDS: Record<Locale, { threeWet: string; fourWet: string; fourWetNotThree: string; fed: string }> = {
  nb: { threeWet: '3 våte', fourWet: 'nei vent det var 4 våte', fourWetNotThree: 'nei det var 4 våte ikke 3', fed: 'ammet nå' },
  nn: { threeWet: '3 våte bleier', fourWet: 'nei vent, det var 4 våte', fourWetNotThree: 'nei det var 4 våte ikkje 3', fed: 'amma no' },
  en: { threeWet: '3 wet diapers', fourWet: 'no wait it was 4 wet ones', fourWetNotThree: 'no it was 4 wet not 3', fed: 'fed now' },
};

describe.each<Locale>(['nb', 'nn', 'en'])('a correction that names what she counted (%s)', (locale) => {
  const words = WORDS[locale];

  it('changes the count she logged, and adds no new diapers', () => {
    const logged = talk(onboarded(locale), locale, words.threeWet);
    expect(wet(logged.doc!)).toHaveLength(3);
    const corrected = talk(logged.doc!, locale, words.fourWet);
    expect(replyKeys(corrected.last)[0]).toBe('dialog:correct.done');
    expect(wet(corrected.doc!)).toHaveLength(4);
    expect(new Set(wet(corrected.doc!).map((event) => event.entry)).size).toBe(1);
  });

  it('finds that count behind a log of another kind stored after it', () => {
    const logged = talk(onboarded(locale), locale, words.threeWet, words.fed);
    const corrected = talk(logged.doc!, locale, words.fourWetNotThree);
    expect(wet(corrected.doc!)).toHaveLength(4);
    expect(feeds(corrected.doc!)).toHaveLength(1);
  });

  it('stores nothing when she has no such count to change', () => {
    const fed = talk(onboarded(locale), locale, words.fed);
    const corrected = talk(fed.doc!, locale, words.fourWet);
    expect(replyKeys(corrected.last)).toEqual(['dialog:correct.none']);
    expect(corrected.doc!.events).toEqual(fed.doc!.events);
  });

  it('leaves a count logged more than an hour ago as it was', () => {
    const logged = talk(onboarded(locale), locale, words.threeWet);
    const later = runTurns(logged.doc!, [say(words.fourWet)], twoHoursLater(locale));
    expect(replyKeys(later.last)).toEqual(['dialog:correct.none']);
    expect(wet(later.doc!)).toHaveLength(3);
  });
});
