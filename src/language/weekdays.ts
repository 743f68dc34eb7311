import type { DateTime } from 'luxon';
import type { DateReading, DayPart } from './dates';
import { longestPhraseAt, type Token } from './tokens';

/** Weekday names in nb, nn and en (folded), as luxon numbers them: Monday 1 to Sunday 7. */
const WEEKDAYS: Readonly<Record<string, number>> = {
  mandag: 1, måndag: 1, monday: 1,
  tirsdag: 2, tysdag: 2, tuesday: 2,
  onsdag: 3, wednesday: 3,
  torsdag: 4, thursday: 4,
  fredag: 5, friday: 5,
  lørdag: 6, laurdag: 6, saturday: 6,
  søndag: 7, sundag: 7, sunday: 7,
};
const PARTS: Readonly<Record<string, DayPart>> = {
  natt: 'night', natta: 'night', natten: 'night', night: 'night',
  morgen: 'morning', morgenen: 'morning', morgon: 'morning', morgonen: 'morning', morning: 'morning',
  formiddag: 'forenoon', formiddagen: 'forenoon',
  ettermiddag: 'afternoon', ettermiddagen: 'afternoon', afternoon: 'afternoon',
  kveld: 'evening', kvelden: 'evening', evening: 'evening',
};
/** The part of the day a word names («kveld», «morning»), if any. */
export const dayPartWord = (text: string): DayPart | undefined => (Object.hasOwn(PARTS, text) ? PARTS[text] : undefined);

const INTRODUCERS = new Set(['på', 'on']);
/** «sist søndag», «last sunday»: the one before today, never today. */
const BEFORE_TODAY = new Set(['sist', 'forrige', 'førre', 'last']);
/** «natt til mandag»: the night that ends on that day. */
const NIGHT_BEFORE = [['natt', 'til'], ['natta', 'til'], ['natten', 'til']];
/** «søndagskveld», «lørdagsnatt», «mandagsmorgen»: a weekday and a part in one word. */
const COMPOUND = /^(\p{L}+?dag)s(\p{L}+)$/u;

function weekdayWord(text: string): { weekday: number; part?: DayPart } | undefined {
  const weekday = WEEKDAYS[text];
  if (weekday !== undefined) return { weekday };
  const compound = COMPOUND.exec(text);
  const named = compound ? WEEKDAYS[compound[1]!] : undefined;
  const part = compound ? PARTS[compound[2]!] : undefined;
  return named !== undefined && part !== undefined ? { weekday: named, part } : undefined;
}

/** The latest day with that weekday, today included unless `beforeToday`. */
function latest(now: DateTime, weekday: number, beforeToday: boolean): DateTime {
  const today = now.startOf('day');
  const back = (today.weekday - weekday + 7) % 7;
  return today.minus({ days: back === 0 && beforeToday ? 7 : back });
}

/**
 * A weekday at `at`, the latest one (her births and logs are behind her): «søndag», «på søndag»,
 * «sist søndag», «on Sunday», «last Sunday», with a part of it after («søndag kveld», «Sunday
 * night», «søndagskveld») or «natt til mandag» (the night that ends on Monday, read as Sunday's).
 */
export function readWeekday(tokens: readonly Token[], at: number, now: DateTime): DateReading | undefined {
  let cursor = at;
  const nightBefore = longestPhraseAt(tokens, at, NIGHT_BEFORE) > 0;
  if (nightBefore) cursor += 2;
  else if (INTRODUCERS.has(tokens[cursor]?.text ?? '')) cursor += 1;
  const beforeToday = !nightBefore && BEFORE_TODAY.has(tokens[cursor]?.text ?? '');
  if (beforeToday) cursor += 1;
  const word = weekdayWord(tokens[cursor]?.text ?? '');
  if (!word) return undefined;
  cursor += 1;
  let day = latest(now, word.weekday, beforeToday);
  let part = word.part;
  if (nightBefore) {
    day = day.minus({ days: 1 });
    part = 'night';
  } else if (!part && PARTS[tokens[cursor]?.text ?? ''] !== undefined) {
    part = PARTS[tokens[cursor]!.text];
    cursor += 1;
  }
  return { day, length: cursor - at, ...(part ? { part } : {}) };
}
