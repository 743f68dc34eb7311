import { CORRECTION_OPENERS } from '../src/language/checkin-answer';
import type { Intent } from '../src/language';
import { normalize } from '../src/language/normalize';
import { longestPhraseAt, tokenize } from '../src/language/tokens';
import type { MotherDocument } from '../src/store/mother-document';
import { text } from './reply';
import { eventLines } from './stored-summary';
import type { TurnContextInfo, TurnOutcome } from './turn';
import { withoutEntry } from './undo';
import { CHANGED_WITHIN_MS } from './correct-log';


/**
 * «våt bleie», then «nei det var bæsj»: a log of the same kind that opens with a correction replaces her
 * last log, when that was one thing logged alone within the hour (not a check-in's answer); it added a
 * second diaper before. The entry it replaces, or undefined.
 */
export function replacedEntry(doc: MotherDocument, message: string, intent: Intent, now: string): string | undefined {
  if (intent.kind !== 'log') return undefined;
  const types = new Set([...intent.events, ...intent.pending].map((event) => event.type));
  if (types.size !== 1 || longestPhraseAt(tokenize(normalize(message)), 0, CORRECTION_OPENERS) === 0) return undefined;
  const last = [...doc.events].reverse().find((event) => event.type !== 'symptom');
  if (!last || !types.has(last.type) || Date.parse(now) - Date.parse(last.loggedAt) > CHANGED_WITHIN_MS) return undefined;
  const alone = doc.events.filter((event) => event.entry === last.entry).length === 1 && !doc.checkins.some((checkin) => checkin.entry === last.entry);
  return alone ? last.entry : undefined;
}

/** Her last log taken out before the one that replaces it is stored or asked about; she is told which. */
export function takeBackReplaced(doc: MotherDocument, message: string, intent: Intent, ctx: TurnContextInfo): TurnOutcome {
  const entry = replacedEntry(doc, message, intent, ctx.now);
  if (!entry) return { doc: undefined, replies: [], locale: doc.locale };
  const removed = doc.events.filter((event) => event.entry === entry);
  const summary = { timezone: doc.profile?.timezone ?? ctx.defaultTimezone, now: ctx.now };
  return { doc: withoutEntry(doc, entry, ctx.now), replies: [text('dialog:log.replaced'), ...eventLines(removed, summary)], locale: doc.locale };
}
