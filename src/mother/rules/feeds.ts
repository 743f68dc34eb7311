import { COUNT_RULES_FROM_HOUR } from '../limits';
import { hoursSinceBirth } from '../time';
import { checkinCount, checkinWindow, countInWindow, currentCheckin, finding, pastEvents, usesBreast, type RuleInput, type RuleResult } from './rule-input';

/** At least this many milk removals in 24 h (seed: every 2–3 h; Ammehjelpen: 8–12). */
export const MIN_FEEDS_PER_24H = 8;

/**
 * feeds.frequency-ok / feeds.frequency-low / feeds.none, at a check-in, for mode breast or both,
 * from hour 24. Mode breast counts breastfeeds; mode both counts milk removals, breastfeeds and
 * pump sessions together (each the larger of her answer and her log), so a mother who pumps
 * besides breastfeeding is never asked for 8 pump sessions on top.
 * In mode breast, no breastfeed at all in 24 h (answered 0, none logged) is feeds.none: the baby
 * is not feeding, which is urgent, not advice.
 */
export function feedFrequency(input: RuleInput): RuleResult {
  const { profile, now } = input;
  if (!usesBreast(profile) || hoursSinceBirth(profile, now) < COUNT_RULES_FROM_HOUR) return null;
  const answer = currentCheckin(input);
  if (answer?.feeds === undefined) return null;
  const window = checkinWindow(answer);
  const feeds = checkinCount(answer.feeds, countInWindow(pastEvents(input, 'feed'), window));
  if (profile.feedingMode === 'breast') {
    if (feeds === 0) return [finding('feeds.none', now)];
    return [finding(feeds >= MIN_FEEDS_PER_24H ? 'feeds.frequency-ok' : 'feeds.frequency-low', now, { count: feeds })];
  }
  const pumps = checkinCount(answer.pumpMl?.length ?? 0, countInWindow(pastEvents(input, 'pump'), window));
  const count = feeds + pumps;
  return [finding(count >= MIN_FEEDS_PER_24H ? 'feeds.frequency-ok' : 'feeds.frequency-low', now, { count, feeds, pumps })];
}
