import { DateTime } from 'luxon';
import type { Locale } from '../../src/mother/profile';
import { runTurns } from './support/run-turns';
import { ctx, onboarded, replyKeys, say } from './support/day-three';

/**
 * A walk found «fed at 1 and 3», then «no, at 2 and 3» (at 03:40), answered «Did you mean one of these?»: a
 * correction with several times was no correction. The feeds stored together now take her times.
 */
const local = (at: string) => DateTime.fromISO(at).setZone('Europe/Oslo').toFormat('HH:mm');
const WORDS: Record<Locale, { fed: string; retimed: string; tooMany: string }> = {
  nb: { fed: 'ammet kl 10 og kl 12', retimed: 'nei, kl 11 og 12', tooMany: 'nei, kl 11, 12 og 13' },
  nn: { fed: 'amma klokka 10 og 12', retimed: 'nei, det var klokka 11 og klokka 12', tooMany: 'nei, klokka 11, 12 og 13' },
  en: { fed: 'fed at 10 and 12', retimed: 'no, at 11 and 12', tooMany: 'no, at 11, 12 and 13' },
};

describe.each<Locale>(['nb', 'nn', 'en'])('correcting the times of logs stored together (%s)', (locale) => {
  const words = WORDS[locale];
  const fed = () => runTurns(onboarded(locale), [say(words.fed)], ctx(locale));

  it('«no, at 11 and 12» after feeds at 10 and 12: they are at 11:00 and 12:00, and she is told how they read', () => {
    const before = fed();
    expect(before.doc!.events.map((event) => local(event.at))).toEqual(['10:00', '12:00']);
    const out = runTurns(before.doc!, [say(words.retimed)], ctx(locale));
    expect(replyKeys(out.last)[0]).toBe('dialog:correct.done');
    expect(out.doc!.events.filter((event) => event.type === 'feed').map((event) => local(event.at)).sort()).toEqual(['11:00', '12:00']);
  });

  it('more times than logs: nothing is changed, and she is told to undo and log again', () => {
    const before = fed();
    const out = runTurns(before.doc!, [say(words.tooMany)], ctx(locale));
    expect(replyKeys(out.last)).toEqual(['dialog:correct.none']);
    expect((out.doc ?? before.doc)!.events.map((event) => local(event.at))).toEqual(['10:00', '12:00']);
  });
});
