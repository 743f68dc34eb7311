import { saysEachTime, stoolColour, type Intent, type LogIntent, type LoggableEvent, type PendingEvent } from '../src/language';
import { withDraft, withoutDraft } from './draft';
import type { MilkInEvent, StoolKind } from '../src/mother/events';
import { MAX_EVENTS_PER_MESSAGE } from '../src/mother/limits';
import type { MotherDocument } from '../src/store/mother-document';
import type { InvalidReason } from './card-input';
import { logProblem } from './log-checks';
import { logEvents } from './logging';
import { askEachMl, exampleList } from './each-session-ml';
import { text, type Reply, type Suggestion } from './reply';
import { whenText } from './stored-summary';
import type { TurnContextInfo, TurnOutcome } from './turn';

/**
 * Why typed text is refused: a card's reasons, a clock time that does not exist ("kl 25:99"), which no
 * card field can hold, and a time that belongs to nothing she can have meant for sure ("pumpet 20 ml kl 8 og kl 11").
 */
type TextInvalidReason = InvalidReason | 'impossible-time' | 'unplaced-time';

const refuse = (doc: MotherDocument, reason: TextInvalidReason): TurnOutcome => ({ doc: undefined, replies: [text(`common:invalid.${reason}`)], locale: doc.locale });

/** What a typed log does: refused, asked about (a time only possible yesterday, a missing value), stored, or nothing to store. */
export type TextLogPlan =
  | { kind: 'refuse'; reason: TextInvalidReason }
  | { kind: 'yesterday'; events: LoggableEvent[] }
  | { kind: 'ask'; events: LoggableEvent[]; pending: PendingEvent[] }
  /** "brystene kjennes fulle og tunge": what is complete is stored, and "has your milk come in?" is asked. */
  | { kind: 'confirmMilkIn'; events: LoggableEvent[]; milkIn: MilkInEvent }
  | { kind: 'store'; events: LoggableEvent[] }
  /** «eg amma kl 3 og kl 6» at 03:40, born at 22: the feed at 3 is stored, and she is told the time that has no place. */
  | { kind: 'storeSome'; events: LoggableEvent[]; left: Array<{ at: string; reason: 'future-time' | 'before-birth' }> }
  | { kind: 'nothing' };

/** How a log in her words is taken: stored when complete and valid; otherwise one question or a clear refusal. */
export function textLogPlan(doc: MotherDocument, parsed: LogIntent, now: string): TextLogPlan {
  const intent = parsed.counts.length ? notBeforeBirth(parsed, doc.profile!.birthAt) : parsed;
  // A time that does not exist anywhere in the message ("ammet kl 8 og kl 25"): nothing of it is stored, not even the rest.
  if (intent.concerns.some((c) => c.code === 'impossible-time')) return { kind: 'refuse', reason: 'impossible-time' };
  // A time left over is never dropped in silence: nothing of the message is stored, and she is told why.
  if (intent.concerns.some((c) => c.code === 'unplaced-time')) return { kind: 'refuse', reason: 'unplaced-time' };
  if (intent.concerns.some((c) => c.code === 'volume-out-of-range')) return { kind: 'refuse', reason: 'ml-range' };
  if (intent.concerns.some((c) => c.code === 'too-many')) return { kind: 'refuse', reason: 'count-range' };
  // Nothing of a message that holds too much is stored, not even its first ten.
  if (intent.events.length + intent.pending.length > MAX_EVENTS_PER_MESSAGE) return { kind: 'refuse', reason: 'too-many-at-once' };
  const future = intent.concerns.find((c) => c.code === 'future-time');
  if (future) {
    if (!future.ifYesterday) return { kind: 'refuse', reason: 'future-time' };
    // "kl 23" typed just after midnight: most likely yesterday evening. Ask, store nothing yet.
    return { kind: 'yesterday', events: intent.events.map((e) => (e.at === future.at ? { ...e, at: future.ifYesterday! } : e)) };
  }
  const some = placedOnly(doc, intent, now);
  if (some) return some;
  // Events still waiting for a value count against the day's limit now, before any of the message is stored.
  const problem = logProblem(doc, [...intent.events, ...intent.pending], now);
  if (problem) return { kind: 'refuse', reason: problem };
  const toConfirm = intent.pending.find((p) => p.type === 'milk-in');
  const pending = intent.pending.find((p) => p.type !== 'milk-in');
  // "tre bæsjebleier": one colour for all three. A missing value is asked before any sign of milk coming in.
  if (pending) return { kind: 'ask', events: intent.events, pending: intent.pending.filter((p) => p.type === pending.type) };
  if (toConfirm) return { kind: 'confirmMilkIn', events: intent.events, milkIn: { type: 'milk-in', at: toConfirm.at } };
  return intent.events.length ? { kind: 'store', events: intent.events } : { kind: 'nothing' };
}

