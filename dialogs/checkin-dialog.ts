import type { Intent, LoggableEvent } from '../src/language';
import { readCheckinAnswer, saysNone, saysNotPumped, saysOnlyNo, triesAnAnswer } from '../src/language/checkin-answer';
import { checkinQuestions, type CheckinQuestion } from '../src/mother/checkin-questions';
import { dayNumber, HOUR_MS, millisOf } from '../src/mother/time';
import type { MotherDocument } from '../src/store/mother-document';
import { pumpEventsFromCheckin } from '../src/mother/checkin-events';
import { CHECKIN_COUNT_MIN_PERIOD_HOURS, MAX_DAILY_COUNT, MAX_SESSION_ML } from '../src/mother/limits';
import { withDraft } from './draft';
import { askEachMl } from './each-session-ml';
import { dayLimitProblem } from './log-checks';
import { answerCheckin, sendsForHelpNow, type CheckinValues } from './logging';
import { text, type Reply, type Suggestion } from './reply';
import type { TurnContextInfo, TurnOutcome } from './turn';

const skipButton: Suggestion[] = [{ titleKey: 'common:answer.skip', word: 'skip' }];
export const askQuestion = (q: CheckinQuestion): Reply => text(`checkin:question.${q}`, undefined, skipButton);

/**
 * What her message does to the open question: `file` keeps an answer (no value: passed by),
 * `correct` changes an answer given before, `ahead` keeps the answer to a question still to come
 * («4 våte» while asked about pumping), `refuse` says why a number cannot be kept, `again`
 * asks the same question once more; undefined when the message is not meant as an answer (a log,
 * a question, a command), which the check-in then lets go on as usual.
 */
export type CheckinStep =
  /** `also`: answers to questions still to come, given in the same message («8 ganger, og 4 våte»). */
  | { kind: 'file'; value?: number | number[]; also?: Array<{ question: CheckinQuestion; value: number }> }
  | { kind: 'correct'; question: CheckinQuestion; value: number | number[] }
  | { kind: 'ahead'; question: CheckinQuestion; value: number; also?: Array<{ question: CheckinQuestion; value: number }> }
  | { kind: 'refuse'; reply: Reply }
  /** Her words could mean two things («about 7 i think» to the ml question): asked which, nothing kept. */
  | { kind: 'ask'; reply: Reply }
  /** `choices`: the counts she was between («fire eller fem»), a button each. */
  | { kind: 'again'; choices?: number[] };

/** The open check-in's questions, fitted to her mode and the day it was opened. */
export function questionsOf(doc: MotherDocument): CheckinQuestion[] {
  return checkinQuestions(doc.profile!.feedingMode, dayNumber(doc.profile!, doc.draft?.checkin?.startedAt ?? doc.updatedAt));
}

/** The question after `question` in this check-in not answered yet, or undefined when none is left. */
export function nextQuestion(doc: MotherDocument, question: CheckinQuestion): CheckinQuestion | undefined {
  const questions = questionsOf(doc);
  const values = doc.draft?.checkin?.values ?? {};
  return questions.slice(questions.indexOf(question) + 1).find((later) => values[later] === undefined);
}

/** The question she answered (or passed by) last while `question` is open: the answer «angre» and «nei, det var 5» are about. */
export function lastAnswered(doc: MotherDocument, question: CheckinQuestion): CheckinQuestion | undefined {
  const answered = doc.draft?.checkin?.answered;
  if (answered) return answered.at(-1);
  const questions = questionsOf(doc);
  const at = questions.indexOf(question);
  return at > 0 ? questions[at - 1] : undefined;
}

/** How an answer to `question` is read: a list of ml for the pumping question, else a count of what it counts. */
const readingOf = (question: CheckinQuestion) => (question === 'pumpMl' ? { list: true } : { counts: question });

