import { DateTime } from 'luxon';
import { checkinDue, handleTurn } from '../../dialogs/handle-turn';
import type { TurnContextInfo, TurnInput } from '../../dialogs/turn';
import type { LoggedEvent } from '../../src/mother/events';
import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { openDialog } from '../dialogs/support/open-dialog';
import { runTurns } from '../dialogs/support/run-turns';
import { CHECKIN_ANSWERS, TYPED_LOGS, type Expected, type ExpectedEvent, type LogClass, type TypedLogCase } from './typed-log-evaluation-set';

/** 14:00 in Oslo on 26.11, day 3 of a baby born 24.11 at 03:10. */
const NOW = '2026-11-26T13:00:00.000Z';
const BIRTH = '2026-11-24T02:10:00.000Z';
const ZONE = 'Europe/Oslo';

let ids = 0;
const ctx = (locale: Locale, now = NOW): TurnContextInfo => ({ motherId: 'm', now, channelLocale: locale, defaultLocale: 'nb', defaultTimezone: ZONE, newId: () => `id-${ids++}` });
const tap = (value: Record<string, unknown>): TurnInput => ({ kind: 'message', text: '', value });

const onboarded = new Map<string, MotherDocument>();
/** A mother onboarded by card at the birth (she breastfeeds and pumps), nothing logged yet. */
function mother(locale: Locale, mode: 'both' | 'breast' = 'both'): MotherDocument {
  const key = `${locale}:${mode}`;
  let doc = onboarded.get(key);
  if (!doc) {
    const card = tap({ action: 'onboard', birthAt: BIRTH, feedingMode: mode, checkInTime: '09:00', timezone: ZONE, consent: true, firstHour: 'yes' });
    doc = runTurns(undefined, [card], ctx(locale, BIRTH)).doc!;
    onboarded.set(key, doc);
  }
  return doc;
}

/** Her wall clock: 'HH:mm' today, '-1 HH:mm' yesterday, else the local date and time. */
function wallClock(at: string): string {
  const local = DateTime.fromISO(at).setZone(ZONE);
  const today = DateTime.fromISO(NOW).setZone(ZONE).startOf('day');
  const days = Math.round(local.startOf('day').diff(today, 'days').days);
  const clock = local.toFormat('HH:mm');
  return days === 0 ? clock : days === -1 ? `-1 ${clock}` : local.toFormat("yyyy-MM-dd' 'HH:mm");
}

const FIELDS = ['type', 'at', 'side', 'minutes', 'ml', 'leftMl', 'rightMl', 'double', 'wet', 'stool'] as const;

/** An event as the set writes it: every field she could notice, in one order; ids and bookkeeping left out. */
function shown(event: ExpectedEvent | LoggedEvent, isStored: boolean): string {
  const record = event as unknown as Record<string, unknown>;
  const parts = FIELDS.filter((field) => record[field] !== undefined).map((field) => {
    const value = field === 'at' && isStored ? wallClock(String(record.at)) : record[field];
    return `${field}=${String(value)}`;
  });
  return parts.join(' ');
}

const sortedList = (events: string[]): string => [...events].sort().join(' | ');

export interface Outcome {
  stored: string;
  asks?: string;
}

/** One message through the whole turn, as the bot takes typed text: what was stored, and what was asked back about her log. */
export function outcomeOf(text: string, locale: Locale): Outcome {
  const before = mother(locale);
  const out = handleTurn(before, { kind: 'message', text }, ctx(locale));
  const after = (out.doc ?? before) as MotherDocument;
  const stored = sortedList(after.events.slice(before.events.length).filter((e) => e.type !== 'symptom').map((e) => shown(e, true)));
  const dialog = openDialog(after);
  if (dialog?.name === 'pending-log') return { stored, asks: after.draft?.pending?.[0]?.type ?? 'value' };
  if (dialog?.name === 'confirm-log') {
    const waiting = after.draft?.yesterday ?? [];
    return { stored, asks: waiting.length > 0 && waiting.every((e) => e.type === 'milk-in') ? 'milk-in' : 'yesterday' };
  }
  return { stored };
}

export function expectedOutcome(expected: Expected): Outcome {
  return { stored: sortedList(expected.stored.map((e) => shown(e, false))), ...(expected.asks ? { asks: expected.asks } : {}) };
}

export interface Miss {
  text: string;
  locale: Locale;
  kind: LogClass;
  expected: Outcome;
  got: Outcome;
  wrongStored: boolean;
}

export interface TypedLogScore {
  total: number;
  exact: number;
  wrongStored: number;
  byClass: Record<string, { total: number; exact: number; wrongStored: number }>;
  misses: Miss[];
}

/**
 * Exactly right: the events stored are the ones expected (every field she could notice), and the
 * question asked back is the one expected (or none). Wrong-stored: something was stored and it is
 * not exactly what she said (a wrong value, a missing or an extra event). A question back or
 * "not understood" stores nothing, so it is never wrong-stored, only not exactly right.
 */
export function scoreTypedLogs(cases: readonly TypedLogCase[] = TYPED_LOGS): TypedLogScore {
  const byClass: TypedLogScore['byClass'] = {};
  const misses: Miss[] = [];
  let exact = 0;
  let wrongStored = 0;
  for (const { text, locale, kind, expect } of cases) {
    const expected = expectedOutcome(expect);
    const got = outcomeOf(text, locale);
    const right = got.stored === expected.stored && got.asks === expected.asks;
    const wrong = got.stored !== '' && got.stored !== expected.stored;
    const tally = (byClass[kind] ??= { total: 0, exact: 0, wrongStored: 0 });
    tally.total += 1;
    if (right) {
      exact += 1;
      tally.exact += 1;
    } else misses.push({ text, locale, kind, expected, got, wrongStored: wrong });
    if (wrong) {
      wrongStored += 1;
      tally.wrongStored += 1;
    }
  }
  return { total: cases.length, exact, wrongStored, byClass, misses };
}

/** Her typed answer to the open check-in's first question (feeds): the number filed, 'skip', or 'not' when nothing was filed. */
export function filedFeeds(text: string, locale: Locale): number | 'skip' | 'not' {
  const before = checkinDue(mother(locale, 'breast'), NOW).doc;
  const out = handleTurn(before, { kind: 'message', text }, ctx(locale));
  const dialog = openDialog(out.doc ?? before);
  const value = dialog?.name === 'checkin' ? dialog.values?.feeds : undefined;
  if (typeof value === 'number') return value;
  // the last check-in answer kept, when the check-in closed with this one
  const after = (out.doc ?? before) as MotherDocument;
  const last = after.checkins[after.checkins.length - 1];
  if (after.checkins.length > before.checkins.length && last?.feeds !== undefined) return last.feeds;
  return dialog?.name === 'checkin' && dialog.step !== 'feeds' ? 'skip' : 'not';
}

export function scoreCheckinAnswers(): { total: number; right: number; misses: Array<{ text: string; expected: number | 'skip'; got: number | 'skip' | 'not' }> } {
  const misses: Array<{ text: string; expected: number | 'skip'; got: number | 'skip' | 'not' }> = [];
  for (const { text, locale, filed } of CHECKIN_ANSWERS) {
    const got = filedFeeds(text, locale);
    if (got !== filed) misses.push({ text, expected: filed, got });
  }
  return { total: CHECKIN_ANSWERS.length, right: CHECKIN_ANSWERS.length - misses.length, misses };
}
