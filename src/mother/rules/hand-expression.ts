import { HAND_EXPRESSION_ONLY_BEFORE_HOUR } from '../limits';
import { hoursSinceBirth, last24Hours } from '../time';
import { countInWindow, finding, pastEvents, usesPump, type RuleInput, type RuleResult } from './rule-input';

/**
 * hand-expression.only: mode pump or both, before hour 72, hand expression in the
 * last 24 h but no pump session: suggest combining with the pump.
 */
export function handExpressionOnly(input: RuleInput): RuleResult {
  const { profile, now } = input;
  if (!usesPump(profile) || hoursSinceBirth(profile, now) >= HAND_EXPRESSION_ONLY_BEFORE_HOUR) return [];
  const window = last24Hours(now);
  const expressions = countInWindow(pastEvents(input, 'expression'), window);
  const pumps = countInWindow(pastEvents(input, 'pump'), window);
  return expressions > 0 && pumps === 0 ? [finding('hand-expression.only', now)] : [];
}