/** "-2", "− 1", "minus 3": the language layer reads no negative numbers, so the check-in spots them to say why they cannot be counted. */
const NEGATIVE_NUMBER = /^\s*(?:[-\u2212\u2013]|minus\s)\s*\d+(?:[.,]\d+)?\s*$/i;

/** The value to keep for one question, or the reply that says why it cannot be kept. */
export function checkedValue(doc: MotherDocument, question: CheckinQuestion, numbers: number[], now: string): { value: number | number[] } | { refusal: Reply } {
  if (question === 'pumpMl') {
    if (numbers.some((ml) => ml < 0 || ml > MAX_SESSION_ML)) return { refusal: text('common:invalid.ml-range') };
    if (numbers.length > MAX_DAILY_COUNT) return { refusal: text('common:invalid.count-range') };
    // The sessions she lists become pump events: with what she logged they stay within a day's limit.
    const problem = dayLimitProblem(doc, pumpEventsFromCheckin({ at: now, pumpMl: numbers }));
    return problem ? { refusal: text(`common:invalid.${problem}`) } : { value: numbers };
  }
  const count = numbers.length === 1 ? numbers[0] : undefined;
  if (count === undefined || !Number.isInteger(count)) return { refusal: text('checkin:answer.notNumber') };
  if (count < 0) return { refusal: text('common:invalid.negative-count') };
  if (count > MAX_DAILY_COUNT) return { refusal: text('common:invalid.count-range') };
  return { value: count };
}

function filed(doc: MotherDocument, question: CheckinQuestion, numbers: number[], now: string): CheckinStep {
  // «0», «ingen», «none» to the sessions not logged: there were none, never one session of 0 ml.
  const sessions = question === 'pumpMl' && numbers.length === 1 && numbers[0] === 0 ? [] : numbers;
  const checked = checkedValue(doc, question, sessions, now);
  return 'refusal' in checked ? { kind: 'refuse', reply: checked.refusal } : { kind: 'file', value: checked.value };
}

/** She lost count: «mista tellinga», «mistet tellingen», «lost count», «husker ikke hvor mange». */
const LOST_COUNT = /\b(?:mista|mistet|miste|misten|mist)\s+(?:tellinga|tellingen|oversikten|oversikta|teljinga)\b|\blost\s+count\b|\b(?:husker|hugsar|hugser)\s+(?:ikke|ikkje)\s+(?:hvor|kor)\s+mange\b|\bcan'?t\s+remember\s+how\s+many\b/iu;

/**
 * Her message read in the context of the open question. Words around a number ("5 ganger tror jeg",
 * "bare 2") are the answer; "nei, det var 5" corrects the answer just given; a short message with a
 * number that is none of these gets the question again.
 */
