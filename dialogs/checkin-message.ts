import { checkinQuestions } from '../src/mother/checkin-questions';
import { dayNumber, hoursSinceBirth } from '../src/mother/time';
import { WEEK_HOURS } from '../src/mother/limits';
import { nextCheckInAt } from '../src/checkins/next-checkin';
import type { MotherDocument } from '../src/store/mother-document';
import { text } from './reply';
import { weekSummary } from './week-summary';
import { holdRules } from './hold-rules';
import { findingReplies } from './logging';
import { isMoreSevere } from '../src/mother/severity';
import { withDraft, withoutDraft } from './draft';
import { keepUnfinishedCheckin } from './unfinished-checkin';
import type { TurnOutcome } from './turn';

/** Whether her check-in at `now` is the last one: the summary of her week and a goodbye. */
export const isWeekOver = (doc: MotherDocument, now: string): boolean => !!doc.profile && hoursSinceBirth(doc.profile, now) >= WEEK_HOURS.weekOver;

/** The daily check-in, fitted to her mode and day, with its card and first question; a check-in left open before is closed, the answers she gave kept. */
export function openCheckin(before: MotherDocument, now: string): TurnOutcome {
  const profile = before.profile!;
  // A mother who only receives check-ins is held against the time rules too (72 h, 120 h), first.
  const { doc, fired } = holdRules(withoutDraft(keepUnfinishedCheckin(before), 'pending', 'yesterday', 'finishedCheckin', 'weekOffered'), now, 'turn');
  const day = dayNumber(profile, now);
  const questions = checkinQuestions(profile.feedingMode, day);
  const findings = findingReplies(fired);
  // Her morning greeting first; only help she needs now comes before it.
  const helpNow = fired.some((finding) => isMoreSevere(finding.severity, 'contact'));
  return {
    doc: { ...withDraft(doc, 'checkin', { startedAt: now, values: {} }), updatedAt: now },
    replies: [
      ...(helpNow ? findings : []),
      text(`checkin:day.${Math.min(day, 7)}.${profile.feedingMode === 'pump' ? 'pump' : 'breast'}`, { day }),
      ...(helpNow ? [] : findings),
      { kind: 'card', card: 'checkin', params: { questions } },
      text(`checkin:question.${questions[0]!}`, undefined, [{ titleKey: 'common:answer.skip', word: 'skip' }]),
    ],
    locale: before.locale,
  };
}

/** However early she asks for it, the check-in at her time comes no sooner than this after one she opened herself. */
const SELF_OPENED_GAP_MS = 12 * 60 * 60 * 1000;

/**
 * «sjekk inn»: the check-in now, as it opens at her time. Her next check-in is the first at her time
 * at least 12 hours later, so that one she did at 07:00 is not asked again at 09:00.
 */
export function openCheckinNow(before: MotherDocument, now: string): TurnOutcome {
  const opened = openCheckin(before, now);
  const { reminderAt: _reminder, ...doc } = opened.doc!;
  const after = new Date(Date.parse(now) + SELF_OPENED_GAP_MS).toISOString();
  return { ...opened, doc: { ...doc, nextCheckInAt: nextCheckInAt(doc.profile!, after, doc.checkInsPaused) } };
}

/** From hour 168: the summary of her week and a goodbye instead of questions. */
export function sayGoodbye(before: MotherDocument, now: string): TurnOutcome {
  const { doc, fired } = holdRules(withoutDraft(keepUnfinishedCheckin(before), 'pending', 'yesterday'), now, 'turn');
  return { doc: { ...doc, updatedAt: now }, replies: [...findingReplies(fired), ...weekSummary(doc, fired), text('checkin:goodbye')], locale: before.locale };
}
