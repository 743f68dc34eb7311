import type { Locale } from '../mother/profile';
import { formatClock, readClock, readClockAbout, type ClockReading } from './clock';
import { normalize } from './normalize';
import { tokenize } from './tokens';
import { dayPartWord } from './weekdays';

/**
 * The time of day she picks for her daily check-in, wherever it stands in a short message («passer
 * fint kl 8», «kl 8 om kvelden», «at 8 please», «around 7 in the evening», «8 in the morning works»), as "HH:mm". An hour without am or pm is the
 * morning's unless she names the afternoon or the evening. Two clocks, or another number beside
 * the clock, are no choice: undefined, and she is asked again.
 */
export function readDailyTime(text: string, locale: Locale): string | undefined {
  const tokens = tokenize(normalize(text));
  const clocks: ClockReading[] = [];
  const numbersOutside: number[] = [];
  for (let at = 0; at < tokens.length; at++) {
    // she was asked when: «rundt 7» is an hour here
    const clock = readClock(tokens, at, locale) ?? readClockAbout(tokens, at, locale, { bareHour: true });
    if (clock) {
      clocks.push(clock);
      at = clock.end - 1;
    } else if (tokens[at]!.kind === 'number') numbersOutside.push(at);
  }
  // «8 in the morning works»: asked when, one bare whole hour is the hour
  const bare = clocks.length === 0 && numbersOutside.length === 1 ? bareHour(tokens[numbersOutside[0]!]!.text) : undefined;
  if (bare) clocks.push(bare);
  else if (clocks.length !== 1 || numbersOutside.length > 0) return undefined;
  const { hour, minute, ambiguous } = clocks[0]!;
  const part = tokens.map((token) => dayPartWord(token.text)).find((named) => named !== undefined);
  const afterNoon = ambiguous && hour < 12 && (part === 'afternoon' || part === 'evening');
  return formatClock(afterNoon ? hour + 12 : hour, minute);
}

function bareHour(digits: string): ClockReading | undefined {
  if (!/^\d{1,2}$/.test(digits)) return undefined;
  const hour = Number(digits);
  return hour <= 23 ? { hour, minute: 0, ambiguous: hour >= 1 && hour <= 12, start: 0, end: 0 } : undefined;
}
