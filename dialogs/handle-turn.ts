import type { Finding } from '../src/mother/findings';
import type { LoggedEvent } from '../src/mother/events';
import type { Locale } from '../src/mother/profile';
import { detectRedFlag } from '../src/language/red-flags';
import { detectLocale } from '../src/language/detect-locale';
import { stoolColour, understand, type Intent } from '../src/language';
import { plainCharacters } from '../src/language/plain-characters';
import { pumpEventsFromCheckin } from '../src/mother/checkin-events';
import { hoursSinceBirth } from '../src/mother/time';
import { newMotherDocument, type MotherDocument } from '../src/store/mother-document';
import { parseCheckinValue, parseLogValue, parseOnboard, type InvalidReason } from './card-input';
import { askQuestion, checkinTurn } from './checkin-dialog';
import type { CheckinQuestion } from '../src/mother/checkin-questions';
import { askDelete, askWithdrawConsent, changeBirth, changeCheckinTime, changeLanguage, confirmDelete, exportData, pauseCheckins, resumeCheckins } from './data-rights';
import { dayLimitProblem, logProblem } from './log-checks';
import { answerCheckin, findingReplies, logEvents } from './logging';
import { askStep, continueOnboarding, finishOnboarding, onboardAgain, refuseConsent, restartOnboarding } from './onboarding';
import { answerFreeQuestion, topicByTitle } from './questions';
import { DECLINE_KEY } from '../src/knowledge';
import { text, type Reply, type Suggestion } from './reply';
import { statusReplies } from './status';
import { completePending, logFromText } from './text-log';
import type { TurnContextInfo, TurnInput, TurnOutcome } from './turn';
import { undoCheckinAnswer, undoLast } from './undo';
import { progressWeek } from './week-progress';

type Value = Record<string, unknown>;
const isRecord = (v: unknown): v is Value => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * No mother types more than this in one message; the red-flag and question matchers grow faster than
 * linearly with length (a pasted 100 KB took them close to a minute), so the rest of a paste is not read.
 */
export const MAX_MESSAGE_CHARS = 4000;

/** The whole of one turn, pure: her document and what she sent in, the new document and the replies out. */
export function handleTurn(doc: MotherDocument | undefined, received: TurnInput, ctx: TurnContextInfo): TurnOutcome {
  const guessed: Locale = doc?.locale ?? ctx.channelLocale ?? ctx.defaultLocale;
  if (received.kind === 'installed') return doc ? { doc: undefined, replies: [], locale: guessed } : welcome(ctx, guessed, true);
  // Her words as every reader takes them (red flags, commands, logs, answers, questions): no invisible
  // format characters, every decimal digit 0-9, so "1\u200d7 ml" is 17 ml wherever it is read.
  const input = { ...received, text: typeof received.text === 'string' ? plainCharacters(received.text.slice(0, MAX_MESSAGE_CHARS)) : '' };
  // A new mother's first clear words choose her language over the channel's guess (the Teams
  // Playground says en-US whatever she writes); once chosen, only asking for another changes it.
  const heard = !doc || languageOpen(doc) ? languageOfFirstWords(input.text, guessed, ctx) : undefined;
  const locale = heard ?? guessed;

  // Red flags come before anything else, in every state, onboarding included.
  const hours = doc?.profile ? hoursSinceBirth(doc.profile, ctx.now) : undefined;
  const flag = input.text ? detectRedFlag(input.text, hours !== undefined ? { hoursSinceBirth: hours } : {}) : null;
  if (flag) return redFlag(doc, flag, ctx, locale);

  if (isRecord(input.value) && typeof input.value.action === 'string') return handleCard(doc, input.value, ctx, locale);
  if (!doc) return welcome(ctx, locale, heard === undefined);
  return handleText(doc, input.text, ctx, heard);
}

