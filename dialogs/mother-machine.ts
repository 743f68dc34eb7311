/**
 * The mother's machine: one per mother, restored for every turn from her document. Two parallel
 * regions: `week` walks the stages of her first week by the hours since birth and the activation
 * findings; `conversation` is where she is in talking with us. Every event carries `now`; there
 * are no timers (they would not survive persistence). Actions call the pure rules and dialogs and
 * add reply keys to the context; nothing here formats a sentence.
 */
import { assign, raise, setup } from 'xstate';
import { CHECKIN_QUESTIONS, checkinQuestions, type CheckinQuestion } from '../src/mother/checkin-questions';
import { namesHouseholdMeasure, type IntentKind } from '../src/language';
import { WEEK_HOURS } from '../src/mother/limits';
import { dayNumber, hoursSinceBirth } from '../src/mother/time';
import { cardPlan, type CardPlan } from './card-plan';
import { answerNeedsHelpNow, answerOtherQuestion, askAgain, askingAgain, askQuestion, checkinStep, fileAnswer, finishCheckin, lastAnswered, nextQuestion, undoAnswer, withAnswersAhead, type CheckinStep } from './checkin-dialog';
import { correctFinishedCheckin, finishedCheckinCorrection, reopenCheckin, reopensAt } from './finished-checkin';
import { isWeekOver, openCheckin, openCheckinNow, sayGoodbye } from './checkin-message';
import { askDelete, askWithdrawConsent, changeBirth, changeCheckinTime, changeLanguage, confirmDelete, exportData, pauseCheckins, resumeCheckins } from './data-rights';
import { withDraft, withoutDraft } from './draft';
import { answerCheckin, logEvents, sendsForHelpNow } from './logging';
import { applied, docOf, messageOf, type MachineReply, type MotherContext, type MotherMachineEvent } from './machine-context';
import { checkinGoneStale, keepUnfinishedCheckin } from './unfinished-checkin';
import { doubtsYes } from '../src/language/yes-no';
import { notUnderstoodOrAnswer, saysHeard, saysThanks, withDeclineButtons, withTimeRules } from './moving-on';
import {
  askStep,
  closeLanguage,
  finishTypedOnboarding,
  giveConsent,
  keepAnswer,
  keepBirth,
  languageOpen,
  nextOnboardingStep,
  onboardAgain,
  onboardByCard,
  readBirth,
  birthNotKept,
  readCheckinTime,
  refuseConsent,
  restartOnboarding,
  stayAt,
  takeHeardLanguage,
  welcome,
  welcomeAgain,
  type OnboardingStep,
} from './onboarding';
import { answerFreeQuestion, topicByTitle } from './questions';
import { findTopic } from '../src/knowledge';
import { recordRedFlag } from './red-flag';
import { text } from './reply';
import { lastSideReplies } from './last-side';
import { lastLogReplies } from './last-log';
import { statusReplies } from './status';
import { summaryReplies, weekPictureReplies } from './week-picture';
import { correctHeldLog, holdLog, isLogAtStep } from './held-logs';
import { takeBackReplaced } from './replaced-log';
import { readMode } from '../src/language/feeding-mode';
import { changeMode } from './feeding-mode-change';
import { adviceAgain } from './what-now';
import { askEachOrList, askMilkIn, askMissingValue, askRestOfPending, askYesterday, completedPending, partlyAnswered, pendingAmountsUnclear, dropPending, logText, notStored, storePending, storeYesterday, textLogPlan, type TextLogPlan } from './text-log';
import type { TurnContextInfo, TurnOutcome } from './turn';

import { undoLast } from './undo';
import { correctLastLog } from './correct-log';
import { onlyGreets } from '../src/language/greeting';


const ACTIVATION_CODES = new Set(['activation.pump-3x20', 'activation.stools-ok', 'activation.self-reported']);

type Args = { context: MotherContext; event: MotherMachineEvent };

const intentOf = (event: MotherMachineEvent): IntentKind | undefined => messageOf(event)?.intent.kind;
/** «angre» as such: what she did last (a check-in answer too), not «angre siste amming», which names the log. */
const undoesLast = (event: MotherMachineEvent): boolean => {
  const intent = messageOf(event)?.intent;
  return intent?.kind === 'undo' && intent.type === undefined;
};
const hours = ({ context }: Args): number => (context.doc?.profile ? hoursSinceBirth(context.doc.profile, context.now) : Number.NEGATIVE_INFINITY);
const ctxOf = (context: MotherContext): TurnContextInfo => ({ ...context.turn, now: context.now });
/**
 * A reading of her event against her document, made once: the machine tries several guards, and
 * then an action, on the same reading (a card's plan, a typed log's plan, a check-in answer).
 */
const readings = new WeakMap<MotherMachineEvent, WeakMap<object, Map<string, unknown>>>();
const NO_DOCUMENT = {};
function readOnce<T>({ context, event }: Args, key: string, read: () => T): T {
  let byDoc = readings.get(event);
  if (!byDoc) readings.set(event, (byDoc = new WeakMap()));
  const docKey = context.doc ?? NO_DOCUMENT;
  let byKey = byDoc.get(docKey);
  if (!byKey) byDoc.set(docKey, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, read());
  return byKey.get(key) as T;
}

const plannedCard = (args: Args): CardPlan | undefined =>
  readOnce(args, 'card', () => (args.event.type === 'CARD' ? cardPlan(args.context.doc, args.event.value, args.context.now, args.context.turn.defaultTimezone) : undefined));
const plannedLog = (args: Args): TextLogPlan | undefined =>
  readOnce(args, 'log', () => {
    const intent = messageOf(args.event)?.intent;
    return intent?.kind === 'log' && args.context.doc?.profile ? textLogPlan(args.context.doc, intent, args.context.now) : undefined;
  });
const readStep = (args: Args, question: CheckinQuestion): CheckinStep | undefined =>
  readOnce(args, `checkin:${question}`, () => {
    const message = messageOf(args.event);
    return message && args.context.doc?.profile ? checkinStep(args.context.doc, question, message.text, message.intent, args.context.now) : undefined;
  });

/** A step that may move her birth time: her week starts again from a birth that moved, and only then. */
function birthStep(run: (args: Args) => TurnOutcome) {
  return assign<MotherContext, MotherMachineEvent, undefined, MotherMachineEvent, never>((args) => {
    const before = args.context.doc?.profile?.birthAt;
    const folded = applied(args.context, run(args));
    const after = (folded.doc ?? args.context.doc)?.profile?.birthAt;
    return { ...folded, restartWeek: args.context.restartWeek || (before !== undefined && after !== before) };
  });
}

