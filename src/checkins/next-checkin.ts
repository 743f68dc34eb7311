import { HOUR_MS, millisOf } from '../mother/time';
import { herZone } from '../mother/her-zone';
import { DateTime } from 'luxon';
import type { MotherProfile } from '../mother/profile';
import { WEEK_HOURS } from '../mother/limits';

/** Her last slot lies on the local day of hour 168 or the next one: always less than two days after it. */
const LAST_SLOT_MAX_DELAY_MS = 48 * HOUR_MS;

/**
 * Zone offsets come from Intl in luxon and cost tens of microseconds each; a scheduler pass asks
 * for the slot after the same `now` in the same zone for every due mother, so the answers are kept.
 * Bounded: cleared when full.
 */
const MEMO_LIMIT = 1024;
const slotMemo = new Map<string, string>();

function memoized(key: string, compute: () => string): string {
  const known = slotMemo.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (slotMemo.size >= MEMO_LIMIT) slotMemo.clear();
  slotMemo.set(key, value);
  return value;
}

/** The slot (ISO UTC) of her check-in time on the local calendar day of `instant`, DST-safe. */
function slotOnDay(profile: MotherProfile, day: DateTime): DateTime {
  const [hour, minute] = profile.checkInTime.split(':').map(Number) as [number, number];
  return day.set({ hour, minute, second: 0, millisecond: 0 });
}

/** Her last slot: the first one at or after hour 168 since birth. */
export function lastSlot(profile: MotherProfile): string {
  const end = DateTime.fromISO(profile.birthAt, { zone: herZone(profile.timezone) }).plus({ hours: WEEK_HOURS.weekOver });
  let slot = slotOnDay(profile, end);
  if (slot < end) slot = slotOnDay(profile, end.plus({ days: 1 }));
  return slot.toUTC().toISO()!;
}

/** Hour 168 in epoch millis. */
function weekEndMillis(profile: MotherProfile): number {
  return millisOf(profile.birthAt) + WEEK_HOURS.weekOver * HOUR_MS;
}

/** Is `slot` (ISO UTC) at or before her last slot? Only near hour 168 does the last slot itself need working out. */
function withinWeek(profile: MotherProfile, slot: string): boolean {
  const slotMs = Date.parse(slot);
  const endMs = weekEndMillis(profile);
  if (slotMs < endMs) return true;
  if (slotMs >= endMs + LAST_SLOT_MAX_DELAY_MS) return false;
  return slot <= lastSlot(profile);
}

function firstSlotAfter(profile: MotherProfile, after: string): string {
  return memoized(`after|${profile.timezone}|${profile.checkInTime}|${after}`, () => {
    const local = DateTime.fromISO(after, { zone: herZone(profile.timezone) });
    let slot = slotOnDay(profile, local);
    if (slot.toMillis() <= local.toMillis()) slot = slotOnDay(profile, local.plus({ days: 1 }));
    return slot.toUTC().toISO()!;
  });
}

function latestSlotUpTo(profile: MotherProfile, at: string): string {
  return memoized(`upTo|${profile.timezone}|${profile.checkInTime}|${at}`, () => {
    const local = DateTime.fromISO(at, { zone: herZone(profile.timezone) });
    let slot = slotOnDay(profile, local);
    if (slot.toMillis() > local.toMillis()) slot = slotOnDay(profile, local.minus({ days: 1 }));
    return slot.toUTC().toISO()!;
  });
}

/**
 * The next check-in strictly after `after`, at her chosen local time in her zone (09:00 stays
 * 09:00 across DST), or null when paused or when the week's last slot has passed.
 */
export function nextCheckInAt(profile: MotherProfile, after: string, paused: boolean): string | null {
  if (paused) return null;
  const slot = firstSlotAfter(profile, after);
  return withinWeek(profile, slot) ? slot : null;
}

/** Her most recent slot at or before `at` (within her week), or null: what a pass after downtime may still send. */
export function latestSlotAtOrBefore(profile: MotherProfile, at: string): string | null {
  const slot = latestSlotUpTo(profile, at);
  return withinWeek(profile, slot) ? slot : null;
}
