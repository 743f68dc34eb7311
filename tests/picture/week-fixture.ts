import type { CheckinAnswer, FeedingMode, MotherEvent, Side } from '../../src/mother/events';
import type { Finding } from '../../src/mother/findings';
import { atHour } from '../../src/mother/time';
import type { WeekSource } from '../../src/mother/week-table';

/** A birth in Oslo winter time: 24 November 2026, 03:10 local. */
export const FIXTURE_BIRTH = '2026-11-24T02:10:00.000Z';
const h = (hours: number): string => atHour({ birthAt: FIXTURE_BIRTH }, hours);

const SIDES: Side[] = ['left', 'right', 'both'];

/**
 * A whole first week of a mother who breastfeeds and pumps: feeds every few hours, pumping from day 1
 * with the volumes rising to 3 × 20 ml on day 3, wet diapers up the ladder, yellow stools from day 4,
 * a check-in each morning, and the findings the rules gave her on their days. Fixed, so the picture
 * and the PDF made from it never change unless their code does.
 */
export function fixtureWeek(mode: FeedingMode = 'both'): WeekSource {
  const events: MotherEvent[] = [];
  const feedsPerDay = [6, 8, 9, 10, 9, 7, 8];
  const pumpsPerDay: number[][] = [[2, 3], [5, 6, 8], [12, 21, 24, 26], [30, 35], [40, 45], [50], [55, 60]];
  const wetPerDay = [1, 2, 3, 5, 6, 4, 7];
  const yellowPerDay = [0, 0, 1, 3, 4, 2, 4];
  for (let day = 0; day < 7; day++) {
    const start = day * 24;
    const feeds = mode === 'pump' ? 0 : feedsPerDay[day]!;
    for (let i = 0; i < feeds; i++) events.push({ type: 'feed', at: h(start + 0.5 + (i * 23) / feeds), side: SIDES[(day + i) % 3]! });
    const pumps = mode === 'breast' ? [] : pumpsPerDay[day]!;
    pumps.forEach((ml, i) => events.push({ type: 'pump', at: h(start + 1.5 + (i * 22) / pumps.length), ml, double: true }));
    for (let i = 0; i < wetPerDay[day]!; i++) events.push({ type: 'diaper', at: h(start + 2 + i * 3.1), wet: true, stool: 'none' });
    for (let i = 0; i < yellowPerDay[day]!; i++) events.push({ type: 'diaper', at: h(start + 3 + i * 4.3), wet: false, stool: 'yellow' });
  }
  events.push({ type: 'expression', at: h(0.8), ml: 1.5 });
  // Her mornings: on day 2 she answered more feeds than she logged.
  const checkins: CheckinAnswer[] = [{ at: h(30), feeds: 9, wetDiapers: 2 }, { at: h(54), feeds: 9, wetDiapers: 3, yellowStools: 1 }];
  const findings: Finding[] = [
    { code: 'first-hour.done', severity: 'info', at: h(0.9) },
    { code: 'colostrum.day1-low', severity: 'info', at: h(24.2), data: { ml: 6.5 } },
    { code: 'feeds.frequency-ok', severity: 'info', at: h(30), data: { count: 11, feeds: 9, pumps: 2 } },
    { code: 'activation.pump-3x20', severity: 'info', at: h(66) },
    { code: 'diapers.wet-low', severity: 'contact', at: h(126), data: { count: 4, expected: 6, day: 6 } },
  ];
  return { profile: { birthAt: FIXTURE_BIRTH, feedingMode: mode, timezone: 'Europe/Oslo', checkInTime: '09:00', locale: 'nb', firstHour: 'yes' }, events, checkins, findings };
}

/** The moment the fixture week is looked at: late on day 7. */
export const FIXTURE_NOW = h(167);
