import { STOOL_RULES_FROM_HOUR } from '../limits';
import { hoursSinceBirth, inSlidingWindow, millisOf, notAfter } from '../time';
import { checkinCount, checkinWindow, countInWindow, currentCheckin, finding, pastEvents, usesBreast, type RuleInput, type RuleResult } from './rule-input';

/** The seed's "3 or more yellow stools in 24 h from about day 4" (Ammehjelpen says 2–4; we use the seed). */
export const MIN_YELLOW_STOOLS_PER_24H = 3;

/**
 * stools.low-day4, at a check-in, mode breast or both, from hour 96: fewer than 3
 * yellow stools in the 24 h before the answer (larger of answer and logged), and
 * activation.stools-ok did not fire within that same window.
 */
export function stoolsLowDay4(input: RuleInput): RuleResult {
  const { profile, now } = input;
  if (!usesBreast(profile) || hoursSinceBirth(profile, now) < STOOL_RULES_FROM_HOUR) return null;
  const answer = currentCheckin(input);
  if (answer?.yellowStools === undefined) return null;
  const window = checkinWindow(answer);
  const yellow = pastEvents(input, 'diaper').filter((d) => d.stool === 'yellow');
  const count = checkinCount(answer.yellowStools, countInWindow(yellow, window));
  const stoolsOkInWindow = (input.findings ?? []).some((f) => f.code === 'activation.stools-ok' && inSlidingWindow(f.at, window));
  return count < MIN_YELLOW_STOOLS_PER_24H && !stoolsOkInWindow ? [finding('stools.low-day4', now, { count })] : [];
}

/**
 * stools.meconium-day5, at a check-in, any mode, from hour 96: her latest stool is still meconium.
 * A check-in answer that counts yellow stools, given after the latest logged stool, makes her latest
 * stool yellow: she is never told the stool is still black right after saying it was yellow.
 */
export function stoolsMeconiumDay5(input: RuleInput): RuleResult {
  const { profile, now } = input;
  if (hoursSinceBirth(profile, now) < STOOL_RULES_FROM_HOUR) return null;
  const latestStool = pastEvents(input, 'diaper')
    .filter((d) => d.stool !== 'none')
    .at(-1);
  const latestYellowAnswer = input.checkins
    .filter((c) => (c.yellowStools ?? 0) > 0 && notAfter(c.at, now))
    .map((c) => millisOf(c.at))
    .reduce((latest, ms) => Math.max(latest, ms), -Infinity);
  if (!latestStool) return latestYellowAnswer > -Infinity ? [] : null;
  if (latestYellowAnswer >= millisOf(latestStool.at)) return [];
  return latestStool.stool === 'meconium' ? [finding('stools.meconium-day5', now)] : [];
}
