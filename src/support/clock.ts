import { DateTime } from 'luxon';

/**
 * The one source of "now" for the whole bot. In development it can be set (POST /dev/clock)
 * so a person or a test can walk through a week in minutes; otherwise it is the system clock.
 */
export class Clock {
  private fixedMillis: number | null = null;

  /** Now as a UTC ISO string ("2026-11-24T08:00:00.000Z"), the spelling every stored time has. */
  now(): string {
    return new Date(this.fixedMillis ?? Date.now()).toISOString();
  }

  /** The set time, or null when the system clock is used. */
  get override(): string | null {
    return this.fixedMillis === null ? null : new Date(this.fixedMillis).toISOString();
  }

  /** Sets the clock; null returns to the system clock. Throws on a string that is not an ISO time. */
  set(iso: string | null): void {
    if (iso === null) {
      this.fixedMillis = null;
      return;
    }
    const parsed = DateTime.fromISO(iso, { setZone: true });
    if (!parsed.isValid) throw new RangeError(`not an ISO 8601 time: ${parsed.invalidExplanation ?? ''}`);
    this.fixedMillis = parsed.toMillis();
  }
}
