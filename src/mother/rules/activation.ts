import type { Finding, FindingCode } from '../findings';
import { ACTIVATION_DELAYED_HOUR, ACTIVATION_WATCH_HOUR } from '../limits';
import { atHour, hoursSinceBirth, millisOf } from '../time';
import { checkinCount, checkinWindow, checkinWindowStartsAtOrAfter, countInWindow, finding, hasFinding, pastEvents, type RuleInput, type RuleResult } from './rule-input';

export const PUMP_ACTIVATION_ML = 20;
export const PUMP_ACTIVATION_SESSIONS = 3;
export const YELLOW_STOOLS_FOR_ACTIVATION = 3;

/** The findings that mean the milk has come in; after any of them the watch rules are silent for good. */
export const ACTIVATION_CODES: readonly FindingCode[] = ['activation.pump-3x20', 'activation.stools-ok', 'activation.self-reported'];

const DAY_MS = 24 * 3600 * 1000;

/** Three consecutive pump sessions (in time order, whatever else happened in between), each >= 20 ml both breasts combined. */
function hasThreeConsecutivePumpsOf20(input: RuleInput): boolean {
  let run = 0;
  for (const session of pastEvents(input, 'pump')) {
    run = session.ml >= PUMP_ACTIVATION_ML ? run + 1 : 0;
    if (run >= PUMP_ACTIVATION_SESSIONS) return true;
  }
  return false;
}

/**
 * >= 3 yellow stools within some 24 h window after hour 72: logged stools, or a
 * check-in answer whose whole 24 h lies after hour 72 (the larger of answer and
 * logged stools in that window).
 */
function hasYellowStoolsAfter72(input: RuleInput): boolean {
  const { profile } = input;
  const from = millisOf(atHour(profile, ACTIVATION_WATCH_HOUR));
  const yellow = pastEvents(input, 'diaper').filter((d) => d.stool === 'yellow' && millisOf(d.at) >= from);
  for (let i = 0; i + YELLOW_STOOLS_FOR_ACTIVATION - 1 < yellow.length; i += 1) {
    const first = yellow[i];
    const last = yellow[i + YELLOW_STOOLS_FOR_ACTIVATION - 1];
    if (first && last && millisOf(last.at) - millisOf(first.at) < DAY_MS) return true;
  }
  return input.checkins.some((answer) => {
    if (answer.yellowStools === undefined || !checkinWindowStartsAtOrAfter(profile, answer, input.now, ACTIVATION_WATCH_HOUR)) return false;
    return checkinCount(answer.yellowStools, countInWindow(yellow, checkinWindow(answer))) >= YELLOW_STOOLS_FOR_ACTIVATION;
  });
}

/** activation.pump-3x20, activation.stools-ok, activation.self-reported: each holds once its sign is there. */
export function activationSigns(input: RuleInput): RuleResult {
  const { profile, now } = input;
  const holding: Finding[] = [];
  if (hasThreeConsecutivePumpsOf20(input)) holding.push(finding('activation.pump-3x20', now));
  if (hoursSinceBirth(profile, now) >= ACTIVATION_WATCH_HOUR && hasYellowStoolsAfter72(input)) holding.push(finding('activation.stools-ok', now));
  if (pastEvents(input, 'milk-in').length > 0) holding.push(finding('activation.self-reported', now));
  return holding;
}

/**
 * activation.watch-72h in hours [72, 120) and activation.delayed-120h from hour 120,
 * only while no activation finding exists. From 120 h only the delayed one holds:
 * a gentle "watch" after the firmer message would say less, not more.
 */
export function activationWatch(input: RuleInput): RuleResult {
  const { profile, now } = input;
  if (hasFinding(input.findings, ACTIVATION_CODES)) return [];
  const hours = hoursSinceBirth(profile, now);
  if (hours >= ACTIVATION_DELAYED_HOUR) return [finding('activation.delayed-120h', now)];
  if (hours >= ACTIVATION_WATCH_HOUR) return [finding('activation.watch-72h', now)];
  return [];
}
