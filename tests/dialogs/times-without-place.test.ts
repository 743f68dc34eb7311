import { phraseText } from '../../src/edge/render';
import type { Locale } from '../../src/mother/profile';
import { runTurns } from './support/run-turns';
import { ctx, onboarded, replyKeys, say } from './support/day-three';

// At 03:40 in Oslo on 26 November (02:40 UTC), her baby born at 22:00 the evening before (21:00 UTC).
const AT_0340 = (locale: Locale) => ({ ...ctx(locale), now: '2026-11-26T02:40:00.000Z' });
const BORN_AT_22 = '2026-11-25T21:00:00.000Z';
const feeds = (doc: ReturnType<typeof runTurns>['doc']) => (doc?.events ?? []).filter((e) => e.type === 'feed').map((e) => e.at);

describe.each<[Locale, string]>([
  ['nb', 'jeg ammet kl 3 og kl 6'],
  ['nn', 'eg amma kl 3 og kl 6'],
  ['en', 'i fed at 3 and at 6'],
])('two feeds, one of which has no place (%s «%s» at 03:40, born at 22; found in a walk: both were refused as «before the birth»)', (locale, typed) => {
  it('stores the feed at 3 and says the other was not stored, with the time it was read as', () => {
    const out = runTurns(onboarded(locale, 'breast', BORN_AT_22), [say(typed)], AT_0340(locale));
    expect(feeds(out.doc)).toEqual(['2026-11-26T02:00:00.000Z']);
    const keys = replyKeys(out.last);
    expect(keys[0]).toBe('common:logged.feed');
    expect(keys.at(-1)).toBe('dialog:log.notPlaced.before-birth');
    const left = out.last.replies.at(-1)!;
    expect(left.kind === 'text' && phraseText(locale, left.key, left.params)).toMatch(/18[.:]00/);
  });
});

describe('when no time has a place, nothing is stored, as before', () => {
  it.each<[Locale, string]>([
    ['nb', 'ammet kl 6 og kl 7'],
    ['en', 'fed at 6 and at 7'],
  ])('%s «%s»', (locale, typed) => {
    const out = runTurns(onboarded(locale, 'breast', BORN_AT_22), [say(typed)], AT_0340(locale));
    expect(feeds(out.doc)).toEqual([]);
    expect(replyKeys(out.last)).toEqual(['common:invalid.before-birth']);
  });
});
