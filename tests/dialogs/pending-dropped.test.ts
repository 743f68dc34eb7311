import type { Locale } from '../../src/mother/profile';
import { onboarded, replyKeys, talk } from './support/day-three';

/**
 * A walk found «bæsj» asked for its colour, then «pumpa 10» logged the pumping while the diaper was
 * dropped without a word. A log that leaves a question unanswered stores what it can and says what
 * it did not store.
 */

const WORDS: Record<Locale, { stool: string; pumped: string; yellow: string; wetDiaper: string }> = {
  nb: { stool: 'bæsj', pumped: 'pumpet 10 ml', yellow: 'gul bæsj', wetDiaper: 'våt bleie' },
  nn: { stool: 'bæsj', pumped: 'pumpa 10 ml', yellow: 'gul bæsj', wetDiaper: 'våt bleie' },
  en: { stool: 'poo', pumped: 'pumped 10 ml', yellow: 'yellow poo', wetDiaper: 'wet diaper' },
};

describe.each<Locale>(['nb', 'nn', 'en'])('a question of a log left for another log (%s)', (locale) => {
  const words = WORDS[locale];

  it('the other log is stored and she is told the diaper was not', () => {
    const asked = talk(onboarded(locale), locale, words.stool);
    expect(replyKeys(asked.last)).toEqual(['dialog:log.askStool']);
    const next = talk(asked.doc!, locale, words.pumped);
    expect(replyKeys(next.last)[0]).toBe('dialog:log.pendingDropped.diaper');
    expect(next.doc!.events.map((e) => e.type)).toEqual(['pump']);
    expect(next.doc!.draft?.pending).toBeUndefined();
  });

  it('a diaper written again in full needs no such line', () => {
    const asked = talk(onboarded(locale), locale, words.stool);
    const next = talk(asked.doc!, locale, words.wetDiaper);
    expect(replyKeys(next.last)).not.toContain('dialog:log.pendingDropped.diaper');
  });

  it('the colour given completes it, as before', () => {
    const asked = talk(onboarded(locale), locale, words.stool);
    const next = talk(asked.doc!, locale, words.yellow);
    expect(replyKeys(next.last)).not.toContain('dialog:log.pendingDropped.diaper');
    expect(next.doc!.events.map((e) => e.type)).toEqual(['diaper']);
  });
});
