import { DateTime } from 'luxon';

/**
 * The one source of "now" for the whole bot. In development it can be set (POST /dev/clock)
 * so a person or a test can walk through a week in minutes; otherwise it is the system clock.
 */
export class Clock {
  private fixed: DateTime | null = null;

  now(): string {
    return (this.fixed ?? DateTime.utc()).toUTC().toISO()!;
  }

  /** The set time, or null when the system clock is used. */
  get override(): string | null {
    return this.fixed ? this.fixed.toUTC().toISO() : null;
  }

  /** Sets the clock; null returns to the system clock. Throws on a string that is not an ISO time. */
  set(iso: string | null): void {
    if (iso === null) {
      this.fixed = null;
      return;
    }
    const parsed = DateTime.fromISO(iso, { setZone: true });
    if (!parsed.isValid) throw new RangeError(`not an ISO 8601 time: ${parsed.invalidExplanation ?? ''}`);
    this.fixed = parsed;
  }
}
