import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { onboarded, replyKeys, talk } from './support/day-three';

/**
 * A walk found «3 gule tror jeg», then «nei det var 2», answered «Den rettelsen passer ikke til det du
 * førte sist»: a count she logged in one go is now as many as she says.
 */
const yellow = (doc: MotherDocument) => doc.events.filter((event) => event.type === 'diaper' && event.stool === 'yellow');

const WORDS: Record<Locale, { three: string; two: string; five: string; feeds: string }> = {
  nb: { three: '3 gule tror jeg', two: 'nei det var 2', five: 'nei, 5', feeds: 'ammet 3 ganger' },
  nn: { three: '3 gule trur eg', two: 'nei, det var 2', five: 'nei det var 5', feeds: 'amma 3 gonger' },
  en: { three: '3 yellow poos i think', two: 'no it was 2', five: 'no, 5', feeds: 'fed 3 times' },
};

describe.each<Locale>(['nb', 'nn', 'en'])('correcting how many she counted (%s)', (locale) => {
  const words = WORDS[locale];

  it('fewer: the count she logged last keeps as many as she says, and she is told how it reads', () => {
    const logged = talk(onboarded(locale), locale, words.three);
    expect(yellow(logged.doc!)).toHaveLength(3);
    const fewer = talk(logged.doc!, locale, words.two);
    expect(replyKeys(fewer.last)[0]).toBe('dialog:correct.done');
    expect(yellow(fewer.doc!)).toHaveLength(2);
    expect(fewer.last.replies[1]).toMatchObject({ params: { count: 2 } });
  });

  it('more: the same kind at the same time, each its own event', () => {
    const logged = talk(onboarded(locale), locale, words.three);
    const more = talk(logged.doc!, locale, words.five);
    const stools = yellow(more.doc!);
    expect(stools).toHaveLength(5);
    expect(new Set(stools.map((event) => event.id)).size).toBe(5);
    expect(new Set(stools.map((event) => `${event.at} ${event.entry}`)).size).toBe(1);
  });

  it('feeds counted in one go take a new count too', () => {
    const fed = talk(onboarded(locale), locale, words.feeds);
    const corrected = talk(fed.doc!, locale, words.two);
    expect(corrected.doc!.events.filter((event) => event.type === 'feed')).toHaveLength(2);
  });

  it('«angre» after it still takes back the whole count', () => {
    const logged = talk(onboarded(locale), locale, words.three, words.two);
    const undone = talk(logged.doc!, locale, { nb: 'angre', nn: 'angre', en: 'undo' }[locale]);
    expect(yellow(undone.doc!)).toHaveLength(0);
  });
});
