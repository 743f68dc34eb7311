import { pumpEventsFromCheckin } from '../src/mother/checkin-events';
import type { CheckinAnswer, MotherEvent } from '../src/mother/events';
import type { MotherDocument } from '../src/store/mother-document';

/**
 * Her events and check-in answers, with a check-in she is in the middle of counted as if it ended
 * `now`: what she has told shows in her status and her week at once, before the last question.
 * The rules still hold only a finished check-in.
 */
export function answersSoFar(doc: MotherDocument, now: string): { events: readonly MotherEvent[]; checkins: readonly CheckinAnswer[] } {
  const values = doc.draft?.checkin?.values;
  if (!values || Object.keys(values).length === 0) return { events: doc.events, checkins: doc.checkins };
  const open: CheckinAnswer = { at: now, ...values };
  return { events: [...doc.events, ...pumpEventsFromCheckin(open)], checkins: [...doc.checkins, open] };
}