/**
 * Kept in the welcome's dialog while her language is only the channel's guess (a welcome on install,
 * or after a first message that did not show her language). Not an answer of hers: it goes with her
 * first clear words, her choice of a language, or her answer to the consent question.
 */
const LANGUAGE_OPEN = 'languageOpen';

function languageOpen(doc: MotherDocument): boolean {
  return doc.consent === 'unknown' && !doc.profile && doc.dialog?.name === 'onboarding' && doc.dialog.step === 'consent' && doc.dialog.values?.[LANGUAGE_OPEN] === true;
}

/** The language she asks for ("norsk", "can you speak english?"), else the one her words are clearly in, else undefined. */
function languageOfFirstWords(message: string, guessed: Locale, ctx: TurnContextInfo): Locale | undefined {
  if (!message.trim()) return undefined;
  const intent = understand(message, { now: ctx.now, timezone: ctx.defaultTimezone, locale: guessed });
  if (intent.kind === 'set-language') return intent.locale;
  return detectLocale(message, guessed === 'nn' ? 'nn' : 'nb');
}

function welcome(ctx: TurnContextInfo, locale: Locale, languageGuessed: boolean): TurnOutcome {
  const dialog = { name: 'onboarding', step: 'consent', startedAt: ctx.now, ...(languageGuessed ? { values: { [LANGUAGE_OPEN]: true } } : {}) };
  return { doc: { ...newMotherDocument(ctx.motherId, ctx.now, locale), dialog }, locale, replies: welcomeReplies(ctx, languageGuessed) };
}

/** Hello, the consent question and the onboarding card; with a guessed language, a line on how to choose another. */
function welcomeReplies(ctx: TurnContextInfo, offerLanguages: boolean): Reply[] {
  return [
    text('common:welcome.hello'),
    ...(offerLanguages ? [text('dialog:language.offer')] : []),
    askStep('consent'),
    { kind: 'card', card: 'onboarding', params: { timezone: ctx.defaultTimezone } },
  ];
}

/**
 * Her first message after a welcome in a guessed language. Words clearly in one of ours make it hers:
 * a greeting or anything the consent question cannot take gets the welcome again in it, an answer or a
 * question is taken in it. Words that show no language leave the choice open for her next message.
 */
function firstWords(doc: MotherDocument, message: string, intent: Intent, heard: Locale | undefined, ctx: TurnContextInfo): TurnOutcome {
  const closed: MotherDocument = { ...doc, dialog: { name: 'onboarding', step: 'consent', startedAt: doc.dialog?.startedAt ?? ctx.now } };
  const decided: MotherDocument = heard ? { ...closed, locale: heard, updatedAt: ctx.now } : closed;
  // Without a language heard, a document left unchanged keeps the choice open (nothing is written).
  const outcome = continueOnboarding(decided, message, ctx);
  if (!heard || outcome.doc !== undefined || intent.kind === 'set-language') return outcome;
  if (heard === doc.locale || intent.kind === 'question') return { ...outcome, doc: decided };
  return { doc: decided, replies: welcomeReplies(ctx, false), locale: heard };
}

function redFlag(doc: MotherDocument | undefined, code: 'red-flag.emergency' | 'red-flag.urgent', ctx: TurnContextInfo, locale: Locale): TurnOutcome {
  const finding: Finding = { code, severity: code === 'red-flag.emergency' ? 'emergency' : 'urgent', at: ctx.now };
  const replies = findingReplies([finding]);
  // Only with her consent is the sign kept in her log (as a symptom event, never her words).
  if (doc?.consent !== 'given' || !doc.profile) return { doc: undefined, replies, locale };
  const event: LoggedEvent = { type: 'symptom', at: ctx.now, code, id: ctx.newId(), entry: ctx.newId(), loggedAt: ctx.now };
  return { doc: { ...doc, events: [...doc.events, event], findings: [...doc.findings, finding], updatedAt: ctx.now }, replies, locale };
}

const invalid = (reason: InvalidReason, locale: Locale): TurnOutcome => ({ doc: undefined, replies: [text(`common:invalid.${reason}`)], locale });

