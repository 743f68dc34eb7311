import type { MotherEventType } from '../src/mother/events';
import { kindOverDailyCount } from '../src/mother/log-limits';
import { MAX_EVENTS_PER_MESSAGE, MAX_SESSION_ML } from '../src/mother/limits';
import { millisOf, millisOrNaN } from '../src/mother/time';
import type { MotherDocument } from '../src/store/mother-document';
import type { InvalidReason } from './card-input';

/** An event about to be logged, or one still waiting for a missing value (its kind and time are known). */
export interface EventToLog {
  type: MotherEventType;
  at: string;
  ml?: number;
}

/** A minute of grace for clocks that differ a little between her phone and us. */
const CLOCK_GRACE_MS = 60_000;

/**
 * Why these events of one message cannot be stored; undefined when they can. Every way of logging
 * asks this before it stores anything (typed text, the answer to a question about it, a log card),
 * so the limits are the same whichever way she logs: a time not in the future and not before the
 * birth, at most 500 ml a session, at most 10 events in one message, and never past a day's limit.
 */
export function logProblem(doc: MotherDocument, events: readonly EventToLog[], now: string): InvalidReason | undefined {
  const birth = millisOf(doc.profile!.birthAt);
  const latest = millisOf(now) + CLOCK_GRACE_MS;
  for (const event of events) {
    const at = millisOrNaN(event.at);
    if (Number.isNaN(at)) return 'bad-time';
    if (at > latest) return 'future-time';
    if (at < birth) return 'before-birth';
    const hasVolume = (event.type === 'pump' || event.type === 'expression') && event.ml !== undefined;
    if (hasVolume && !(event.ml! >= 0 && event.ml! <= MAX_SESSION_ML)) return 'ml-range';
  }
  if (events.length > MAX_EVENTS_PER_MESSAGE) return 'too-many-at-once';
  return dayLimitProblem(doc, events);
}

/** Whether these events would take some kind past MAX_DAILY_COUNT within 24 hours of her log. */
export function dayLimitProblem(doc: MotherDocument, events: readonly EventToLog[]): InvalidReason | undefined {
  return kindOverDailyCount(doc.events, events) ? 'day-limit' : undefined;
}
