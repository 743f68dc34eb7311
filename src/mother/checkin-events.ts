import type { CheckinAnswer, PumpEvent } from './events';
import { millisOf } from './time';

/** How far apart the sessions of one answer are placed, all just before the answer. */
const SPACING_SECONDS = 1;

/**
 * RULES.md: `pumpMl` lists pump sessions she did not log one by one; they become
 * pump events, in the order given, just before the answer (the last one a second
 * before it). `double` is left unknown, so they never suggest double pumping.
 * The caller stores them with the answer; the rules then count them as logged.
 */
export function pumpEventsFromCheckin(answer: CheckinAnswer): PumpEvent[] {
  const volumes = answer.pumpMl ?? [];
  const answeredAt = millisOf(answer.at);
  return volumes.map((ml, index) => ({
    type: 'pump',
    at: new Date(answeredAt - (volumes.length - index) * SPACING_SECONDS * 1000).toISOString(),
    ml,
  }));
}
