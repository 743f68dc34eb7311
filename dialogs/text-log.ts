import type { LogIntent, LoggableEvent, PendingEvent } from '../src/language';
import type { StoolKind } from '../src/mother/events';
import { MAX_EVENTS_PER_MESSAGE } from '../src/mother/limits';
import type { MotherDocument } from '../src/store/mother-document';
import type { InvalidReason } from './card-input';
import { logProblem } from './log-checks';
import { logEvents } from './logging';
import { text, type Reply } from './reply';
import type { TurnContextInfo, TurnOutcome } from './turn';

/** Why typed text is refused: a card's reasons, and a clock time that does not exist ("kl 25:99"), which no card field can hold. */
type TextInvalidReason = InvalidReason | 'impossible-time';

const refuse = (doc: MotherDocument, reason: TextInvalidReason): TurnOutcome => ({ doc: undefined, replies: [text(`common:invalid.${reason}`)], locale: doc.locale });

/** A log in her words: stored when complete and valid; otherwise one question or a clear refusal. */
export function logFromText(doc: MotherDocument, parsed: LogIntent, ctx: TurnContextInfo): TurnOutcome {
  const intent = parsed.counts.length ? notBeforeBirth(parsed, doc.profile!.birthAt) : parsed;
  // A time that does not exist anywhere in the message ("ammet kl 8 og kl 25"): nothing of it is stored, not even the rest.
  if (intent.concerns.some((c) => c.code === 'impossible-time')) return refuse(doc, 'impossible-time');
  if (intent.concerns.some((c) => c.code === 'volume-out-of-range')) return refuse(doc, 'ml-range');
  if (intent.concerns.some((c) => c.code === 'too-many')) return refuse(doc, 'count-range');
  // Nothing of a message that holds too much is stored, not even its first ten.
  if (intent.events.length + intent.pending.length > MAX_EVENTS_PER_MESSAGE) return refuse(doc, 'too-many-at-once');
  const future = intent.concerns.find((c) => c.code === 'future-time');
  if (future) {
    if (!future.ifYesterday) return refuse(doc, 'future-time');
    // "kl 23" typed just after midnight: most likely yesterday evening. Ask, store nothing yet.
    const shifted = intent.events.map((e) => (e.at === future.at ? { ...e, at: future.ifYesterday! } : e));
    return {
      doc: { ...doc, dialog: { name: 'confirm-log', step: 'yesterday', values: { events: shifted }, startedAt: ctx.now } },
      replies: [text('dialog:log.yesterday', undefined, [
        { titleKey: 'common:answer.yes', value: 'ja' },
        { titleKey: 'common:answer.no', value: 'nei' },
      ])],
      locale: doc.locale,
    };
  }
  // Events still waiting for a value count against the day's limit now, before any of the message is stored.
  const problem = logProblem(doc, [...intent.events, ...intent.pending], ctx.now);
  if (problem) return refuse(doc, problem);
  const pending = intent.pending[0];
  if (pending) {
    // Store what is complete now; ask once for the missing value of the rest ("tre bæsjebleier": one colour for all three).
    const stored = intent.events.length ? logEvents(doc, intent.events, ctx, 'event') : undefined;
    const base = (stored?.doc as MotherDocument | undefined) ?? doc;
    const alike = intent.pending.filter((p) => p.type === pending.type);
    return {
      doc: { ...base, dialog: { name: 'pending-log', step: pending.missing[0]!, values: { pending: alike }, startedAt: ctx.now } },
      replies: [...(stored?.replies ?? []), askMissing(pending)],
      locale: doc.locale,
    };
  }
  if (!intent.events.length) return { doc: undefined, replies: [text('common:help.intro')], locale: doc.locale };
  return logEvents(doc, intent.events, ctx, 'event');
}

function askMissing(pending: PendingEvent): Reply {
  const missing = pending.missing[0];
  if (missing === 'ml') return text(pending.type === 'pump' ? 'dialog:log.askPumpMl' : 'dialog:log.askExpressionMl');
  if (missing === 'stool') {
    return text('dialog:log.askStool', undefined, [
      { titleKey: 'cards:log.stoolKind.meconium', value: 'svart' },
      { titleKey: 'cards:log.stoolKind.transitional', value: 'grønnbrun' },
      { titleKey: 'cards:log.stoolKind.yellow', value: 'gul' },
      { titleKey: 'cards:log.stoolKind.none', value: 'ingen' },
    ]);
  }
  return text('dialog:log.askWet', undefined, [
    { titleKey: 'common:answer.yes', value: 'ja' },
    { titleKey: 'common:answer.no', value: 'nei' },
  ]);
}

/** Counts spread over "i dag" may start before a birth earlier today: none is placed before the birth. */
function notBeforeBirth(intent: LogIntent, birthAt: string): LogIntent {
  const clamp = <T extends { at: string }>(e: T): T => (Date.parse(e.at) < Date.parse(birthAt) ? { ...e, at: birthAt } : e);
  return { ...intent, events: intent.events.map(clamp), pending: intent.pending.map(clamp) };
}

function completeOne(pending: PendingEvent, answer: { ml?: number; stool?: StoolKind; yes?: boolean }): LoggableEvent | undefined {
  if (pending.type === 'pump') return answer.ml === undefined ? undefined : { type: 'pump', at: pending.at, ml: answer.ml, ...(pending.double !== undefined ? { double: pending.double } : {}) };
  if (pending.type === 'expression') return answer.ml === undefined ? undefined : { type: 'expression', at: pending.at, ml: answer.ml };
  const stool = answer.stool ?? pending.stool;
  const wet = answer.yes ?? pending.wet;
  if (pending.missing.includes('stool') && !stool) return undefined;
  if (pending.missing.includes('wet') && wet === undefined && !stool) return undefined;
  return { type: 'diaper', at: pending.at, wet: wet ?? false, stool: stool ?? 'none' };
}

/** The answer to the one question of a pending log: a volume, a stool colour, or wet yes/no. */
export function completePending(doc: MotherDocument, answer: { ml?: number; stool?: StoolKind; yes?: boolean }, ctx: TurnContextInfo): TurnOutcome | undefined {
  const pending = (doc.dialog?.values as { pending?: PendingEvent[] } | undefined)?.pending ?? [];
  const events = pending.map((p) => completeOne(p, answer));
  if (!events.length || events.some((e) => !e)) return undefined;
  const cleared = { ...doc, dialog: undefined };
  const problem = logProblem(cleared, events as LoggableEvent[], ctx.now);
  if (problem) return refuse(cleared, problem);
  return logEvents(cleared, events as LoggableEvent[], ctx, 'event');
}
