import { dayNumber } from '../time';
import { checkinCount, checkinWindow, countInWindow, currentCheckin, finding, pastEvents, type RuleInput, type RuleResult } from './rule-input';

/** Wet diapers expected in 24 h on days 1–4; day 5 and later: 6. */
const WET_DIAPERS_BY_DAY: readonly number[] = [1, 2, 3, 4];
export const WET_DIAPERS_FROM_DAY_5 = 6;
export const WET_LOW_CONTACT_FROM_DAY = 4;

export function expectedWetDiapers(day: number): number {
  return WET_DIAPERS_BY_DAY[day - 1] ?? WET_DIAPERS_FROM_DAY_5;
}

/**
 * diapers.wet-low, at a check-in, any mode: fewer wet diapers in the 24 h before
 * the answer than expected for her day. Advice on days 1–3, contact from day 4.
 */
export function wetDiapersLow(input: RuleInput): RuleResult {
  const { profile, now } = input;
  const day = dayNumber(profile, now);
  if (day < 1) return [];
  const answer = currentCheckin(input);
  if (answer?.wetDiapers === undefined) return null;
  const wet = pastEvents(input, 'diaper').filter((d) => d.wet);
  const count = checkinCount(answer.wetDiapers, countInWindow(wet, checkinWindow(answer)));
  const expected = expectedWetDiapers(day);
  if (count >= expected) return [];
  return [finding('diapers.wet-low', now, { count, expected, day }, day >= WET_LOW_CONTACT_FROM_DAY ? 'contact' : 'advice')];
}