export function checkinStep(doc: MotherDocument, question: CheckinQuestion, message: string, intent: Intent, now: string): CheckinStep | undefined {
  const readable = intent.kind === 'unknown' || intent.kind === 'question' || intent.kind === 'no' || intent.kind === 'number' || intent.kind === 'numbers' || intent.kind === 'correct-log';
  const reading = readable ? readCheckinAnswer(message, doc.locale, readingOf(question)) : undefined;
  if (reading?.kind === 'unsure') return { kind: 'again', choices: question === 'pumpMl' ? undefined : countsToChoose(reading.between) };
  // «ammet hele natta, mista tellinga»: no number to keep, and no log of one feed either; a guess will do
  if (question !== 'pumpMl' && LOST_COUNT.test(message)) return { kind: 'again' };
  // Asked again, «nei, det var 6» answers this question: her answer to it was the one not read.
  if (reading?.kind === 'correction' && doc.draft?.checkin?.askedAgain === question) return filed(doc, question, reading.values, now);
  // "nei, ingen" to a new question is its answer (none), not a correction of the one before.
  if (reading?.kind === 'correction' && reading.values.length === 1 && reading.values[0] === 0 && !/\d/.test(message)) {
    return filed(doc, question, question === 'pumpMl' ? [] : [0], now);
  }
  const previous = lastAnswered(doc, question);
  // The answer corrected is the one given last, read with that question's words: «nei vent, det var 12 og 15»
  // after the pumping answer is a list of ml, which no count question reads.
  const corrected = previous && readable && (reading?.kind === 'correction' || reading === undefined) ? readCheckinAnswer(message, doc.locale, readingOf(previous)) : undefined;
  if (reading?.kind === 'correction' || corrected?.kind === 'correction') {
    if (!previous || corrected?.kind !== 'correction') return { kind: 'again' };
    const checked = checkedValue(doc, previous, corrected.values, now);
    return 'refusal' in checked ? { kind: 'refuse', reply: checked.refusal } : { kind: 'correct', question: previous, value: checked.value };
  }
  if (intent.kind === 'skip') return { kind: 'file' };
  // «ammet ca 8» to how many feeds: the count, with the question's own verb around it, never a feed at 08:00
  const counting = intent.kind === 'log' && question !== 'pumpMl' ? readCheckinAnswer(message, doc.locale, readingOf(question)) : undefined;
  if (counting?.kind === 'answer') return filed(doc, question, counting.values, now);
  // «pumpa 10 og 15»: the sessions listed, one ml each, as the question asks (a log would read both breasts of one)
  const listed = question === 'pumpMl' && intent.kind === 'log' ? readCheckinAnswer(message, doc.locale, readingOf(question)) : undefined;
  if (listed?.kind === 'answer') return filed(doc, question, listed.values, now);
  const pumped = question === 'pumpMl' ? pumpedAnswer(intent, now) : undefined;
  if (pumped) return filed(doc, question, pumped, now);
  const several = severalAnswers(doc, question, message, intent, now);
  if (several) return several;
  const counted = countedAnswer(intent);
  if (counted?.question === question) return filed(doc, question, [counted.count], now);
  const questions = questionsOf(doc);
  const countedAt = counted ? questions.indexOf(counted.question) : -1;
  if (counted && countedAt >= 0) {
    const checked = checkedValue(doc, counted.question, [counted.count], now);
    if ('refusal' in checked) return { kind: 'refuse', reply: checked.refusal };
    return countedAt < questions.indexOf(question) ? { kind: 'correct', question: counted.question, value: checked.value } : { kind: 'ahead', question: counted.question, value: counted.count };
  }
  // «no yellow ones yet»: none of what the question counts
  if (intent.kind === 'unknown' && question !== 'pumpMl' && saysNone(message, question)) return filed(doc, question, [0], now);
  // «nei, har ikke pumpet noe»: no pumping not logged, as a plain «nei»
  if (intent.kind === 'unknown' && question === 'pumpMl' && saysNotPumped(message)) return filed(doc, question, [], now);
  // "nei" to "har du pumpeøkter du ikke har ført?" is none, whatever she adds; to a count, only a plain no is 0.
  if (intent.kind === 'no') {
    if (question === 'pumpMl') return filed(doc, question, [], now);
    // A bare «nei» to how many feeds or wet diapers: none of them sends her to legevakt, so she taps 0 to say so
    if (question !== 'yellowStools' && saysOnlyNo(message)) return { kind: 'again', choices: [0] };
    return saysNone(message, question) ? filed(doc, question, [0], now) : { kind: 'again' };
  }
  // «7 ganger», «7 økter», «7 times» to the ml question: that many sessions, never 7 ml; the ml of each is asked for
  if (reading?.kind === 'sessions') return sessionsCounted(reading.count);
  // Another number the question could not read as its ml, never kept as ml
  if (question === 'pumpMl' && intent.kind === 'number' && reading === undefined) return { kind: 'again' };
  if (intent.kind === 'number') return unitInDoubt(question, [intent.value], intent) ?? filed(doc, question, [intent.value], now);
  if (intent.kind === 'numbers') return filed(doc, question, intent.values, now);
  if (NEGATIVE_NUMBER.test(message)) return { kind: 'refuse', reply: text('common:invalid.negative-count') };
  if (reading?.kind === 'skip') return { kind: 'file' };
  if (reading?.kind === 'answer') return unitInDoubt(question, reading.values, intent) ?? filed(doc, question, reading.values, now);
  if (intent.kind === 'unknown' && triesAnAnswer(message, doc.locale)) return { kind: 'again' };
  return undefined;
}

