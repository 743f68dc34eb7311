import { formatClock, type Intent } from '../src/language';
import { readDailyTime } from '../src/language/daily-time';
import { norwegianVariant } from '../src/language/detect-locale';
import type { MotherDocument } from '../src/store/mother-document';
import { newMotherDocument, type OnboardingAnswers } from '../src/store/mother-document';
import { parseBirthAt, type OnboardValues } from './card-input';
import { holdRules } from './hold-rules';
import { heldLogs, storeHeldLogs } from './held-logs';
import { findingReplies } from './logging';
import { nextCheckInAt } from '../src/checkins/next-checkin';
import type { Locale } from '../src/mother/profile';
import { text, type Phrase, type Reply, type Suggestion } from './reply';
import { birthWhenText, whenText } from './stored-summary';
import { withDraft, withoutDraft } from './draft';
import type { TurnContextInfo, TurnOutcome } from './turn';
import type { DayAndHour } from './button-words';
import { dailyTime } from './daily-time';

/** The onboarding questions asked one at a time by typing, as the machine's states are named. */
export type OnboardingStep = 'consent' | 'birth' | 'mode' | 'firstHour' | 'checkinTime';

const yesNo: Suggestion[] = [
  { titleKey: 'common:answer.yes', word: 'yes' },
  { titleKey: 'common:answer.no', word: 'no' },
];
/** The card's order: a bare 1, 2 or 3 picks a choice; a number among words ("ammet kl 3") is no answer. */
export function askStep(step: OnboardingStep): Reply {
  switch (step) {
    case 'consent':
      return text('common:welcome.privacy', undefined, yesNo);
    case 'birth':
      return text('dialog:onboarding.birth');
    case 'mode':
      return text('dialog:onboarding.mode', undefined, [
        { titleKey: 'dialog:onboarding.modeBreast', word: 'breastfeeds' },
        { titleKey: 'dialog:onboarding.modePump', word: 'pumps' },
        { titleKey: 'dialog:onboarding.modeBoth', word: 'both' },
      ]);
    case 'firstHour':
      return text('dialog:onboarding.firstHour', undefined, [...yesNo, { titleKey: 'common:answer.skip', word: 'skip' }]);
    case 'checkinTime':
      return text('dialog:onboarding.checkinTime', undefined, [{ titleKey: 'dialog:onboarding.default0900', value: '09:00' }]);
  }
}

