import { readFileSync } from 'node:fs';
import path from 'node:path';
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

/** A walk found «hjelp meg jeg får ikke baby til å ta brystet» answered «Det er slitsomt når babyen skriker …»: she never said the baby screams. */
describe.each<[Locale, RegExp]>([
  ['nb', /skrik/],
  ['nn', /skrik/],
  ['en', /scream|cr(y|ies)/],
])('the latch answer (%s)', (locale, screaming) => {
  it('says nothing of screaming, which she may not have said', () => {
    const topics = JSON.parse(readFileSync(path.join(__dirname, '../../locales', locale, 'topics.json'), 'utf8')) as { ui: { breastRefusal: string } };
    expect(topics.ui.breastRefusal).not.toMatch(screaming);
  });
});
