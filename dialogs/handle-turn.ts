import type { CheckinAnswer, LoggedEvent, MotherEvent } from '../src/mother/events';
import type { Finding } from '../src/mother/findings';
import { bySeverity } from '../src/mother/severity';
import { pumpEventsFromCheckin } from '../src/mother/checkin-events';
import type { Locale } from '../src/mother/profile';
import { detectRedFlag } from '../src/language/red-flags';
import { newMotherDocument, type MotherDocument } from '../src/store/mother-document';
import { nextCheckInAt } from '../src/checkins/next-checkin';
import { parseCheckinValue, parseLogValue, parseOnboard, type InvalidReason } from './card-input';
import { exportDocument } from './export-document';
import { text, type Reply } from './reply';
import type { TurnContextInfo, TurnInput, TurnOutcome } from './turn';
import { progressWeek, type Trigger } from './week-progress';

type Value = Record<string, unknown>;
const isRecord = (v: unknown): v is Value => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The whole of one turn, pure: her document and what she sent in, the new document and the replies out. */
export function handleTurn(doc: MotherDocument | undefined, input: TurnInput, ctx: TurnContextInfo): TurnOutcome {
  const locale: Locale = doc?.locale ?? ctx.channelLocale ?? ctx.defaultLocale;
  if (input.kind === 'installed') return doc ? { doc: undefined, replies: [], locale } : welcome(ctx, locale);

  // Red flags come before anything else, in every state, onboarding included.
  const flag = input.text ? detectRedFlag(input.text) : null;
  if (flag) return redFlag(doc, flag, ctx, locale);

  if (isRecord(input.value) && typeof input.value.action === 'string') return handleCard(doc, input.value, ctx, locale);
  if (!doc) return welcome(ctx, locale);
  return handleText(doc, input.text, ctx);
}

function welcome(ctx: TurnContextInfo, locale: Locale): TurnOutcome {
  const doc: MotherDocument = { ...newMotherDocument(ctx.motherId, ctx.now, locale), dialog: { name: 'onboarding', step: 'consent', startedAt: ctx.now } };
  return {
    doc,
    locale,
    replies: [
      text('common:welcome.hello'),
      text('common:welcome.privacy', undefined, [
        { titleKey: 'common:answer.yes', value: 'ja' },
        { titleKey: 'common:answer.no', value: 'nei' },
      ]),
      { kind: 'card', card: 'onboarding', params: { timezone: ctx.defaultTimezone } },
    ],
  };
}

function redFlag(doc: MotherDocument | undefined, code: 'red-flag.emergency' | 'red-flag.urgent', ctx: TurnContextInfo, locale: Locale): TurnOutcome {
  const severity = code === 'red-flag.emergency' ? 'emergency' : 'urgent';
  const finding: Finding = { code, severity, at: ctx.now };
  const replies: Reply[] = [{ kind: 'finding', finding }];
  // Only with her consent is the sign kept in her log (as a symptom event, never her words).
  if (doc?.consent !== 'given') return { doc: undefined, replies, locale };
  const entry = ctx.newId();
  const event: LoggedEvent = { type: 'symptom', at: ctx.now, code, id: ctx.newId(), entry, loggedAt: ctx.now };
  return { doc: { ...doc, events: [...doc.events, event], findings: [...doc.findings, finding], updatedAt: ctx.now }, replies, locale };
}

function invalid(doc: MotherDocument | undefined, reason: InvalidReason, locale: Locale): TurnOutcome {
  return { doc: undefined, replies: [text(`common:invalid.${reason}`)], locale: doc?.locale ?? locale };
}

function handleCard(doc: MotherDocument | undefined, value: Value, ctx: TurnContextInfo, locale: Locale): TurnOutcome {
  switch (value.action) {
    case 'onboard':
      return onboardByCard(doc, value, ctx, locale);
    case 'log':
    case 'checkin': {
      if (!doc || doc.consent !== 'given' || !doc.profile) return { doc: undefined, replies: [text('common:onboarding.needed'), { kind: 'card', card: 'onboarding', params: { timezone: ctx.defaultTimezone } }], locale };
      return value.action === 'log' ? logByCard(doc, value, ctx) : checkinByCard(doc, value, ctx);
    }
    default:
      return invalid(doc, 'unknown-action', locale);
  }
}

function onboardByCard(doc: MotherDocument | undefined, value: Value, ctx: TurnContextInfo, locale: Locale): TurnOutcome {
  const parsed = parseOnboard(value, ctx.now, doc?.profile?.timezone ?? ctx.defaultTimezone);
  if (!parsed.ok) {
    if (parsed.reason === 'no-consent') return refuseConsent(doc, ctx, locale);
    return invalid(doc, parsed.reason, locale);
  }
  const base = doc ?? newMotherDocument(ctx.motherId, ctx.now, locale);
  const profile = { ...parsed.value, locale: base.locale };
  return finishOnboarding({ ...base, consent: 'given', profile, dialog: undefined }, ctx);
}

