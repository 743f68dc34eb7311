import { DateTime } from 'luxon';
import { canonicalMillis } from '../mother/time';

/**
 * The one spelling of an instant that both stores index and compare: ISO 8601 in UTC with
 * milliseconds ("2026-11-24T08:00:00.000Z"). Index order is string order, so every value
 * stored or compared must be written the same way.
 */
export function canonicalUtc(iso: string): string {
  if (!Number.isNaN(canonicalMillis(iso))) return iso;
  const parsed = DateTime.fromISO(iso, { setZone: true });
  if (!parsed.isValid) throw new RangeError(`not an ISO 8601 time: "${iso}"`);
  return parsed.toUTC().toISO({ suppressMilliseconds: false, includeOffset: true });
}

export function canonicalCheckInAt(value: string | null): string | null {
  return value === null ? null : canonicalUtc(value);
}