/** A new mother: her record in a guessed language, hello, the consent question and the onboarding card. */
export function welcome(ctx: TurnContextInfo, locale: Locale, languageGuessed: boolean, firstWords: string): TurnOutcome {
  const variantOpen = (locale === 'nb' || locale === 'nn') && norwegianVariant(firstWords) === undefined;
  const draft = { onboarding: { startedAt: ctx.now, values: {}, ...(languageGuessed ? { languageOpen: true } : {}), ...(variantOpen ? { variantOpen: true } : {}) } };
  return { doc: { ...newMotherDocument(ctx.motherId, ctx.now, locale), draft }, locale, replies: welcomeReplies(ctx, languageGuessed) };
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

/** Her first words were clearly in another language than the one guessed: the welcome again, in hers. */
export function welcomeAgain(doc: MotherDocument, ctx: TurnContextInfo): TurnOutcome {
  return { doc: undefined, replies: welcomeReplies(ctx, false), locale: doc.locale };
}

/**
 * While her language is a guess, words clearly in one of ours make it hers; words that show no
 * language leave the choice open for her next message (nothing changes). Norwegian words common to
 * both written forms («hei») leave the form open: while she onboards, words clearly in the other
 * one make it hers.
 */
export function takeHeardLanguage(doc: MotherDocument, heard: Locale | undefined, words: string): TurnOutcome {
  if (!heard) return { doc: undefined, replies: [], locale: doc.locale };
  if (languageOpen(doc)) {
    const chosen = closeLanguage({ ...doc, locale: heard });
    const formOpen = heard !== 'en' && norwegianVariant(words) === undefined;
    return { doc: formOpen ? withDraft(chosen, 'onboarding', { ...chosen.draft!.onboarding!, variantOpen: true }) : chosen, replies: [], locale: heard };
  }
  if (variantOpen(doc) && heard !== 'en') return { doc: closeLanguage({ ...doc, locale: heard }), replies: [], locale: heard };
  return { doc: undefined, replies: [], locale: doc.locale };
}

/** Her language chosen (by her words, a language command or her first answer): the choice is not reopened. */
export function closeLanguage(doc: MotherDocument): MotherDocument {
  const { variantOpen: _formChosen, ...closed } = doc;
  const onboarding = closed.draft?.onboarding;
  if (!onboarding?.languageOpen && !onboarding?.variantOpen) return doc.variantOpen ? closed : doc;
  const { languageOpen: _closed, variantOpen: _chosen, ...rest } = onboarding;
  return withDraft(closed, 'onboarding', rest);
}

/** Whether her language is still the channel's guess. */
export const languageOpen = (doc: MotherDocument | null | undefined): boolean => doc?.draft?.onboarding?.languageOpen === true;

/** Whether her Norwegian may still turn out to be the other written form. */
export const variantOpen = (doc: MotherDocument | null | undefined): boolean => doc?.draft?.onboarding?.variantOpen === true || doc?.variantOpen === true;

/**
 * After onboarding, her first words clearly in the other written form (`heard`) make it hers, as
 * while she onboarded: «eg amma no» after a «hei» and answers in neither form is answered in nynorsk.
 */
export function takeHeardVariant(doc: MotherDocument, outcome: TurnOutcome, heard: Locale | undefined): TurnOutcome {
  const after = outcome.doc === undefined ? doc : outcome.doc;
  if (!after?.variantOpen || !heard || heard === 'en' || after.locale !== doc.locale) return outcome;
  // Her own form, clearly («jeg lurer på»): the choice is closed, nothing else changes.
  const chosen = closeLanguage(heard === after.locale ? after : { ...after, locale: heard, ...(after.profile ? { profile: { ...after.profile, locale: heard } } : {}) });
  return { ...outcome, doc: chosen, locale: heard };
}

/** Restarts onboarding at the consent question (after a refusal, or when she writes "start"). */
export function restartOnboarding(doc: MotherDocument, ctx: TurnContextInfo): TurnOutcome {
  return { doc: { ...doc, consent: 'unknown', draft: { onboarding: { startedAt: ctx.now, values: {} } } }, replies: [askStep('consent')], locale: doc.locale };
}

export function giveConsent(doc: MotherDocument, ctx: TurnContextInfo): TurnOutcome {
  const startedAt = doc.draft?.onboarding?.startedAt ?? ctx.now;
  const stillOpen = variantOpen(doc) ? { variantOpen: true } : {};
  return { doc: { ...doc, consent: 'given', draft: { onboarding: { startedAt, values: {}, ...stillOpen } }, updatedAt: ctx.now }, replies: [askStep('birth')], locale: doc.locale };
}

/** The same question again, after a line on why her answer could not be taken. */
export function stayAt(doc: MotherDocument, step: OnboardingStep, key: string): TurnOutcome {
  return { doc: undefined, replies: [text(key), askStep(step)], locale: doc.locale };
}

/** One typed onboarding answer kept, and the next question asked. */
export function keepAnswer(doc: MotherDocument, values: OnboardingAnswers, next: OnboardingStep, ctx: TurnContextInfo): TurnOutcome {
  const onboarding = doc.draft?.onboarding ?? { startedAt: ctx.now, values: {} };
  return {
    doc: { ...withDraft(doc, 'onboarding', { ...onboarding, values: { ...onboarding.values, ...values } }), updatedAt: ctx.now },
    replies: [askStep(next)],
    locale: doc.locale,
  };
}

/**
 * Her birth time kept and said back as it was read («Født: i går kl. 23.15»), so a day read wrong is
 * seen at once, then the question `next`. At a later question, «født …» corrects it the same way.
 */
export function keepBirth(doc: MotherDocument, birthAt: string, next: OnboardingStep, ctx: TurnContextInfo): TurnOutcome {
  const kept = keepAnswer(doc, { birthAt }, next, ctx);
  const when = birthWhenText(birthAt, { timezone: ctx.defaultTimezone, now: ctx.now });
  return { ...kept, replies: [text('dialog:onboarding.birthKept', { when }), ...kept.replies] };
}

/** The first typed onboarding question she has not answered yet, once she has consented. */
export function nextOnboardingStep(doc: MotherDocument): OnboardingStep {
  const values = doc.draft?.onboarding?.values ?? {};
  if (!values.birthAt) return 'birth';
  if (!values.feedingMode) return 'mode';
  return values.firstHour ? 'checkinTime' : 'firstHour';
}

/** Her birth time as typed, or the text that says why it cannot be taken. */
export function readBirth(intent: Intent, now: string, timezone: string): { ok: true; birthAt: string } | { ok: false; key: string; hours?: [string, string] } {
  const reading = intent.kind === 'set-birth' ? { at: intent.birthAt, approximate: intent.approximate, otherAt: intent.otherAt } : intent.kind === 'time' ? intent : undefined;
  if (!reading?.at) return { ok: false, key: 'dialog:onboarding.birthNotUnderstood' };
  // A date without a clock time would be stored as noon: every window hangs on this time, so ask.
  if (reading.approximate) return { ok: false, key: 'dialog:onboarding.birthNeedsTime' };
  const parsed = parseBirthAt(reading.at, now, timezone);
  if (!parsed.ok) return { ok: false, key: `common:invalid.${parsed.reason}` };
  // «i går kl 7»: 07.00 or 19.00, both past and both a birth she may have had. Every window hangs on it: asked, never guessed.
  const other = 'otherAt' in reading && reading.otherAt ? parseBirthAt(reading.otherAt, now, timezone) : undefined;
  if (other?.ok) return { ok: false, key: 'dialog:onboarding.birthWhichHour', hours: [other.value, parsed.value].sort() as [string, string] };
  return { ok: true, birthAt: parsed.value };
}

/**
 * The birth time she typed is not kept: why, and the question `step` again; or, for a clock that
 * may be either of two hours, which of them, with a button for each (each sends the date and the
 * hour written out, which reads as one time).
 */
export function birthNotKept(doc: MotherDocument, step: OnboardingStep, reading: { key: string; hours?: [string, string] } | undefined, ctx: TurnContextInfo): TurnOutcome {
  if (!reading?.hours) return stayAt(doc, step, reading?.key ?? 'dialog:onboarding.birthNotUnderstood');
  return { doc: undefined, replies: [birthHourQuestion(reading.key, reading.hours, { timezone: ctx.defaultTimezone, now: ctx.now }, false)], locale: doc.locale };
}

/**
 * «Var det i går kl. 07.00 eller i går kl. 19.00?» with a button for each. In onboarding a button sends
 * the date and the hour written out; once onboarded (`changing`), «født» with them, so that it reads as
 * the birth changed. The title is what a client that sends titles (the Teams Playground) sends: it reads
 * as that one time too.
 */
export function birthHourQuestion(key: string, hours: [string, string], summary: { timezone: string; now: string }, changing: boolean): Reply {
  const [first, second] = hours.map((at) => whenText(at, summary)) as [Phrase, Phrase];
  const buttons = [first, second].map((when): Suggestion => {
    const params = when.params as Record<string, string>;
    const dayAndHour: DayAndHour = { day: params.day!, month: params.month!, hour: params.hour!, minute: params.minute! };
    if (changing) return { titleKey: `dialog:birth.hourButton.${when.key.split('.').at(-1)}`, titleParams: params, word: 'bornAt', when: dayAndHour };
    const titleKey = when.key.endsWith('.date') ? 'dialog:onboarding.birthHourButton' : when.key;
    return { titleKey, titleParams: params, word: 'birthHour', when: dayAndHour };
  });
  return text(key, { first, second }, buttons);
}


/** Her check-in time as typed ("kl 8" is 08:00, not the most recent 8 o'clock); "hopp over" is 09:00. */
export function readCheckinTime(message: string, intent: Intent, locale: Locale): string | undefined {
  if (intent.kind === 'skip') return '09:00';
  if (intent.kind === 'set-checkin-time') return intent.time;
  if (intent.kind === 'number' && Number.isInteger(intent.value) && intent.value >= 0 && intent.value <= 23) return formatClock(intent.value, 0);
  return readDailyTime(message, locale);
}

/** The last typed answer: her profile from the answers kept, and her week begins. */
export function finishTypedOnboarding(doc: MotherDocument, checkInTime: string, ctx: TurnContextInfo): TurnOutcome {
  const values = doc.draft?.onboarding?.values ?? {};
  return finishOnboarding(
    {
      ...doc,
      consent: 'given',
      profile: {
        birthAt: String(values.birthAt),
        feedingMode: values.feedingMode ?? 'breast',
        timezone: ctx.defaultTimezone,
        checkInTime,
        locale: doc.locale,
        ...(values.firstHour === 'yes' || values.firstHour === 'no' ? { firstHour: values.firstHour } : {}),
      },
    },
    ctx,
  );
}

export function refuseConsent(doc: MotherDocument | null, ctx: TurnContextInfo, locale: Locale): TurnOutcome {
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
  // Her written form still open: her first clear words after onboarding choose it.
  const planned = { ...withoutDraft(doc, 'onboarding'), ...(variantOpen(doc) && doc.locale !== 'en' ? { variantOpen: true as const } : {}), nextCheckInAt: nextCheckInAt(profile, ctx.now, doc.checkInsPaused), updatedAt: ctx.now };
  const { doc: progressed, fired } = holdRules(planned, ctx.now, 'event');
  const stored = storeHeldLogs(progressed, heldLogs(doc), ctx);
  return {
    doc: stored.doc,
    locale: doc.locale,
    replies: [text(profile.feedingMode === 'pump' ? 'common:onboarding.donePump' : 'common:onboarding.done', { checkInTime: dailyTime(profile.checkInTime) }), ...findingReplies(fired), ...stored.replies, { kind: 'card', card: 'log', params: { feedingMode: profile.feedingMode } }],
  };
}

/** An onboard card with her yes from a mother already onboarded (an old card tapped again): her settings take the card's values. */
export function onboardAgain(doc: MotherDocument, values: OnboardValues, ctx: TurnContextInfo): TurnOutcome {
  const profile = { ...doc.profile!, birthAt: values.birthAt, feedingMode: values.feedingMode, checkInTime: values.checkInTime, timezone: values.timezone, ...(values.firstHour ? { firstHour: values.firstHour } : {}) };
  return finishOnboarding(withoutDraft({ ...doc, profile }, 'checkin', 'pending', 'yesterday'), ctx);
}

/** Onboarded by the card in one go. */
export function onboardByCard(doc: MotherDocument | null, values: OnboardValues, ctx: TurnContextInfo, locale: Locale): TurnOutcome {
  const base = doc ?? newMotherDocument(ctx.motherId, ctx.now, locale);
  return finishOnboarding({ ...base, consent: 'given', profile: { ...values, locale: base.locale } }, ctx);
}
