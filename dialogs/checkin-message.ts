import { checkinQuestions } from '../src/cards/checkin-card';
import { dayNumber, hoursSinceBirth } from '../src/mother/time';
import type { MotherDocument } from '../src/store/mother-document';
import { WEEK_HOURS } from '../src/checkins/next-checkin';
import { text, type Reply } from './reply';
import { weekSummary } from './week-summary';

/**
 * The proactive message of a daily check-in, fitted to her mode and day; from hour 168 the
 * summary of her week and a goodbye instead. Returns the document with the check-in dialog open,
 * so that her typed answers find their question.
 */
export function checkinMessage(doc: MotherDocument, now: string): { doc: MotherDocument; replies: Reply[] } {
  const profile = doc.profile!;
  if (hoursSinceBirth(profile, now) >= WEEK_HOURS) {
    return { doc: { ...doc, dialog: undefined, updatedAt: now }, replies: [...weekSummary(doc, now), text('checkin:goodbye')] };
  }
  const day = dayNumber(profile, now);
  const questions = checkinQuestions(profile.feedingMode, day);
  return {
    doc: { ...doc, dialog: { name: 'checkin', step: questions[0]!, values: {}, startedAt: now }, updatedAt: now },
    replies: [
      text(`checkin:day.${Math.min(day, 7)}.${profile.feedingMode === 'pump' ? 'pump' : 'breast'}`, { day }),
      { kind: 'card', card: 'checkin', params: { questions } },
      text(`checkin:question.${questions[0]!}`, undefined, [{ titleKey: 'common:answer.skip', value: 'hopp over' }]),
    ],
  };
}