/** An action that runs one pure step on her document and folds its outcome into the turn. */
function step<P = undefined>(run: (args: Args, params: P) => TurnOutcome) {
  return assign<MotherContext, MotherMachineEvent, P, MotherMachineEvent, never>((args, params) => applied(args.context, run(args, params)));
}

/** The question her check-in opens with, on her day and in her mode. */
const firstQuestionOf = (context: MotherContext): CheckinQuestion | undefined =>
  context.doc?.profile ? checkinQuestions(context.doc.profile.feedingMode, dayNumber(context.doc.profile, context.now))[0] : undefined;

const say = (context: MotherContext, ...replies: MachineReply[]): Partial<MotherContext> => ({ replies: [...context.replies, ...replies] });

export const motherMachine = setup({
  types: {
    context: {} as MotherContext,
    events: {} as MotherMachineEvent,
    input: {} as MotherContext,
  },
  guards: {
    said: ({ event }, params: { kinds: IntentKind[] }) => params.kinds.includes(intentOf(event)!),
    saysThanks: ({ event }) => event.type === 'MESSAGE' && saysThanks(event.text),
    saysHeard: ({ event }) => event.type === 'MESSAGE' && saysHeard(event.text),
    doubtsYes: ({ event }) => event.type === 'MESSAGE' && doubtsYes(event.text),
    /** Her first words are clearly in another language than the one guessed, and say nothing to the consent question. */
    welcomesAgain: ({ context, event }) =>
      event.type === 'MESSAGE' && languageOpen(context.doc) && !!event.heard && event.heard !== context.doc!.locale && event.intent.kind !== 'question',
    greets: ({ event }) => event.type === 'MESSAGE' && onlyGreets(event.text),
    /**
     * No question mark, no question word, yet a concern one topic answers plainly («brystvortene er helt oppsprukne»):
     * not when the topics are torn («født med hastekeisersnitt»), nor the topic the open question is about («hud mot hud
     * med en gang» to the first-hour question is her answer, in other words).
     */
    tellsAConcern: ({ event }, params: { step: OnboardingStep }) => {
      if (event.type !== 'MESSAGE' || event.intent.kind !== 'unknown') return false;
      const found = findTopic(event.text);
      return found.topic !== null && !found.alternatives.length && !(params.step === 'firstHour' && found.topic === 'first-hour');
    },
    birthReadable: ({ context, event }) => event.type === 'MESSAGE' && readBirth(event.intent, context.now, context.turn.defaultTimezone).ok,
    modeReadable: ({ event }) => event.type === 'MESSAGE' && readMode(event.text) !== undefined,
    logsAtStep: ({ event }, params: { step: OnboardingStep }) => event.type === 'MESSAGE' && isLogAtStep(params.step, event.text, event.intent),
    checkinTimeReadable: ({ context, event }) => event.type === 'MESSAGE' && readCheckinTime(event.text, event.intent, context.locale) !== undefined,
    topicChosen: ({ context, event }) => event.type === 'MESSAGE' && !!context.doc && topicByTitle(event.text, context.doc.locale) !== undefined,
    logPlanIs: (args, params: { kind: TextLogPlan['kind'] }) => plannedLog(args)?.kind === params.kind,
    cardPlanIs: (args, params: { kind: CardPlan['kind'] }) => plannedCard(args)?.kind === params.kind,
    checkinStepIs: (args, params: { question: CheckinQuestion; kind: CheckinStep['kind'] }) => readStep(args, params.question)?.kind === params.kind,
    checkinStale: ({ context }) => !!context.doc && checkinGoneStale(context.doc, context.now),
    /** Her answer to `question` is kept and `next` is the question after it in this check-in (undefined: it was the last). */
    answerLeadsTo: (args, params: { question: CheckinQuestion; next?: CheckinQuestion }) => {
      const step = readStep(args, params.question);
      if (step?.kind !== 'file') return false;
      const next = nextQuestion(withAnswersAhead(docOf(args.context), step), params.question);
      // An answer that needs help now (no wet diaper, no feed in 24 h) is answered at once, as the same words typed are: the check-in ends there.
      const helpNow = next !== undefined && readOnce(args, `helpNow:${params.question}`, () => answerNeedsHelpNow(docOf(args.context), params.question, step, ctxOf(args.context)));
      return (helpNow ? undefined : next) === params.next;
    },
    /** «angre» while `question` is open, and the answer she gave last was to `last`. */
    undoes: ({ context, event }, params: { question: CheckinQuestion; last: CheckinQuestion }) =>
      undoesLast(event) && !!context.doc?.profile && lastAnswered(context.doc, params.question) === params.last,
    /** «angre» right after she finished a check-in by typing, its last answer given to `question`. */
    reopensCheckinAt: ({ context, event }, params: { question: CheckinQuestion }) => undoesLast(event) && !!context.doc && reopensAt(context.doc) === params.question,
    /** Her «ja» or «nei» to «Vil du se uken din så langt i et bilde?», asked after her check-in. */
    answersWeekOffer: ({ context, event }, params: { yes: boolean }) =>
      event.type === 'MESSAGE' && !!context.doc?.draft?.weekOffered && event.intent.kind === (params.yes ? 'yes' : 'no'),
    /** «nei, det var 6» right after she finished a check-in by typing: its last answer changed. */
    correctsFinishedCheckin: ({ context, event }) => event.type === 'MESSAGE' && !!context.doc && finishedCheckinCorrection(context.doc, event.intent) !== undefined,
    /** The log waiting for its ml got spoons or drops: asked again for a guess in ml, the log still waiting. */
    measureForPending: ({ context, event }) =>
      event.type === 'MESSAGE' && (context.doc?.draft?.pending ?? []).some((p) => p.type === 'pump' || p.type === 'expression') && namesHouseholdMeasure(event.text),
    /** Several pumpings wait for their ml and she gave one amount, or a list of another length: each time, or together? */
    pendingAmountsUnclear: ({ context, event }) => event.type === 'MESSAGE' && !!context.doc && pendingAmountsUnclear(context.doc, event.text, event.intent),
    pendingCompleted: ({ context, event }) => event.type === 'MESSAGE' && !!context.doc && completedPending(context.doc, event.text, event.intent) !== undefined,
    pendingPartlyAnswered: ({ context, event }) => event.type === 'MESSAGE' && !!context.doc && partlyAnswered(context.doc, event.text, event.intent) !== undefined,
    newLog: ({ event }) => event.type === 'MESSAGE' && event.intent.kind === 'log' && (event.intent.events.length > 0 || event.intent.pending.length > 0),
    resumesAt: ({ context }, params: { question: CheckinQuestion }) => context.doc?.draft?.checkin?.resumeAt === params.question,
    consentUnknown: ({ context }) => context.doc?.consent === 'unknown',
    consentRefused: ({ context }) => context.doc?.consent === 'refused',
    /** Onboarding by typing set aside with her consent given: it goes on at the first question not answered yet. */
    onboardingResumesAt: ({ context }, params: { step: OnboardingStep }) =>
      context.doc?.consent === 'given' && !context.doc.profile && nextOnboardingStep(context.doc) === params.step,
    hasDocument: ({ context }) => context.doc !== null,
    weekOver: ({ context }) => !!context.doc && isWeekOver(context.doc, context.now),
    /** «sjekk inn» in her week: the check-in opens at its first question. */
    checkinNowAt: ({ context, event }, params: { question: CheckinQuestion }) =>
      intentOf(event) === 'checkin-now' && !!context.doc && !isWeekOver(context.doc, context.now) && firstQuestionOf(context) === params.question,
    firstQuestionIs: ({ context }, params: { question: CheckinQuestion }) => firstQuestionOf(context) === params.question,
    onboarded: ({ context }) => !!context.doc?.profile,
    hourAtLeast: (args, params: { hour: number }) => hours(args) >= params.hour,
    activated: ({ context }) => !!context.doc?.findings.some((finding) => ACTIVATION_CODES.has(finding.code)),
    weekRestarts: ({ context }) => context.restartWeek,
  },
  actions: {
    welcome: step(({ context, event }) => welcome(ctxOf(context), context.locale, !(event.type === 'MESSAGE' && event.heard), event.type === 'MESSAGE' ? event.text : '')),
    welcomeAgain: step(({ context }) => welcomeAgain(docOf(context), ctxOf(context))),
    takeHeardLanguage: step(({ context, event }) => (event.type === 'MESSAGE' ? takeHeardLanguage(docOf(context), event.heard, event.text) : { doc: undefined, replies: [], locale: context.locale })),
    redFlag: step(({ context, event }) => recordRedFlag(context.doc, event.type === 'RED_FLAG' ? event : { code: 'red-flag.urgent' }, ctxOf(context), context.locale)),
    giveConsent: step(({ context }) => giveConsent(docOf(context), ctxOf(context))),
    refuseConsent: step(({ context }) => refuseConsent(context.doc, ctxOf(context), context.locale)),
    restartOnboarding: step(({ context }) => restartOnboarding(docOf(context), ctxOf(context))),
    askStep: assign(({ context }, params: { step: OnboardingStep }) => say(context, askStep(params.step))),
    holdLog: step(({ context, event }) => (event.type === 'MESSAGE' && event.intent.kind === 'log' ? holdLog(docOf(context), event.intent, ctxOf(context)) : { doc: undefined, replies: [], locale: context.locale })),
    stayAt: step(({ context }, params: { step: OnboardingStep; key: string }) => stayAt(docOf(context), params.step, params.key)),
    explainBirth: step(({ context, event }) => {
      const reading = event.type === 'MESSAGE' ? readBirth(event.intent, context.now, context.turn.defaultTimezone) : undefined;
      return birthNotKept(docOf(context), 'birth', reading && !reading.ok ? reading : undefined, ctxOf(context));
    }),
    keepBirth: step(({ context, event }, params: { next: OnboardingStep }) => {
      const reading = event.type === 'MESSAGE' ? readBirth(event.intent, context.now, context.turn.defaultTimezone) : undefined;
      if (!reading?.ok) return birthNotKept(docOf(context), params.next, reading, ctxOf(context));
      return keepBirth(docOf(context), reading.birthAt, params.next, ctxOf(context));
    }),
    keepMode: step(({ context, event }) => {
      const mode = event.type === 'MESSAGE' ? readMode(event.text) : undefined;
      return keepAnswer(docOf(context), mode ? { feedingMode: mode } : {}, 'firstHour', ctxOf(context));
    }),
    keepModeAt: step(({ context, event }, params: { step: OnboardingStep }) => {
      const mode = event.type === 'MESSAGE' && event.intent.kind === 'set-mode' ? event.intent.mode : undefined;
      return keepAnswer(docOf(context), mode ? { feedingMode: mode } : {}, params.step, ctxOf(context));
    }),
    changeMode: step(({ context, event }) => {
      const intent = messageOf(event)?.intent;
      return changeMode(docOf(context), intent?.kind === 'set-mode' ? intent.mode : undefined, ctxOf(context));
    }),
    keepFirstHour: step(({ context }, params: { answer: 'yes' | 'no' | 'skipped' }) => keepAnswer(docOf(context), { firstHour: params.answer }, 'checkinTime', ctxOf(context))),
    finishTypedOnboarding: step(({ context, event }) => {
      const time = event.type === 'MESSAGE' ? readCheckinTime(event.text, event.intent, context.locale) : undefined;
      return finishTypedOnboarding(docOf(context), time ?? '09:00', ctxOf(context));
    }),
    changeLanguage: step(({ context, event }) => {
      const intent = messageOf(event)?.intent;
      const doc = closeLanguage(docOf(context));
      return changeLanguage(doc, intent?.kind === 'set-language' ? intent.locale : doc.locale, ctxOf(context));
    }),
    answerQuestion: step(({ context, event }) => {
      const intent = messageOf(event)?.intent;
      const words = intent?.kind === 'question' ? intent.text : (messageOf(event)?.text ?? '');
      return { doc: undefined, replies: answerFreeQuestion(words, context.locale), locale: context.locale };
    }),
    answerChosenTopic: step(({ context, event }) => ({ doc: undefined, replies: answerFreeQuestion(messageOf(event)?.text ?? '', context.locale), locale: context.locale })),
    answerWithTimeRules: step(({ context, event }, params: { inCheckin: boolean }) => {
      const intent = messageOf(event)?.intent;
      const words = intent?.kind === 'question' ? intent.text : (messageOf(event)?.text ?? '');
      const answer = adviceAgain(docOf(context), words, context.now) ?? withDeclineButtons(docOf(context), answerFreeQuestion(words, context.locale), params.inCheckin);
      return withTimeRules(docOf(context), answer, ctxOf(context));
    }),
    notUnderstoodOrAnswer: step(({ context, event }, params: { inCheckin: boolean }) => notUnderstoodOrAnswer(docOf(context), messageOf(event)?.text ?? '', params.inCheckin, ctxOf(context))),
    sayKey: assign(({ context }, params: { key: string }) => say(context, text(params.key))),
    // A mother who only pumps is shown what she logs: «pumpet 20 ml», never «ammet nå».
    greetBack: assign(({ context }) => say(context, text(context.doc?.profile?.feedingMode === 'pump' ? 'dialog:greetedPump' : 'dialog:greeted'))),
    askDelete: step(({ context }) => askDelete(docOf(context))),
    askWithdrawConsent: step(({ context }) => askWithdrawConsent(docOf(context))),
    deleteAll: step(({ context }) => confirmDelete(docOf(context), true)),
    keepAll: step(({ context }) => confirmDelete(docOf(context), false)),
    exportData: step(({ context }) => exportData(docOf(context), ctxOf(context))),
    status: assign(({ context }) => say(context, ...statusReplies(docOf(context), context.now))),
    lastSide: assign(({ context }) => say(context, ...lastSideReplies(docOf(context), context.now))),
    lastLog: assign(({ context, event }) => {
      const intent = messageOf(event)?.intent;
      return intent?.kind === 'last-log' ? say(context, ...lastLogReplies(docOf(context), intent.type, context.now)) : {};
    }),
    weekPicture: assign(({ context }) => say(context, ...weekPictureReplies(docOf(context), context.now))),
    summary: assign(({ context }) => say(context, ...summaryReplies(docOf(context), context.now))),
    undoLast: step(({ context, event }) => {
      const intent = messageOf(event)?.intent;
      return undoLast(docOf(context), ctxOf(context), intent?.kind === 'undo' ? intent.type : undefined);
    }),
    correctHeldLog: step(({ context, event }) => {
      const intent = event.type === 'MESSAGE' ? event.intent : undefined;
      return intent?.kind === 'correct-log' ? correctHeldLog(docOf(context), intent.change, ctxOf(context)) : { doc: undefined, replies: [], locale: context.locale };
    }),
    correctLastLog: step(({ context, event }) => {
      const intent = messageOf(event)?.intent;
      return intent?.kind === 'correct-log' ? correctLastLog(docOf(context), intent.change, ctxOf(context)) : { doc: undefined, replies: [], locale: context.locale };
    }),
    pause: step(({ context }) => pauseCheckins(docOf(context), ctxOf(context))),
    resume: step(({ context }) => resumeCheckins(docOf(context), ctxOf(context))),
    changeCheckinTime: step(({ context, event }) => {
      const intent = messageOf(event)?.intent;
      return changeCheckinTime(docOf(context), intent?.kind === 'set-checkin-time' ? intent.time : docOf(context).profile!.checkInTime, ctxOf(context));
    }),
    changeBirth: birthStep(({ context, event }) => {
      const intent = messageOf(event)?.intent;
      return intent?.kind === 'set-birth' ? changeBirth(docOf(context), intent, ctxOf(context)) : { doc: undefined, replies: [], locale: context.locale };
    }),
    weekRestarted: assign({ restartWeek: false }),
    logText: step((args) => logText(docOf(args.context), plannedLog(args)!, ctxOf(args.context))),
    askYesterday: step((args) => askYesterday(docOf(args.context), plannedLog(args)!, ctxOf(args.context))),
    askMissingValue: step((args) => askMissingValue(docOf(args.context), plannedLog(args)!, ctxOf(args.context))),
    askMilkIn: step((args) => askMilkIn(docOf(args.context), plannedLog(args)!, ctxOf(args.context))),
    takeBackReplaced: step(({ context, event }) => {
      const message = messageOf(event)!;
      return takeBackReplaced(docOf(context), message.text, message.intent, ctxOf(context));
    }),
    storePending: step(({ context, event }) => {
      const message = messageOf(event)!;
      return storePending(docOf(context), message.text, message.intent, ctxOf(context));
    }),
    askRestOfPending: step(({ context, event }) => {
      const message = messageOf(event)!;
      return askRestOfPending(docOf(context), message.text, message.intent);
    }),
    storeYesterday: step(({ context }) => storeYesterday(docOf(context), ctxOf(context))),
    askEachOrList: step(({ context, event }) => {
      const message = messageOf(event)!;
      return askEachOrList(docOf(context), message.text, message.intent);
    }),
    notStored: step(({ context }) => notStored(docOf(context))),
    dropSideQuestion: step(({ context }) => ({ doc: withoutDraft(docOf(context), 'pending', 'yesterday'), replies: [], locale: context.locale })),
    dropPendingForLog: step(({ context, event }) => dropPending(docOf(context), event.type === 'MESSAGE' && event.intent.kind === 'log' ? [...event.intent.events, ...event.intent.pending] : [])),
    setCheckinAside: step(({ context }, params: { question: CheckinQuestion }) => {
      const doc = docOf(context);
      const checkin = doc.draft?.checkin;
      return { doc: checkin ? withDraft(doc, 'checkin', { ...checkin, resumeAt: params.question }) : undefined, replies: [], locale: context.locale };
    }),
    resumeCheckin: step(({ context }, params: { question: CheckinQuestion }) => {
      const doc = docOf(context);
      const { resumeAt: _back, ...checkin } = doc.draft!.checkin!;
      return { doc: withDraft(doc, 'checkin', checkin), replies: context.passingOn ? [] : [askQuestion(params.question)], locale: context.locale };
    }),
    resumeOnboarding: assign(({ context }, params: { step: OnboardingStep }) => (context.passingOn ? {} : say(context, askStep(params.step)))),
    // After «ring 113 nå» or «ring legevakt nå» the check-in's next question would say it can wait: it waits instead.
    askQuestion: assign(({ context }, params: { question: CheckinQuestion }) => (sendsForHelpNow(context.replies) ? {} : say(context, askQuestion(params.question)))),
    askAgain: step((args, params: { question: CheckinQuestion }) => {
      const read = readStep(args, params.question);
      return askingAgain(docOf(args.context), params.question, read?.kind === 'again' ? read.choices : undefined);
    }),
    askWhich: assign((args, params: { question: CheckinQuestion }) => {
      const read = readStep(args, params.question);
      return say(args.context, ...(read?.kind === 'ask' ? [read.reply] : [askAgain(params.question)]));
    }),
    refuseAnswer: assign((args, params: { question: CheckinQuestion }) => {
      const read = readStep(args, params.question);
      return say(args.context, ...(read?.kind === 'refuse' ? [read.reply] : []), askQuestion(params.question));
    }),
    fileAnswer: step((args, params: { question: CheckinQuestion }) => fileAnswer(docOf(args.context), params.question, readStep(args, params.question)!, ctxOf(args.context))),
    finishCheckin: step((args, params: { question: CheckinQuestion }) => finishCheckin(docOf(args.context), params.question, readStep(args, params.question)!, ctxOf(args.context))),
    answerOtherQuestion: step((args, params: { question: CheckinQuestion }) => answerOtherQuestion(docOf(args.context), readStep(args, params.question)!, ctxOf(args.context))),
    undoAnswer: step(({ context }, params: { previous: CheckinQuestion }) => undoAnswer(docOf(context), params.previous, ctxOf(context))),
    reopenCheckin: step(({ context }) => reopenCheckin(docOf(context), ctxOf(context))),
    closeWeekOffer: step(({ context }) => ({ doc: withoutDraft(docOf(context), 'weekOffered'), replies: [], locale: context.locale })),
    correctFinishedCheckin: step(({ context, event }) => {
      const value = event.type === 'MESSAGE' ? finishedCheckinCorrection(docOf(context), event.intent) : undefined;
      return value === undefined ? { doc: undefined, replies: [], locale: context.locale } : correctFinishedCheckin(docOf(context), value, ctxOf(context));
    }),
    openCheckin: step(({ context }) => openCheckin(docOf(context), context.now)),
    openCheckinNow: step(({ context }) => openCheckinNow(docOf(context), context.now)),
    sayGoodbye: step(({ context }) => sayGoodbye(docOf(context), context.now)),
    refuseCard: step((args) => {
      const plan = plannedCard(args);
      return { doc: undefined, replies: [text(plan?.kind === 'refuse' ? plan.key : 'common:invalid.unknown-action')], locale: args.context.locale };
    }),
    needsOnboarding: assign(({ context }) => say(context, text('common:onboarding.needed'), { kind: 'card', card: 'onboarding', params: { timezone: context.turn.defaultTimezone } })),
    onboardByCard: step((args) => {
      const plan = plannedCard(args);
      return plan?.kind === 'onboard' ? onboardByCard(args.context.doc, plan.values, ctxOf(args.context), args.context.locale) : { doc: undefined, replies: [], locale: args.context.locale };
    }),
    onboardAgain: birthStep((args) => {
      const plan = plannedCard(args);
      return plan?.kind === 'onboardAgain' ? onboardAgain(docOf(args.context), plan.values, ctxOf(args.context)) : { doc: undefined, replies: [], locale: args.context.locale };
    }),
    logByCard: step((args) => {
      const plan = plannedCard(args);
      return plan?.kind === 'log' ? logEvents(docOf(args.context), [plan.event], ctxOf(args.context), 'event') : { doc: undefined, replies: [], locale: args.context.locale };
    }),
    checkinByCard: step((args) => {
      const plan = plannedCard(args);
      return plan?.kind === 'checkin' ? answerCheckin(docOf(args.context), plan.values, ctxOf(args.context)) : { doc: undefined, replies: [], locale: args.context.locale };
    }),
    /** The message goes on as if the side question had not been asked (and the check-in it set aside does not ask again before it). */
    markPassingOn: assign({ passingOn: true }),
    keepUnfinishedCheckin: step(({ context }) => ({ doc: keepUnfinishedCheckin(docOf(context)), replies: [], locale: context.locale })),
    passOn: raise(({ event }) => event),
  },
}).createMachine({
  id: 'mother',
  type: 'parallel',
  context: ({ input }) => input,
  states: {
    week: {
      initial: 'beforeOnboarding',
      always: { guard: 'weekRestarts', target: '.beforeOnboarding', actions: 'weekRestarted' },
      on: { CHECKIN_DUE: { guard: 'weekOver', target: '.afterWeek' } },
      states: {
        beforeOnboarding: { always: { guard: 'onboarded', target: 'firstHours' } },
        firstHours: {
          always: [
            { guard: 'activated', target: 'activationReached' },
            { guard: { type: 'hourAtLeast', params: { hour: WEEK_HOURS.firstDayEnd } }, target: 'daysOneToThree' },
          ],
        },
        daysOneToThree: {
          always: [
            { guard: 'activated', target: 'activationReached' },
            { guard: { type: 'hourAtLeast', params: { hour: WEEK_HOURS.activationWatch } }, target: 'activationWindow' },
          ],
        },
        activationWindow: {
          always: [
            { guard: 'activated', target: 'activationReached' },
            { guard: { type: 'hourAtLeast', params: { hour: WEEK_HOURS.activationDelayed } }, target: 'activationDelayed' },
          ],
        },
        activationDelayed: {
          always: [
            { guard: 'activated', target: 'activationReached' },
            { guard: { type: 'hourAtLeast', params: { hour: WEEK_HOURS.weekOver } }, target: 'weekComplete' },
          ],
        },
        activationReached: { always: { guard: { type: 'hourAtLeast', params: { hour: WEEK_HOURS.weekOver } }, target: 'weekComplete' } },
        weekComplete: { always: { guard: { type: 'hourAtLeast', params: { hour: WEEK_HOURS.afterWeek } }, target: 'afterWeek' } },
        afterWeek: {},
      },
    },
    conversation: {
      initial: 'new',
      on: {
        // Red flags come before anything else, in every state; the state stays, so an open question is still open.
        RED_FLAG: { actions: 'redFlag' },
        CARD: cardTransitions(),
        CHECKIN_DUE: [
          { guard: 'weekOver', target: '.onboarded.idle', actions: 'sayGoodbye' },
          ...CHECKIN_QUESTIONS.map((question) => ({
            guard: { type: 'firstQuestionIs' as const, params: { question } },
            target: `.onboarded.checkin.${question}`,
            actions: 'openCheckin' as const,
          })),
        ],
      },
      states: {
        new: {
          on: {
            INSTALLED: { target: 'onboarding.consent', actions: 'welcome' },
            MESSAGE: { target: 'onboarding.consent', actions: 'welcome' },
          },
        },
        onboarding: {
          initial: 'consent',
          states: {
            consent: {
              on: {
                MESSAGE: [
                  ...onboardingCommands('consent'),
                  { guard: { type: 'said', params: { kinds: ['yes', 'resume'] } }, target: 'birth', actions: ['takeHeardLanguage', 'giveConsent'] },
                  { guard: { type: 'said', params: { kinds: ['no'] } }, target: '#mother.conversation.refused', actions: ['takeHeardLanguage', 'refuseConsent'] },
                  { guard: 'welcomesAgain', actions: ['takeHeardLanguage', 'welcomeAgain'] },
                  // «hei» after the welcome is no wrong answer: greeted back, and asked again
                  { guard: 'greets', actions: ['takeHeardLanguage', { type: 'stayAt', params: { step: 'consent', key: 'dialog:onboarding.hello' } }] },
                  answersTheConcern('consent'),
                  { actions: ['takeHeardLanguage', { type: 'stayAt', params: { step: 'consent', key: 'dialog:onboarding.yesOrNo' } }] },
                ],
              },
            },
            birth: {
              on: {
                MESSAGE: [
                  ...onboardingCommands('birth'),
                  { guard: 'birthReadable', target: 'mode', actions: ['takeHeardLanguage', { type: 'keepBirth', params: { next: 'mode' } }] },
                  answersTheConcern('birth'),
                  { actions: ['takeHeardLanguage', 'explainBirth'] },
                ],
              },
            },
            mode: {
              on: {
                MESSAGE: [
                  ...onboardingCommands('mode'),
                  { guard: 'modeReadable', target: 'firstHour', actions: ['takeHeardLanguage', 'keepMode'] },
                  answersTheConcern('mode'),
                  { actions: ['takeHeardLanguage', { type: 'stayAt', params: { step: 'mode', key: 'dialog:onboarding.modeNotUnderstood' } }] },
                ],
              },
            },
            firstHour: {
              on: {
                MESSAGE: [
                  ...onboardingCommands('firstHour'),
                  { guard: { type: 'said', params: { kinds: ['yes'] } }, target: 'checkinTime', actions: ['takeHeardLanguage', { type: 'keepFirstHour', params: { answer: 'yes' } }] },
                  { guard: { type: 'said', params: { kinds: ['no'] } }, target: 'checkinTime', actions: ['takeHeardLanguage', { type: 'keepFirstHour', params: { answer: 'no' } }] },
                  { guard: { type: 'said', params: { kinds: ['skip'] } }, target: 'checkinTime', actions: ['takeHeardLanguage', { type: 'keepFirstHour', params: { answer: 'skipped' } }] },
                  answersTheConcern('firstHour'),
                  { actions: ['takeHeardLanguage', { type: 'stayAt', params: { step: 'firstHour', key: 'dialog:onboarding.yesOrNo' } }] },
                ],
              },
            },
            checkinTime: {
              on: {
                MESSAGE: [
                  ...onboardingCommands('checkinTime'),
                  { guard: 'checkinTimeReadable', target: '#mother.conversation.onboarded.idle', actions: ['takeHeardLanguage', 'finishTypedOnboarding'] },
                  answersTheConcern('checkinTime'),
                  { actions: ['takeHeardLanguage', { type: 'stayAt', params: { step: 'checkinTime', key: 'dialog:onboarding.timeNotUnderstood' } }] },
                ],
              },
            },
          },
        },
        refused: {
          on: {
            MESSAGE: [
              { guard: { type: 'said', params: { kinds: ['resume', 'yes'] } }, target: 'onboarding.consent', actions: 'restartOnboarding' },
              { guard: { type: 'said', params: { kinds: ['delete'] } }, target: 'confirmDelete', actions: 'askDelete' },
              { guard: { type: 'said', params: { kinds: ['set-language'] } }, actions: 'changeLanguage' },
              { guard: { type: 'said', params: { kinds: ['question'] } }, actions: 'answerQuestion' },
              { guard: { type: 'said', params: { kinds: ['export'] } }, actions: 'exportData' },
              { guard: { type: 'said', params: { kinds: ['privacy'] } }, actions: { type: 'sayKey', params: { key: 'common:welcome.privacy' } } },
              { actions: { type: 'sayKey', params: { key: 'dialog:refused.reminder' } } },
            ],
          },
        },
        confirmDelete: {
          on: {
            MESSAGE: [
              { guard: { type: 'said', params: { kinds: ['yes'] } }, target: 'new', actions: 'deleteAll' },
              { guard: { type: 'said', params: { kinds: ['no'] } }, target: 'back', actions: 'keepAll' },
              // «ja nei vent», «ja hvis det går»: a doubted yes keeps everything, and says so
              { guard: 'doubtsYes', target: 'back', actions: 'keepAll' },
              // Anything else: the question is dropped (a later "ja" must not delete her data) and the message goes on.
              { target: 'back', actions: ['markPassingOn', 'passOn'] },
            ],
            CARD: { target: 'back', actions: ['markPassingOn', 'passOn'] },
          },
        },
        /** Where she goes after a side question: the check-in set aside, onboarding, the refusal, or idle. */
        back: {
          always: [
            ...CHECKIN_QUESTIONS.map((question) => ({
              guard: { type: 'resumesAt' as const, params: { question } },
              target: `onboarded.checkin.${question}`,
              actions: { type: 'resumeCheckin' as const, params: { question } },
            })),
            { guard: 'consentRefused', target: 'refused' },
            ...(['birth', 'mode', 'firstHour', 'checkinTime'] as const).map((step) => ({
              guard: { type: 'onboardingResumesAt' as const, params: { step } },
              target: `onboarding.${step}`,
              actions: { type: 'resumeOnboarding' as const, params: { step } },
            })),
            { guard: 'consentUnknown', target: 'onboarding.consent', actions: { type: 'resumeOnboarding', params: { step: 'consent' } } },
            { guard: 'hasDocument', target: 'onboarded.idle' },
            { target: 'new' },
          ],
        },
        onboarded: {
          initial: 'idle',
          states: {
            idle: {
              on: {
                MESSAGE: [
                  // «angre» right after the last answer of a check-in: that answer only, and its question again
                  ...CHECKIN_QUESTIONS.map((question) => ({
                    guard: { type: 'reopensCheckinAt' as const, params: { question } },
                    target: `checkin.${question}`,
                    actions: ['reopenCheckin' as const, { type: 'askQuestion' as const, params: { question } }],
                  })),
                  // «ja» to «Vil du se uken din så langt i et bilde?»: the picture; «nei»: a line on how to see it later
                  { guard: { type: 'answersWeekOffer' as const, params: { yes: true } }, actions: ['closeWeekOffer' as const, 'weekPicture' as const] },
                  { guard: { type: 'answersWeekOffer' as const, params: { yes: false } }, actions: ['closeWeekOffer' as const, { type: 'sayKey' as const, params: { key: 'checkin:weekOffer.later' } }] },
                  // «nei, det var 6» right after it: that answer changed, and the check-in held again
                  { guard: 'correctsFinishedCheckin' as const, actions: 'correctFinishedCheckin' as const },
                  ...commands(),
                ],
              },
            },
            checkin: {
              initial: 'feeds',
              // Only a check-in still open is reminded of; anywhere else the reminder says nothing.
              on: { REMINDER_DUE: { actions: { type: 'sayKey', params: { key: 'checkin:reminder' } } } },
              states: Object.fromEntries(CHECKIN_QUESTIONS.map((question) => [question, { on: { MESSAGE: [staleCheckin(), ...checkinAnswers(question), ...commands(question)] } }])) as Record<
                CheckinQuestion,
                object
              >,
            },
            pendingLog: {
              on: {
                MESSAGE: [
                  { guard: 'pendingCompleted', target: '#mother.conversation.back', actions: 'storePending' },
                  { guard: 'pendingPartlyAnswered', actions: 'askRestOfPending' },
                  { guard: 'pendingAmountsUnclear', actions: 'askEachOrList' },
                  { guard: 'measureForPending', actions: { type: 'sayKey', params: { key: 'dialog:log.askMlGuess' } } },
                  { guard: 'newLog', target: '#mother.conversation.back', actions: ['dropPendingForLog', 'markPassingOn', 'passOn'] },
                  { guard: { type: 'said', params: { kinds: ['skip'] } }, target: '#mother.conversation.back', actions: 'notStored' },
                  { target: '#mother.conversation.back', actions: ['dropSideQuestion', 'markPassingOn', 'passOn'] },
                ],
                CARD: { target: '#mother.conversation.back', actions: ['dropSideQuestion', 'markPassingOn', 'passOn'] },
              },
            },
            confirmLog: {
              on: {
                MESSAGE: [
                  { guard: { type: 'said', params: { kinds: ['yes'] } }, target: '#mother.conversation.back', actions: 'storeYesterday' },
                  { guard: { type: 'said', params: { kinds: ['no'] } }, target: '#mother.conversation.back', actions: 'notStored' },
                  { target: '#mother.conversation.back', actions: ['dropSideQuestion', 'markPassingOn', 'passOn'] },
                ],
                CARD: { target: '#mother.conversation.back', actions: ['dropSideQuestion', 'markPassingOn', 'passOn'] },
              },
            },
          },
        },
      },
    },
  },
});

