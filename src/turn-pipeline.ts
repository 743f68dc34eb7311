import type { MotherDocument } from './store/mother-document';
import { AlreadyExistsError, EtagConflictError, type MotherStore } from './store/mother-store';

/** How many activity ids a mother's document remembers, to handle a redelivered activity once. */
export const REMEMBERED_ACTIVITY_IDS = 50;
/** Many writers on one mother (a burst across instances) need many rounds; a turn still ends in bounded time. */
const MAX_ATTEMPTS = 40;
const TURN_BUDGET_MS = 10_000;

export interface PipelineResult<T> {
  outcome?: T;
  /** The activity was handled before (a redelivery): nothing was done. */
  duplicate: boolean;
  attempts: number;
}

/**
 * One turn: read her document, handle (pure), write with the etag. On a conflict somebody
 * else wrote first: re-read and replay the whole turn on the newer document, so nothing is
 * merged blindly and nothing is lost.
 */
export async function runTurn<T extends { doc: MotherDocument | undefined | null }>(
  store: MotherStore,
  motherId: string,
  activityId: string | undefined,
  handle: (doc: MotherDocument | undefined) => T,
): Promise<PipelineResult<T>> {
  const started = Date.now();
  for (let attempt = 1; attempt <= MAX_ATTEMPTS && Date.now() - started < TURN_BUDGET_MS; attempt++) {
    const stored = await store.get(motherId);
    if (stored && activityId && stored.doc.recentActivityIds.includes(activityId)) return { duplicate: true, attempts: attempt };
    const outcome = handle(stored?.doc);
    try {
      if (outcome.doc === null) {
        if (stored) await store.delete(motherId);
      } else {
        // An unchanged document is still written when the activity is new: remembering its id
        // is what makes a redelivery a no-op.
        const next = outcome.doc ?? (activityId ? stored?.doc : undefined);
        if (next) {
          const doc = activityId ? remember(next, activityId) : next;
          if (stored) await store.replace(doc, stored.etag);
          else await store.create(doc);
        }
      }
      return { outcome, duplicate: false, attempts: attempt };
    } catch (err) {
      if (err instanceof EtagConflictError || err instanceof AlreadyExistsError) {
        await backoff(attempt);
        continue;
      }
      throw err;
    }
  }
  throw new EtagConflictError(motherId);
}

function remember(doc: MotherDocument, activityId: string): MotherDocument {
  if (doc.recentActivityIds.includes(activityId)) return doc;
  return { ...doc, recentActivityIds: [...doc.recentActivityIds, activityId].slice(-REMEMBERED_ACTIVITY_IDS) };
}

/** A short random pause so that instances racing on one mother do not collide again in lock-step. */
function backoff(attempt: number): Promise<void> {
  const ms = Math.random() * Math.min(250, 10 * 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, ms));
}
