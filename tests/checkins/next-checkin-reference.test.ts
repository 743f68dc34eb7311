import { DateTime } from 'luxon';
import { nextCheckInAt } from '../../src/checkins/next-checkin';
import type { MotherProfile } from '../../src/mother/profile';

/** The plain luxon reading of the rule, slow but obvious: the fast path must agree with it everywhere. */
function reference(profile: MotherProfile, after: string): string | null {
  const [hour, minute] = profile.checkInTime.split(':').map(Number) as [number, number];
  const slotOn = (day: DateTime) => day.set({ hour, minute, second: 0, millisecond: 0 });
  const end = DateTime.fromISO(profile.birthAt, { zone: profile.timezone }).plus({ hours: 168 });
  let last = slotOn(end);
  if (last < end) last = slotOn(end.plus({ days: 1 }));
  const local = DateTime.fromISO(after, { zone: profile.timezone });
  let slot = slotOn(local);
  if (slot.toMillis() <= local.toMillis()) slot = slotOn(local.plus({ days: 1 }));
  return slot.toMillis() <= last.toMillis() ? slot.toUTC().toISO() : null;
}

/** A small deterministic PRNG so a failure names a case that can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('the next check-in slot agrees with a plain luxon reading', () => {
  const zones = ['Europe/Oslo', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'Europe/London'];
  const times = ['09:00', '02:30', '00:00', '23:45', '07:15'];
  // Births around both DST changes of 2026 in Europe and America, and in between.
  const births = ['2026-03-05T10:00:00.000Z', '2026-03-26T22:00:00.000Z', '2026-03-28T01:30:00.000Z', '2026-10-22T12:00:00.000Z', '2026-10-24T23:10:00.000Z', '2026-10-30T06:00:00.000Z'];

  it('for 3,000 random moments of the first nine days, in five zones', () => {
    const random = prng(20261124);
    const disagreements: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const profile: MotherProfile = {
        birthAt: births[Math.floor(random() * births.length)]!,
        feedingMode: 'both',
        timezone: zones[Math.floor(random() * zones.length)]!,
        checkInTime: times[Math.floor(random() * times.length)]!,
        locale: 'nb',
      };
      const after = new Date(Date.parse(profile.birthAt) + random() * 9 * 24 * 3_600_000).toISOString();
      const expected = reference(profile, after);
      const actual = nextCheckInAt(profile, after, false);
      if (actual !== expected) disagreements.push(`${JSON.stringify(profile)} after ${after}: ${actual} != ${expected}`);
    }
    expect(disagreements).toEqual([]);
  });
});