/** A concern told without asking, at an onboarding question she has not answered: the topic's answer, then the same question. */
function answersTheConcern(current: OnboardingStep) {
  return { guard: { type: 'tellsAConcern' as const, params: { step: current } }, actions: ['takeHeardLanguage' as const, 'answerQuestion' as const, { type: 'askStep' as const, params: { step: current } }] };
}

/** What any onboarding question lets her do first: delete, export, choose a language, ask a question. */
function onboardingCommands(current: OnboardingStep) {
  return [
    { guard: { type: 'said' as const, params: { kinds: ['delete'] as IntentKind[] } }, target: '#mother.conversation.confirmDelete', actions: 'askDelete' as const },
    { guard: { type: 'said' as const, params: { kinds: ['export'] as IntentKind[] } }, actions: 'exportData' as const },
    { guard: { type: 'said' as const, params: { kinds: ['privacy'] as IntentKind[] } }, actions: [{ type: 'sayKey' as const, params: { key: 'common:welcome.privacy' } }, { type: 'askStep' as const, params: { step: current } }] },
    { guard: { type: 'said' as const, params: { kinds: ['set-language'] as IntentKind[] } }, actions: ['changeLanguage' as const, { type: 'askStep' as const, params: { step: current } }] },
    { guard: { type: 'said' as const, params: { kinds: ['question'] as IntentKind[] } }, actions: ['takeHeardLanguage' as const, 'answerQuestion' as const, { type: 'askStep' as const, params: { step: current } }] },
    { guard: { type: 'logsAtStep' as const, params: { step: current } }, actions: ['takeHeardLanguage' as const, 'holdLog' as const, { type: 'askStep' as const, params: { step: current } }] },
    // «nei det var høyre» right after a log she held
    ...(current === 'consent'
      ? []
      : [{ guard: { type: 'said' as const, params: { kinds: ['correct-log'] as IntentKind[] } }, actions: ['correctHeldLog' as const, { type: 'askStep' as const, params: { step: current } }] }]),
    // «født i går kl 23» after the birth question: her birth time corrected, and the same question again.
    ...(current === 'consent' || current === 'birth'
      ? []
      : [{ guard: { type: 'said' as const, params: { kinds: ['set-birth'] as IntentKind[] } }, actions: ['takeHeardLanguage' as const, { type: 'keepBirth' as const, params: { next: current } }] }]),
    // «jeg mente ammer» after the feeding question: how she feeds corrected, and the same question again
    ...(current === 'firstHour' || current === 'checkinTime'
      ? [{ guard: { type: 'said' as const, params: { kinds: ['set-mode'] as IntentKind[] } }, actions: ['takeHeardLanguage' as const, { type: 'keepModeAt' as const, params: { step: current } }] }]
      : []),
  ];
}

