import type { CheckinAnswer, DiaperEvent, ExpressionEvent, FeedEvent, MilkInEvent, MotherEvent, PumpEvent, StoolKind } from '../../src/mother/events';
import type { FeedingMode } from '../../src/mother/events';
import type { MotherProfile } from '../../src/mother/profile';
import type { RuleInput } from '../../src/mother/rules/rule-input';
import { atHour } from '../../src/mother/time';

/** A birth in the middle of a normal week (no DST change in the first 8 days). */
export const BIRTH = '2026-05-04T03:10:00.000Z';

export function profileOf(feedingMode: FeedingMode, extra: Partial<MotherProfile> = {}): MotherProfile {
  return { birthAt: BIRTH, feedingMode, timezone: 'Europe/Oslo', checkInTime: '09:00', locale: 'nb', ...extra };
}

/** The instant `hours` after BIRTH (fractional hours allowed: 59 min is 59 / 60). */
export const h = (hours: number, birthAt = BIRTH): string => atHour({ birthAt }, hours);
export const minutes = (m: number): string => h(m / 60);

export const feed = (hours: number): FeedEvent => ({ type: 'feed', at: h(hours) });
export const pump = (hours: number, ml: number, double = true): PumpEvent => ({ type: 'pump', at: h(hours), ml, double });
export const expression = (hours: number, ml: number): ExpressionEvent => ({ type: 'expression', at: h(hours), ml });
export const diaper = (hours: number, stool: StoolKind, wet = false): DiaperEvent => ({ type: 'diaper', at: h(hours), wet, stool });
export const wet = (hours: number): DiaperEvent => diaper(hours, 'none', true);
export const yellow = (hours: number): DiaperEvent => diaper(hours, 'yellow');
export const milkIn = (hours: number): MilkInEvent => ({ type: 'milk-in', at: h(hours) });
export const checkin = (hours: number, answer: Omit<CheckinAnswer, 'at'>): CheckinAnswer => ({ at: h(hours), ...answer });

/** `n` events made by `make`, spread evenly over the 24 h before `endHour` (all inside the window). */
export function spread<T extends MotherEvent>(n: number, endHour: number, make: (hours: number) => T): T[] {
  return Array.from({ length: n }, (_, i) => make(endHour - 23 + (i * 22) / Math.max(n, 1)));
}

export function input(profile: MotherProfile, nowHours: number, events: MotherEvent[] = [], checkins: CheckinAnswer[] = []): RuleInput {
  return { profile, events, checkins, now: h(nowHours) };
}

export const codes = (findings: readonly { code: string }[] | null): string[] | null => (findings === null ? null : findings.map((f) => f.code));