function handleCard(doc: MotherDocument | undefined, value: Value, ctx: TurnContextInfo, locale: Locale): TurnOutcome {
  if (value.action === 'onboard') {
    const parsed = parseOnboard(value, ctx.now, doc?.profile?.timezone ?? ctx.defaultTimezone);
    if (!parsed.ok && parsed.reason === 'no-consent') {
      // Withdrawing consent is a deletion: a card (an old one tapped again, say) never does it by itself.
      return doc?.consent === 'given' ? askWithdrawConsent(doc, ctx) : refuseConsent(doc, ctx, locale);
    }
    if (!parsed.ok) return invalid(parsed.reason, locale);
    if (doc?.consent === 'given' && doc.profile) return onboardAgain(doc, parsed.value, ctx);
    const base = doc ?? newMotherDocument(ctx.motherId, ctx.now, locale);
    return finishOnboarding({ ...base, consent: 'given', profile: { ...parsed.value, locale: base.locale }, dialog: undefined }, ctx);
  }
  if (value.action !== 'log' && value.action !== 'checkin') return invalid('unknown-action', locale);
  if (!doc || doc.consent !== 'given' || !doc.profile) {
    return { doc: undefined, replies: [text('common:onboarding.needed'), { kind: 'card', card: 'onboarding', params: { timezone: ctx.defaultTimezone } }], locale };
  }
  // A card tap moves on from an open yes/no question just as a typed message does.
  const current = withoutStaleQuestion(doc);
  const refused = (reason: InvalidReason): TurnOutcome => ({ ...invalid(reason, doc.locale), doc: current === doc ? undefined : current });
  if (value.action === 'log') {
    const parsed = parseLogValue(value, ctx.now, doc.profile.birthAt, doc.profile.timezone);
    if (!parsed.ok) return refused(parsed.reason);
    const problem = logProblem(current, [parsed.value], ctx.now);
    return problem ? refused(problem) : logEvents(current, [parsed.value], ctx, 'event');
  }
  const parsed = parseCheckinValue(value);
  if (!parsed.ok) return refused(parsed.reason);
  // The pump sessions a check-in lists are logged too, so they are held to the day's limit.
  const problem = dayLimitProblem(current, pumpEventsFromCheckin({ at: ctx.now, ...(parsed.value.pumpMl ? { pumpMl: parsed.value.pumpMl } : {}) }));
  return problem ? refused(problem) : answerCheckin(current, parsed.value, ctx);
}

function handleText(doc: MotherDocument, message: string, ctx: TurnContextInfo, heard?: Locale): TurnOutcome {
  const locale = doc.locale;
  const timezone = doc.profile?.timezone ?? ctx.defaultTimezone;
  const intent = understand(message, { now: ctx.now, timezone, locale });

  if (doc.consent === 'refused') return whileRefused(doc, message, intent, ctx);
  if (doc.consent !== 'given' || !doc.profile) {
    // Data rights hold during onboarding too: delete after one confirmation, export what there is.
    if (doc.dialog?.name === 'confirm-delete') {
      const answered = dialogTurn(doc, message, intent, ctx);
      if (answered) return answered;
    }
    if (intent.kind === 'delete') return askDelete(doc, ctx);
    if (intent.kind === 'export') return exportData(doc, ctx);
    return languageOpen(doc) ? firstWords(doc, message, intent, heard, ctx) : continueOnboarding(doc, message, ctx);
  }

  const inDialog = dialogTurn(doc, message, intent, ctx);
  if (inDialog) return inDialog;
  const current = withoutStaleQuestion(doc);
  const outcome = commandOrLog(current, message, intent, ctx);
  if (current === doc || outcome.doc !== undefined) return resumeOpenCheckin(doc, outcome);
  return { ...outcome, doc: current };
}

