import { DateTime } from 'luxon';
import { herZone } from '../../src/mother/her-zone';

const MINUTE_MS = 60_000;

/** Every `stepMinutes` from `from` for `hours`, as luxon reads it in the zone named and in herZone of that name. */
function bothWays(zone: string, from: string, hours: number, stepMinutes: number): Array<{ named: string | null; hers: string | null }> {
  const start = DateTime.fromISO(from, { zone: 'utc' }).toMillis();
  const readings = [];
  for (let ms = start; ms < start + hours * 60 * MINUTE_MS; ms += stepMinutes * MINUTE_MS) {
    // Asked twice: the second time the remembered hour answers.
    DateTime.fromMillis(ms, { zone: herZone(zone) });
    readings.push({ named: DateTime.fromMillis(ms, { zone }).toISO(), hers: DateTime.fromMillis(ms, { zone: herZone(zone) }).toISO() });
  }
  return readings;
}

describe('her zone', () => {
  it.each([
    ['Europe/Oslo', '2026-03-28T22:00:00Z'],
    ['Europe/Oslo', '2026-10-24T22:00:00Z'],
    ['America/New_York', '2026-11-01T03:00:00Z'],
    // A change of half an hour, and a zone three quarters off the hour.
    ['Australia/Lord_Howe', '2026-04-04T12:00:00Z'],
    ['Asia/Kathmandu', '2026-11-24T00:00:00Z'],
    // A change that is not on the hour in UTC (-0:44:30 to 0:00, on 7 January 1972).
    ['Africa/Monrovia', '1972-01-06T22:00:00Z'],
  ])('gives %s the local times luxon gives it, minute by minute over a change of offset (%s)', (zone, from) => {
    const readings = bothWays(zone, from, 6, 1);
    expect(readings.filter((r) => r.named !== r.hers)).toEqual([]);
    expect(new Set(readings.map((r) => r.hers?.slice(-6))).size).toBeGreaterThan(zone === 'Asia/Kathmandu' ? 0 : 1);
  });

  it('is the same zone to luxon: name, equality and formatting', () => {
    const at = DateTime.fromISO('2026-11-26T11:00:00Z');
    const hers = at.setZone(herZone('Europe/Oslo'));
    expect(hers.zoneName).toBe('Europe/Oslo');
    expect(hers.equals(at.setZone('Europe/Oslo'))).toBe(true);
    expect(hers.toFormat('HH:mm ZZZZ')).toBe(at.setZone('Europe/Oslo').toFormat('HH:mm ZZZZ'));
  });

  it('hands a name that is no IANA zone to luxon as it is', () => {
    expect(herZone('utc')).toBe('utc');
    expect(DateTime.fromMillis(0, { zone: herZone('Europe/Atlantis') }).isValid).toBe(false);
  });
});
