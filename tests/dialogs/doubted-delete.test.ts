import type { Locale } from '../../src/mother/profile';
import { runTurns } from './support/run-turns';
import { ctx, onboarded, replyKeys, say } from './support/day-three';

const DELETE: Record<Locale, string> = { nb: 'slett mine data', nn: 'slett dataa mine', en: 'delete my data' };

describe.each<[Locale, string]>([
  ['nb', 'ja nei vent'],
  ['nb', 'ja hvis det går'],
  ['nn', 'ja nei vent'],
  ['nn', 'vent'],
  ['en', 'yes no wait'],
  ['en', 'wait'],
])('a doubted yes to «delete everything?» (%s «%s»; found in a walk: everything was kept, but she read «Det forsto jeg ikke helt»)', (locale, doubted) => {
  it('keeps everything and says so', () => {
    const before = runTurns(onboarded(locale, 'breast'), [say(DELETE[locale])], ctx(locale)).doc!;
    const out = runTurns(before, [say(doubted)], ctx(locale));
    expect(replyKeys(out.last)).toEqual(['dialog:delete.kept']);
    expect(out.doc?.profile).toBeDefined();
    // a «ja» after it deletes nothing either
    expect(runTurns(out.doc, [say('ja')], ctx(locale)).doc?.profile).toBeDefined();
  });
});
