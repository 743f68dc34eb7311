import { checkinQuestions } from '../src/mother/checkin-questions';
import { dayNumber, hoursSinceBirth } from '../src/mother/time';
import type { MotherDocument } from '../src/store/mother-document';
import { WEEK_HOURS } from '../src/mother/limits';
import type { CheckinConversation } from '../src/checkins/scheduler';
import { text, type Reply } from './reply';
import { weekSummary } from './week-summary';
import { progressWeek } from './week-progress';
import { findingReplies } from './logging';
import type { WeekEvent } from '../src/mother/week-machine';

/**
 * The proactive message of a daily check-in, fitted to her mode and day; from hour 168 the
 * summary of her week and a goodbye instead. Returns the document with the check-in dialog open,
 * so that her typed answers find their question.
 */
export function checkinMessage(before: MotherDocument, now: string): { doc: MotherDocument; replies: Reply[] } {
  const profile = before.profile!;
  const weekOver = hoursSinceBirth(profile, now) >= WEEK_HOURS.weekOver;
  // A mother who only receives check-ins is held against the time rules too (72 h, 120 h), first.
  const moments: WeekEvent[] = [{ type: 'CHECKIN_DUE', now }, ...(weekOver ? [{ type: 'GOODBYE_SENT' as const, now }] : [])];
  const { doc, fired } = progressWeek(before, now, 'turn', undefined, moments);
  if (weekOver) {
    return { doc: { ...doc, dialog: undefined, updatedAt: now }, replies: [...findingReplies(fired), ...weekSummary(doc, now), text('checkin:goodbye')] };
  }
  const day = dayNumber(profile, now);
  const questions = checkinQuestions(profile.feedingMode, day);
  return {
    doc: { ...doc, dialog: { name: 'checkin', step: questions[0]!, values: {}, startedAt: now }, updatedAt: now },
    replies: [
      ...findingReplies(fired),
      text(`checkin:day.${Math.min(day, 7)}.${profile.feedingMode === 'pump' ? 'pump' : 'breast'}`, { day }),
      { kind: 'card', card: 'checkin', params: { questions } },
      text(`checkin:question.${questions[0]!}`, undefined, [{ titleKey: 'common:answer.skip', value: 'hopp over' }]),
    ],
  };
}

/** What the scheduler (src/checkins/scheduler.ts) says at a check-in; src/edge/app.ts wires it in. */
export const checkinConversation: CheckinConversation<Reply> = {
  open: checkinMessage,
  reminder: () => [text('checkin:reminder')],
};
