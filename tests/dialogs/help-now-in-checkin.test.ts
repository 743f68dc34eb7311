import { checkinDue } from '../../dialogs/handle-turn';
import type { TurnOutcome } from '../../dialogs/turn';
import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { runTurns } from './support/run-turns';
import { ctx, onboarded, replyKeys, say } from './support/day-three';

/**
 * Found by two helpers talking to the bot as mothers through their week: «takk» to a check-in question was
 * kept as 0 and a bare «nei» too, each then answered with «call legevakt now»; a real «0 wet diapers»
 * was answered only after the last question (never, if she stopped there); «call legevakt now» came with
 * «you fed 9 times, as often as recommended» beside it, and status added «you are well on your way»;
 * after «ring 113 nå», «hva skal jeg gjøre?» got the check-in's next question; five hours after advice
 * to make contact today, «hva skal jeg gjøre?» was declined.
 */
const DAY5_0900 = '2026-11-28T08:00:00.000Z';
const at = (iso: string, locale: Locale) => ({ ...ctx(locale), now: iso });
const talkAt = (doc: MotherDocument | undefined, locale: Locale, now: string, ...messages: string[]) => runTurns(doc, messages.map(say), at(now, locale));
const leadSeverity = (out: TurnOutcome) => out.replies.find((reply) => reply.kind === 'findings')?.kind === 'findings' ? (out.replies.find((reply) => reply.kind === 'findings') as { lead: { severity: string } }).lead.severity : undefined;
const asksAQuestion = (out: TurnOutcome) => replyKeys(out).some((key) => key.startsWith('checkin:question.'));

describe.each<[Locale, { thanks: string; no: string; none: string; whatNow: string; emergency: string }]>([
  ['nb', { thanks: 'takk', no: 'nei', none: 'nei, ingen', whatNow: 'hva skal jeg gjøre?', emergency: 'hun er så slapp og vil ikke våkne' }],
  ['nn', { thanks: 'takk', no: 'nei', none: 'nei, ingen', whatNow: 'kva skal eg gjere?', emergency: 'ho er så slapp og vil ikkje vakne' }],
  ['en', { thanks: 'thanks', no: 'no', none: 'no, none', whatNow: 'what should i do', emergency: 'she is floppy and wont wake up' }],
])('help now in the check-in (%s)', (locale, words) => {
  const openOnDay5 = () => checkinDue(onboarded(locale, 'breast'), DAY5_0900).doc;

  it(`«${words.thanks}» to how many feeds is no count: nothing kept, the question stays`, () => {
    const out = talkAt(openOnDay5(), locale, DAY5_0900, words.thanks);
    expect(out.doc!.draft?.checkin?.values).toEqual({});
    expect(replyKeys(out.last).at(-1)).toBe('checkin:question.feeds');
  });

  it(`a bare «${words.no}» to how many feeds is asked again with 0 to tap, and no alarm`, () => {
    const out = talkAt(openOnDay5(), locale, DAY5_0900, words.no);
    expect(out.doc!.draft?.checkin?.values).toEqual({});
    const last = out.last.replies.at(-1)!;
    expect(last).toMatchObject({ kind: 'text', key: 'checkin:again.feeds' });
    expect(last.kind === 'text' && last.suggestions?.[0]).toMatchObject({ value: '0' });
    expect(leadSeverity(out.last)).toBeUndefined();
  });

  it(`«${words.none}» to how many wet diapers is none, and on day 5 that is answered at once: call now, no more questions`, () => {
    const out = talkAt(openOnDay5(), locale, DAY5_0900, '9', words.none);
    expect(leadSeverity(out.last)).toBe('urgent');
    expect(asksAQuestion(out.last)).toBe(false);
    expect(out.doc!.checkins.at(-1)).toMatchObject({ feeds: 9, wetDiapers: 0 });
    expect(out.doc!.draft?.checkin).toBeUndefined();
  });

  it('0 feeds is answered at once, before the diapers are asked', () => {
    const out = talkAt(openOnDay5(), locale, DAY5_0900, '0');
    expect(leadSeverity(out.last)).toBe('urgent');
    expect(asksAQuestion(out.last)).toBe(false);
  });

  it('a call to make contact comes with no praise beside it, and status then leaves out «well on your way»', () => {
    const milkIn = talkAt(onboarded(locale, 'breast'), locale, '2026-11-26T14:00:00.000Z', locale === 'en' ? 'my milk has come in' : 'melken har kommet').doc!;
    const answered = runTurns(checkinDue(milkIn, DAY5_0900).doc, [{ kind: 'message', text: '', value: { action: 'checkin', feeds: 9, wetDiapers: 2, yellowStools: 3 } }], at(DAY5_0900, locale));
    const findings = answered.last.replies.find((reply) => reply.kind === 'findings');
    expect(findings).toMatchObject({ lead: { severity: 'contact' } });
    expect(findings?.kind === 'findings' && findings.others.map((other) => other.severity)).not.toContain('info');
    const status = talkAt(answered.doc, locale, '2026-11-28T14:00:00.000Z', 'status');
    expect(status.last.replies.some((reply) => reply.kind === 'findings')).toBe(true);
    expect(replyKeys(status.last).some((key) => key.startsWith('stage.') || key.includes(':stage.'))).toBe(false);
    // «what now?» five hours after that advice, still holding: the advice again
    expect(replyKeys(talkAt(answered.doc, locale, '2026-11-28T13:00:00.000Z', words.whatNow).last)[0]).toMatch(/^diapers\./);
  });

  it('after «call 113 now» in an open check-in, «what should I do?» gets that again and no question', () => {
    const asked = talkAt(openOnDay5(), locale, DAY5_0900, '8').doc;
    const out = talkAt(asked, locale, '2026-11-28T08:30:00.000Z', words.emergency, words.whatNow);
    expect(['urgent', 'emergency']).toContain(leadSeverity(out.last));
    expect(asksAQuestion(out.last)).toBe(false);
  });
});