/** Her words half a day after the check-in opened answer nothing in it: it is closed, her answers kept, and the words go on as anywhere else. */
function staleCheckin() {
  return { guard: 'checkinStale' as const, target: '#mother.conversation.back', actions: ['keepUnfinishedCheckin' as const, 'markPassingOn' as const, 'passOn' as const] };
}

/** An answer to the open check-in question: kept, corrected, refused or asked again; "angre" takes back the one before. */
function checkinAnswers(question: CheckinQuestion) {
  const later = CHECKIN_QUESTIONS.slice(CHECKIN_QUESTIONS.indexOf(question) + 1);
  const earlier = CHECKIN_QUESTIONS.slice(0, CHECKIN_QUESTIONS.indexOf(question));
  const is = (kind: CheckinStep['kind']) => ({ type: 'checkinStepIs' as const, params: { question, kind } });
  return [
    ...earlier.map((previous) => ({
      guard: { type: 'undoes' as const, params: { question, last: previous } },
      target: previous,
      actions: [{ type: 'undoAnswer' as const, params: { previous } }, { type: 'askQuestion' as const, params: { question: previous } }],
    })),
    // «4 våte» noted while pumping was asked, then «angre»: that answer goes, and pumping is asked again
    ...later.map((ahead) => ({
      guard: { type: 'undoes' as const, params: { question, last: ahead } },
      actions: [{ type: 'undoAnswer' as const, params: { previous: ahead } }, { type: 'askQuestion' as const, params: { question } }],
    })),
    ...later.map((next) => ({
      guard: { type: 'answerLeadsTo' as const, params: { question, next } },
      target: next,
      actions: [{ type: 'fileAnswer' as const, params: { question } }, { type: 'askQuestion' as const, params: { question: next } }],
    })),
    { guard: { type: 'answerLeadsTo' as const, params: { question } }, target: '#mother.conversation.onboarded.idle', actions: { type: 'finishCheckin' as const, params: { question } } },
    ...(['correct', 'ahead'] as const).map((kind) => ({ guard: is(kind), actions: [{ type: 'answerOtherQuestion' as const, params: { question } }, { type: 'askQuestion' as const, params: { question } }] })),
    { guard: is('refuse'), actions: { type: 'refuseAnswer' as const, params: { question } } },
    { guard: is('ask'), actions: { type: 'askWhich' as const, params: { question } } },
    { guard: is('again'), actions: { type: 'askAgain' as const, params: { question } } },
  ];
}

