import { dayNumber, hoursSinceBirth } from '../time';
import { COUNT_RULES_FROM_HOUR, NO_WET_DIAPER_URGENT_FROM_HOUR } from '../limits';
import { checkinCount, checkinWindow, countInWindow, currentCheckin, finding, pastEvents, type RuleInput, type RuleResult } from './rule-input';

/** Wet diapers expected in 24 h on days 1–4; day 5 and later: 6. */
const WET_DIAPERS_BY_DAY: readonly number[] = [1, 2, 3, 4];
export const WET_DIAPERS_FROM_DAY_5 = 6;
export const WET_LOW_CONTACT_FROM_DAY = 4;

export function expectedWetDiapers(day: number): number {
  return WET_DIAPERS_BY_DAY[day - 1] ?? WET_DIAPERS_FROM_DAY_5;
}

/**
 * diapers.wet-low and diapers.none-after-day3, at a check-in, any mode, from hour 24 (before a whole
 * day has passed, a 24 h count says nothing). Fewer wet diapers in the 24 h before the answer than
 * expected for her day: advice on days 2–3, contact from day 4. From hour 72, none at all (answered
 * 0, none logged) is the urgent sign, answered as the same words typed would be.
 */
export function wetDiapersLow(input: RuleInput): RuleResult {
  const { profile, now } = input;
  const hours = hoursSinceBirth(profile, now);
  if (hours < COUNT_RULES_FROM_HOUR) return null;
  const answer = currentCheckin(input);
  if (answer?.wetDiapers === undefined) return null;
  const wet = pastEvents(input, 'diaper').filter((d) => d.wet);
  const count = checkinCount(answer.wetDiapers, countInWindow(wet, checkinWindow(answer)));
  if (count === 0 && hours >= NO_WET_DIAPER_URGENT_FROM_HOUR) return [finding('diapers.none-after-day3', now)];
  const day = dayNumber(profile, now);
  const expected = expectedWetDiapers(day);
  if (count >= expected) return [];
  return [finding('diapers.wet-low', now, { count, expected, day }, day >= WET_LOW_CONTACT_FROM_DAY ? 'contact' : 'advice')];
}
