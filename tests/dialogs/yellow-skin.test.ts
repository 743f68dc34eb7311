import type { TurnOutcome } from '../../dialogs/turn';
import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { runTurns } from './support/run-turns';
import { BIRTH, ctx, NOW, say, tap } from './support/day-three';

/**
 * A walk found «shes very yellow» on day 3 answered with the diapers' colours by day. Yellow skin in
 * the first 36 hours, or with sleepiness, is a red flag (RULES.md); after that it is outside the topics,
 * declined by name with whom to contact, never taken for yellow stools.
 */
const keys = (outcome: TurnOutcome) => outcome.replies.map((r) => (r.kind === 'text' ? r.key : r.kind === 'findings' ? r.lead.code : r.kind));
const hoursBefore = (iso: string, hours: number) => new Date(Date.parse(iso) - hours * 3_600_000).toISOString();

function onboarded(locale: Locale, birthAt = BIRTH): MotherDocument {
  return runTurns(undefined, [tap({ action: 'onboard', birthAt, feedingMode: 'breast', checkInTime: '09:00', timezone: 'Europe/Oslo', consent: true })], ctx(locale)).doc!;
}

describe.each<[Locale, string, string]>([
  ['nb', 'hun er veldig gul', 'er gul bæsj normalt?'],
  ['nn', 'ho er så gul i huda', 'er gul bæsj normalt?'],
  ['en', "she's very yellow", 'is yellow poo normal?'],
])('yellow skin (%s)', (locale, yellow, stoolQuestion) => {
  it('on day 3 is declined by name, with whom to contact today; no red flag', () => {
    const turn = runTurns(onboarded(locale), [say(yellow)], ctx(locale));
    expect(keys(turn.last)).toEqual(['topics:ui.yellowSkin']);
  });

  it('in the first 36 hours is urgent, as before', () => {
    const turn = runTurns(onboarded(locale, hoursBefore(NOW, 20)), [say(yellow)], ctx(locale));
    expect(keys(turn.last)[0]).toBe('red-flag.urgent');
  });

  it('yellow stools are still the diapers', () => {
    expect(keys(runTurns(onboarded(locale), [say(stoolQuestion)], ctx(locale)).last)).toEqual(['topics:diapers']);
  });
});
