import { HOUR_MS, HOURS_PER_DAY, millisOrNaN } from '../mother/time';
import type { MotherDocument } from './mother-document';

export const DEFAULT_RETENTION_DAYS = 42;
const FIRST_WEEK_DAYS = 7;
const DAY_MS = HOURS_PER_DAY * HOUR_MS;

/**
 * Seconds a document lives after this write (Cosmos DB counts `ttl` from the last write):
 * `retentionDays` after the later of her last activity and the end of her first week.
 * `updatedAt` stands for the time of the write, so the result is deterministic.
 * Days are counted in UTC, where every day has 24 hours.
 */
export function retentionTtlSeconds(doc: MotherDocument, retentionDays: number): number {
  if (!Number.isFinite(retentionDays) || retentionDays <= 0) {
    throw new RangeError(`retentionDays must be a positive number (got ${retentionDays})`);
  }
  const writtenAt = millisOrNaN(doc.updatedAt);
  if (Number.isNaN(writtenAt)) throw new RangeError(`updatedAt is not an ISO time: "${doc.updatedAt}"`);
  const firstWeekEnds = millisOrNaN(doc.profile?.birthAt) + FIRST_WEEK_DAYS * DAY_MS;
  const keptFrom = firstWeekEnds > writtenAt ? firstWeekEnds : writtenAt;
  const expiresAt = keptFrom + retentionDays * DAY_MS;
  return Math.max(1, Math.ceil((expiresAt - writtenAt) / 1000));
}
