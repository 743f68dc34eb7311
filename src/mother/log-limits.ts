import type { MotherEventType } from './events';
import { MAX_DAILY_COUNT } from './limits';
import { HOUR_MS, millisOf } from './time';

/**
 * Whether a log fits what one day can hold. The limits themselves (per session, per day, per
 * message) are in limits.ts, which cards, typed logs, check-in answers and the language parser
 * all read.
 */

const DAY_MS = 24 * HOUR_MS;

interface Timed {
  type: MotherEventType;
  at: string;
}

interface Mark {
  ms: number;
  added: boolean;
}

const earlierFirstLoggedFirst = (a: Mark, b: Mark): number => a.ms - b.ms || Number(a.added) - Number(b.added);

/**
 * The kind of event that `added` would take past MAX_DAILY_COUNT within some 24 hours, counted
 * together with what she has logged (symptoms are not logged by her and do not count); undefined
 * when everything fits. Only a window that holds one of the added events counts, so an old day
 * that was already full never blocks a log on another day.
 */
export function kindOverDailyCount(logged: readonly Timed[], added: readonly Timed[]): MotherEventType | undefined {
  const kinds = new Set<MotherEventType>();
  for (const event of added) if (event.type !== 'symptom') kinds.add(event.type);
  for (const kind of kinds) {
    const times: Mark[] = [];
    for (const event of logged) if (event.type === kind) times.push({ ms: millisOf(event.at), added: false });
    for (const event of added) if (event.type === kind) times.push({ ms: millisOf(event.at), added: true });
    times.sort(earlierFirstLoggedFirst);
    if (times.length <= MAX_DAILY_COUNT) continue;
    // A sliding window over the sorted times: [from, to] spans less than 24 hours.
    let from = 0;
    let addedInWindow = 0;
    for (let to = 0; to < times.length; to++) {
      if (times[to]!.added) addedInWindow += 1;
      while (times[to]!.ms - times[from]!.ms >= DAY_MS) {
        if (times[from]!.added) addedInWindow -= 1;
        from += 1;
      }
      if (to - from + 1 > MAX_DAILY_COUNT && addedInWindow > 0) return kind;
    }
  }
  return undefined;
}
