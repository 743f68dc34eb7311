import { DateTime } from 'luxon';
import type { MotherDocument } from './mother-document';

export const DEFAULT_RETENTION_DAYS = 42;
const FIRST_WEEK_DAYS = 7;

/**
 * Seconds a document lives after this write (Cosmos DB counts `ttl` from the last write):
 * `retentionDays` after the later of her last activity and the end of her first week.
 * `updatedAt` stands for the time of the write, so the result is deterministic.
 */
export function retentionTtlSeconds(doc: MotherDocument, retentionDays: number): number {
  if (!Number.isFinite(retentionDays) || retentionDays <= 0) {
    throw new RangeError(`retentionDays must be a positive number (got ${retentionDays})`);
  }
  const writtenAt = DateTime.fromISO(doc.updatedAt, { zone: 'utc' });
  if (!writtenAt.isValid) throw new RangeError(`updatedAt is not an ISO time: "${doc.updatedAt}"`);
  const firstWeekEnds = doc.profile ? DateTime.fromISO(doc.profile.birthAt, { zone: 'utc' }).plus({ days: FIRST_WEEK_DAYS }) : undefined;
  const keptFrom = firstWeekEnds?.isValid && firstWeekEnds > writtenAt ? firstWeekEnds : writtenAt;
  const expiresAt = keptFrom.plus({ days: retentionDays });
  return Math.max(1, Math.ceil(expiresAt.diff(writtenAt).as('seconds')));
}