/**
 * Several times in one message, some of which have no place: later than now or before the birth
 * («kl 6» at 03:40 is 18:00 yesterday, before a birth at 22). The others are stored, and she is told
 * of each one left out, with the time it was read as; none when every time fits, or none does.
 */
function placedOnly(doc: MotherDocument, intent: LogIntent, now: string): TextLogPlan | undefined {
  if (intent.pending.length > 0 || intent.events.length < 2) return undefined;
  const reasons = intent.events.map((event) => logProblem(doc, [event], now));
  const left = intent.events.flatMap((event, i) => {
    const reason = reasons[i];
    return reason === 'future-time' || reason === 'before-birth' ? [{ at: event.at, reason }] : [];
  });
  if (left.length === 0 || left.length === intent.events.length || reasons.some((reason) => reason && reason !== 'future-time' && reason !== 'before-birth')) return undefined;
  const events = intent.events.filter((_, i) => reasons[i] === undefined);
  return logProblem(doc, events, now) ? undefined : { kind: 'storeSome', events, left };
}

/** A typed log that needs no question: refused with the reason, stored, or (nothing loggable) the help. */
export function logText(doc: MotherDocument, plan: TextLogPlan, ctx: TurnContextInfo): TurnOutcome {
  if (plan.kind === 'refuse') return refuse(doc, plan.reason);
  if (plan.kind === 'store') return logEvents(doc, plan.events, ctx, 'event');
  if (plan.kind === 'storeSome') {
    const stored = logEvents(doc, plan.events, ctx, 'event');
    const summary = { timezone: doc.profile?.timezone ?? ctx.defaultTimezone, now: ctx.now };
    const left = plan.left.map(({ at, reason }) => text(`dialog:log.notPlaced.${reason}`, { when: whenText(at, summary) }));
    return { ...stored, replies: [...stored.replies, ...left] };
  }
  return { doc: undefined, replies: [text('common:help.intro')], locale: doc.locale };
}

/** A time only possible yesterday: nothing stored yet, her yes is asked. */
export function askYesterday(doc: MotherDocument, plan: TextLogPlan, ctx: TurnContextInfo): TurnOutcome {
  const events = plan.kind === 'yesterday' ? plan.events : [];
  return {
    doc: { ...withDraft(doc, 'yesterday', events), updatedAt: ctx.now },
    replies: [text('dialog:log.yesterday', undefined, [
      { titleKey: 'common:answer.yes', word: 'yes' },
      { titleKey: 'common:answer.no', word: 'no' },
    ])],
    locale: doc.locale,
  };
}

/**
 * Signs of milk coming in: what else she logged is stored now, and she is asked whether her milk has
 * come in. Her yes stores it as her yes to "yesterday?" stores a log (the same draft, the same state).
 */
export function askMilkIn(doc: MotherDocument, plan: TextLogPlan, ctx: TurnContextInfo): TurnOutcome {
  if (plan.kind !== 'confirmMilkIn') return { doc: undefined, replies: [], locale: doc.locale };
  const stored = plan.events.length ? logEvents(doc, plan.events, ctx, 'event') : undefined;
  const base = (stored?.doc as MotherDocument | undefined) ?? doc;
  return {
    doc: { ...withDraft(base, 'yesterday', [plan.milkIn]), updatedAt: ctx.now },
    replies: [...(stored?.replies ?? []), text('dialog:log.askMilkIn', undefined, [
      { titleKey: 'common:answer.yes', word: 'yes' },
      { titleKey: 'common:answer.no', word: 'no' },
    ])],
    locale: doc.locale,
  };
}

/** Her yes to "yesterday?" or to "has your milk come in?": the events are stored when they still fit. */
export function storeYesterday(doc: MotherDocument, ctx: TurnContextInfo): TurnOutcome {
  const events = doc.draft?.yesterday ?? [];
  const cleared = withoutDraft(doc, 'yesterday');
  const problem = logProblem(cleared, events, ctx.now);
  return problem ? { ...refuse(cleared, problem), doc: cleared } : logEvents(cleared, events, ctx, 'event');
}

