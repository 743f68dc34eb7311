import { checkinDue } from '../../dialogs/handle-turn';
import { sentBy, type Reply } from '../../dialogs/reply';
import { phraseText } from '../../src/edge/render';
import type { Locale } from '../../src/mother/profile';
import { openDialog } from './support/open-dialog';
import { runTurns } from './support/run-turns';
import { ctx, NOW, onboarded, replyKeys, say } from './support/day-three';

const PUMPED_3: Record<Locale, string> = { nb: 'pumpet 3 ganger', nn: 'pumpa 3 gonger', en: 'pumped 3 times' };
const pumpsMl = (doc: ReturnType<typeof runTurns>['doc']) => (doc?.events ?? []).filter((e) => e.type === 'pump').map((e) => (e.type === 'pump' ? e.ml : 0));
const shown = (locale: Locale, reply: Reply | undefined) => (reply?.kind === 'text' ? phraseText(locale, reply.key, reply.params) : '');

/** What the «each time» button sends, in her language. */
const EACH_TIME: Record<Locale, string> = { nb: '5 ml hver gang', nn: '5 ml kvar gong', en: '5 ml each time' };

describe.each<Locale>(['nb', 'nn', 'en'])('three pumpings, then one amount (%s; found in a walk: «pumpet 3 ganger», «5» was stored as 3 × 5 ml)', (locale) => {
  const start = () => runTurns(onboarded(locale, 'both'), [say(PUMPED_3[locale])], ctx(locale));

  it('asks for the amount of each time', () => {
    const asked = start();
    expect(replyKeys(asked.last)).toEqual(['dialog:log.askEachMl']);
    expect(shown(locale, asked.last.replies[0])).toMatch(/3/);
  });

  it('one number stores nothing: each time, or together? with a button for each time', () => {
    const out = runTurns(start().doc, [say('5')], ctx(locale));
    expect(pumpsMl(out.doc)).toEqual([]);
    expect(replyKeys(out.last)).toEqual(['dialog:log.eachOrInAll']);
    const reply = out.last.replies[0]!;
    expect(reply.kind === 'text' && reply.suggestions?.map((s) => sentBy(s, locale))).toEqual([EACH_TIME[locale]]);
    expect(openDialog(out.doc)?.name).toBe('pending-log');
  });

  it('the button, or «hver gang» in her words, stores 5 ml each time; a list of three stores each', () => {
    const tapped = runTurns(start().doc, [say('5'), say(EACH_TIME[locale])], ctx(locale));
    expect(pumpsMl(tapped.doc)).toEqual([5, 5, 5]);
    const listed = runTurns(start().doc, [say('5, 8, 6')], ctx(locale));
    expect(pumpsMl(listed.doc)).toEqual([5, 8, 6]);
    const short = runTurns(start().doc, [say('5, 8')], ctx(locale));
    expect(pumpsMl(short.doc)).toEqual([]);
    expect(replyKeys(short.last)).toEqual(['dialog:log.askEachMl']);
  });

  it('in the check-in, at the pumping question, the bare «5» is no answer to that question either', () => {
    const open = checkinDue(onboarded(locale, 'pump'), NOW).doc;
    const out = runTurns(open, [say(PUMPED_3[locale]), say('5')], ctx(locale));
    expect(pumpsMl(out.doc)).toEqual([]);
    expect(openDialog(out.doc)?.values?.pending).toHaveLength(3);
  });
});

describe('one pumping waiting for its ml takes one number as before', () => {
  it.each<Locale>(['nb', 'nn', 'en'])('%s', (locale) => {
    const word: Record<Locale, string> = { nb: 'pumpet', nn: 'pumpa', en: 'pumped' };
    const out = runTurns(onboarded(locale, 'both'), [say(word[locale]), say('5')], ctx(locale));
    expect(pumpsMl(out.doc)).toEqual([5]);
  });
});

/**
 * A walk (i-walk37): «pumpet 3 ganger», «5, 8, 6» was said back as three lines at the same minute
 * («- pumping kl. 03.40: 5 ml», «- pumping kl. 03.40: 8 ml», …), as if she had pumped three times then.
 * The sessions she counted have no times of their own: one line says how many, when they were logged, and each ml.
 */
describe.each<[Locale, RegExp]>([
  ['nb', /^- pumping 3 ganger, ført kl\. 14\.00: 5, 8, 6 ml$/],
  ['nn', /^- pumping 3 gonger, ført kl\. 14\.00: 5, 8, 6 ml$/],
  ['en', /^- pumping 3 times, logged at 14:00: 5, 8, 6 ml$/],
])('counted pumpings said back (%s)', (locale, oneLine) => {
  it('one line, not three at the same minute', () => {
    const out = runTurns(onboarded(locale, 'both'), [say(PUMPED_3[locale]), say('5, 8, 6')], ctx(locale));
    expect(pumpsMl(out.doc)).toEqual([5, 8, 6]);
    const lines = out.last.replies.map((r) => shown(locale, r)).filter((l) => l.startsWith('- '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(oneLine);
  });
});
