import type { Locale } from '../src/mother/profile';
import type { MotherDocument } from '../src/store/mother-document';
import { nextCheckInAt } from '../src/checkins/next-checkin';
import { exportDocument } from './export-document';
import type { Intent } from '../src/language';
import { parseBirthAt } from './card-input';
import { birthHourQuestion, readBirth } from './onboarding';
import { dailyTime } from './daily-time';
import { text } from './reply';
import { birthWhenText } from './stored-summary';
import { holdRules } from './hold-rules';
import { findingReplies } from './logging';
import type { TurnContextInfo, TurnOutcome } from './turn';

const unchanged = (doc: MotherDocument, key: string, params?: Record<string, string | number>): TurnOutcome => ({ doc: undefined, replies: [text(key, params)], locale: doc.locale });

export function exportData(doc: MotherDocument, ctx: TurnContextInfo): TurnOutcome {
  if (doc.consent !== 'given') return unchanged(doc, 'common:export.nothing');
  return { doc: undefined, replies: [{ kind: 'export', data: exportDocument(doc, ctx.now) }], locale: doc.locale };
}

export function askDelete(doc: MotherDocument): TurnOutcome {
  return askToDelete(doc, 'dialog:delete.confirm');
}

/**
 * An onboard card without her yes, from a mother who has consented: withdrawing consent is a
 * deletion, so it asks the one confirmation "slett mine data" asks, saying what withdrawing means.
 */
export function askWithdrawConsent(doc: MotherDocument): TurnOutcome {
  return askToDelete(doc, 'dialog:delete.withdrawConsent');
}

function askToDelete(doc: MotherDocument, question: string): TurnOutcome {
  return {
    doc: undefined,
    replies: [text(question, undefined, [
      { titleKey: 'dialog:delete.yes', word: 'yes' },
      { titleKey: 'dialog:delete.no', word: 'no' },
    ])],
    locale: doc.locale,
  };
}

/** After one confirmation every record of her is gone; the reply is the last thing we know of her. */
export function confirmDelete(doc: MotherDocument, yes: boolean): TurnOutcome {
  if (!yes) return { doc: undefined, replies: [text('dialog:delete.kept')], locale: doc.locale };
  return { doc: null, replies: [text('dialog:delete.done')], locale: doc.locale };
}

export function pauseCheckins(doc: MotherDocument, ctx: TurnContextInfo): TurnOutcome {
  return { doc: { ...doc, checkInsPaused: true, nextCheckInAt: null, updatedAt: ctx.now }, replies: [text('dialog:checkins.paused')], locale: doc.locale };
}

export function resumeCheckins(doc: MotherDocument, ctx: TurnContextInfo): TurnOutcome {
  const next = doc.profile ? nextCheckInAt(doc.profile, ctx.now, false) : null;
  const key = next ? 'dialog:checkins.resumed' : 'dialog:checkins.weekOver';
  return { doc: { ...doc, checkInsPaused: false, nextCheckInAt: next, updatedAt: ctx.now }, replies: [text(key, { checkInTime: dailyTime(doc.profile?.checkInTime ?? '09:00') })], locale: doc.locale };
}

export function changeLanguage(doc: MotherDocument, locale: Locale, ctx: TurnContextInfo): TurnOutcome {
  return {
    doc: { ...doc, locale, ...(doc.profile ? { profile: { ...doc.profile, locale } } : {}), updatedAt: ctx.now },
    replies: [text('dialog:language.changed')],
    locale,
  };
}

export function changeCheckinTime(doc: MotherDocument, time: string, ctx: TurnContextInfo): TurnOutcome {
  const profile = { ...doc.profile!, checkInTime: time };
  return {
    doc: { ...doc, profile, nextCheckInAt: nextCheckInAt(profile, ctx.now, doc.checkInsPaused), updatedAt: ctx.now },
    replies: [text('dialog:checkins.timeChanged', { checkInTime: dailyTime(time) })],
    locale: doc.locale,
  };
}

/**
 * She mistyped the time of birth: the windows and the check-ins follow the corrected one. Read as the
 * birth question reads it: a day with no hour is asked for its hour, and a bare hour that fits twice
 * («født i går kl 7» at 03:40) is asked about with a button for each, the birth kept as it was.
 */
export function changeBirth(doc: MotherDocument, intent: Extract<Intent, { kind: 'set-birth' }>, ctx: TurnContextInfo): TurnOutcome {
  const timezone = doc.profile!.timezone;
  const reading = readBirth(intent, ctx.now, timezone);
  if (!reading.ok) return reading.hours ? { doc: undefined, replies: [birthHourQuestion(reading.key, reading.hours, { timezone, now: ctx.now }, true)], locale: doc.locale } : unchanged(doc, reading.key);
  const parsed = parseBirthAt(reading.birthAt, ctx.now, timezone);
  if (!parsed.ok) return unchanged(doc, `common:invalid.${parsed.reason}`);
  const firstEvent = doc.events.reduce<string | undefined>((min, e) => (!min || e.at < min ? e.at : min), undefined);
  if (firstEvent && firstEvent < parsed.value) return unchanged(doc, 'dialog:birth.afterEvents');
  const profile = { ...doc.profile!, birthAt: parsed.value };
  // The time rules are held against the corrected birth (the machine starts her week again from it).
  const { doc: progressed, fired } = holdRules({ ...doc, profile, nextCheckInAt: nextCheckInAt(profile, ctx.now, doc.checkInsPaused), updatedAt: ctx.now }, ctx.now, 'turn');
  return {
    doc: progressed,
    replies: [text('dialog:birth.changed', { birth: birthWhenText(parsed.value, { timezone: profile.timezone, now: ctx.now }) }), ...findingReplies(fired)],
    locale: doc.locale,
  };
}
