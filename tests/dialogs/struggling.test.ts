import type { Locale } from '../../src/mother/profile';
import { runTurns } from './support/run-turns';
import { ctx, onboarded, replyKeys, say } from './support/day-three';

/**
 * A walk found «😭😭» answered «Det forsto jeg ikke helt. Prøv gjerne en av disse:» with buttons to log
 * a feed. When she says she is struggling herself, she gets a kind line and whom to talk to.
 */
describe.each<[Locale, string, string, string]>([
  ['nb', 'jeg orker ikke mer', 'hun er så sliten', 'jeg vil ikke leve mer, ammingen går ikke'],
  ['nn', 'eg er så sliten og lei', 'ho er så sliten', 'eg vil ikkje leve lenger, amminga går ikkje'],
  ['en', "i can't cope anymore", 'she is so tired', "i want to die, breastfeeding isn't working"],
])('she says she is struggling (%s)', (locale, struggling, babyTired, harm) => {
  it('thoughts of not living get it before any topic her message names', () => {
    expect(replyKeys(runTurns(onboarded(locale), [say(harm)], ctx(locale)).last)).toEqual(['topics:ui.struggling']);
  });

  it.each([struggling, '😭😭'])('"%s" gets the kind line with whom to talk to', (message) => {
    expect(replyKeys(runTurns(onboarded(locale), [say(message)], ctx(locale)).last)).toEqual(['topics:ui.struggling']);
  });

  it('a tired baby is not her', () => {
    expect(replyKeys(runTurns(onboarded(locale), [say(babyTired)], ctx(locale)).last)).not.toContain('topics:ui.struggling');
  });
});
