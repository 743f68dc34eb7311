import { handleTurn } from '../../dialogs/handle-turn';
import { render } from '../../src/edge/render';
import type { Locale } from '../../src/mother/profile';
import { t } from '../../src/support/i18n';
import type { MotherDocument } from '../../src/store/mother-document';
import { runTurns } from './support/run-turns';
import { ctx, say, tap } from './support/turn-inputs';

/** A log waiting for its amount: her answer in ml, or in drops, is never stored as something else. */
const BIRTH = '2026-11-24T02:10:00.000Z';
const NOW = '2026-11-26T14:00:00.000Z';

function onboarded(locale: Locale): MotherDocument {
  return runTurns(undefined, [tap({ action: 'onboard', birthAt: BIRTH, feedingMode: 'both', checkInTime: '09:00', timezone: 'Europe/Oslo', consent: true, firstHour: 'yes' })], ctx(BIRTH, locale)).doc!;
}

function turn(doc: MotherDocument, text: string): { doc: MotherDocument; said: string } {
  const outcome = handleTurn(doc, say(text), ctx(NOW, doc.locale));
  return { doc: (outcome.doc ?? doc) as MotherDocument, said: render(outcome.replies, outcome.locale).map((a) => a.text).join('\n\n') };
}

describe.each<[Locale, string, string, string]>([
  ['nb', 'håndmelket litt', 'bare noen dråper', '1'],
  ['nn', 'handmjølka litt', 'berre nokre dropar', '1'],
  ['en', 'hand expressed a little', 'just a few drops', '1'],
])('%s: «%s», then «%s»', (locale, log, drops, guess) => {
  it('asks for a guess in ml, stores nothing for the drops, and stores the hand expression with the guess', () => {
    const asked = turn(onboarded(locale), log);
    expect(asked.said).toBe(t(locale, 'dialog:log.askExpressionMl'));
    const again = turn(asked.doc, drops);
    expect(again.said).toBe(t(locale, 'dialog:log.askMlGuess'));
    expect(again.doc.events).toHaveLength(0);
    const stored = turn(again.doc, guess);
    expect(stored.doc.events.map((e) => (e.type === 'expression' ? `${e.type}:${e.ml}` : e.type))).toEqual(['expression:1']);
  });
});
