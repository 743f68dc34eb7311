import { checkinDue } from '../../dialogs/handle-turn';
import type { Locale } from '../../src/mother/profile';
import { openDialog } from './support/open-dialog';
import { runTurns } from './support/run-turns';
import { ctx, NOW, onboarded, replyKeys, say } from './support/day-three';

/**
 * A walk found «he hasnt had a wet nappy since yesterday morning» stored as a wet diaper at this
 * minute, and «ingen våte bleier siden i går» as a dry one; in a check-in, «no yellow poos» got the
 * help list. That there were none is no diaper: outside a check-in her words are answered as a
 * question (the diapers' topic), and in a check-in they answer the question they count.
 */
const NONE_WET: Array<[Locale, string]> = [
  ['nb', 'han har ikke hatt våt bleie siden i går morges'],
  ['nb', 'ingen våte bleier siden i går'],
  ['nn', 'ho har ikkje hatt nokon våte bleier i dag'],
  ['en', 'he hasnt had a wet nappy since yesterday morning'],
  ['en', "she hasn't had any wet diapers today"],
];

describe('none of a wet diaper, outside a check-in', () => {
  it.each(NONE_WET)('%s «%s» stores nothing and answers with what diapers to expect', (locale, text) => {
    const out = runTurns(onboarded(locale), [say(text)], ctx(locale));
    expect(out.doc?.events ?? []).toEqual([]);
    expect(replyKeys(out.last)).toEqual(['topics:diapers']);
  });

  it.each<[Locale, string]>([
    ['nb', 'bleia var ikke våt'],
    ['en', "nappy wasn't wet"],
  ])('%s «%s» is one dry diaper, as before', (locale, text) => {
    const out = runTurns(onboarded(locale), [say(text)], ctx(locale));
    expect(out.doc!.events).toMatchObject([{ type: 'diaper', wet: false }]);
  });
});

describe('none of a diaper, in a check-in, answers the question that counts it', () => {
  it.each<[Locale, string, string, 'wetDiapers' | 'yellowStools']>([
    ['nb', '8', 'ingen våte bleier', 'wetDiapers'],
    ['en', '8', 'no wet nappies', 'wetDiapers'],
    ['nn', '3', 'ingen gul bæsj', 'yellowStools'],
    ['en', '3', 'no yellow poos', 'yellowStools'],
  ])('%s: «%s», then «%s» files 0 under %s', (locale, first, none, question) => {
    let doc = checkinDue(onboarded(locale, 'breast'), NOW).doc;
    if (question === 'yellowStools') doc = runTurns(doc, [say('8')], ctx(locale)).doc!;
    doc = runTurns(doc, [say(first)], ctx(locale)).doc!;
    const out = runTurns(doc, [say(none)], ctx(locale));
    const after = out.doc!;
    const answered = openDialog(after)?.values?.[question] ?? after.checkins.at(-1)?.[question];
    expect(answered).toBe(0);
    expect(after.events).toEqual([]);
  });
});