/** The most pumping sessions a day she may be counting: a larger number with «about» is ml, as the question asks. */
const MOST_SESSIONS_COUNTED = 12;

/**
 * «about 7 i think», «ca 7», «bare 2» to «any pumping sessions you haven't logged? Write the amounts
 * in ml»: one number, no unit, words around it, and small enough to be a count of sessions; 7 ml or
 * 7 times? Asked with a button for each (they send «7 ml» and «7 ganger», which the question reads).
 * A bare «7» is the ml the question asks for.
 */
function unitInDoubt(question: CheckinQuestion, values: number[], intent: Intent): CheckinStep | undefined {
  if (question !== 'pumpMl' || values.length !== 1) return undefined;
  const [n] = values as [number];
  const worded = intent.kind === 'unknown' || (intent.kind === 'number' && intent.approximate);
  if (!worded || !Number.isInteger(n) || n < 1 || n > MOST_SESSIONS_COUNTED) return undefined;
  const buttons: Suggestion[] = [
    { titleKey: 'checkin:unitInDoubt.ml', titleParams: { n }, value: `${n} ml` },
    { titleKey: 'checkin:unitInDoubt.times', titleParams: { n }, word: 'times', n },
  ];
  return { kind: 'ask', reply: text('checkin:unitInDoubt.question', { n }, buttons) };
}

/** She counted her sessions, with the button «7 økter» or in words: the ml of each, with the skip button; a count no day holds is asked again. */
function sessionsCounted(count: number): CheckinStep {
  if (!Number.isInteger(count) || count < 1 || count > MOST_SESSIONS_COUNTED) return { kind: 'again' };
  return { kind: 'ask', reply: askEachMl(count, skipButton) };
}

/** Which events each count question counts. */
const COUNTED: Array<[Exclude<CheckinQuestion, 'pumpMl'>, (event: LoggableEvent) => boolean]> = [
  ['feeds', (event) => event.type === 'feed'],
  ['wetDiapers', (event) => event.type === 'diaper' && event.wet === true],
  ['yellowStools', (event) => event.type === 'diaper' && event.stool === 'yellow'],
];

/**
 * «ho har amma kanskje 7 gonger», «det var 5 våte»: a count of what one check-in question counts,
 * in the check-in the answer to it (or the correction of the one just given), never that many
 * events logged at this minute.
 */
function countedAnswer(intent: Intent): { question: CheckinQuestion; count: number } | undefined {
  if (intent.kind !== 'log' || intent.counts.length !== 1 || intent.pending.length > 0) return undefined;
  const { from, until } = intent.counts[0]!;
  // «ingen våte sidan i natt»: a count of a shorter period is no answer for the last 24 hours
  if (from !== undefined && millisOf(until) - millisOf(from) < CHECKIN_COUNT_MIN_PERIOD_HOURS * HOUR_MS) return undefined;
  const count = intent.counts[0]!.count;
  // «ingen våte bleier», «no yellow poos»: none of what one question counts
  const none = intent.counts[0]!.none;
  if (count === 0 && intent.events.length === 0 && none) return { question: none === 'wet' ? 'wetDiapers' : 'yellowStools', count: 0 };
  if (intent.events.length !== count) return undefined;
  const counted = COUNTED.filter(([, counts]) => intent.events.every(counts)).map(([question]) => question);
  return counted.length === 1 ? { question: counted[0]!, count } : undefined;
}

