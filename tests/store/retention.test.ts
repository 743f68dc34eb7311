import { sampleMother } from './store-contract';
import { DEFAULT_RETENTION_DAYS, retentionTtlSeconds } from '../../src/store/retention';

const DAY = 24 * 3600;

describe('retention of a mother document', () => {
  it('keeps her data the retention period after her first week while she is still in it', () => {
    const doc = sampleMother('m', {
      updatedAt: '2026-11-25T02:10:00.000Z',
      profile: { birthAt: '2026-11-24T02:10:00.000Z', feedingMode: 'breast', timezone: 'Europe/Oslo', checkInTime: '09:00', locale: 'nb' },
    });

    expect(retentionTtlSeconds(doc, 42)).toBe(6 * DAY + 42 * DAY);
  });

  it('counts from her last activity once the first week is over', () => {
    const doc = sampleMother('m', { updatedAt: '2026-12-20T12:00:00.000Z' });

    expect(retentionTtlSeconds(doc, 42)).toBe(42 * DAY);
  });

  it('counts from the last activity when she never finished onboarding', () => {
    const { profile: _unused, ...withoutProfile } = sampleMother('m');

    expect(retentionTtlSeconds(withoutProfile, DEFAULT_RETENTION_DAYS)).toBe(42 * DAY);
  });

  it('refuses a retention that is not positive', () => {
    expect(() => retentionTtlSeconds(sampleMother('m'), 0)).toThrow(RangeError);
  });
});
