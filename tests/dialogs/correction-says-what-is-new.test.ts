import { checkinDue } from '../../dialogs/handle-turn';
import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { runTurns } from './support/run-turns';
import { ctx, onboarded, replyKeys, say } from './support/day-three';

/**
 * A helper found «nei vent det var 4» right after the check-in's last answer answered with «Rettet: 4 …»,
 * then the whole advice about feeds she had just read, then the week offered again: after a correction
 * only what the corrected answer adds is said.
 */
const DAY5_0900 = '2026-11-28T08:00:00.000Z';
const talkOnDay5 = (doc: MotherDocument | undefined, locale: Locale, ...messages: string[]) => runTurns(doc, messages.map(say), { ...ctx(locale), now: DAY5_0900 });

describe.each<[Locale, string, string]>([
  ['nb', 'nei vent det var 4', 'nei det var 0'],
  ['nn', 'nei vent, det var 4', 'nei, det var 0'],
  ['en', 'no wait it was 4', 'no it was 0'],
])('a correction after the check-in (%s)', (locale, four, none) => {
  // Day 5, breastfeeding: 7 feeds (advice to feed more), 6 wet, then 3 yellow, the check-in's last question
  const answered = () => talkOnDay5(checkinDue(onboarded(locale, 'breast'), DAY5_0900).doc, locale, '7', '6', '3');

  it('the check-in gave advice and offered her week', () => {
    expect(replyKeys(answered().last)).toEqual(['feeds.frequency-low', 'checkin:weekOffer.line']);
  });

  it(`«${four}» says what was corrected, and nothing she has just read again`, () => {
    expect(replyKeys(talkOnDay5(answered().doc, locale, four).last)).toEqual(['checkin:corrected.yellowStools']);
  });

  it(`«${none}» says what the corrected answer adds (too few yellow stools), not the feeds again`, () => {
    const { replies } = talkOnDay5(answered().doc, locale, none).last;
    const told = replies.flatMap((reply) => (reply.kind === 'findings' ? [reply.lead, ...reply.others].map((finding) => finding.code) : reply.kind === 'text' ? [reply.key] : []));
    expect(told[0]).toBe('checkin:corrected.yellowStools');
    expect(told).toContain('stools.low-day4');
    expect(told).not.toContain('feeds.frequency-low');
  });
});
