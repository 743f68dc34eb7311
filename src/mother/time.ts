import { DateTime, Duration } from 'luxon';
import type { MotherProfile } from './profile';

/**
 * The time base of RULES.md: every window is counted in real hours since birth,
 * never in calendar days, so a 23 h or 25 h day at a DST change cannot shift a rule.
 * All arithmetic is done on UTC instants; the zone matters only for display.
 */

export type BirthTime = Pick<MotherProfile, 'birthAt'>;

/** A half-open interval of instants [start, end) or (start, end], as ISO UTC strings. */
export interface TimeWindow {
  start: string;
  end: string;
}

export const HOURS_PER_DAY = 24;

export function toInstant(iso: string): DateTime {
  const parsed = DateTime.fromISO(iso, { setZone: true });
  if (!parsed.isValid) throw new RangeError(`not an ISO time: ${iso}`);
  return parsed.toUTC();
}

/**
 * The milliseconds of an instant written the way we store them ("2026-11-24T08:00:00.000Z"),
 * read without luxon (rules run on every turn and every check-in); NaN for any other spelling.
 */
export function canonicalMillis(iso: string): number {
  const known = recentlyRead.get(iso);
  if (known !== undefined) return known;
  const ms = Date.parse(iso);
  const value = iso.length === 24 && !Number.isNaN(ms) && new Date(ms).toISOString() === iso ? ms : Number.NaN;
  if (recentlyRead.size >= RECENTLY_READ_MAX) recentlyRead.clear();
  recentlyRead.set(iso, value);
  return value;
}

/** The same event times are read again by every rule on every turn: remember the last few thousand. */
const RECENTLY_READ_MAX = 20_000;
const recentlyRead = new Map<string, number>();

export function isValidTime(iso: unknown): iso is string {
  return typeof iso === 'string' && (!Number.isNaN(canonicalMillis(iso)) || DateTime.fromISO(iso, { setZone: true }).isValid);
}

export function toUtcIso(instant: DateTime): string {
  return instant.toUTC().toISO() ?? '';
}

export function millisOf(iso: string): number {
  const fast = canonicalMillis(iso);
  return Number.isNaN(fast) ? toInstant(iso).toMillis() : fast;
}

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
  return toUtcIso(toInstant(profile.birthAt).plus(Duration.fromObject({ hours })));
}

/** The sliding 24 h window that ends at `now`: (now - 24 h, now]. */
export function last24Hours(now: string): TimeWindow {
  const end = toInstant(now);
  return { start: toUtcIso(end.minus({ hours: HOURS_PER_DAY })), end: toUtcIso(end) };
}

/** Is `at` inside the sliding window (start, end]? The start is excluded so that two back-to-back windows never share an event. */
export function inSlidingWindow(at: string, window: TimeWindow): boolean {
  const t = millisOf(at);
  return t > millisOf(window.start) && t <= millisOf(window.end);
}

/** Hours [fromHour, toHour) since birth, e.g. day 1 is [0, 24). */
export function hoursWindow(profile: BirthTime, fromHour: number, toHour: number): TimeWindow {
  return { start: atHour(profile, fromHour), end: atHour(profile, toHour) };
}

/** Is `at` inside the birth-relative window [start, end)? */
export function inHoursWindow(at: string, window: TimeWindow): boolean {
  const t = millisOf(at);
  return t >= millisOf(window.start) && t < millisOf(window.end);
}

/** Is `at` at or before `now`? Events logged for a later time are not yet part of the past. */
export function notAfter(at: string, now: string): boolean {
  return millisOf(at) <= millisOf(now);
}

/** Her local wall-clock time for display, in her IANA zone. */
export function localTime(at: string, timezone: string): DateTime {
  return toInstant(at).setZone(timezone);
}