/**
 * «8 ganger, og 4 våte», «ammet 8 ganger og 4 våte bleier», «8, 4 våte og 2 gule» to a count question:
 * the answer to it and to questions still to come, each kept under its own. The open question's count is
 * the one of its kind, or the one number left when the others are counted («8 ganger»). Undefined when
 * the message is not that (one count only, a count for a question before, anything left unread).
 */
function severalAnswers(doc: MotherDocument, question: CheckinQuestion, message: string, intent: Intent, now: string): CheckinStep | undefined {
  if (intent.kind !== 'log' || intent.pending.length > 0 || intent.counts.length === 0) return undefined;
  if (intent.counts.some(({ from, until }) => from !== undefined && millisOf(until) - millisOf(from) < CHECKIN_COUNT_MIN_PERIOD_HOURS * HOUR_MS)) return undefined;
  if (intent.counts.reduce((sum, { count }) => sum + count, 0) !== intent.events.length) return undefined;
  const answers: Array<{ question: CheckinQuestion; value: number }> = [];
  let at = 0;
  for (const { count } of intent.counts) {
    const events = intent.events.slice(at, at + count);
    at += count;
    const which = COUNTED.filter(([, counts]) => events.every(counts)).map(([q]) => q);
    if (which.length !== 1 || answers.some((a) => a.question === which[0])) return undefined;
    answers.push({ question: which[0]!, value: count });
  }
  const questions = questionsOf(doc);
  const also = answers.filter((a) => a.question !== question);
  if (also.length === 0 || also.some((a) => questions.indexOf(a.question) <= questions.indexOf(question))) return undefined;
  let own = answers.find((a) => a.question === question)?.value;
  if (own === undefined) {
    // The one number not counted by kind is the open question's («8 ganger»); none left, all are answers ahead
    const left = [...(message.match(/\d+/g) ?? [])].map(Number);
    for (const { value } of answers) left.splice(left.indexOf(value), left.includes(value) ? 1 : 0);
    if (left.length > 1 || (left.length === 1 && question === 'pumpMl')) return undefined;
    own = left[0];
  }
  for (const a of [...(own !== undefined ? [{ question, value: own }] : []), ...also]) {
    const checked = checkedValue(doc, a.question, [a.value], now);
    if ('refusal' in checked) return { kind: 'refuse', reply: checked.refusal };
  }
  if (own !== undefined) return { kind: 'file', value: own, also };
  // «5 wet and 3 yellow» at the pumping question: each kept ahead, and the open question asked again
  return also.length > 1 ? { kind: 'ahead', question: also[0]!.question, value: also[0]!.value, also: also.slice(1) } : undefined;
}

/** «Notert: 8 amminger.», «Notert: 4 våte bleier.»: each answer she gave in one message, said back. */
const notedLines = (answers: ReadonlyArray<{ question: CheckinQuestion; value: number }>): Reply[] =>
  answers.map((a) => text(`checkin:noted.${a.question}`, { count: a.value }));

/** The check-in as it stands once the answers given ahead in the same message are kept: which question comes next. */
export function withAnswersAhead(doc: MotherDocument, step: CheckinStep | undefined): MotherDocument {
  if (step?.kind !== 'file' || !step.also?.length) return doc;
  const checkin = doc.draft?.checkin;
  if (!checkin) return doc;
  const values = { ...checkin.values, ...Object.fromEntries(step.also.map((a) => [a.question, a.value])) };
  return withDraft(doc, 'checkin', { ...checkin, values });
}

/** Notes on an amount that the pumping question's own unit settles. */
const AMOUNT_NOTES: ReadonlySet<string> = new Set(['volume-unit-assumed', 'approximate-volume']);

/**
 * «5 ml og 8 ml», «pumpa 5 ml og 8 ml» to «any pumping you have not logged?», with no time of their
 * own: the sessions the question asks for, never logged beside it while the question comes again.
 */
