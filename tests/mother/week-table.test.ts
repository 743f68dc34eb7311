import type { DiaperEvent, MotherEvent } from '../../src/mother/events';
import type { Finding } from '../../src/mother/findings';
import { lastBreastfeedSide } from '../../src/mother/last-side';
import { milestonesOf, weekTable, type WeekSource } from '../../src/mother/week-table';
import { checkin, feed, h, profileOf, pump, wet, yellow, diaper, expression, milkIn } from './support';
import type { CheckinAnswer, FeedingMode } from '../../src/mother/events';

const source = (mode: FeedingMode, events: MotherEvent[] = [], checkins: CheckinAnswer[] = [], findings: Finding[] = []): WeekSource => ({ profile: profileOf(mode), events, checkins, findings });
const found = (code: Finding['code'], hours: number, severity: Finding['severity'] = 'advice'): Finding => ({ code, severity, at: h(hours) });

describe('the week table', () => {
  it('has a row for each day so far, day N being hours [24(N-1), 24N) since birth', () => {
    const table = weekTable(source('breast', [feed(0.5), feed(23.9), feed(24), feed(47)]), h(50));
    expect(table.today).toBe(3);
    expect(table.days.map((d) => [d.day, d.breastfeeds.count, d.complete])).toEqual([
      [1, 2, true],
      [2, 2, true],
      [3, 0, false],
    ]);
  });

  it('stops at day 7 after the week, and leaves out what is logged for later than now', () => {
    expect(weekTable(source('breast'), h(200)).days).toHaveLength(7);
    const table = weekTable(source('breast', [feed(2), feed(5)]), h(3));
    expect(table.days[0]?.breastfeeds.count).toBe(1);
  });

  it('counts the larger of her check-in answer and her logged events on the day she gave it, never the sum', () => {
    const logged = [feed(30), feed(33), wet(30), wet(31), wet(32), wet(33)];
    // Answered on day 2 (hour 40): 9 feeds and 2 wet diapers in the 24 h before.
    const table = weekTable(source('breast', logged, [checkin(40, { feeds: 9, wetDiapers: 2 })]), h(44));
    const day2 = table.days[1]!;
    expect(day2.breastfeeds).toEqual({ count: 9, source: 'checkin' });
    expect(day2.wetDiapers).toEqual({ count: 4, source: 'log' });
    // nothing logged on day 1 and no answer: not known, never a count of 0
    expect(table.days[0]?.breastfeeds).toEqual({ count: 0, source: 'none' });
  });

  it('takes her latest answer of a day that answered the question, and ignores an answer given after now', () => {
    const answers = [checkin(30, { yellowStools: 1 }), checkin(34, { feeds: 5 }), checkin(46, { yellowStools: 6 })];
    const table = weekTable(source('breast', [], answers), h(40));
    expect(table.days[1]?.yellowStools).toEqual({ count: 1, source: 'checkin' });
    expect(table.days[1]?.breastfeeds).toEqual({ count: 5, source: 'checkin' });
  });

  it('counts only diapers known to be wet as wet, and only yellow stools as yellow', () => {
    const unknownWet = { type: 'diaper', at: h(5), stool: 'meconium' } as unknown as DiaperEvent;
    const table = weekTable(source('breast', [unknownWet, wet(6), diaper(7, 'transitional', true), yellow(8), diaper(9, 'meconium')]), h(10));
    expect(table.days[0]?.wetDiapers.count).toBe(2);
    expect(table.days[0]?.yellowStools.count).toBe(1);
  });

  it('keeps each pump session in time order, their sum, and hand expression apart', () => {
    const table = weekTable(source('pump', [pump(10, 20), pump(4, 2.5), expression(6, 1.2), pump(30, 22)]), h(31));
    expect(table.days[0]).toMatchObject({ pumpSessionsMl: [2.5, 20], pumpedMl: 22.5, expressedMl: 1.2, pumpSessions: { count: 2, source: 'log' } });
    expect(table.days[1]?.pumpSessionsMl).toEqual([22]);
  });

  it('puts each finding on its day, and the first sign that the milk came in on its own', () => {
    const findings = [found('first-hour.done', 0.5, 'info'), found('diapers.wet-low', 50), found('activation.self-reported', 60, 'info'), found('activation.pump-3x20', 80, 'info')];
    const table = weekTable(source('both', [milkIn(60)], [], findings), h(90));
    expect(table.days.map((d) => d.findings.map((f) => f.code))).toEqual([['first-hour.done'], [], ['diapers.wet-low', 'activation.self-reported'], ['activation.pump-3x20']]);
    expect(table.activation).toEqual({ code: 'activation.self-reported', severity: 'info', at: h(60), day: 3 });
    expect(weekTable(source('both', [], [], findings.slice(0, 2)), h(90)).activation).toBeUndefined();
  });
});

describe('the milestone lines', () => {
  it('climb the wet-diaper ladder of the rules: 1, 2, 3, 4, then 6 from day 5', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((day) => milestonesOf('breast', day).wetDiapers)).toEqual([1, 2, 3, 4, 6, 6, 6]);
  });

  it('hold 8 milk removals in 24 h from day 2, when a whole day can be counted', () => {
    expect(milestonesOf('breast', 1).milkRemovals).toBeUndefined();
    expect(['breast', 'pump', 'both'].map((mode) => milestonesOf(mode as FeedingMode, 2).milkRemovals)).toEqual([8, 8, 8]);
  });

  it('ask 3 yellow stools from day 4 of a baby who breastfeeds, and 20 ml a session of a mother who pumps', () => {
    expect([3, 4].map((day) => milestonesOf('breast', day).yellowStools)).toEqual([undefined, 3]);
    expect(milestonesOf('pump', 5).yellowStools).toBeUndefined();
    expect(['breast', 'pump', 'both'].map((mode) => milestonesOf(mode as FeedingMode, 1).sessionMl)).toEqual([undefined, 20, 20]);
  });
});

describe('the side of her last breastfeed', () => {
  it('is the side of the latest feed by its time, up to now', () => {
    const events: MotherEvent[] = [{ type: 'feed', at: h(3), side: 'left' }, { type: 'feed', at: h(5), side: 'right' }, { type: 'feed', at: h(4), side: 'both' }, { type: 'feed', at: h(9), side: 'left' }];
    expect(lastBreastfeedSide(events, h(6))).toEqual({ last: { at: h(5), side: 'right' } });
  });

  it('says when the latest feed has no side, and names the latest one that had', () => {
    const events: MotherEvent[] = [{ type: 'feed', at: h(3), side: 'left' }, feed(5)];
    expect(lastBreastfeedSide(events, h(6))).toEqual({ last: { at: h(5) }, lastWithSide: { at: h(3), side: 'left' } });
    expect(lastBreastfeedSide([feed(5)], h(6))).toEqual({ last: { at: h(5) } });
    expect(lastBreastfeedSide([pump(2, 10)], h(6))).toBeUndefined();
  });
});
