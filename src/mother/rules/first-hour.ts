import { FIRST_HOUR_MINUTES } from '../limits';
import { minutesSinceBirth, millisOf } from '../time';
import { finding, pastEvents, type RuleInput, type RuleResult } from './rule-input';

/**
 * first-hour.done / first-hour.missed.
 * A logged feed, pump or expression within 60 min decides "done". Without one,
 * her onboarding answer decides. Without that either, a later first session
 * decides "missed"; with nothing logged and no answer it cannot be judged yet.
 */
export function firstHour(input: RuleInput): RuleResult {
  const { profile, now } = input;
  const sessions = [...pastEvents(input, 'feed'), ...pastEvents(input, 'pump'), ...pastEvents(input, 'expression')]
    .filter((e) => minutesSinceBirth(profile, e.at) >= 0)
    .sort((a, b) => millisOf(a.at) - millisOf(b.at));
  const first = sessions[0];
  const minutes = first ? Math.round(minutesSinceBirth(profile, first.at) * 10) / 10 : undefined;

  if (minutes !== undefined && minutes <= FIRST_HOUR_MINUTES) return [finding('first-hour.done', now, { minutes })];
  if (profile.firstHour === 'yes') return [finding('first-hour.done', now)];
  if (profile.firstHour === 'no') return [finding('first-hour.missed', now)];
  if (minutes !== undefined) return [finding('first-hour.missed', now, { minutes })];
  return null;
}
