import type { DateTime } from 'luxon';
import type { Locale } from '../mother/profile';
import type { DateReading } from './dates';
import { readNumber } from './numbers';
import { longestPhraseAt, type Token } from './tokens';

/** The day before yesterday, as one phrase. */
const DAY_BEFORE_YESTERDAY: readonly (readonly string[])[] = [
  ['i', 'forgårs'], ['forgårs'], ['i', 'forigårs'], ['i', 'fyrregår'], ['i', 'fyrrgår'],
  ['the', 'day', 'before', 'yesterday'], ['day', 'before', 'yesterday'],
];
const DAY_UNITS = new Set(['dag', 'dager', 'dagar', 'døgn', 'day', 'days']);
const AGO = new Set(['siden', 'sidan', 'ago']);
/** Further back than her first week and a little more is no day she would count like this. */
const MOST_DAYS_BACK = 31;

/**
 * A day counted back from today: «i forgårs», «for 2 dager siden», «2 days ago». Read as a date,
 * so a clock after it is a clock on that day («for to dager siden kl 22»).
 */
export function readDaysBack(tokens: readonly Token[], at: number, now: DateTime, locale: Locale): DateReading | undefined {
  const phrase = longestPhraseAt(tokens, at, DAY_BEFORE_YESTERDAY);
  if (phrase > 0) return { day: now.startOf('day').minus({ days: 2 }), length: phrase };
  const cursor = tokens[at]?.text === 'for' ? at + 1 : at;
  const count = readNumber(tokens, cursor, locale);
  if (!count || !Number.isInteger(count.value) || count.value < 1 || count.value > MOST_DAYS_BACK) return undefined;
  const unit = cursor + count.length;
  if (!DAY_UNITS.has(tokens[unit]?.text ?? '') || !AGO.has(tokens[unit + 1]?.text ?? '')) return undefined;
  return { day: now.startOf('day').minus({ days: count.value }), length: unit + 2 - at };
}
