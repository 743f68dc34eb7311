import type { Locale } from '../../src/mother/profile';
import { runTurns } from './support/run-turns';
import { ctx, onboarded, replyKeys, say } from './support/day-three';

describe('a log «i morgen» / «tomorrow» (found in a walk: «ammet i morgen kl 8» was stored as this morning at 8)', () => {
  it.each<[Locale, string]>([
    ['nb', 'ammet i morgen kl 8'],
    ['nn', 'amma i morgon kl 8'],
    ['en', 'fed tomorrow at 8'],
    ['nb', 'ammet i morgen'],
  ])('%s «%s»: nothing stored, she is told the time has not come, never asked whether it was yesterday', (locale, typed) => {
    const before = onboarded(locale);
    const out = runTurns(before, [say(typed)], ctx(locale));
    expect((out.doc ?? before).events).toEqual([]);
    expect(replyKeys(out.last)).toEqual(['common:invalid.future-time']);
  });
});
