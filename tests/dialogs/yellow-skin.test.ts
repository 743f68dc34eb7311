import type { Locale } from '../../src/mother/profile';
import { runTurns } from './support/run-turns';
import { ctx, NOW, onboarded, replyKeys, say } from './support/day-three';

/**
 * A walk found «shes very yellow» on day 3 answered with the diapers' colours by day. Yellow skin in
 * the first 36 hours, or with sleepiness, is a red flag (RULES.md); after that it is outside the topics,
 * declined by name with whom to contact, never taken for yellow stools.
 */
const hoursBefore = (iso: string, hours: number) => new Date(Date.parse(iso) - hours * 3_600_000).toISOString();


describe.each<[Locale, string, string]>([
  ['nb', 'hun er veldig gul', 'er gul bæsj normalt?'],
  ['nn', 'ho er så gul i huda', 'er gul bæsj normalt?'],
  ['en', "she's very yellow", 'is yellow poo normal?'],
])('yellow skin (%s)', (locale, yellow, stoolQuestion) => {
  it('on day 3 is declined by name, with whom to contact today; no red flag', () => {
    const turn = runTurns(onboarded(locale, 'breast'), [say(yellow)], ctx(locale));
    expect(replyKeys(turn.last)).toEqual(['topics:ui.yellowSkin']);
  });

  it('in the first 36 hours is urgent, as before', () => {
    const turn = runTurns(onboarded(locale, 'breast', hoursBefore(NOW, 20)), [say(yellow)], ctx(locale));
    expect(replyKeys(turn.last)[0]).toBe('red-flag.urgent');
  });

  it('yellow stools are still the diapers', () => {
    expect(replyKeys(runTurns(onboarded(locale, 'breast'), [say(stoolQuestion)], ctx(locale)).last)).toEqual(['topics:diapers']);
  });
});
