import { sentBy } from '../../dialogs/reply';
import { checkinDue } from '../../dialogs/handle-turn';
import type { Locale } from '../../src/mother/profile';
import { openDialog } from './support/open-dialog';
import { runTurns } from './support/run-turns';
import { ctx, NOW, onboarded, replyKeys, say } from './support/day-three';

/** Pumping only on day 3: the check-in opens with «any pumping sessions you haven't logged? Write the amounts in ml». */
const atPumpMl = (locale: Locale) => checkinDue(onboarded(locale, 'pump'), NOW).doc;

describe('a count of pumping sessions at the ml question (found in a walk: «about 7 i think» and «7 times» were kept as one session of 7 ml)', () => {
  // «pumpet 7 ganger» is seven sessions logged, each asked for its ml; «7 ganger» alone is seven sessions of the question's, each asked for too
  it.each<[Locale, string, string]>([
    ['nb', 'pumpet 7 ganger', 'dialog:log.askEachMl'],
    ['nb', 'ca 7 ganger tror jeg', 'dialog:log.askEachMl'],
    ['nn', 'pumpa 7 gonger', 'dialog:log.askEachMl'],
    ['nn', '7 gonger trur eg', 'dialog:log.askEachMl'],
    ['en', 'pumped 7 times', 'dialog:log.askEachMl'],
    ['en', 'about 7 times i think', 'dialog:log.askEachMl'],
  ])('%s «%s» stores no session of 7 ml and asks for the amounts', (locale, typed, asked) => {
    const out = runTurns(atPumpMl(locale), [say(typed)], ctx(locale));
    expect(openDialog(out.doc)?.values?.pumpMl).toBeUndefined();
    expect(out.doc!.events.filter((event) => event.type === 'pump')).toHaveLength(0);
    expect(replyKeys(out.last).at(-1)).toBe(asked);
  });

  it.each<[Locale, string, number[]]>([
    ['nb', '2 ganger 10 ml', [10, 10]],
    ['nn', '3 gonger 15 ml', [15, 15, 15]],
    ['en', '2 times 20 ml', [20, 20]],
    ['nb', '15, 20', [15, 20]],
  ])('%s «%s» is the sessions %j', (locale, typed, ml) => {
    const out = runTurns(atPumpMl(locale), [say(typed)], ctx(locale));
    expect(openDialog(out.doc)?.values?.pumpMl).toEqual(ml);
  });
});

describe('one small number with words around it at the ml question (found in a walk: «about 7 i think» was kept as one session of 7 ml)', () => {
  it.each<[Locale, string]>([
    ['nb', 'ca 7 tror jeg'],
    ['nb', 'ca 7'],
    ['nn', 'kring 7 trur eg'],
    ['en', 'about 7 i think'],
  ])('%s «%s» keeps nothing and asks: 7 ml, or 7 sessions?', (locale, typed) => {
    const out = runTurns(atPumpMl(locale), [say(typed)], ctx(locale));
    expect(openDialog(out.doc)).toMatchObject({ name: 'checkin', step: 'pumpMl', values: {} });
    expect(replyKeys(out.last)).toEqual(['checkin:unitInDoubt.question']);
    const reply = out.last.replies[0]!;
    expect(reply.kind === 'text' && reply.suggestions?.map((s) => sentBy(s, 'nb'))).toEqual(['7 ml', '7 ganger']);
  });

  it.each<Locale>(['nb', 'nn', 'en'])('%s: the «7 ml» button keeps 7 ml; the «7 økter» button asks for the amounts', (locale) => {
    const ml = runTurns(atPumpMl(locale), [say('about 7 i think'), say('7 ml')], ctx(locale));
    expect(openDialog(ml.doc)?.values?.pumpMl).toEqual([7]);
    const times = runTurns(atPumpMl(locale), [say('about 7 i think'), say('7 ganger')], ctx(locale));
    expect(openDialog(times.doc)).toMatchObject({ step: 'pumpMl', values: {} });
    expect(replyKeys(times.last)).toEqual(['dialog:log.askEachMl']);
  });

  // Found in a walk: the «7 økter» button was answered «I couldn't make out the amounts», as if she had typed it wrong
  it.each<[Locale, string]>([
    ['nb', '7 økter'],
    ['nb', '7 ganger'],
    ['nn', '7 økter'],
    ['en', '7 sessions'],
  ])('%s «%s» after the doubt asks the ml of each of the 7, with the skip button, and the list then answers', (locale, tapped) => {
    const asked = runTurns(atPumpMl(locale), [say('about 7 i think'), say(tapped)], ctx(locale));
    const reply = asked.last.replies.at(-1)!;
    expect(reply).toMatchObject({ kind: 'text', key: 'dialog:log.askEachMl', params: { count: 7 } });
    expect(reply.kind === 'text' && reply.suggestions?.map((s) => sentBy(s, 'nb'))).toEqual(['hopp over']);
    const listed = runTurns(asked.doc, [say('5, 8, 6, 7, 5, 8, 6')], ctx(locale));
    expect(listed.doc!.checkins.at(-1)?.pumpMl ?? openDialog(listed.doc)?.values?.pumpMl).toEqual([5, 8, 6, 7, 5, 8, 6]);
  });

  it.each<[Locale, string, number[]]>([
    ['nb', '7', [7]],
    ['nb', 'bare 15', [15]],
    ['en', 'about 40', [40]],
    ['nn', '7 ml trur eg', [7]],
  ])('%s «%s» is the ml asked for, as before', (locale, typed, ml) => {
    const out = runTurns(atPumpMl(locale), [say(typed)], ctx(locale));
    expect(openDialog(out.doc)?.values?.pumpMl).toEqual(ml);
  });
});

describe('the ml and then how many times, with the verb, at the ml question (found in a walk: «pumpa 4 ml to gonger» was logged beside it, and the question came again)', () => {
  it.each<[Locale, string]>([
    ['nb', 'pumpet 4 ml 2 ganger'],
    ['nn', 'pumpa 4 ml to gonger'],
    ['en', 'pumped 4 ml twice'],
  ])('%s «%s» is the answer: two sessions of 4 ml, and the next question', (locale, typed) => {
    const out = runTurns(atPumpMl(locale), [say(typed)], ctx(locale));
    expect(openDialog(out.doc)).toMatchObject({ name: 'checkin', step: 'wetDiapers', values: { pumpMl: [4, 4] } });
    expect(out.doc!.events.filter((event) => event.type === 'pump')).toHaveLength(0);
    expect(replyKeys(out.last)).toEqual(['dialog:checkin.gotIt', 'checkin:question.wetDiapers']);
  });
});