function pumpedAnswer(intent: Intent, now: string): number[] | undefined {
  // «pumpa 4 ml to gonger»: a count of these very sessions, now, is their number, no period of its own
  const ownCount = intent.kind === 'log' && intent.counts.every((count) => count.type === 'pump' && count.from === undefined && count.count === intent.events.length);
  if (intent.kind !== 'log' || intent.events.length === 0 || intent.pending.length > 0 || !ownCount) return undefined;
  // «10 ml, 15 ml og 12»: the question asks for ml, so a unit left out, or an «about», is no reason to ask again
  if (intent.concerns.some((concern) => !AMOUNT_NOTES.has(concern.code))) return undefined;
  const ml = intent.events.map((event) => (event.type === 'pump' && Date.parse(event.at) === Date.parse(now) ? event.ml : undefined));
  return ml.every((value): value is number => value !== undefined) ? ml : undefined;
}

const valuesOf = (doc: MotherDocument): CheckinValues => ({ ...doc.draft?.checkin?.values });

/** The order she answered in, with `question` answered last (once) or, with `taken`, taken back. */
function answeredOrder(doc: MotherDocument, question: CheckinQuestion, taken = false): CheckinQuestion[] {
  const checkin = doc.draft?.checkin;
  const questions = questionsOf(doc);
  // A check-in opened before the order was kept: the questions before the open one, in their order.
  const before = checkin?.answered ?? questions.filter((q) => q !== question && checkin?.values[q] !== undefined);
  const others = before.filter((q) => q !== question);
  return taken ? others : [...others, question];
}

function withValues(doc: MotherDocument, values: CheckinValues, answered: CheckinQuestion[], ctx: TurnContextInfo): MotherDocument {
  const { askedAgain: _answeredNow, ...checkin } = doc.draft?.checkin ?? { startedAt: ctx.now, values: {} };
  return { ...withDraft(doc, 'checkin', { ...checkin, values, answered }), updatedAt: ctx.now };
}

/** Her answer to `question` kept (or the question passed by), with a short thanks; the machine asks the next one. */
export function fileAnswer(doc: MotherDocument, question: CheckinQuestion, step: CheckinStep, ctx: TurnContextInfo): TurnOutcome {
  const values = valuesOf(doc);
  const value = step.kind === 'file' ? step.value : undefined;
  if (value !== undefined) Object.assign(values, { [question]: value });
  const also = step.kind === 'file' ? (step.also ?? []) : [];
  if (also.length && typeof value === 'number') {
    // Several answers in one message: each said back, and «angre» takes back the last of them.
    for (const a of also) Object.assign(values, { [a.question]: a.value });
    const answered = [...answeredOrder(doc, question), ...also.map((a) => a.question)];
    return { doc: withValues(doc, values, answered, ctx), replies: notedLines([{ question, value }, ...also]), locale: doc.locale };
  }
  return { doc: withValues(doc, values, answeredOrder(doc, question), ctx), replies: [text(value === undefined ? 'checkin:answer.skipped' : 'dialog:checkin.gotIt')], locale: doc.locale };
}

/** The last answer kept: the check-in is held against the rules, and answered with findings or thanks. */
export function finishCheckin(doc: MotherDocument, question: CheckinQuestion, step: CheckinStep, ctx: TurnContextInfo): TurnOutcome {
  const values = valuesOf(doc);
  if (step.kind === 'file' && step.value !== undefined) Object.assign(values, { [question]: step.value });
  const also = step.kind === 'file' ? (step.also ?? []) : [];
  for (const a of also) Object.assign(values, { [a.question]: a.value });
  const outcome = answerCheckin(doc, values, ctx);
  const entry = outcome.doc?.checkins.at(-1)?.entry;
  if (!outcome.doc || !entry) return outcome;
  // Kept so that «angre» right after takes back this last answer, not the whole check-in.
  const finished = { entry, startedAt: doc.draft?.checkin?.startedAt ?? ctx.now, answered: [...answeredOrder(doc, question), ...also.map((a) => a.question)] };
  return { ...outcome, doc: withDraft(outcome.doc, 'finishedCheckin', finished) };
}

