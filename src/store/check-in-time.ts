import { storedTime } from '../mother/time';

/**
 * Both stores index and compare nextCheckInAt as a string, so index order is time order only
 * when every value is written the one stored way ("2026-11-24T08:00:00.000Z").
 */
export function canonicalCheckInAt(value: string | null): string | null {
  return value === null ? null : storedTime(value);
}