/** What is complete is stored now; one question for the missing value of the rest. */
export function askMissingValue(doc: MotherDocument, plan: TextLogPlan, ctx: TurnContextInfo): TurnOutcome {
  if (plan.kind !== 'ask') return { doc: undefined, replies: [], locale: doc.locale };
  const stored = plan.events.length ? logEvents(doc, plan.events, ctx, 'event') : undefined;
  const base = (stored?.doc as MotherDocument | undefined) ?? doc;
  const several = mlWaiting(plan.pending);
  const ask = several > 1 ? askEachMl(several) : askMissing(plan.pending[0]!);
  return { doc: withDraft(base, 'pending', plan.pending), replies: [...(stored?.replies ?? []), ask], locale: doc.locale };
}

/** The question of a log is dropped: nothing of it is stored. Her no to "has your milk come in?" gets its own next step. */
export function notStored(doc: MotherDocument): TurnOutcome {
  const waiting = doc.draft?.yesterday ?? [];
  const milkInAsked = waiting.length > 0 && waiting.every((event) => event.type === 'milk-in');
  return { doc: withoutDraft(doc, 'pending', 'yesterday'), replies: [text(milkInAsked ? 'dialog:log.milkInNotYet' : 'dialog:log.notStored')], locale: doc.locale };
}

/**
 * The question of a log is dropped because she logs something else: a diaper, pumping or hand
 * expression still missing a value is not stored, and she is told so in one line, never losing it
 * without a word. A log of the same kind, or a milk-in she was only asked about, needs no line.
 */
export function dropPending(doc: MotherDocument, logged: readonly { type: string }[]): TurnOutcome {
  const dropped = doc.draft?.pending?.find((pending) => pending.type !== 'milk-in' && !logged.some((event) => event.type === pending.type));
  return { doc: withoutDraft(doc, 'pending', 'yesterday'), replies: dropped ? [text(`dialog:log.pendingDropped.${dropped.type}`)] : [], locale: doc.locale };
}

/** How many of the logs waiting are pumpings or hand expressions waiting for their ml. */
const mlWaiting = (pending: readonly PendingEvent[]): number => pending.filter((p) => p.missing[0] === 'ml').length;

/**
 * «5» when three pumpings wait for their ml: each time, or all three together? Never guessed: a
 * button says 5 ml each time, or she writes the amount of each.
 */
export function askEachOrList(doc: MotherDocument, message: string, intent: Intent): TurnOutcome {
  const count = mlWaiting(doc.draft?.pending ?? []);
  const { ml } = pendingAnswer(message, intent);
  if (ml === undefined) return { doc: undefined, replies: [askEachMl(count)], locale: doc.locale };
  const each: Suggestion[] = [{ titleKey: 'dialog:log.eachTimeButton', titleParams: { ml }, word: 'mlEachTime', n: ml }];
  return { doc: undefined, replies: [text('dialog:log.eachOrInAll', { ml, count, example: exampleList(count) }, each)], locale: doc.locale };
}

/** Several logs wait for their ml and her answer gives one amount without «hver gang», or a list of another length. */
export function pendingAmountsUnclear(doc: MotherDocument, message: string, intent: Intent): boolean {
  const pending = doc.draft?.pending ?? [];
  if (mlWaiting(pending) < 2 || completedPending(doc, message, intent) !== undefined) return false;
  return pendingAnswer(message, intent).ml !== undefined || intent.kind === 'numbers';
}

function askMissing(pending: PendingEvent): Reply {
  const missing = pending.missing[0];
  if (missing === 'ml') return text(pending.type === 'pump' ? 'dialog:log.askPumpMl' : 'dialog:log.askExpressionMl');
  if (missing === 'stool') {
    return text('dialog:log.askStool', undefined, [
      { titleKey: 'cards:log.stoolKind.meconium', word: 'meconium' },
      { titleKey: 'cards:log.stoolKind.transitional', word: 'transitional' },
      { titleKey: 'cards:log.stoolKind.yellow', word: 'yellow' },
      { titleKey: 'cards:log.stoolKind.none', word: 'noStool' },
    ]);
  }
  return text('dialog:log.askWet', undefined, [
    { titleKey: 'common:answer.yes', word: 'yes' },
    { titleKey: 'common:answer.no', word: 'no' },
  ]);
}

/** Counts spread over "i dag" may start before a birth earlier today: none is placed before the birth. */
function notBeforeBirth(intent: LogIntent, birthAt: string): LogIntent {
  const clamp = <T extends { at: string }>(e: T): T => (Date.parse(e.at) < Date.parse(birthAt) ? { ...e, at: birthAt } : e);
  return { ...intent, events: intent.events.map(clamp), pending: intent.pending.map(clamp) };
}

