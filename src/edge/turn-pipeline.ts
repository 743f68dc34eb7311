import type { MotherDocument } from '../store/mother-document';
import { AlreadyExistsError, EtagConflictError, type CallOptions, type MotherStore, type StoredMother } from '../store/mother-store';
import { moveMother } from '../store/move-mother';

/** How many activity ids a mother's document remembers, to handle a redelivered activity once. */
export const REMEMBERED_ACTIVITY_IDS = 50;
/** Many writers on one mother (a burst across instances) need many rounds; a turn still ends in bounded time. */
const MAX_ATTEMPTS = 40;
/**
 * Her store work, conflict replays and waits on a locked or silent store included, ends within this:
 * before the decision's own deadline (src/edge/bot.ts, 9 s) gives her the apology, so that nothing is
 * written after she was told it failed.
 */
export const TURN_BUDGET_MS = 8_000;

export interface PipelineResult<T> {
  outcome?: T;
  /** The activity was handled before (a redelivery): nothing was done. */
  duplicate: boolean;
  attempts: number;
}

/**
 * One turn: read her document, handle (pure), write with the etag. On a conflict somebody
 * else wrote first: re-read and replay the whole turn on the newer document, so nothing is
 * merged blindly and nothing is lost. `formerId` gives the id she may still be stored under
 * (the unkeyed one; worked out only when she is not found or is deleted): found there, her document is moved to `motherId` first.
 */
export async function runTurn<T extends { doc: MotherDocument | undefined | null }>(
  store: MotherStore,
  motherId: string,
  activityId: string | undefined,
  handle: (doc: MotherDocument | undefined) => T,
  formerId?: () => string,
): Promise<PipelineResult<T>> {
  const deadline = Date.now() + TURN_BUDGET_MS;
  const call: CallOptions = { deadline };
  for (let attempt = 1; attempt <= MAX_ATTEMPTS && Date.now() < deadline; attempt++) {
    try {
      const stored = await readHer(store, motherId, formerId, call);
      if (stored && activityId && stored.doc.recentActivityIds.includes(activityId)) return { duplicate: true, attempts: attempt };
      const outcome = handle(stored?.doc);
      if (outcome.doc === null) {
        if (stored) await store.delete(motherId, call);
        // A move cut short could have left her under the former id too: every record of her goes.
        if (formerId) await store.delete(formerId(), call);
      } else {
        // An unchanged document is still written when the activity is new: remembering its id
        // is what makes a redelivery a no-op.
        const next = outcome.doc ?? (activityId ? stored?.doc : undefined);
        if (next) {
          const doc = activityId ? remember(next, activityId) : next;
          if (stored) await store.replace(doc, stored.etag, call);
          else await store.create(doc, call);
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

/** Her document; one still under her former id is moved to her id first (once: then it is found at once). */
async function readHer(store: MotherStore, motherId: string, formerId: (() => string) | undefined, call: CallOptions): Promise<StoredMother | undefined> {
  const stored = await store.get(motherId, call);
  if (stored || !formerId) return stored;
  const former = await store.get(formerId(), call);
  return former ? moveMother(store, former, motherId, call) : undefined;
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
