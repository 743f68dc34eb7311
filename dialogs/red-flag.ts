import type { Finding } from '../src/mother/findings';
import { HER_OWN_SIGNS, type LoggedEvent, type RedFlagCode, type RedFlagSign } from '../src/mother/events';
import type { Locale } from '../src/mother/profile';
import type { MotherDocument } from '../src/store/mother-document';
import { findingReplies } from './logging';
import type { TurnContextInfo, TurnOutcome } from './turn';

/**
 * A red flag in her words: its advice at once; only with her consent is the sign kept in her log
 * (as a symptom event naming its signs, and its finding; never her words).
 */
export function recordRedFlag(doc: MotherDocument | null, flag: { code: RedFlagCode; signs?: RedFlagSign[] }, ctx: TurnContextInfo, locale: Locale): TurnOutcome {
  const { code, signs } = flag;
  const hers = code === 'red-flag.urgent' && !!signs?.length && signs.every((sign) => HER_OWN_SIGNS.has(sign));
  const finding: Finding = { code, severity: code === 'red-flag.emergency' ? 'emergency' : 'urgent', at: ctx.now, ...(hers ? { data: { about: 'mother' } } : {}) };
  const replies = findingReplies([finding]);
  if (doc?.consent !== 'given' || !doc.profile) return { doc: undefined, replies, locale };
  const event: LoggedEvent = { type: 'symptom', at: ctx.now, code, ...(signs?.length ? { signs } : {}), id: ctx.newId(), entry: ctx.newId(), loggedAt: ctx.now };
  return { doc: { ...doc, events: [...doc.events, event], findings: [...doc.findings, finding], updatedAt: ctx.now }, replies, locale };
}
