import { hoursSinceBirth } from '../time';
import { checkinCount, checkinWindow, countInWindow, currentCheckin, finding, pastEvents, usesBreast, type RuleInput, type RuleResult } from './rule-input';

/** At least this many feeds in 24 h (seed: every 2–3 h; Ammehjelpen: 8–12). */
export const MIN_FEEDS_PER_24H = 8;
export const COUNT_RULES_FROM_HOUR = 24;

/** feeds.frequency-ok / feeds.frequency-low, at a check-in, for mode breast or both, from hour 24. */
export function feedFrequency(input: RuleInput): RuleResult {
  const { profile, now } = input;
  if (!usesBreast(profile) || hoursSinceBirth(profile, now) < COUNT_RULES_FROM_HOUR) return [];
  const answer = currentCheckin(input);
  if (answer?.feeds === undefined) return null;
  const count = checkinCount(answer.feeds, countInWindow(pastEvents(input, 'feed'), checkinWindow(answer)));
  return [finding(count >= MIN_FEEDS_PER_24H ? 'feeds.frequency-ok' : 'feeds.frequency-low', now, { count })];
}
