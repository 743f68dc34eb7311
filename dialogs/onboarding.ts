import { formatClock, parseClock, understand } from '../src/language';
import type { FeedingMode } from '../src/mother/events';
import type { MotherDocument } from '../src/store/mother-document';
import { newMotherDocument } from '../src/store/mother-document';
import { parseBirthAt, type OnboardValues } from './card-input';
import { millisOf } from '../src/mother/time';
import { progressWeek } from './week-progress';
import { findingReplies } from './logging';
import { nextCheckInAt } from '../src/checkins/next-checkin';
import type { Locale } from '../src/mother/profile';
import { text, type Reply } from './reply';
import type { TurnContextInfo, TurnOutcome } from './turn';
import { answerFreeQuestion } from './questions';

type Step = 'consent' | 'birth' | 'mode' | 'first-hour' | 'checkin-time';

const yesNo = [
  { titleKey: 'common:answer.yes', value: 'ja' },
  { titleKey: 'common:answer.no', value: 'nei' },
];
const MODE_WORDS: Array<[RegExp, FeedingMode]> = [
  [/\b(begge|both|3)\b/, 'both'],
  [/\b(pump\w*|2)\b/, 'pump'],
  [/\b(amm\w*|breast\w*|1)\b/, 'breast'],
];

export function askStep(step: Step): Reply {
  switch (step) {
    case 'consent':
      return text('common:welcome.privacy', undefined, yesNo);
    case 'birth':
      return text('dialog:onboarding.birth');
    case 'mode':
      return text('dialog:onboarding.mode', undefined, [
        { titleKey: 'dialog:onboarding.modeBreast', value: 'ammer' },
        { titleKey: 'dialog:onboarding.modePump', value: 'pumper' },
        { titleKey: 'dialog:onboarding.modeBoth', value: 'begge' },
      ]);
    case 'first-hour':
      return text('dialog:onboarding.firstHour', undefined, [...yesNo, { titleKey: 'common:answer.skip', value: 'hopp over' }]);
    case 'checkin-time':
      return text('dialog:onboarding.checkinTime', undefined, [{ titleKey: 'dialog:onboarding.default0900', value: '09:00' }]);
  }
}

/** Restarts onboarding at the consent question (after a refusal, or when she writes "start"). */
export function restartOnboarding(doc: MotherDocument | undefined, ctx: TurnContextInfo): TurnOutcome {
  const base = doc ?? newMotherDocument(ctx.motherId, ctx.now, ctx.channelLocale ?? ctx.defaultLocale);
  return { doc: { ...base, consent: 'unknown', dialog: { name: 'onboarding', step: 'consent', startedAt: ctx.now } }, replies: [askStep('consent')], locale: base.locale };
}

