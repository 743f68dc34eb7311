import { DateTime } from 'luxon';
import type { MotherProfile } from '../mother/profile';

/** The week ends with one last check-in (the summary and goodbye) at the first slot at or after hour 168. */
export const WEEK_HOURS = 168;

/** The slot (ISO UTC) of her check-in time on the local calendar day of `instant`, DST-safe. */
function slotOnDay(profile: MotherProfile, day: DateTime): DateTime {
  const [hour, minute] = profile.checkInTime.split(':').map(Number) as [number, number];
  return day.set({ hour, minute, second: 0, millisecond: 0 });
}

/** Her last slot: the first one at or after hour 168 since birth. */
export function lastSlot(profile: MotherProfile): string {
  const end = DateTime.fromISO(profile.birthAt, { zone: profile.timezone }).plus({ hours: WEEK_HOURS });
  let slot = slotOnDay(profile, end);
  if (slot < end) slot = slotOnDay(profile, end.plus({ days: 1 }));
  return slot.toUTC().toISO()!;
}

/**
 * The next check-in strictly after `after`, at her chosen local time in her zone (09:00 stays
 * 09:00 across DST), or null when paused or when the week's last slot has passed.
 */
export function nextCheckInAt(profile: MotherProfile, after: string, paused: boolean): string | null {
  if (paused) return null;
  const local = DateTime.fromISO(after, { zone: profile.timezone });
  let slot = slotOnDay(profile, local);
  if (slot.toMillis() <= local.toMillis()) slot = slotOnDay(profile, local.plus({ days: 1 }));
  const iso = slot.toUTC().toISO()!;
  return iso <= lastSlot(profile) ? iso : null;
}

/** Her most recent slot at or before `at` (within her week), or null: what a pass after downtime may still send. */
export function latestSlotAtOrBefore(profile: MotherProfile, at: string): string | null {
  const local = DateTime.fromISO(at, { zone: profile.timezone });
  let slot = slotOnDay(profile, local);
  if (slot.toMillis() > local.toMillis()) slot = slotOnDay(profile, local.minus({ days: 1 }));
  const iso = slot.toUTC().toISO()!;
  return iso <= lastSlot(profile) ? iso : null;
}