/**
 * Her words when no question waits for them (or in a check-in, words that are no answer): a log, a
 * question, a command. In a check-in the open question is asked again after it, and a side question
 * (a missing value, "yesterday?", "delete?") sets the check-in aside until it is answered.
 */
function commands(question?: CheckinQuestion) {
  const resume = question ? [{ type: 'askQuestion' as const, params: { question } }] : [];
  const aside = question ? [{ type: 'setCheckinAside' as const, params: { question } }] : [];
  const said = (...kinds: IntentKind[]) => ({ type: 'said' as const, params: { kinds } });
  return [
    { guard: 'topicChosen' as const, actions: ['answerChosenTopic' as const, ...resume] },
    { guard: { type: 'logPlanIs' as const, params: { kind: 'yesterday' as const } }, target: '#mother.conversation.onboarded.confirmLog', actions: [...aside, 'askYesterday' as const] },
    { guard: { type: 'logPlanIs' as const, params: { kind: 'ask' as const } }, target: '#mother.conversation.onboarded.pendingLog', actions: [...aside, 'takeBackReplaced' as const, 'askMissingValue' as const] },
    { guard: { type: 'logPlanIs' as const, params: { kind: 'confirmMilkIn' as const } }, target: '#mother.conversation.onboarded.confirmLog', actions: [...aside, 'askMilkIn' as const] },
    // «ingen våte bleier siden i går»: nothing to store, and no help list either: her words are answered as a question
    { guard: { type: 'logPlanIs' as const, params: { kind: 'nothing' as const } }, actions: [{ type: 'answerWithTimeRules' as const, params: { inCheckin: question !== undefined } }, ...resume] },
    { guard: said('log'), actions: ['takeBackReplaced' as const, 'logText' as const, ...resume] },
    { guard: said('status'), actions: ['status' as const, ...resume] },
    // «sjekk inn»: the check-in now; in one already, its question again; after her week, that the check-ins are over
    ...(question
      ? [{ guard: said('checkin-now'), actions: resume }]
      : CHECKIN_QUESTIONS.map((first) => ({
          guard: { type: 'checkinNowAt' as const, params: { question: first } },
          target: `#mother.conversation.onboarded.checkin.${first}`,
          actions: 'openCheckinNow' as const,
        }))),
    { guard: said('checkin-now'), actions: [{ type: 'sayKey' as const, params: { key: 'dialog:checkins.weekOver' } }] },
    { guard: said('last-side'), actions: ['lastSide' as const, ...resume] },
    { guard: said('last-log'), actions: ['lastLog' as const, ...resume] },
    { guard: said('week'), actions: ['weekPicture' as const, ...resume] },
    { guard: said('summary'), actions: ['summary' as const, ...resume] },
    { guard: said('undo'), actions: ['undoLast' as const, ...resume] },
    { guard: said('undo-how'), actions: [{ type: 'sayKey' as const, params: { key: 'dialog:undo.how' } }, ...resume] },
    { guard: said('bottle'), actions: [{ type: 'sayKey' as const, params: { key: 'dialog:bottle.notLogged' } }, ...resume] },
    { guard: said('home'), actions: [{ type: 'sayKey' as const, params: { key: 'dialog:home.welcome' } }, ...resume] },
    { guard: said('correct-log'), actions: ['correctLastLog' as const, ...resume] },
    { guard: said('export'), actions: ['exportData' as const, ...resume] },
    { guard: said('privacy'), actions: [{ type: 'sayKey' as const, params: { key: 'common:welcome.privacy' } }, ...resume] },
    { guard: said('set-mode'), actions: ['changeMode' as const, ...resume] },
    { guard: said('delete'), target: '#mother.conversation.confirmDelete', actions: [...aside, 'askDelete' as const] },
    { guard: said('pause'), actions: ['pause' as const, ...resume] },
    { guard: said('resume'), actions: ['resume' as const, ...resume] },
    { guard: said('set-language'), actions: ['changeLanguage' as const, ...resume] },
    { guard: said('set-checkin-time'), actions: ['changeCheckinTime' as const, ...resume] },
    { guard: said('set-birth'), actions: ['changeBirth' as const, ...resume] },
    { guard: said('question'), actions: [{ type: 'answerWithTimeRules' as const, params: { inCheckin: question !== undefined } }, ...resume] },
    { guard: said('help'), actions: [{ type: 'sayKey' as const, params: { key: 'common:help.intro' } }, ...resume] },
    { guard: 'saysThanks' as const, actions: [{ type: 'sayKey' as const, params: { key: 'dialog:thanks' } }, ...resume] },
    { guard: 'saysHeard' as const, actions: [{ type: 'sayKey' as const, params: { key: 'dialog:heard' } }, ...resume] },
    // «hei», «god natt» once she is onboarded: a kind line, never «I did not understand».
    { guard: 'greets' as const, actions: ['greetBack' as const, ...resume] },
    { actions: [{ type: 'notUnderstoodOrAnswer' as const, params: { inCheckin: question !== undefined } }, ...resume] },
  ];
}

/** A card, in any state: onboarding in one go, a withdrawal, a log or a whole check-in. */
function cardTransitions() {
  const is = (kind: CardPlan['kind']) => ({ type: 'cardPlanIs' as const, params: { kind } });
  return [
    { guard: is('withdraw'), target: '.confirmDelete', actions: 'askWithdrawConsent' as const },
    { guard: is('refuseConsent'), target: '.refused', actions: 'refuseConsent' as const },
    { guard: is('onboard'), target: '.onboarded.idle', actions: 'onboardByCard' as const },
    { guard: is('onboardAgain'), target: '.onboarded.idle', actions: 'onboardAgain' as const },
    { guard: is('checkin'), target: '.onboarded.idle', actions: 'checkinByCard' as const },
    { guard: is('log'), actions: 'logByCard' as const },
    { guard: is('needsOnboarding'), actions: 'needsOnboarding' as const },
    { actions: 'refuseCard' as const },
  ];
}
