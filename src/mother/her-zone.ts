import { IANAZone, type Zone } from 'luxon';

const HOUR_MS = 3_600_000;
/** Hours remembered per zone before the list starts again: a few weeks of hours, some KB. */
const HOURS_KEPT = 2_000;

/**
 * An IANA zone that remembers its offset hour by hour. luxon asks Intl for the offset of every
 * DateTime it makes in a named zone (`formatToParts`, tens of µs); a turn makes several in her zone
 * and the scheduler one or more per due mother, nearly all in the same few hours. An hour is
 * remembered only when its first and last millisecond have the offset asked for, so an hour with a
 * change of offset in it (a DST change) is asked of Intl every time, as before.
 */
class HourlyOffsetZone extends IANAZone {
  private readonly byHour = new Map<number, number>();

  override offset(ts: number): number {
    const hour = Math.floor(ts / HOUR_MS);
    const known = this.byHour.get(hour);
    if (known !== undefined) return known;
    const offset = super.offset(ts);
    if (Number.isNaN(offset)) return offset;
    if (super.offset(hour * HOUR_MS) === offset && super.offset((hour + 1) * HOUR_MS - 1) === offset) {
      if (this.byHour.size >= HOURS_KEPT) this.byHour.clear();
      this.byHour.set(hour, offset);
    }
    return offset;
  }
}

const zones = new Map<string, Zone>();

/**
 * Her zone for luxon: the same zone as its IANA name gives (same name, offsets and formatting), made
 * once per name. A name that is no IANA zone (`utc`, an offset, a typo) is handed to luxon as it is.
 */
export function herZone(name: string): Zone | string {
  const known = zones.get(name);
  if (known) return known;
  if (!name.includes('/') || !IANAZone.isValidZone(name)) return name;
  const zone = new HourlyOffsetZone(name);
  zones.set(name, zone);
  return zone;
}
