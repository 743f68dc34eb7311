import type { CheckinAnswer, MotherEvent } from '../events';
import type { Finding, FindingCode } from '../findings';
import type { MotherProfile } from '../profile';
import { FINDING_SEVERITY } from '../severity';
import { hoursSinceBirth, inSlidingWindow, last24Hours, millisOf, notAfter, type TimeWindow } from '../time';

/** What every rule reads. Pure data: the rules never look at a clock. */
export interface RuleInput {
  profile: MotherProfile;
  events: readonly MotherEvent[];
  checkins: readonly CheckinAnswer[];
  /** ISO: the moment of evaluation. */
  now: string;
  /** Findings fired before this moment (and earlier in this evaluation); read by rules that depend on another finding. */
  findings?: readonly Finding[];
}

/**
 * What a rule returns: the findings that hold now, or `null` when it cannot be
 * judged at all (for example the check-in question it needs was skipped);
 * `null` leaves the rule's open episode as it was.
 */
export type RuleResult = Finding[] | null;

export type EventOf<T extends MotherEvent['type']> = Extract<MotherEvent, { type: T }>;

export function finding(code: FindingCode, now: string, data?: Finding['data'], severity = FINDING_SEVERITY[code]): Finding {
  return data ? { code, severity, at: now, data } : { code, severity, at: now };
}

const earlierFirst = (a: { ms: number }, b: { ms: number }): number => a.ms - b.ms;

/** Events of one type that happened at or before `now`, oldest first. */
export function pastEvents<T extends MotherEvent['type']>(input: Pick<RuleInput, 'events' | 'now'>, type: T): readonly EventOf<T>[] {
  let sorted = sortedThisEvaluation.get(input.events);
  if (!sorted || sorted.now !== input.now || sorted.count !== input.events.length) {
    sorted = { now: input.now, count: input.events.length, byType: new Map() };
    sortedThisEvaluation.set(input.events, sorted);
  }
  let past = sorted.byType.get(type);
  if (!past) {
    // Each time is read once: a comparator reading both times would read them again on every comparison.
    const nowMs = millisOf(input.now);
    const timed: Array<{ event: MotherEvent; ms: number }> = [];
    for (const event of input.events) {
      if (event.type !== type) continue;
      const ms = millisOf(event.at);
      if (ms <= nowMs) timed.push({ event, ms });
    }
    timed.sort(earlierFirst);
    const inOrder: MotherEvent[] = [];
    for (const { event } of timed) inOrder.push(event);
    past = inOrder;
    sorted.byType.set(type, past);
  }
  return past as readonly EventOf<T>[];
}

/**
 * Several rules of one evaluation read the same event types: each is filtered and sorted once.
 * The bot never changes a log in place (every change is a new array); the length is checked too
 * so that a caller appending to the same array is not served a stale list.
 */
const sortedThisEvaluation = new WeakMap<readonly MotherEvent[], { now: string; count: number; byType: Map<MotherEvent['type'], readonly MotherEvent[]> }>();

export function countInWindow(events: readonly { at: string }[], window: TimeWindow): number {
  return events.filter((e) => inSlidingWindow(e.at, window)).length;
}

/** The check-in answer being evaluated: the latest one given at or before `now`. */
export function currentCheckin(input: Pick<RuleInput, 'checkins' | 'now'>): CheckinAnswer | undefined {
  return [...input.checkins]
    .filter((c) => notAfter(c.at, input.now))
    .sort((a, b) => millisOf(a.at) - millisOf(b.at))
    .at(-1);
}

/**
 * A 24 h count at a check-in: the larger of her answer and the events she logged
 * in the 24 h before the answer, never the sum (RULES.md), so nothing counts twice.
 */
export function checkinCount(answered: number, loggedInWindow: number): number {
  return Math.max(answered, loggedInWindow);
}

/** The window a check-in answer speaks for: the 24 h before it. */
export function checkinWindow(answer: CheckinAnswer): TimeWindow {
  return last24Hours(answer.at);
}

/** Is this answer given by `now`, and does the 24 h it speaks for start at or after `fromHour` since birth? */
export function checkinWindowStartsAtOrAfter(profile: MotherProfile, answer: CheckinAnswer, now: string, fromHour: number): boolean {
  return notAfter(answer.at, now) && hoursSinceBirth(profile, answer.at) - 24 >= fromHour;
}

export function hasFinding(findings: readonly Finding[] | undefined, codes: readonly FindingCode[]): boolean {
  return (findings ?? []).some((f) => codes.includes(f.code));
}

export function usesBreast(profile: MotherProfile): boolean {
  return profile.feedingMode === 'breast' || profile.feedingMode === 'both';
}

export function usesPump(profile: MotherProfile): boolean {
  return profile.feedingMode === 'pump' || profile.feedingMode === 'both';
}
