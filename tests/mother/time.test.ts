import { colostrumDay1 } from '../../src/mother/rules/colostrum';
import { wetDiapersLow } from '../../src/mother/rules/diapers';
import { DateTime } from 'luxon';
import { atHour, canonicalMillis, dayNumber, hoursSinceBirth, inSlidingWindow, last24Hours, localTime, millisOf } from '../../src/mother/time';
import { profileOf } from './support';

describe('hours since birth and day numbers', () => {
  const birth = { birthAt: '2026-05-04T03:10:00+02:00' };

  it.each([
    ['2026-05-04T03:10:00+02:00', 0, 1],
    ['2026-05-05T01:09:00Z', 23.983, 1],
    ['2026-05-05T01:10:00Z', 24, 2],
    ['2026-05-07T03:09:00+02:00', 71.983, 3],
    ['2026-05-07T03:10:00+02:00', 72, 4],
    ['2026-05-08T03:10:00+02:00', 96, 5],
    ['2026-05-04T03:00:00+02:00', -0.167, 0],
  ])('at %s: %p h, day %i', (now, hours, day) => {
    expect(hoursSinceBirth(birth, now)).toBeCloseTo(hours, 2);
    expect(dayNumber(birth, now)).toBe(day);
  });
});

describe('across the Europe/Oslo DST changes', () => {
  describe('spring: birth 2026-03-28 22:30, the night after has 23 hours', () => {
    const birth = { birthAt: '2026-03-28T22:30:00+01:00' };

    it('day 2 starts 24 real hours after birth, at 23:30 local summer time', () => {
      expect(localTime(atHour(birth, 24), 'Europe/Oslo').toFormat('yyyy-MM-dd HH:mm')).toBe('2026-03-29 23:30');
      expect(dayNumber(birth, '2026-03-29T22:30:00+02:00')).toBe(1);
      expect(dayNumber(birth, '2026-03-29T23:29:00+02:00')).toBe(1);
      expect(dayNumber(birth, '2026-03-29T23:30:00+02:00')).toBe(2);
      expect(dayNumber(birth, '2026-04-01T23:30:00+02:00')).toBe(5);
    });

    it('a 24 h window reaches back 24 real hours, not to the same clock time yesterday', () => {
      const window = last24Hours('2026-03-29T12:00:00+02:00');
      expect(inSlidingWindow('2026-03-28T11:30:00+01:00', window)).toBe(true);
      expect(inSlidingWindow('2026-03-28T10:30:00+01:00', window)).toBe(false);
      expect(inSlidingWindow('2026-03-29T12:00:00+02:00', window)).toBe(true);
    });

    it('the rules use those days: day 5 wet-diaper threshold from 96 h', () => {
      const profile = profileOf('breast', birth);
      const at = (now: string) => ({ profile, events: [], checkins: [{ at: now, wetDiapers: 5 }], now });
      expect(wetDiapersLow(at('2026-04-01T23:29:00+02:00'))).toEqual([]);
      expect(wetDiapersLow(at('2026-04-01T23:30:00+02:00'))).toEqual([expect.objectContaining({ data: { count: 5, expected: 6, day: 5 } })]);
    });

    it('day 1 colostrum counts 24 real hours', () => {
      const profile = profileOf('pump', birth);
      const events = [
        { type: 'pump' as const, at: '2026-03-29T22:45:00+02:00', ml: 12 },
        { type: 'pump' as const, at: '2026-03-29T23:35:00+02:00', ml: 40 },
      ];
      expect(colostrumDay1({ profile, events, checkins: [], now: '2026-03-30T09:00:00+02:00' })).toEqual([
        expect.objectContaining({ code: 'colostrum.day1-in-range', data: { ml: 12 } }),
      ]);
    });
  });

  describe('autumn: birth 2026-10-24 20:00, the night after has 25 hours', () => {
    const birth = { birthAt: '2026-10-24T20:00:00+02:00' };

    it('day 2 starts 24 real hours after birth, at 19:00 local winter time', () => {
      expect(localTime(atHour(birth, 24), 'Europe/Oslo').toFormat('yyyy-MM-dd HH:mm')).toBe('2026-10-25 19:00');
      expect(dayNumber(birth, '2026-10-25T18:59:00+01:00')).toBe(1);
      expect(dayNumber(birth, '2026-10-25T19:00:00+01:00')).toBe(2);
      expect(dayNumber(birth, '2026-10-25T19:30:00+01:00')).toBe(2);
      expect(hoursSinceBirth(birth, '2026-10-25T20:00:00+01:00')).toBe(25);
    });

    it('a 24 h window reaches back 24 real hours, not to the same clock time yesterday', () => {
      const window = last24Hours('2026-10-25T12:00:00+01:00');
      expect(inSlidingWindow('2026-10-24T12:30:00+02:00', window)).toBe(false);
      expect(inSlidingWindow('2026-10-24T13:30:00+02:00', window)).toBe(true);
    });
  });
});

describe('reading stored times', () => {
  it('reads any stored UTC time exactly as Date does (5,000 random instants, 1970-2099)', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 5000; i++) {
      const ms = Math.floor(random() * 4_102_444_800_000);
      expect(canonicalMillis(new Date(ms).toISOString())).toBe(ms);
    }
  });

  it.each([
    '2026-02-29T00:00:00.000Z',
    '2026-11-31T08:00:00.000Z',
    '2026-11-24T24:00:00.000Z',
    '2026-11-24T08:60:00.000Z',
    '2026-11-24T08:00:00Z',
    '2026-11-24T08:00:00.000+01:00',
    '2026-1a-24T08:00:00.000Z',
    '0099-11-24T08:00:00.000Z',
  ])('does not take %s for a stored time', (iso) => {
    expect(canonicalMillis(iso)).toBeNaN();
  });

  it('still reads a time with an offset, and a leap day', () => {
    expect(millisOf('2026-11-24T09:00:00+01:00')).toBe(Date.UTC(2026, 10, 24, 8));
    expect(millisOf('2024-02-29T12:00:00.000Z')).toBe(Date.UTC(2024, 1, 29, 12));
    expect(() => millisOf('the 24th')).toThrow(RangeError);
  });

  it('counts windows in real hours whatever the spelling of now', () => {
    const birth = { birthAt: '2026-10-24T22:00:00+02:00' };
    expect(atHour(birth, 24)).toBe(DateTime.fromISO('2026-10-25T21:00:00+01:00').toUTC().toISO());
    expect(last24Hours('2026-10-25T21:00:00+01:00')).toEqual({ start: Date.parse('2026-10-24T20:00:00.000Z'), end: Date.parse('2026-10-25T20:00:00.000Z') });
  });
});
