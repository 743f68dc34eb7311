import { checkinDue } from '../../dialogs/handle-turn';
import type { Locale } from '../../src/mother/profile';
import { runTurns } from './support/run-turns';
import { ctx, onboarded, say } from './support/day-three';

/**
 * Found by helpers living a week as mothers: a check-in left at its last question lost the answers she gave
 * when the next one opened («Noted.» and then nothing kept), and it stayed open all night, so «pumpet 20 ml»
 * at 02:15 was taken as the answer to the morning's pumping question and dated at 02:15. A check-in waits
 * half a day; the answers she gave are kept when it closes unfinished.
 */
const DAY4_0900 = '2026-11-27T08:00:00.000Z';
const at = (now: string, locale: Locale) => ({ ...ctx(locale), now });
const later = (hours: number) => new Date(Date.parse(DAY4_0900) + hours * 3_600_000).toISOString();

describe.each<[Locale, string]>([
  ['nb', 'pumpet 20 ml'],
  ['nn', 'pumpa 20 ml'],
  ['en', 'pumped 20 ml'],
])('a check-in left unfinished (%s)', (locale, pumped) => {
  // A mother who feeds and pumps answers feeds 4 and two pumping sessions, then stops at the wet diapers
  const leftAtWet = () => runTurns(checkinDue(onboarded(locale, 'both'), DAY4_0900).doc, [say('4'), say('15, 20')], at(DAY4_0900, locale)).doc!;

  it('when the next check-in opens, the answers she gave are kept as that check-in, its sessions as pumping', () => {
    const next = checkinDue(leftAtWet(), later(24)).doc;
    expect(next.checkins).toEqual([expect.objectContaining({ at: DAY4_0900, feeds: 4, pumpMl: [15, 20] })]);
    expect(next.checkins[0]!.wetDiapers).toBeUndefined();
    expect(next.events.filter((event) => event.type === 'pump').map((event) => (event as { ml: number }).ml)).toEqual([15, 20]);
    expect(next.draft?.checkin).toMatchObject({ startedAt: later(24), values: {} });
  });

  it(`half a day after it opened, «${pumped}» is a pumping now, not an answer to it, and the answers given are kept`, () => {
    const out = runTurns(leftAtWet(), [say(pumped)], at(later(17), locale));
    expect(out.doc!.draft?.checkin).toBeUndefined();
    expect(out.doc!.checkins).toEqual([expect.objectContaining({ feeds: 4, pumpMl: [15, 20] })]);
    expect(out.doc!.events.filter((event) => event.type === 'pump').map((event) => event.at)).toContain(later(17));
  });

  it('a few hours after it opened, her number still answers the question it asked', () => {
    const out = runTurns(leftAtWet(), [say('5')], at(later(4), locale));
    expect(out.doc!.draft?.checkin?.values).toMatchObject({ feeds: 4, pumpMl: [15, 20], wetDiapers: 5 });
  });

  it('a check-in with no answer leaves nothing behind', () => {
    const opened = checkinDue(onboarded(locale, 'both'), DAY4_0900).doc;
    expect(checkinDue(opened, later(24)).doc.checkins).toEqual([]);
  });
});
