import { hoursSinceBirth } from '../time';
import { COUNT_RULES_FROM_HOUR } from '../limits';
import { checkinCount, checkinWindow, countInWindow, currentCheckin, finding, pastEvents, type RuleInput, type RuleResult } from './rule-input';

/** At least this many pump sessions in 24 h (seed ref 15: every 2–3 h; HSE: 8–10). */
export const MIN_PUMP_SESSIONS_PER_24H = 8;

/**
 * pump.frequency-low, at a check-in, for mode pump, from hour 24 (mode both is held by
 * feeds.frequency-* on breastfeeds and pump sessions together).
 * The volumes in `pumpMl` are sessions she did not log one by one; the caller
 * stores them as pump events just before the answer, so they are counted among
 * the logged events. Taking the larger of the two keeps the count right even
 * when they were not stored.
 */
export function pumpFrequency(input: RuleInput): RuleResult {
  const { profile, now } = input;
  if (profile.feedingMode !== 'pump' || hoursSinceBirth(profile, now) < COUNT_RULES_FROM_HOUR) return null;
  const answer = currentCheckin(input);
  if (answer?.pumpMl === undefined) return null;
  const count = checkinCount(answer.pumpMl.length, countInWindow(pastEvents(input, 'pump'), checkinWindow(answer)));
  return count < MIN_PUMP_SESSIONS_PER_24H ? [finding('pump.frequency-low', now, { count })] : [];
}

/**
 * pump.single: the pump session she logged last (in the order she logged them, so a session she
 * backdates counts too) was single (`double: false`): suggest double pumping.
 */
export function pumpSingle(input: RuleInput): RuleResult {
  const latest = [...input.events].reverse().find((e) => e.type === 'pump');
  return latest?.type === 'pump' && latest.double === false ? [finding('pump.single', input.now)] : [];
}
