import { pumpEventsFromCheckin } from '../src/mother/checkin-events';
import type { CheckinAnswer, LoggedEvent } from '../src/mother/events';
import { HOUR_MS, storedTime } from '../src/mother/time';
import type { MotherDocument } from '../src/store/mother-document';
import { withoutDraft } from './draft';

/**
 * How long a check-in waits for her answers. Past it her words are no answers to it: «pumpet 20 ml» at
 * 02:00 is a log, not the answer to yesterday morning's pumping question.
 */
export const CHECKIN_OPEN_MS = 12 * HOUR_MS;

/** Her open check-in was opened CHECKIN_OPEN_MS or more before `now`. */
export function checkinGoneStale(doc: MotherDocument, now: string): boolean {
  const checkin = doc.draft?.checkin;
  return !!checkin && Date.parse(now) - Date.parse(checkin.startedAt) >= CHECKIN_OPEN_MS;
}

/**
 * Her open check-in closed without its last answer (it went stale, or the next one opened): the answers she
 * gave are kept as that check-in's answer, at the time it asked them, with the pumping sessions she listed.
 * They count for the day they were about in her status, week and summary; the rules, which hold a
 * check-in when she finishes it, are not asked about a day gone by (help she needed at once was given
 * at that answer).
 */
export function keepUnfinishedCheckin(doc: MotherDocument): MotherDocument {
  const checkin = doc.draft?.checkin;
  const closed = withoutDraft(doc, 'checkin');
  if (!checkin || Object.values(checkin.values).every((value) => value === undefined)) return closed;
  // One check-in opens at one time: its opening names the entry, as a turn's id would.
  const entry = `checkin-${checkin.startedAt}`;
  const answer: CheckinAnswer = { at: storedTime(checkin.startedAt), ...checkin.values, entry };
  const sessions: LoggedEvent[] = pumpEventsFromCheckin(answer).map((event, index) => ({ ...event, at: storedTime(event.at), id: `${entry}-${index}`, entry, loggedAt: checkin.startedAt }));
  return { ...closed, events: [...closed.events, ...sessions], checkins: [...closed.checkins, answer] };
}