/**
 * A yes/no or a missing value asked for is only an answer to the very next message: once she has
 * moved on, a later "ja" must not delete her data or store an old log.
 */
function withoutStaleQuestion(doc: MotherDocument): MotherDocument {
  const name = doc.dialog?.name;
  if (name !== 'confirm-delete' && name !== 'confirm-log' && name !== 'pending-log') return doc;
  return { ...doc, dialog: undefined };
}

/** An open dialog gets the first pick of her message; undefined lets the message go on as usual. */
function dialogTurn(doc: MotherDocument, message: string, intent: Intent, ctx: TurnContextInfo): TurnOutcome | undefined {
  const dialog = doc.dialog;
  if (!dialog) return undefined;
  switch (dialog.name) {
    case 'confirm-delete':
      if (intent.kind === 'yes') return confirmDelete(doc, true);
      if (intent.kind === 'no') return confirmDelete(doc, false);
      return undefined;
    case 'checkin':
      // "angre" takes back the last answer of this check-in; with none given yet, her last entry as ever.
      return (intent.kind === 'undo' ? undoCheckinAnswer(doc, ctx) : undefined) ?? checkinTurn(doc, message, intent, ctx);
    case 'confirm-log': {
      if (intent.kind !== 'yes' && intent.kind !== 'no') return undefined;
      const cleared = { ...doc, dialog: undefined };
      if (intent.kind === 'no') return { doc: cleared, replies: [text('dialog:log.notStored')], locale: doc.locale };
      const events = (dialog.values?.events ?? []) as LoggedEvent[];
      const problem = logProblem(cleared, events, ctx.now);
      if (problem) return { doc: cleared, replies: [text(`common:invalid.${problem}`)], locale: doc.locale };
      return logEvents(cleared, events, ctx, 'event');
    }
    case 'pending-log': {
      if (intent.kind === 'log' && (intent.events.length || intent.pending.length)) return undefined;
      const ml = intent.kind === 'number' ? intent.value : undefined;
      const stool = message
        .toLowerCase()
        .split(/\s+/)
        .map((w) => (/^(ingen|none|no)$/.test(w) ? 'none' : stoolColour(w)))
        .find(Boolean);
      const yes = intent.kind === 'yes' ? true : intent.kind === 'no' ? false : undefined;
      if (intent.kind === 'skip') return { doc: { ...doc, dialog: undefined }, replies: [text('dialog:log.notStored')], locale: doc.locale };
      return completePending(doc, { ...(ml !== undefined ? { ml } : {}), ...(stool ? { stool } : {}), ...(yes !== undefined ? { yes } : {}) }, ctx);
    }
    default:
      return undefined;
  }
}

function commandOrLog(doc: MotherDocument, message: string, intent: Intent, ctx: TurnContextInfo): TurnOutcome {
  const locale = doc.locale;
  const chosenTopic = topicByTitle(message, locale);
  if (chosenTopic) return { doc: undefined, replies: answerFreeQuestion(message, locale), locale };
  switch (intent.kind) {
    case 'log':
      return logFromText(doc, intent, ctx);
    case 'status':
      return { doc: undefined, replies: statusReplies(doc, ctx.now), locale };
    case 'undo':
      return undoLast(doc, ctx);
    case 'export':
      return exportData(doc, ctx);
    case 'delete':
      return askDelete(doc, ctx);
    case 'pause':
      return pauseCheckins(doc, ctx);
    case 'resume':
      return resumeCheckins(doc, ctx);
    case 'set-language':
      return changeLanguage(doc, intent.locale, ctx);
    case 'set-checkin-time':
      return changeCheckinTime(doc, intent.time, ctx);
    case 'set-birth':
      return intent.approximate ? { doc: undefined, replies: [text('dialog:onboarding.birthNeedsTime')], locale } : changeBirth(doc, intent.birthAt, ctx);
    case 'question':
      return withTimeRules(doc, answerFreeQuestion(intent.text, locale), ctx);
    case 'help':
      return { doc: undefined, replies: [text('common:help.intro')], locale };
    default: {
      if (/^\s*(tusen\s+)?(takk|tack|thanks?|thank you|ok|okei|okay|fint|flott|supert?)\b/i.test(message)) return { doc: undefined, replies: [text('dialog:thanks')], locale };
      // Mothers often ask without a question word ("kommer det bare noen dråper, er det normalt"):
      // a confident topic is an answer; otherwise a short line and three things to try, never a dead end.
      const answer = answerFreeQuestion(message, locale);
      const declined = answer.length === 1 && answer[0]!.kind === 'text' && answer[0]!.key === DECLINE_KEY;
      return withTimeRules(doc, declined ? [notUnderstood(doc)] : answer, ctx);
    }
  }
}

