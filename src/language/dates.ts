import { DateTime } from 'luxon';
import type { Token } from './tokens';

/** A part of the day, as she names it with a day or alone. */
export type DayPart = 'night' | 'morning' | 'forenoon' | 'afternoon' | 'evening';

export interface DateReading {
  /** Start of that day in her zone. */
  day: DateTime;
  /** Tokens read. */
  length: number;
  /** The part of that day she named with it («søndag kveld», «sunday night»): an hour on a 12-hour dial is read in it. */
  part?: DayPart;
}

export interface DateOptions {
  /**
   * "23.11" alone is also a clock time (23:11). Read it as a date only when told so (she was
   * asked when she gave birth) or when a clock follows ("23.11 kl 3.10") or a year or "den".
   */
  dottedAlone?: boolean;
}

/** Month names and their short forms in nb, nn and en (folded: lower case). */
const MONTHS: Readonly<Record<string, number>> = {
  januar: 1, january: 1, jan: 1,
  februar: 2, february: 2, feb: 2,
  mars: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const INTRODUCERS = new Set(['den', 'on']);
const DATE_FOLLOWERS = new Set(['kl', 'at', 'and', 'og']);
/** A date a day or two ahead is a slip of the finger, kept (and flagged future) rather than moved a year back. */
const TYPO_DAYS_AHEAD = 2;
/** Enough years back to find a 29 February. */
const YEARS_BACK = 4;

interface Parts {
  day: number;
  month: number;
  year?: number;
  length: number;
}

function yearOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (/^\d{4}$/.test(text)) return Number(text);
  if (/^\d{2}$/.test(text)) return 2000 + Number(text);
  return undefined;
}

function dayNumber(token: Token | undefined): number | undefined {
  if (token?.kind !== 'number' || !/^\d{1,2}$/.test(token.text)) return undefined;
  const day = Number(token.text);
  return day >= 1 && day <= 31 ? day : undefined;
}

/** "23.11", "23.11.2026", "23.11.26", and "23.11." as the bot writes it: its full stop closes the date («23.11. kl 19»). */
function dotted(tokens: readonly Token[], at: number): Parts | undefined {
  const match = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4}))?$/.exec(tokens[at]?.text ?? '');
  if (!match) return undefined;
  const year = yearOf(match[3]);
  const stop = year === undefined && tokens[at + 1]?.text === '.' ? 1 : 0;
  return { day: Number(match[1]), month: Number(match[2]), ...(year !== undefined ? { year } : {}), length: 1 + stop };
}

/** "22/11", "22/11/2026". */
function slashed(tokens: readonly Token[], at: number): Parts | undefined {
  const day = dayNumber(tokens[at]);
  const month = tokens[at + 1]?.text === '/' ? dayNumber(tokens[at + 2]) : undefined;
  if (day === undefined || month === undefined) return undefined;
  const year = tokens[at + 3]?.text === '/' ? yearOf(tokens[at + 4]?.text) : undefined;
  return { day, month, ...(year !== undefined ? { year } : {}), length: year !== undefined ? 5 : 3 };
}

/** A four-digit year after a month or day ("1. november 2026", "November 1, 2026"): tokens read. */
function trailingYear(tokens: readonly Token[], at: number): { year?: number; length: number } {
  const comma = tokens[at]?.text === ',' ? 1 : 0;
  const text = tokens[at + comma]?.text ?? '';
  return /^\d{4}$/.test(text) ? { year: Number(text), length: comma + 1 } : { length: 0 };
}

/** "1. november", "23. nov.", "1 November", "1st of November", "the 1st of Nov 2026". */
function dayThenMonth(tokens: readonly Token[], at: number): Parts | undefined {
  const day = dayNumber(tokens[at]);
  if (day === undefined) return undefined;
  let cursor = at + 1;
  if (tokens[cursor]?.text === '.' || ORDINAL_SUFFIXES.has(tokens[cursor]?.text ?? '')) cursor += 1;
  if (tokens[cursor]?.text === 'of') cursor += 1;
  const month = MONTHS[tokens[cursor]?.text ?? ''];
  if (month === undefined) return undefined;
  cursor += 1;
  // the full stop of an abbreviation ("23. nov. kl 3", "1. nov. 2026")
  const afterStop = tokens[cursor + 1]?.text ?? '';
  if (tokens[cursor]?.text === '.' && (/^\d{4}$/.test(afterStop) || afterStop === 'kl' || afterStop === 'at')) cursor += 1;
  const year = trailingYear(tokens, cursor);
  return { day, month, ...(year.year !== undefined ? { year: year.year } : {}), length: cursor + year.length - at };
}

/** "November 1", "Nov 1st, 2026". */
function monthThenDay(tokens: readonly Token[], at: number): Parts | undefined {
  const month = MONTHS[tokens[at]?.text ?? ''];
  const day = month === undefined ? undefined : dayNumber(tokens[at + 1]);
  if (month === undefined || day === undefined) return undefined;
  let cursor = at + 2;
  if (ORDINAL_SUFFIXES.has(tokens[cursor]?.text ?? '')) cursor += 1;
  // "may 3 ml", "jan 2 bleier": a word after the number makes it a count, not a day
  const next = tokens[cursor];
  if (next?.kind === 'word' && !DATE_FOLLOWERS.has(next.text)) return undefined;
  const year = trailingYear(tokens, cursor);
  return { day, month, ...(year.year !== undefined ? { year: year.year } : {}), length: cursor + year.length - at };
}

/** The latest such date not after today (a day or two ahead is kept as a typo), in her zone. */
function resolveDay(parts: Parts, now: DateTime): DateTime | undefined {
  const zone = now.zone;
  if (parts.year !== undefined) {
    const date = DateTime.fromObject({ year: parts.year, month: parts.month, day: parts.day }, { zone });
    return date.isValid ? date.startOf('day') : undefined;
  }
  const latest = now.startOf('day').plus({ days: TYPO_DAYS_AHEAD });
  for (let back = 0; back <= YEARS_BACK; back++) {
    const date = DateTime.fromObject({ year: now.year + 1 - back, month: parts.month, day: parts.day }, { zone });
    if (date.isValid && date <= latest) return date.startOf('day');
  }
  return undefined;
}

/**
 * A calendar date at `at`: "23.11" (see `DateOptions`), "23.11.2026", "den 23.11", "22/11",
 * "1. november", "23. nov", "1 November", "November 1st, 2026", "on the 1st of November".
 * Without a year, the most recent past occurrence of that date.
 */
export function readDate(tokens: readonly Token[], at: number, now: DateTime, options: DateOptions = {}): DateReading | undefined {
  let cursor = at;
  const introduced = INTRODUCERS.has(tokens[cursor]?.text ?? '');
  if (introduced) cursor += 1;
  if (tokens[cursor]?.text === 'the') cursor += 1;
  let parts = dayThenMonth(tokens, cursor) ?? monthThenDay(tokens, cursor) ?? slashed(tokens, cursor);
  if (!parts) {
    const written = dotted(tokens, cursor);
    if (written && (written.year !== undefined || introduced || options.dottedAlone)) parts = written;
  }
  if (!parts) return undefined;
  const day = resolveDay(parts, now);
  return day ? { day, length: cursor + parts.length - at } : undefined;
}
