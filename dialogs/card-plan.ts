import { pumpEventsFromCheckin } from '../src/mother/checkin-events';
import type { MotherEvent } from '../src/mother/events';
import { millisOf } from '../src/mother/time';
import type { MotherDocument } from '../src/store/mother-document';
import { parseCheckinValue, parseLogValue, parseOnboard, type InvalidReason, type OnboardValues } from './card-input';
import { dayLimitProblem, logProblem } from './log-checks';
import type { CheckinValues } from './logging';

/** What a card she sent does, read before anything happens; the machine's guards choose by `kind`. */
export type CardPlan =
  /** An onboard card without her yes from a mother who has consented: withdrawing is a deletion, so it is asked. */
  | { kind: 'withdraw' }
  | { kind: 'refuseConsent' }
  | { kind: 'onboard'; values: OnboardValues }
  /** Her settings from an old onboard card tapped again; nothing she logged is touched. */
  | { kind: 'onboardAgain'; values: OnboardValues }
  | { kind: 'log'; event: MotherEvent }
  | { kind: 'checkin'; values: CheckinValues }
  | { kind: 'needsOnboarding' }
  | { kind: 'refuse'; key: string };

const refused = (reason: InvalidReason): CardPlan => ({ kind: 'refuse', key: `common:invalid.${reason}` });

export function cardPlan(doc: MotherDocument | null, value: Record<string, unknown>, now: string, defaultTimezone: string): CardPlan {
  if (value.action === 'onboard') {
    const parsed = parseOnboard(value, now, doc?.profile?.timezone ?? defaultTimezone);
    if (!parsed.ok && parsed.reason === 'no-consent') return doc?.consent === 'given' ? { kind: 'withdraw' } : { kind: 'refuseConsent' };
    if (!parsed.ok) return refused(parsed.reason);
    if (doc?.consent !== 'given' || !doc.profile) return { kind: 'onboard', values: parsed.value };
    // A birth moved past something she logged is refused, as when she corrects it by text.
    const birthMoved = millisOf(parsed.value.birthAt) !== millisOf(doc.profile.birthAt);
    if (birthMoved && doc.events.some((event) => millisOf(event.at) < millisOf(parsed.value.birthAt))) return { kind: 'refuse', key: 'dialog:birth.afterEvents' };
    return { kind: 'onboardAgain', values: parsed.value };
  }
  if (value.action !== 'log' && value.action !== 'checkin') return refused('unknown-action');
  if (!doc || doc.consent !== 'given' || !doc.profile) return { kind: 'needsOnboarding' };
  if (value.action === 'log') {
    const parsed = parseLogValue(value, now, doc.profile.birthAt, doc.profile.timezone);
    if (!parsed.ok) return refused(parsed.reason);
    const problem = logProblem(doc, [parsed.value], now);
    return problem ? refused(problem) : { kind: 'log', event: parsed.value };
  }
  const parsed = parseCheckinValue(value);
  if (!parsed.ok) return refused(parsed.reason);
  // The pump sessions a check-in lists are logged too, so they are held to the day's limit.
  const problem = dayLimitProblem(doc, pumpEventsFromCheckin({ at: now, ...(parsed.value.pumpMl ? { pumpMl: parsed.value.pumpMl } : {}) }));
  return problem ? refused(problem) : { kind: 'checkin', values: parsed.value };
}
