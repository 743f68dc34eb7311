import { DateTime } from 'luxon';
import { herZone } from './her-zone';
import type { MotherProfile } from './profile';

/**
 * The time base of RULES.md: every window is counted in real hours since birth,
 * never in calendar days, so a 23 h or 25 h day at a DST change cannot shift a rule.
 * All arithmetic is done on UTC instants; the zone matters only for display.
 */

export type BirthTime = Pick<MotherProfile, 'birthAt'>;

/** A half-open interval of instants [start, end) or (start, end], in epoch milliseconds (rules test every event against it). */
export interface TimeWindow {
  start: number;
  end: number;
}

export const HOURS_PER_DAY = 24;
export const HOUR_MS = 3_600_000;

export function toInstant(iso: string): DateTime {
  const parsed = DateTime.fromISO(iso, { setZone: true });
  if (!parsed.isValid) throw new RangeError(`not an ISO time: ${iso}`);
  return parsed.toUTC();
}

/**
 * The milliseconds of an instant written the way we store them ("2026-11-24T08:00:00.000Z"),
 * read by hand: rules read every event time on every turn and every check-in, and this
 * allocates nothing. NaN for any other spelling (or an impossible date such as 31 February).
 */
export function canonicalMillis(iso: string): number {
  if (iso.length !== 24 || iso[4] !== '-' || iso[7] !== '-' || iso[10] !== 'T' || iso[13] !== ':' || iso[16] !== ':' || iso[19] !== '.' || iso[23] !== 'Z') return Number.NaN;
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 2);
  const day = digits(iso, 8, 2);
  const hour = digits(iso, 11, 2);
  const minute = digits(iso, 14, 2);
  const second = digits(iso, 17, 2);
  const milli = digits(iso, 20, 3);
  // Date.UTC reads years below 100 as 19xx; such times are never ours.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59 || Number.isNaN(milli)) return Number.NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, milli);
}

/** The number written by `length` ASCII digits from `from`; NaN if any is not a digit. */
function digits(text: string, from: number, length: number): number {
  let value = 0;
  for (let i = from; i < from + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The spelling every stored time has: UTC with milliseconds ("2026-11-24T08:00:00.000Z"). */
export function storedTime(iso: string): string {
  return Number.isNaN(canonicalMillis(iso)) ? new Date(millisOf(iso)).toISOString() : iso;
}

export function isValidTime(iso: unknown): iso is string {
  return !Number.isNaN(millisOrNaN(iso));
}

/** Epoch millis of an ISO time, or NaN when it is not one (a damaged snapshot, an unreadable time). */
export function millisOrNaN(iso: unknown): number {
  if (typeof iso !== 'string') return Number.NaN;
  try {
    return millisOf(iso);
  } catch {
    return Number.NaN;
  }
}

export function toUtcIso(instant: DateTime): string {
  return instant.toUTC().toISO() ?? '';
}

export function millisOf(iso: string): number {
  const fast = canonicalMillis(iso);
  if (!Number.isNaN(fast)) return fast;
  // A few times are kept as she gave them, with an offset (her birth time): read each once with luxon.
  let ms = offsetTimesRead.get(iso);
  if (ms === undefined) {
    ms = toInstant(iso).toMillis();
    if (offsetTimesRead.size >= OFFSET_TIMES_MAX) offsetTimesRead.clear();
    offsetTimesRead.set(iso, ms);
  }
  return ms;
}

const OFFSET_TIMES_MAX = 1_000;
const offsetTimesRead = new Map<string, number>();

const isoOfMillis = (ms: number): string => new Date(ms).toISOString();

/** Real hours (fractional) from her birthAt to `now`; negative before birth. */
export function hoursSinceBirth(profile: BirthTime, now: string): number {
  return (millisOf(now) - millisOf(profile.birthAt)) / 3_600_000;
}

/** Minutes from birth to `at`, for the first-hour rule (60 min is still within). */
export function minutesSinceBirth(profile: BirthTime, at: string): number {
  return (millisOf(at) - millisOf(profile.birthAt)) / 60_000;
}

/** "Day N" is hours [24(N-1), 24N) since birth; 0 before birth. */
export function dayNumber(profile: BirthTime, now: string): number {
  const hours = hoursSinceBirth(profile, now);
  if (hours < 0) return 0;
  return Math.floor(hours / HOURS_PER_DAY) + 1;
}

/** The instant `hours` real hours after birth. */
export function atHour(profile: BirthTime, hours: number): string {
  return isoOfMillis(millisOf(profile.birthAt) + hours * HOUR_MS);
}

/** The sliding 24 h window that ends at `now`: (now - 24 h, now]. */
export function last24Hours(now: string): TimeWindow {
  const end = millisOf(now);
  return { start: end - HOURS_PER_DAY * HOUR_MS, end };
}

/** Is `at` inside the sliding window (start, end]? The start is excluded so that two back-to-back windows never share an event. */
export function inSlidingWindow(at: string, window: TimeWindow): boolean {
  const t = millisOf(at);
  return t > window.start && t <= window.end;
}

/** Hours [fromHour, toHour) since birth, e.g. day 1 is [0, 24). */
export function hoursWindow(profile: BirthTime, fromHour: number, toHour: number): TimeWindow {
  const birth = millisOf(profile.birthAt);
  return { start: birth + fromHour * HOUR_MS, end: birth + toHour * HOUR_MS };
}

/** Is `at` inside the birth-relative window [start, end)? */
export function inHoursWindow(at: string, window: TimeWindow): boolean {
  const t = millisOf(at);
  return t >= window.start && t < window.end;
}

/** Is `at` at or before `now`? Events logged for a later time are not yet part of the past. */
export function notAfter(at: string, now: string): boolean {
  return millisOf(at) <= millisOf(now);
}

/** Her local wall-clock time for display, in her IANA zone. */
export function localTime(at: string, timezone: string): DateTime {
  return DateTime.fromMillis(millisOf(at), { zone: herZone(timezone) });
}
