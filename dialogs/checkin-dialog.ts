import type { Intent } from '../src/language';
import { readCheckinAnswer, triesAnAnswer } from '../src/language/checkin-answer';
import { checkinQuestions, type CheckinQuestion } from '../src/mother/checkin-questions';
import { dayNumber } from '../src/mother/time';
import type { MotherDocument } from '../src/store/mother-document';
import { pumpEventsFromCheckin } from '../src/mother/checkin-events';
import { MAX_DAILY_COUNT, MAX_SESSION_ML } from '../src/mother/limits';
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

/** What she answered: a pass, or the numbers she gave (none for "nei" to the pumping question). */
type Answer = { kind: 'skip' } | { kind: 'values'; values: number[] };

const questionsOf = (doc: MotherDocument): CheckinQuestion[] => checkinQuestions(doc.profile!.feedingMode, dayNumber(doc.profile!, doc.dialog!.startedAt));

/** The question before the open one: the answer she has just given (or passed by), if any. */
export function previousQuestion(doc: MotherDocument): CheckinQuestion | undefined {
  const questions = questionsOf(doc);
  const at = questions.indexOf(doc.dialog!.step as CheckinQuestion);
  return at > 0 ? questions[at - 1] : undefined;
}

/** The value to keep for one question, or the reply that says why it cannot be kept. */
function checkedValue(doc: MotherDocument, question: CheckinQuestion, numbers: number[], ctx: TurnContextInfo): { value: number | number[] } | { refusal: Reply } {
  if (question === 'pumpMl') {
    if (numbers.some((ml) => ml < 0 || ml > MAX_SESSION_ML)) return { refusal: text('common:invalid.ml-range') };
    if (numbers.length > MAX_DAILY_COUNT) return { refusal: text('common:invalid.count-range') };
    // The sessions she lists become pump events: with what she logged they stay within a day's limit.
    const problem = dayLimitProblem(doc, pumpEventsFromCheckin({ at: ctx.now, pumpMl: numbers }));
    return problem ? { refusal: text(`common:invalid.${problem}`) } : { value: numbers };
  }
  const count = numbers.length === 1 ? numbers[0] : undefined;
  if (count === undefined || !Number.isInteger(count)) return { refusal: text('checkin:answer.notNumber') };
  if (count < 0) return { refusal: text('common:invalid.negative-count') };
  if (count > MAX_DAILY_COUNT) return { refusal: text('common:invalid.count-range') };
  return { value: count };
}

/** One check-in question answered by typing; the last answer ends with the rules' evaluation. */
export function answerCheckinQuestion(doc: MotherDocument, intent: Intent, ctx: TurnContextInfo): TurnOutcome {
  const question = doc.dialog!.step as CheckinQuestion;
  if (intent.kind === 'skip') return fileAnswer(doc, { kind: 'skip' }, ctx);
  const values =
    intent.kind === 'no' ? (question === 'pumpMl' ? [] : [0]) : intent.kind === 'number' ? [intent.value] : intent.kind === 'numbers' ? intent.values : undefined;
  // isCheckinAnswer lets only these kinds through; anything else gets the question again.
  if (!values) return askAgain(doc);
  return fileAnswer(doc, { kind: 'values', values }, ctx);
}

function fileAnswer(doc: MotherDocument, answer: Answer, ctx: TurnContextInfo): TurnOutcome {
  const dialog = doc.dialog!;
  const question = dialog.step as CheckinQuestion;
  const values = { ...(dialog.values ?? {}) } as Record<string, unknown>;
  const locale = doc.locale;
  if (answer.kind === 'values') {
    const checked = checkedValue(doc, question, answer.values, ctx);
    if ('refusal' in checked) return { doc: undefined, replies: [checked.refusal, askQuestion(question)], locale };
    values[question] = checked.value;
  }
  const questions = questionsOf(doc);
  const next = questions[questions.indexOf(question) + 1];
  if (next) {
    return {
      doc: { ...doc, dialog: { ...dialog, step: next, values }, updatedAt: ctx.now },
      replies: [answer.kind === 'skip' ? text('checkin:answer.skipped') : text('dialog:checkin.gotIt'), askQuestion(next)],
      locale,
    };
  }
  return answerCheckin(doc, values as CheckinValues, ctx);
}

/** The open question once more, short, with its buttons: nothing she said is filed anywhere. */
export function askAgain(doc: MotherDocument): TurnOutcome {
  const question = doc.dialog!.step as CheckinQuestion;
  return { doc: undefined, replies: [text(`checkin:again.${question}`, undefined, skipButton)], locale: doc.locale };
}

/** "nei, det var 5": the answer just given (the question before the open one) becomes 5, and the open question is asked again. */
function correctAnswer(doc: MotherDocument, numbers: number[], ctx: TurnContextInfo): TurnOutcome {
  const question = doc.dialog!.step as CheckinQuestion;
  const previous = previousQuestion(doc);
  if (!previous) return askAgain(doc);
  const checked = checkedValue(doc, previous, numbers, ctx);
  if ('refusal' in checked) return { doc: undefined, replies: [checked.refusal, askQuestion(question)], locale: doc.locale };
  const values = { ...(doc.dialog!.values ?? {}), [previous]: checked.value };
  const said =
    typeof checked.value === 'number' ? text(`checkin:corrected.${previous}`, { count: checked.value }) : text('checkin:corrected.pumpMl', { ml: checked.value.join(', ') });
  return { doc: { ...doc, dialog: { ...doc.dialog!, values }, updatedAt: ctx.now }, replies: [said, askQuestion(question)], locale: doc.locale };
}

/**
 * Her message while a check-in question is open, before anything else reads it; undefined lets it go
 * on as usual (a log, a question, a command), after which the check-in goes on where it was.
 * Words around a number ("5 ganger tror jeg", "bare 2") are the answer; "nei, det var 5" corrects
 * the answer just given; a short message with a number that is none of these gets the question again.
 */
export function checkinTurn(doc: MotherDocument, message: string, intent: Intent, ctx: TurnContextInfo): TurnOutcome | undefined {
  const question = doc.dialog!.step as CheckinQuestion;
  const readable = intent.kind === 'unknown' || intent.kind === 'question' || intent.kind === 'no' || intent.kind === 'number' || intent.kind === 'numbers';
  const reading = readable ? readCheckinAnswer(message, doc.locale, { list: question === 'pumpMl' }) : undefined;
  if (reading?.kind === 'correction') {
    // The answer corrected is the previous one: read it as a list of ml only when that question asks for one.
    const previous = previousQuestion(doc);
    const asList = previous === 'pumpMl';
    const corrected = asList === (question === 'pumpMl') ? reading : readCheckinAnswer(message, doc.locale, { list: asList });
    return corrected?.kind === 'correction' ? correctAnswer(doc, corrected.values, ctx) : askAgain(doc);
  }
  if (isCheckinAnswer(intent)) return answerCheckinQuestion(doc, intent, ctx);
  const negative = refuseNegativeAnswer(doc, message);
  if (negative) return negative;
  if (reading?.kind === 'skip') return fileAnswer(doc, { kind: 'skip' }, ctx);
  if (reading?.kind === 'answer') return fileAnswer(doc, { kind: 'values', values: reading.values }, ctx);
  if (intent.kind === 'unknown' && triesAnAnswer(message, doc.locale)) return askAgain(doc);
  return undefined;
}
