import type { Intent, LogIntent, LoggableEvent } from '../src/language';
import { MAX_EVENTS_PER_MESSAGE } from '../src/mother/limits';
import type { MotherDocument } from '../src/store/mother-document';
import type { LogCorrection } from '../src/language/log-correction';
import { changedEvent } from './correct-log';
import { withDraft } from './draft';
import { logText, textLogPlan } from './text-log';
import type { OnboardingStep } from './onboarding';
import { text, type Reply } from './reply';
import { eventLines } from './stored-summary';
import type { TurnContextInfo, TurnOutcome } from './turn';

/**
 * A feed, pumping or diaper she logs while the onboarding questions are still open (a tired mother
 * at 3 a.m. writes «ammet kl 3» whatever was asked): it is never read as an answer, and never lost.
 * A complete log is held in the draft and stored, checked like any typed log, the moment onboarding
 * is done; one still missing a value she is asked to write again then. Either way the machine
 * asks the open question again.
 */

/** Words for a feed, pumping or expression that is done (not the present tense that answers «how does the baby get milk?»). */
const DONE = /(?<![\p{L}])(?:ammet|amma|ammde|amde|amet|pumpet|pumpa|håndmelket|håndmelka|handmjølka|fed|breastfed|nursed|pumped|expressed)(?![\p{L}])/u;
/** Words for a diaper: never an answer to an onboarding question. */
const DIAPER = /(?<![\p{L}])(?:bleie\p{L}*|bleia|diaper\p{L}*|nappy|nappies|bæsj\p{L}*|tiss\p{L}*|poo\p{L}*|pee)(?![\p{L}])/u;
/** A clock, an amount or "now": a log of something that just happened, not an answer to «did you feed within the first hour?». */
const TIMED = /\d|(?<![\p{L}])(?:nå|no|now|akkurat|nettopp|just)(?![\p{L}])/u;

/** Whether her message at this onboarding step is a log rather than the step's answer. */
export function isLogAtStep(step: OnboardingStep, message: string, intent: Intent): intent is LogIntent {
  if (intent.kind !== 'log' || (intent.events.length === 0 && intent.pending.length === 0)) return false;
  const words = message.toLowerCase();
  switch (step) {
    case 'consent':
      // Nothing of hers is kept before her yes.
      return false;
    case 'mode':
      return DONE.test(words) || DIAPER.test(words);
    case 'firstHour':
      // «ammet med en gang» answers it; «ammet kl 3» and a diaper are logs.
      return DIAPER.test(words) || (DONE.test(words) && TIMED.test(words));
    default:
      return true;
  }
}

/** The logs she has held so far. */
export const heldLogs = (doc: MotherDocument): LoggableEvent[] => doc.draft?.onboarding?.held ?? [];

/** Her log held for when onboarding is done, or (missing a value, or too many) the ask to write it again then. */
export function holdLog(doc: MotherDocument, intent: LogIntent, ctx: TurnContextInfo): TurnOutcome {
  const complete = intent.pending.length === 0 && intent.concerns.length === 0 && intent.counts.length === 0;
  const onboarding = doc.draft?.onboarding;
  if (!complete || !onboarding || heldLogs(doc).length + intent.events.length > MAX_EVENTS_PER_MESSAGE) {
    return { doc: undefined, replies: [text('dialog:onboarding.logLater')], locale: doc.locale };
  }
  return {
    doc: { ...withDraft(doc, 'onboarding', { ...onboarding, held: [...heldLogs(doc), ...intent.events] }), updatedAt: ctx.now },
    replies: [text('dialog:onboarding.logHeld')],
    locale: doc.locale,
  };
}

/** The logs she held, stored now that she has a profile: checked as a typed log is, refused with the reason when they cannot be. */
export function storeHeldLogs(doc: MotherDocument, events: readonly LoggableEvent[], ctx: TurnContextInfo): { doc: MotherDocument; replies: Reply[] } {
  if (events.length === 0) return { doc, replies: [] };
  const outcome = logText(doc, textLogPlan(doc, { kind: 'log', events: [...events], pending: [], concerns: [], counts: [] }, ctx.now), ctx);
  return { doc: outcome.doc ?? doc, replies: outcome.replies };
}

/** «nei det var høyre» right after a log she held: that log changed as she says, and shown as it now reads. */
export function correctHeldLog(doc: MotherDocument, change: LogCorrection, ctx: TurnContextInfo): TurnOutcome {
  const held = heldLogs(doc);
  const last = held.at(-1);
  const onboarding = doc.draft?.onboarding;
  if (!last || !onboarding) return { doc: undefined, replies: [text('dialog:correct.nothing')], locale: doc.locale };
  const next = changedEvent(last, change, doc, ctx);
  if (!next) return { doc: undefined, replies: [text('dialog:correct.none')], locale: doc.locale };
  if ('refusal' in next) return { doc: undefined, replies: [text(next.refusal)], locale: doc.locale };
  return {
    doc: { ...withDraft(doc, 'onboarding', { ...onboarding, held: [...held.slice(0, -1), next] }), updatedAt: ctx.now },
    replies: [text('dialog:correct.done'), ...eventLines([next], { timezone: ctx.defaultTimezone, now: ctx.now })],
    locale: doc.locale,
  };
}
