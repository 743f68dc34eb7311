import type { Locale } from '../../src/mother/profile';
import { runTurns } from './support/run-turns';
import { ctx, onboarded, replyKeys, say } from './support/day-three';

/**
 * A walk found «hun vil ikke ta brystet, skriker bare» on day 2 answered «Dette må en lege se på nå»:
 * a midwife reads a baby screaming at the breast as a latch question, and a baby not feeding at all
 * as urgent. The first gets the latch's first steps with the line that says when it is more.
 */


describe.each<[Locale, string, string]>([
  ['nb', 'hun vil ikke ta brystet, skriker bare', 'hun vil ikke spise noe, og er så slapp'],
  ['nn', 'ho vil ikkje ta brystet, berre skrik', 'ho vil ikkje ete i det heile'],
  ['en', "she won't take the breast and just screams", "she won't feed at all"],
])('a baby who will not take the breast (%s)', (locale, refusal, notFeeding) => {
  it('at this feed: the latch steps and when to call, no urgent finding, nothing stored', () => {
    const doc = onboarded(locale, 'breast');
    const turn = runTurns(doc, [say(refusal)], ctx(locale));
    expect(replyKeys(turn.last)).toEqual(['topics:ui.breastRefusal']);
    expect(turn.doc!.findings.filter((f) => f.code.startsWith('red-flag.'))).toEqual([]);
  });

  it('not feeding at all: urgent, as before', () => {
    const turn = runTurns(onboarded(locale, 'breast'), [say(notFeeding)], ctx(locale));
    expect(replyKeys(turn.last)[0]).toBe('red-flag.urgent');
  });
});
