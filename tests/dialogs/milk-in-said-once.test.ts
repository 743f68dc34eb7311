import { render } from '../../src/edge/render';
import type { Locale } from '../../src/mother/profile';
import { runTurns } from './support/run-turns';
import { ctx, onboarded, replyKeys, say } from './support/day-three';

/**
 * A walk found «melka har kome» answered «Så fint, då har eg notert at mjølka har kome! Så fint at du
 * kjenner at mjølka har kome inn! …»: the same joy twice in a row. The log is now noted plainly; the
 * finding after it is the one glad sentence.
 */
describe.each<[Locale, string, RegExp]>([
  ['nb', 'melken har kommet', /så fint/gi],
  ['nn', 'mjølka har kome', /så fint/gi],
  ['en', 'my milk has come in', /lovely/gi],
])('her milk has come in (%s)', (locale, typed, glad) => {
  it('is noted, and she is glad-told once', () => {
    const out = runTurns(onboarded(locale, 'breast'), [say(typed)], ctx(locale));
    expect(replyKeys(out.last)).toEqual(['common:logged.milk-in-plain', 'activation.self-reported']);
    const said = render(out.last.replies, locale).map((activity) => activity.text ?? '').join('\n');
    expect(said.match(glad)).toHaveLength(1);
  });
});