export function refuseConsent(doc: MotherDocument | undefined, ctx: TurnContextInfo, locale: Locale): TurnOutcome {
  // Nothing is kept but the refusal itself (and her language, to answer her in it).
  const refused: MotherDocument = { ...newMotherDocument(ctx.motherId, ctx.now, locale), createdAt: doc?.createdAt ?? ctx.now, consent: 'refused', recentActivityIds: doc?.recentActivityIds ?? [] };
  return { doc: refused, replies: [text('common:consent.refused')], locale };
}

export function finishOnboarding(doc: MotherDocument, ctx: TurnContextInfo): TurnOutcome {
  const profile = doc.profile!;
  const planned = { ...doc, nextCheckInAt: nextCheckInAt(profile, ctx.now, doc.checkInsPaused), updatedAt: ctx.now };
  const { doc: progressed, fired } = progressWeek(planned, ctx.now, 'event');
  return {
    doc: progressed,
    locale: doc.locale,
    replies: [text('common:onboarding.done', { checkInTime: profile.checkInTime }), ...findingReplies(fired), { kind: 'card', card: 'log', params: { feedingMode: profile.feedingMode } }],
  };
}

export function findingReplies(fired: Finding[]): Reply[] {
  return bySeverity(fired).map((finding) => ({ kind: 'finding', finding }) as Reply);
}

/** Adds events as one entry, evaluates the rules and answers with the new findings or a thanks. */
export function logEvents(doc: MotherDocument, events: MotherEvent[], ctx: TurnContextInfo, trigger: Trigger, checkin?: CheckinAnswer): TurnOutcome {
  const entry = ctx.newId();
  const logged: LoggedEvent[] = events.map((e) => ({ ...e, id: ctx.newId(), entry, loggedAt: ctx.now }));
  const withEvents: MotherDocument = { ...doc, events: [...doc.events, ...logged], checkins: checkin ? [...doc.checkins, checkin] : doc.checkins };
  const { doc: progressed, fired } = progressWeek(withEvents, ctx.now, trigger);
  const ack = trigger === 'checkin' ? 'common:checkin.thanks' : `common:logged.${events[0]?.type ?? 'feed'}`;
  return { doc: progressed, locale: doc.locale, replies: fired.length ? findingReplies(fired) : [text(ack, ackParams(events))] };
}

function ackParams(events: MotherEvent[]): Record<string, string | number> {
  const first = events[0];
  if (first && (first.type === 'pump' || first.type === 'expression')) return { ml: first.ml };
  return {};
}

function logByCard(doc: MotherDocument, value: Value, ctx: TurnContextInfo): TurnOutcome {
  const parsed = parseLogValue(value, ctx.now, doc.profile?.birthAt);
  if (!parsed.ok) return invalid(doc, parsed.reason, doc.locale);
  return logEvents(doc, [parsed.value], ctx, 'event');
}

function checkinByCard(doc: MotherDocument, value: Value, ctx: TurnContextInfo): TurnOutcome {
  const parsed = parseCheckinValue(value);
  if (!parsed.ok) return invalid(doc, parsed.reason, doc.locale);
  return answerCheckin(doc, parsed.value, ctx);
}

export function answerCheckin(doc: MotherDocument, values: { feeds?: number; wetDiapers?: number; yellowStools?: number; pumpMl: number[] }, ctx: TurnContextInfo): TurnOutcome {
  const answer: CheckinAnswer = { at: ctx.now, ...pick(values, ['feeds', 'wetDiapers', 'yellowStools']), ...(values.pumpMl.length ? { pumpMl: values.pumpMl } : {}) };
  return logEvents({ ...doc, dialog: undefined }, pumpEventsFromCheckin(answer), ctx, 'checkin', answer);
}

function pick<T extends object, K extends keyof T>(o: T, keys: K[]): Partial<T> {
  const out: Partial<T> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

function handleText(doc: MotherDocument, raw: string, ctx: TurnContextInfo): TurnOutcome {
  const words = raw.trim().toLowerCase();
  const locale = doc.locale;
  if (/^(eksporter|export)$/.test(words)) {
    if (doc.consent !== 'given') return { doc: undefined, replies: [text('common:export.nothing')], locale };
    return { doc: undefined, replies: [{ kind: 'export', data: exportDocument(doc, ctx.now) }], locale };
  }
  return { doc: undefined, replies: [text('common:help.intro')], locale };
}