/** Onboarding by typing, one question at a time; the onboarding card does the same in one go. */
export function continueOnboarding(doc: MotherDocument, message: string, ctx: TurnContextInfo): TurnOutcome {
  const locale = doc.locale;
  const step = (doc.dialog?.name === 'onboarding' ? doc.dialog.step : 'consent') as Step;
  const values = { ...(doc.dialog?.values ?? {}) };
  // While asking for the birth, "01.11" is a date (1 November), not the clock time 01:11.
  const intent = understand(message, { now: ctx.now, timezone: ctx.defaultTimezone, locale, ...(step === 'birth' ? { expecting: 'birth' as const } : {}) });
  const stay = (key: string): TurnOutcome => ({ doc: undefined, replies: [text(key), askStep(step)], locale });
  const next = (nextStep: Step, extra: Record<string, unknown> = {}, patch: Partial<MotherDocument> = {}): TurnOutcome => ({
    doc: { ...doc, ...patch, dialog: { name: 'onboarding', step: nextStep, values: { ...values, ...extra }, startedAt: doc.dialog?.startedAt ?? ctx.now }, updatedAt: ctx.now },
    replies: [askStep(nextStep)],
    locale,
  });

  if (intent.kind === 'set-language') {
    const switched = { ...doc, locale: intent.locale };
    return { doc: switched, replies: [text('dialog:language.changed'), askStep(step)], locale: intent.locale };
  }
  if (intent.kind === 'question') return { doc: undefined, replies: [...answerFreeQuestion(intent.text, locale), askStep(step)], locale };

  switch (step) {
    case 'consent':
      if (intent.kind === 'yes' || intent.kind === 'resume') return next('birth', {}, { consent: 'given' });
      if (intent.kind === 'no') return refuseConsent(doc, ctx, locale);
      return stay('dialog:onboarding.yesOrNo');
    case 'birth': {
      const reading = intent.kind === 'set-birth' ? { at: intent.birthAt, approximate: intent.approximate } : intent.kind === 'time' ? intent : undefined;
      const birthAt = reading?.at;
      if (!birthAt) return stay('dialog:onboarding.birthNotUnderstood');
      // A date without a clock time would be stored as noon: every window hangs on this time, so ask.
      if (reading.approximate) return stay('dialog:onboarding.birthNeedsTime');
      const parsed = parseBirthAt(birthAt, ctx.now, ctx.defaultTimezone);
      if (!parsed.ok) return stay(`common:invalid.${parsed.reason}`);
      return next('mode', { birthAt: parsed.value });
    }
    case 'mode': {
      const folded = message.toLowerCase();
      const mode = MODE_WORDS.find(([re]) => re.test(folded))?.[1];
      if (!mode) return stay('dialog:onboarding.modeNotUnderstood');
      return next('first-hour', { feedingMode: mode });
    }
    case 'first-hour': {
      if (intent.kind === 'yes') return next('checkin-time', { firstHour: 'yes' });
      if (intent.kind === 'no') return next('checkin-time', { firstHour: 'no' });
      if (intent.kind === 'skip') return next('checkin-time');
      return stay('dialog:onboarding.yesOrNo');
    }
    case 'checkin-time': {
      let time: string | undefined;
      if (intent.kind === 'skip') time = '09:00';
      else if (intent.kind === 'set-checkin-time') time = intent.time;
      else if (intent.kind === 'number' && Number.isInteger(intent.value) && intent.value >= 0 && intent.value <= 23) time = formatClock(intent.value, 0);
      else {
        // A check-in time is taken as written: "kl 8" is 08:00, not the most recent 8 o'clock.
        const clock = parseClock(message, locale);
        if (clock) time = formatClock(clock.hour, clock.minute);
      }
      if (!time) return stay('dialog:onboarding.timeNotUnderstood');
      const v = { ...values };
      return finishOnboarding(
        {
          ...doc,
          consent: 'given',
          dialog: undefined,
          profile: {
            birthAt: String(v.birthAt),
            feedingMode: v.feedingMode as FeedingMode,
            timezone: ctx.defaultTimezone,
            checkInTime: time,
            locale,
            ...(v.firstHour === 'yes' || v.firstHour === 'no' ? { firstHour: v.firstHour } : {}),
          },
        },
        ctx,
      );
    }
  }
}

export function refuseConsent(doc: MotherDocument | undefined, ctx: TurnContextInfo, locale: Locale): TurnOutcome {
  // Nothing is kept but the refusal itself (and her language, to answer her in it).
  const refused: MotherDocument = {
    ...newMotherDocument(ctx.motherId, ctx.now, locale),
    createdAt: doc?.createdAt ?? ctx.now,
    consent: 'refused',
    recentActivityIds: doc?.recentActivityIds ?? [],
  };
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

/**
 * An onboard card with her yes from a mother already onboarded (an old card tapped again): her
 * settings take the card's values and nothing she logged is touched. A birth moved past something
 * she logged is refused, as when she corrects it by text, and the week starts again from a moved birth.
 */
export function onboardAgain(doc: MotherDocument, values: OnboardValues, ctx: TurnContextInfo): TurnOutcome {
  const before = doc.profile!;
  const birthMoved = millisOf(values.birthAt) !== millisOf(before.birthAt);
  if (birthMoved && doc.events.some((event) => millisOf(event.at) < millisOf(values.birthAt))) {
    return { doc: undefined, replies: [text('dialog:birth.afterEvents')], locale: doc.locale };
  }
  const profile = { ...before, birthAt: values.birthAt, feedingMode: values.feedingMode, checkInTime: values.checkInTime, timezone: values.timezone, ...(values.firstHour ? { firstHour: values.firstHour } : {}) };
  return finishOnboarding({ ...doc, profile, dialog: undefined, ...(birthMoved ? { machine: undefined } : {}) }, ctx);
}
