import type { Intent } from '../src/language';
import type { CheckinQuestion } from '../src/cards/checkin-card';
import { checkinQuestions } from '../src/cards/checkin-card';
import { dayNumber } from '../src/mother/time';
import type { MotherDocument } from '../src/store/mother-document';
import { pumpEventsFromCheckin } from '../src/mother/checkin-events';
import { MAX_DAILY_COUNT, MAX_SESSION_ML } from '../src/mother/log-limits';
import { dayLimitProblem } from './log-checks';
import { answerCheckin, type CheckinValues } from './logging';
import { text, type Reply } from './reply';
import type { TurnContextInfo, TurnOutcome } from './turn';

const skipButton = [{ titleKey: 'common:answer.skip', value: 'hopp over' }];
export const askQuestion = (q: CheckinQuestion): Reply => text(`checkin:question.${q}`, undefined, skipButton);

/** Whether this message is an answer to the open check-in question (a number, a list, skip, or no). */
export function isCheckinAnswer(intent: Intent): boolean {
  return intent.kind === 'number' || intent.kind === 'numbers' || intent.kind === 'skip' || intent.kind === 'no';
}

/** "-2", "− 1", "minus 3": the language layer reads no negative numbers, so the check-in spots them to say why they cannot be counted. */
const NEGATIVE_NUMBER = /^\s*(?:[-\u2212\u2013]|minus\s)\s*\d+(?:[.,]\d+)?\s*$/i;

/** A negative number typed as a check-in answer: nothing is stored, and the same question is asked again. */
export function refuseNegativeAnswer(doc: MotherDocument, message: string): TurnOutcome | undefined {
  if (!NEGATIVE_NUMBER.test(message)) return undefined;
  return { doc: undefined, replies: [text('common:invalid.negative-count'), askQuestion(doc.dialog!.step as CheckinQuestion)], locale: doc.locale };
}

/** One check-in question answered by typing; the last answer ends with the rules' evaluation. */
export function answerCheckinQuestion(doc: MotherDocument, intent: Intent, ctx: TurnContextInfo): TurnOutcome {
  const profile = doc.profile!;
  const dialog = doc.dialog!;
  const question = dialog.step as CheckinQuestion;
  const values = { ...(dialog.values ?? {}) } as Record<string, unknown>;
  const locale = doc.locale;

  if (intent.kind === 'skip') {
    // skipped: nothing recorded for this question
  } else if (question === 'pumpMl') {
    const volumes = intent.kind === 'no' ? [] : intent.kind === 'number' ? [intent.value] : intent.kind === 'numbers' ? intent.values : undefined;
    if (!volumes) return { doc: undefined, replies: [text('checkin:answer.notNumber'), askQuestion(question)], locale };
    if (volumes.some((ml) => ml < 0 || ml > MAX_SESSION_ML)) return { doc: undefined, replies: [text('common:invalid.ml-range'), askQuestion(question)], locale };
    if (volumes.length > MAX_DAILY_COUNT) return { doc: undefined, replies: [text('common:invalid.count-range'), askQuestion(question)], locale };
    // The sessions she lists become pump events: with what she logged they stay within a day's limit.
    const problem = dayLimitProblem(doc, pumpEventsFromCheckin({ at: ctx.now, pumpMl: volumes }));
    if (problem) return { doc: undefined, replies: [text(`common:invalid.${problem}`), askQuestion(question)], locale };
    values.pumpMl = volumes;
  } else {
    const count = intent.kind === 'no' ? 0 : intent.kind === 'number' ? intent.value : undefined;
    if (count === undefined || !Number.isInteger(count)) return { doc: undefined, replies: [text('checkin:answer.notNumber'), askQuestion(question)], locale };
    if (count < 0) return { doc: undefined, replies: [text('common:invalid.negative-count'), askQuestion(question)], locale };
    if (count > MAX_DAILY_COUNT) return { doc: undefined, replies: [text('common:invalid.count-range'), askQuestion(question)], locale };
    values[question] = count;
  }

  const questions = checkinQuestions(profile.feedingMode, dayNumber(profile, dialog.startedAt));
  const next = questions[questions.indexOf(question) + 1];
  if (next) {
    return {
      doc: { ...doc, dialog: { ...dialog, step: next, values }, updatedAt: ctx.now },
      replies: [intent.kind === 'skip' ? text('checkin:answer.skipped') : text('dialog:checkin.gotIt'), askQuestion(next)],
      locale,
    };
  }
  return answerCheckin(doc, values as CheckinValues, ctx);
}