/** The buttons' words as she would type them, so what the button sends reads as hers. */
const TRY_WORDS: Readonly<Record<Locale, { feedNow: string; pumped: string; help: string }>> = {
  nb: { feedNow: 'ammet nå', pumped: 'pumpet', help: 'hjelp' },
  nn: { feedNow: 'amma no', pumped: 'pumpa', help: 'hjelp' },
  en: { feedNow: 'fed now', pumped: 'pumped', help: 'help' },
};

/**
 * One line and three buttons: the log she writes most (a feed, or a pumping that asks for the ml
 * when she only pumps), her status, and the whole help list. In a check-in the line stands alone:
 * the question comes after it with its own buttons.
 */
function notUnderstood(doc: MotherDocument): Reply {
  if (doc.dialog?.name === 'checkin') return text('dialog:notUnderstood');
  const words = TRY_WORDS[doc.locale];
  const log: Suggestion = doc.profile?.feedingMode === 'pump' ? { titleKey: 'dialog:missed.pumped', value: words.pumped } : { titleKey: 'dialog:missed.feedNow', value: words.feedNow };
  return text('dialog:missed.text', undefined, [log, { titleKey: 'dialog:missed.status', value: 'status' }, { titleKey: 'dialog:missed.help', value: words.help }]);
}

/** Any turn also holds the time-based rules (72 h, 120 h, day-1 colostrum) against `now`. */
function withTimeRules(doc: MotherDocument, replies: Reply[], ctx: TurnContextInfo): TurnOutcome {
  const { doc: progressed, fired } = progressWeek(doc, ctx.now, 'turn');
  if (!fired.length) return { doc: undefined, replies, locale: doc.locale };
  return { doc: progressed, replies: [...replies, ...findingReplies(fired)], locale: doc.locale };
}

/** A question or a log in the middle of a check-in is answered, then the check-in goes on. */
function resumeOpenCheckin(before: MotherDocument, outcome: TurnOutcome): TurnOutcome {
  const after = outcome.doc === undefined ? before : outcome.doc;
  if (!after || after.dialog?.name !== 'checkin' || before.dialog?.name !== 'checkin') return outcome;
  return { ...outcome, replies: [...outcome.replies, askQuestion(after.dialog.step as CheckinQuestion)] };
}

function whileRefused(doc: MotherDocument, message: string, intent: Intent, ctx: TurnContextInfo): TurnOutcome {
  if (doc.dialog?.name === 'confirm-delete') {
    const answered = dialogTurn(doc, message, intent, ctx);
    if (answered) return answered;
  }
  if (intent.kind === 'resume' || intent.kind === 'yes') return restartOnboarding(doc, ctx);
  if (intent.kind === 'delete') return askDelete(doc, ctx);
  if (intent.kind === 'set-language') return changeLanguage(doc, intent.locale, ctx);
  if (intent.kind === 'question') return { doc: undefined, replies: answerFreeQuestion(intent.text, doc.locale), locale: doc.locale };
  if (intent.kind === 'export') return exportData(doc, ctx);
  return { doc: undefined, replies: [text('dialog:refused.reminder')], locale: doc.locale };
}
