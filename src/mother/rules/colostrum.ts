import { COLOSTRUM_DAY_END_HOUR } from '../limits';
import { hoursSinceBirth, hoursWindow, inHoursWindow } from '../time';
import { finding, pastEvents, type RuleInput, type RuleResult } from './rule-input';

export const COLOSTRUM_DAY1_MIN_ML = 10;
export const COLOSTRUM_DAY1_MAX_ML = 50;

/**
 * colostrum.day1-in-range / colostrum.day1-low: pumped plus hand-expressed
 * volume in hours [0, 24), judged from hour 24. Only when she pumped or
 * expressed on day 1: a mother who only breastfed has no volume to judge.
 * Above 50 ml no finding is defined.
 */
export function colostrumDay1(input: RuleInput): RuleResult {
  const { profile, now } = input;
  if (hoursSinceBirth(profile, now) < COLOSTRUM_DAY_END_HOUR) return null;
  const day1 = hoursWindow(profile, 0, COLOSTRUM_DAY_END_HOUR);
  const sessions = [...pastEvents(input, 'pump'), ...pastEvents(input, 'expression')].filter((e) => inHoursWindow(e.at, day1));
  if (sessions.length === 0) return [];
  const ml = Math.round(sessions.reduce((sum, e) => sum + e.ml, 0) * 10) / 10;
  if (ml < COLOSTRUM_DAY1_MIN_ML) return [finding('colostrum.day1-low', now, { ml })];
  if (ml <= COLOSTRUM_DAY1_MAX_ML) return [finding('colostrum.day1-in-range', now, { ml })];
  return [];
}
