import type { Locale } from '../mother/profile';
import { readNumber } from './numbers';
import type { Token } from './tokens';

const MINUTE_UNITS = new Set(['min', 'mins', 'minutt', 'minutter', 'minuttar', 'minute', 'minutes']);
/** Hours in Norwegian; in English "time" is no hour ("fed 1 time"). */
const HOUR_UNITS_NO = new Set(['time', 'timer', 'timar', 'timen', 'tim']);
const HOUR_UNITS_EN = new Set(['hour', 'hours', 'hr', 'hrs']);
/** Short units read only before "siden"/"ago", where nothing else could be meant: "for 2 t siden", "20 m ago". */
const SHORT_UNITS: Readonly<Record<string, number>> = { m: 1, t: 60, h: 60 };
const HALF_HOURS = new Set(['halvtime', 'halvtimen', 'halvtimes']);
const QUARTERS = new Set(['kvarter', 'kvarteret']);
const ARTICLES = new Set(['en', 'ei', 'ein', 'et', 'eit', 'ett', 'a', 'an', 'one']);
const AND = new Set(['og', 'and']);

export interface Duration {
  minutes: number;
  /** Exclusive. */
  end: number;
}

export interface DurationOptions {
  locale: Locale;
  /** Before "siden"/"ago": every unit of either language, and "t", "h", "m", are read. */
  beforeAgo?: boolean;
}

function hourUnit(word: string, options: DurationOptions): boolean {
  return HOUR_UNITS_EN.has(word) || ((options.locale !== 'en' || options.beforeAgo === true) && HOUR_UNITS_NO.has(word));
}

function minutesPerUnit(word: string, options: DurationOptions): number | undefined {
  if (MINUTE_UNITS.has(word)) return 1;
  if (hourUnit(word, options)) return 60;
  if (options.beforeAgo) return SHORT_UNITS[word];
  return undefined;
}

/** "og en halv", "and a half" after a whole number of hours: 30 more minutes, and the tokens read. */
function andAHalf(tokens: readonly Token[], at: number): number {
  if (!AND.has(tokens[at]?.text ?? '')) return 0;
  const article = ARTICLES.has(tokens[at + 1]?.text ?? '') ? 1 : 0;
  return tokens[at + 1 + article]?.text === 'halv' || tokens[at + 1 + article]?.text === 'half' ? 2 + article : 0;
}

/**
 * A length of time at `at`: "20 min", "en time", "an hour", "en halv time", "ein halvtime",
 * "half an hour", "a half hour", "et kvarter", "halvannen time", "en og en halv time",
 * "an hour and a half". Half an hour is 30 minutes, never an hour.
 */
export function readDuration(tokens: readonly Token[], at: number, options: DurationOptions): Duration | undefined {
  const word = (k: number): string => tokens[k]?.text ?? '';
  let cursor = at;
  // "half an hour", "half a hour", "half hour"
  if (word(cursor) === 'half') {
    const article = word(cursor + 1) === 'an' || word(cursor + 1) === 'a' ? 1 : 0;
    return hourUnit(word(cursor + 1 + article), options) ? { minutes: 30, end: cursor + 2 + article } : undefined;
  }
  let amount: number | undefined;
  const number = readNumber(tokens, cursor, options.locale);
  if (number && !(number.digits && number.value <= 0)) {
    amount = number.value;
    cursor += number.length;
  } else if (ARTICLES.has(word(cursor))) {
    amount = 1;
    cursor += 1;
  }
  // "en halv time", "a half hour", "ein halvtime", "et kvarter", "a quarter of an hour"
  if ((amount === undefined || amount === 1) && (word(cursor) === 'halv' || word(cursor) === 'half') && hourUnit(word(cursor + 1), options)) return { minutes: 30, end: cursor + 2 };
  if (HALF_HOURS.has(word(cursor)) && (amount === undefined || amount === 1)) return { minutes: 30, end: cursor + 1 };
  if (QUARTERS.has(word(cursor)) && (amount === undefined || amount === 1)) return { minutes: 15, end: cursor + 1 };
  if (word(cursor) === 'quarter' && amount === 1 && word(cursor + 1) === 'of' && ARTICLES.has(word(cursor + 2)) && hourUnit(word(cursor + 3), options)) {
    return { minutes: 15, end: cursor + 4 };
  }
  if (amount === undefined) return undefined;
  // "en og en halv time": a half between the number and the unit
  const halfBefore = andAHalf(tokens, cursor);
  if (halfBefore > 0 && hourUnit(word(cursor + halfBefore), options)) return { minutes: amount * 60 + 30, end: cursor + halfBefore + 1 };
  const perUnit = minutesPerUnit(word(cursor), options);
  if (perUnit === undefined) return undefined;
  cursor += 1;
  // "an hour and a half"
  const halfAfter = perUnit === 60 ? andAHalf(tokens, cursor) : 0;
  return { minutes: amount * perUnit + (halfAfter > 0 ? 30 : 0), end: cursor + halfAfter };
}
