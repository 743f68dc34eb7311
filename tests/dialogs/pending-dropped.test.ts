import type { TurnOutcome } from '../../dialogs/turn';
import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { runTurns } from './support/run-turns';
import { BIRTH, ctx, say, tap } from './support/day-three';

/**
 * A walk found «bæsj» asked for its colour, then «pumpa 10» logged the pumping while the diaper was
 * dropped without a word. A log that leaves a question unanswered stores what it can and says what
 * it did not store.
 */
const keys = (outcome: TurnOutcome) => outcome.replies.map((r) => (r.kind === 'text' ? r.key : r.kind));

function onboarded(locale: Locale): MotherDocument {
  return runTurns(undefined, [tap({ action: 'onboard', birthAt: BIRTH, feedingMode: 'both', checkInTime: '09:00', timezone: 'Europe/Oslo', consent: true })], ctx(locale)).doc!;
}
const talk = (doc: MotherDocument, locale: Locale, ...messages: string[]) => runTurns(doc, messages.map(say), ctx(locale));

const WORDS: Record<Locale, { stool: string; pumped: string; yellow: string; wetDiaper: string }> = {
  nb: { stool: 'bæsj', pumped: 'pumpet 10 ml', yellow: 'gul bæsj', wetDiaper: 'våt bleie' },
  nn: { stool: 'bæsj', pumped: 'pumpa 10 ml', yellow: 'gul bæsj', wetDiaper: 'våt bleie' },
  en: { stool: 'poo', pumped: 'pumped 10 ml', yellow: 'yellow poo', wetDiaper: 'wet diaper' },
};

describe.each<Locale>(['nb', 'nn', 'en'])('a question of a log left for another log (%s)', (locale) => {
  const words = WORDS[locale];

  it('the other log is stored and she is told the diaper was not', () => {
    const asked = talk(onboarded(locale), locale, words.stool);
    expect(keys(asked.last)).toEqual(['dialog:log.askStool']);
    const next = talk(asked.doc!, locale, words.pumped);
    expect(keys(next.last)[0]).toBe('dialog:log.pendingDropped.diaper');
    expect(next.doc!.events.map((e) => e.type)).toEqual(['pump']);
    expect(next.doc!.draft?.pending).toBeUndefined();
  });

  it('a diaper written again in full needs no such line', () => {
    const asked = talk(onboarded(locale), locale, words.stool);
    const next = talk(asked.doc!, locale, words.wetDiaper);
    expect(keys(next.last)).not.toContain('dialog:log.pendingDropped.diaper');
  });

  it('the colour given completes it, as before', () => {
    const asked = talk(onboarded(locale), locale, words.stool);
    const next = talk(asked.doc!, locale, words.yellow);
    expect(keys(next.last)).not.toContain('dialog:log.pendingDropped.diaper');
    expect(next.doc!.events.map((e) => e.type)).toEqual(['diaper']);
  });
});
