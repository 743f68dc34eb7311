import type { TurnContextInfo, TurnInput, TurnOutcome } from '../../../dialogs/turn';
import type { FeedingMode } from '../../../src/mother/events';
import type { MotherDocument } from '../../../src/store/mother-document';
import { runTurns } from './run-turns';
import type { Locale } from '../../../src/mother/profile';

/** Her turns on day 3, at 14:00 in Oslo: the check-in asks feeds (or pumped volumes), wet diapers and yellow stools. */
export const NOW = '2026-11-26T13:00:00.000Z';
export const BIRTH = '2026-11-24T02:10:00.000Z';

let ids = 0;
export const ctx = (locale: Locale): TurnContextInfo => ({ motherId: 'm', now: NOW, channelLocale: locale, defaultLocale: 'nb', defaultTimezone: 'Europe/Oslo', newId: () => `id-${ids++}` });
export const say = (text: string): TurnInput => ({ kind: 'message', text });
export const tap = (value: Record<string, unknown>): TurnInput => ({ kind: 'message', text: '', value });
/** Her messages, one turn each, at NOW in her language. */
export const talk = (doc: MotherDocument | undefined, locale: Locale, ...messages: string[]): { doc: MotherDocument | undefined; last: TurnOutcome } =>
  runTurns(doc, messages.map(say), ctx(locale));

/** A mother onboarded with the card: born at `birthAt` (BIRTH by default), her check-in at 09:00. */
export function onboarded(locale: Locale, feedingMode: FeedingMode = 'both', birthAt = BIRTH): MotherDocument {
  return runTurns(undefined, [tap({ action: 'onboard', birthAt, feedingMode, checkInTime: '09:00', timezone: 'Europe/Oslo', consent: true })], ctx(locale)).doc!;
}

/** What a turn said, as keys: a text's key, a finding's code, else the reply's kind. */
export const replyKeys = (outcome: TurnOutcome): string[] => outcome.replies.map((r) => (r.kind === 'text' ? r.key : r.kind === 'findings' ? r.lead.code : r.kind));