function completeOne(pending: PendingEvent, answer: { ml?: number; stool?: StoolKind; yes?: boolean }): LoggableEvent | undefined {
  if (pending.type === 'milk-in') return answer.yes ? { type: 'milk-in', at: pending.at } : undefined;
  if (pending.type === 'pump') return answer.ml === undefined ? undefined : { type: 'pump', at: pending.at, ml: answer.ml, ...(pending.double !== undefined ? { double: pending.double } : {}) };
  if (pending.type === 'expression') return answer.ml === undefined ? undefined : { type: 'expression', at: pending.at, ml: answer.ml };
  const stool = answer.stool ?? pending.stool;
  const wet = answer.yes ?? pending.wet;
  // «ja» to «Var bleien våt?» is a wet diaper: she named no stool.
  const wetSaid = pending.missing[0] === 'wet' && answer.yes === true;
  if (pending.missing.includes('stool') && !stool && !wetSaid) return undefined;
  if (pending.missing.includes('wet') && wet === undefined && (!stool || stool === 'none')) return undefined;
  // A colour for her answer to "was it wet?" leaves wetness unknown, never dry.
  return { type: 'diaper', at: pending.at, ...(wet !== undefined ? { wet } : {}), stool: stool ?? 'none' };
}

/** Her answer to the one question of a pending log (a volume, a stool colour, wet yes/no), read from her message. */
export function pendingAnswer(message: string, intent: Intent): { ml?: number; stool?: StoolKind; yes?: boolean } {
  const stool = message
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => (/^(ingen|none)$/.test(w) ? 'none' : stoolColour(w)))
    .find(Boolean);
  // "2 ml" alone reads as a pump log; to "how much?" it is the amount asked for.
  const [amount] = intent.kind === 'log' && intent.amountOnly && intent.events.length === 1 ? intent.events : [];
  const ml = intent.kind === 'number' ? intent.value : amount?.type === 'pump' ? amount.ml : undefined;
  return {
    ...(ml !== undefined ? { ml } : {}),
    ...(stool ? { stool } : {}),
    ...(intent.kind === 'yes' ? { yes: true } : intent.kind === 'no' ? { yes: false } : {}),
  };
}

/** The pending log completed by her answer, or undefined when the answer does not complete it. */
export function completedPending(doc: MotherDocument, message: string, intent: Intent): LoggableEvent[] | undefined {
  const pending = doc.draft?.pending ?? [];
  const answer = pendingAnswer(message, intent);
  // Several waiting for their ml: a list of as many amounts, in order, or one amount said of each time.
  if (mlWaiting(pending) > 1) {
    const listed = intent.kind === 'numbers' && intent.values.length === mlWaiting(pending) ? [...intent.values] : undefined;
    if (!listed && !(answer.ml !== undefined && saysEachTime(message))) return undefined;
    const events = pending.map((p) => completeOne(p, p.missing[0] === 'ml' && listed ? { ml: listed.shift()! } : answer));
    return events.every((e) => e !== undefined) ? (events as LoggableEvent[]) : undefined;
  }
  const events = pending.map((p) => completeOne(p, answer));
  return events.length && events.every((e) => e !== undefined) ? (events as LoggableEvent[]) : undefined;
}

/**
 * «nei» to «Var bleien våt?»: what she said is kept, and the question of what is still missing follows
 * (the stool's colour, with «Ingen» among its buttons). Undefined when her answer fills nothing asked.
 */
export function partlyAnswered(doc: MotherDocument, message: string, intent: Intent): PendingEvent | undefined {
  const pending = doc.draft?.pending ?? [];
  const [only] = pending;
  if (pending.length !== 1 || only?.type !== 'diaper' || only.missing[0] !== 'wet' || only.missing.length < 2) return undefined;
  const { yes } = pendingAnswer(message, intent);
  return yes === undefined ? undefined : { ...only, wet: yes, missing: only.missing.filter((missing) => missing !== 'wet') };
}

/** Keeps her part answer and asks what is still missing. */
export function askRestOfPending(doc: MotherDocument, message: string, intent: Intent): TurnOutcome {
  const rest = partlyAnswered(doc, message, intent);
  if (!rest) return { doc: undefined, replies: [], locale: doc.locale };
  return { doc: withDraft(doc, 'pending', [rest]), replies: [askMissing(rest)], locale: doc.locale };
}

/** Stores the pending log her answer completed (when it still fits the limits). */
export function storePending(doc: MotherDocument, message: string, intent: Intent, ctx: TurnContextInfo): TurnOutcome {
  const events = completedPending(doc, message, intent) ?? [];
  const cleared = withoutDraft(doc, 'pending');
  const problem = logProblem(cleared, events, ctx.now);
  return problem ? { ...refuse(cleared, problem), doc: cleared } : logEvents(cleared, events, ctx, 'event');
}