/**
 * Whether her check-in, ended with this answer, would ask her to get help now (urgent or emergency):
 * RULES.md answers a structured «0 wet diapers» exactly as the same words typed, so it is not held
 * until the last question, which she may never answer.
 */
export function answerNeedsHelpNow(doc: MotherDocument, question: CheckinQuestion, step: CheckinStep, ctx: TurnContextInfo): boolean {
  const trial = finishCheckin(doc, question, step, { ...ctx, newId: () => 'trial' });
  return sendsForHelpNow(trial.replies);
}

/**
 * An answer kept under another question than the open one: «nei, det var 5» changes the one given
 * before («Rettet: …»); «4 våte» while pumping is asked is the answer to a question still to come,
 * which is then not asked («Notert: …»). The machine asks the open question again.
 */
export function answerOtherQuestion(doc: MotherDocument, step: CheckinStep, ctx: TurnContextInfo): TurnOutcome {
  if (step.kind !== 'correct' && step.kind !== 'ahead') return { doc: undefined, replies: [], locale: doc.locale };
  if (step.kind === 'ahead' && step.also?.length) {
    const all = [{ question: step.question, value: step.value }, ...step.also];
    const values = { ...valuesOf(doc), ...Object.fromEntries(all.map((a) => [a.question, a.value])) };
    const answered = all.reduce((order, a) => [...order.filter((q) => q !== a.question), a.question], answeredOrder(doc, step.question, true));
    return { doc: withValues(doc, values, answered, ctx), replies: notedLines(all), locale: doc.locale };
  }
  const said =
    typeof step.value === 'number'
      ? text(`checkin:${step.kind === 'ahead' ? 'noted' : 'corrected'}.${step.question}`, { count: step.value })
      : text('checkin:corrected.pumpMl', { ml: step.value.join(', ') });
  return { doc: withValues(doc, { ...valuesOf(doc), [step.question]: step.value }, answeredOrder(doc, step.question), ctx), replies: [said], locale: doc.locale };
}

/** "angre" in a check-in: the answer to `question` (the one given last) is taken back; the machine asks that question, or the open one when it was still to come. */
export function undoAnswer(doc: MotherDocument, question: CheckinQuestion, ctx: TurnContextInfo): TurnOutcome {
  const values = valuesOf(doc);
  delete values[question];
  return { doc: withValues(doc, values, answeredOrder(doc, question, true), ctx), replies: [text('checkin:undone')], locale: doc.locale };
}

/** The open question once more, short, with its buttons (a count she was between to tap, then skip): nothing she said is filed anywhere. */
export const askAgain = (question: CheckinQuestion, choices: readonly number[] = []): Reply =>
  text(`checkin:again.${question}`, undefined, [...choices.map((n) => ({ titleKey: 'checkin:choice', titleParams: { n }, value: String(n) })), ...skipButton]);

/** The question asked again, remembered until it is answered (see `askedAgain`). */
export function askingAgain(doc: MotherDocument, question: CheckinQuestion, choices?: readonly number[]): TurnOutcome {
  const checkin = doc.draft?.checkin;
  return { doc: checkin ? withDraft(doc, 'checkin', { ...checkin, askedAgain: question }) : undefined, replies: [askAgain(question, choices)], locale: doc.locale };
}

/** The counts she was between, each once, in order, as many as fit beside the skip button; none when one could not be a count. */
function countsToChoose(between: readonly number[]): number[] | undefined {
  const counts = [...new Set(between)].sort((a, b) => a - b);
  return counts.length <= 3 && counts.every((n) => Number.isInteger(n) && n >= 0 && n <= MAX_DAILY_COUNT) ? counts : undefined;
}
