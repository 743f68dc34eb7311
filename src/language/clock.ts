import type { Locale } from '../mother/profile';
import { normalize } from './normalize';
import { readNumber } from './numbers';
import { longestPhraseAt, tokenize, type Token } from './tokens';
import { dayPartWord } from './weekdays';

export interface ClockReading {
  /** 0-23 as said; for an ambiguous reading the 12-hour value (1-12) she said. */
  hour: number;
  minute: number;
  /** "kl 8", "halv tre": could be morning or evening; the resolver picks. */
  ambiguous: boolean;
  start: number;
  /** Exclusive. */
  end: number;
}

const PREFIXES = new Set(['kl', 'at', 'ved', 'by']);
const OVER = new Set(['over', 'past', 'after']);
const BEFORE = new Set(['på', 'to', 'before']);

/** "HH:mm" for a 24-hour time. */
export function formatClock(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function validTime(hour: number, minute: number): boolean {
  return Number.isInteger(hour) && Number.isInteger(minute) && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
}

interface DigitsShape {
  hour: number;
  minute: number;
  second: number;
  hourText: string;
}

/**
 * The shape of a clock in digits, its range not yet checked: "14:30", "14.30", "14:30:00" (seconds
 * dropped); after "kl"/"at" also "14", "1430" and, after "kl" only, "9,30". "24:00", "25:99" and
 * "kl 9.60" have this shape; being out of range, they are impossible times, not other numbers.
 */
function digitsClockShape(text: string, hasPrefix: boolean, commaAllowed = false): DigitsShape | undefined {
  let match = /^(\d{1,2})[:.](\d{2})()$/.exec(text) ?? /^(\d{1,2}):(\d{2}):(\d{2})$/.exec(text);
  if (!match && commaAllowed) match = /^(\d{1,2}),(\d{2})()$/.exec(text);
  if (!match && hasPrefix) match = /^(\d{1,2})()()$/.exec(text) ?? /^(\d{2})(\d{2})()$/.exec(text);
  if (!match) return undefined;
  const hourText = match[1] ?? '';
  return { hour: Number(hourText), minute: match[2] ? Number(match[2]) : 0, second: match[3] ? Number(match[3]) : 0, hourText };
}

function shapeInRange(shape: DigitsShape): boolean {
  return validTime(shape.hour, shape.minute) && shape.second <= 59;
}

function readDigitsClock(text: string, hasPrefix: boolean, commaAllowed = false): { hour: number; minute: number; ambiguous: boolean } | undefined {
  const shape = digitsClockShape(text, hasPrefix, commaAllowed);
  if (!shape || !shapeInRange(shape)) return undefined;
  const { hour, minute, hourText } = shape;
  return { hour, minute, ambiguous: hour >= 1 && hour <= 12 && !hourText.startsWith('0') };
}

/** An hour said in words or digits, 1-12 (or 0-23 in digits). */
function readHour(tokens: readonly Token[], at: number, locale: Locale): { hour: number; length: number } | undefined {
  const reading = readNumber(tokens, at, locale);
  if (!reading || !Number.isInteger(reading.value) || reading.value < 0 || reading.value > 23) return undefined;
  if (!reading.digits && reading.value > 12) return undefined;
  return { hour: reading.value, length: reading.length };
}

const isMeridiem = (word: string | undefined): word is 'am' | 'pm' => word === 'am' || word === 'pm';

/**
 * "13 pm" or "13pm" says the afternoon twice: it is 13:00 (and "0 am" is 00:00). "13 am" or "0 pm"
 * contradicts itself: no such time.
 */
function meridiemContradicts(hour: number, word: string | undefined): boolean {
  return (word === 'am' && hour >= 13) || (word === 'pm' && hour === 0);
}

/** Applies "am"/"pm" at `at` to the reading; the tokens read (0 or 1). */
function applyMeridiem(tokens: readonly Token[], at: number, reading: { hour: number; minute: number; ambiguous: boolean }): number {
  const word = tokens[at]?.text;
  if (!isMeridiem(word)) return 0;
  if (reading.hour >= 1 && reading.hour <= 12) {
    reading.hour = (reading.hour % 12) + (word === 'pm' ? 12 : 0);
    reading.ambiguous = false;
    return 1;
  }
  // a 24-hour value the marker agrees with ("13pm", "0 am"): read as written
  return meridiemContradicts(reading.hour, word) ? 0 : 1;
}

/** Hours before `hour` on the 12-hour dial: "halv tre" is 2:30, "halv ett" is 12:30. */
function previousHour(hour: number): number {
  if (hour === 1) return 12;
  if (hour === 0) return 23;
  return hour - 1;
}

function wordsClock(tokens: readonly Token[], at: number, locale: Locale): ClockReading | undefined {
  const first = tokens[at]?.text;
  if (first === 'midnatt' || first === 'midnight') return { hour: 0, minute: 0, ambiguous: false, start: at, end: at + 1 };
  if (first === 'noon' || first === 'middag') return { hour: 12, minute: 0, ambiguous: false, start: at, end: at + 1 };
  // "halv tre" (2:30), English "half past two" (2:30)
  if (first === 'halv') {
    const hour = readHour(tokens, at + 1, locale);
    if (!hour || hour.hour === 0) return undefined;
    return { hour: previousHour(hour.hour), minute: 30, ambiguous: hour.hour <= 12, start: at, end: at + 1 + hour.length };
  }
  // English «half 2» is half past two (British), never the Norwegian half before it
  if (first === 'half' && locale === 'en' && tokens[at + 1]?.text !== 'past') {
    const hour = readHour(tokens, at + 1, locale);
    if (!hour || hour.hour === 0 || hour.hour > 12) return undefined;
    return { hour: hour.hour, minute: 30, ambiguous: true, start: at, end: at + 1 + hour.length };
  }
  let minutes: number | undefined;
  let length = 0;
  if (first === 'kvart' || first === 'quarter') {
    minutes = 15;
    length = 1;
  } else if (first === 'half' && tokens[at + 1]?.text === 'past') {
    minutes = 30;
    length = 1;
  } else {
    const reading = readNumber(tokens, at, locale);
    if (reading && Number.isInteger(reading.value) && reading.value >= 1 && reading.value <= 29) {
      minutes = reading.value;
      length = reading.length;
      if (tokens[at + length]?.text === 'min' || tokens[at + length]?.text === 'minutes') length += 1;
    }
  }
  if (minutes === undefined) return undefined;
  const direction = tokens[at + length]?.text ?? '';
  const after = OVER.has(direction);
  const before = BEFORE.has(direction) && !(direction === 'to' && locale !== 'en' && first !== 'quarter');
  const beforeEnglish = direction === 'to' && (locale === 'en' || first === 'quarter');
  if (!after && !before && !beforeEnglish) return undefined;
  let cursor = at + length + 1;
  const half = tokens[cursor]?.text === 'halv';
  if (half) cursor += 1;
  const hour = readHour(tokens, cursor, locale);
  if (!hour) return undefined;
  cursor += hour.length;
  const ambiguous = hour.hour >= 1 && hour.hour <= 12;
  let total: number;
  if (half) total = previousHour(hour.hour) * 60 + 30 + (after ? minutes : -minutes);
  else total = hour.hour * 60 + (after ? minutes : -minutes);
  total = (total + 24 * 60) % (24 * 60);
  let clockHour = Math.floor(total / 60);
  if (ambiguous && clockHour === 0) clockHour = 12;
  return { hour: clockHour, minute: total % 60, ambiguous, start: at, end: cursor };
}

/** Where the time itself starts after "kl", "kl.", "at", "ved" or "by"; whether that was "kl" or "at". */
function skipPrefix(tokens: readonly Token[], at: number): { cursor: number; kl: boolean; at: boolean } {
  const word = tokens[at]?.text ?? '';
  if (!PREFIXES.has(word)) return { cursor: at, kl: false, at: false };
  return { cursor: at + (tokens[at + 1]?.text === '.' ? 2 : 1), kl: word === 'kl', at: word === 'at' };
}

/** An hour right after "kl" or before "am"/"pm": 1-12 as on the dial, and "kl fjorten", "klokka tjueen" as 24-hour times. */
function readHourIn24(tokens: readonly Token[], at: number, locale: Locale): { hour: number; length: number } | undefined {
  const hour = readHour(tokens, at, locale);
  if (hour) return hour;
  const reading = readNumber(tokens, at, locale);
  if (!reading || reading.digits || !Number.isInteger(reading.value) || reading.value < 13 || reading.value > 23) return undefined;
  return { hour: reading.value, length: reading.length };
}

/**
 * Reads a clock time at `at`: "kl 14", "kl. 14.30", "14:30", "halv tre", "kvart over to",
 * "kvart på tre", "ti på halv fire", "2 pm", "half past two". A bare "14" is not a time.
 * Out of range ("kl 25", "24:00", "14:75", "13 am") is no clock: see `readImpossibleClock`.
 */
export function readClock(tokens: readonly Token[], at: number, locale: Locale = 'nb'): ClockReading | undefined {
  const reading = readClockAlone(tokens, at, locale);
  return reading?.ambiguous ? withPartAfter(tokens, reading) : reading;
}

/** Before the part of the day that settles an hour on the 12-hour dial: «kl 7 om morgenen», «at 7 in the evening», «at night». */
const PART_INTRODUCERS = [['om'], ['på'], ['in', 'the'], ['at']];
/** At night, an hour from 6 on the dial is the evening's («kl 11 om natta»), an earlier one the small hours'. */
const NIGHT_EVENING_FROM = 6;

function withPartAfter(tokens: readonly Token[], reading: ClockReading): ClockReading {
  const introducer = longestPhraseAt(tokens, reading.end, PART_INTRODUCERS);
  const part = introducer > 0 ? dayPartWord(tokens[reading.end + introducer]?.text ?? '') : undefined;
  if (!part) return reading;
  const dial = reading.hour % 12;
  const afternoon = part === 'afternoon' || part === 'evening' || (part === 'night' && dial >= NIGHT_EVENING_FROM);
  return { ...reading, hour: dial + (afternoon ? 12 : 0), ambiguous: false, end: reading.end + introducer + 1 };
}

function readClockAlone(tokens: readonly Token[], at: number, locale: Locale): ClockReading | undefined {
  const prefix = skipPrefix(tokens, at);
  const cursor = prefix.cursor;
  const token = tokens[cursor];
  if (!token) return undefined;
  const meridiemNext = isMeridiem(tokens[cursor + 1]?.text);
  if (token.kind === 'number') {
    const oClock = tokens[cursor + 1]?.text === 'o' && tokens[cursor + 2]?.text === 'clock';
    const reading = readDigitsClock(token.text, prefix.kl || prefix.at || meridiemNext || oClock, prefix.kl);
    if (!reading || meridiemContradicts(reading.hour, tokens[cursor + 1]?.text)) return undefined;
    let end = cursor + 1 + applyMeridiem(tokens, cursor + 1, reading);
    if (oClock) end += 2;
    return { ...reading, start: at, end };
  }
  const words = wordsClock(tokens, cursor, locale);
  if (words) return { ...words, start: at };
  if (prefix.kl || meridiemNext) {
    const hour = readHourIn24(tokens, cursor, locale);
    if (!hour || meridiemContradicts(hour.hour, tokens[cursor + hour.length]?.text)) return undefined;
    const reading = { hour: hour.hour, minute: 0, ambiguous: hour.hour >= 1 && hour.hour <= 12 };
    const end = cursor + hour.length + applyMeridiem(tokens, cursor + hour.length, reading);
    return { ...reading, start: at, end };
  }
  return undefined;
}

/** «rundt 11», «ca. kl 11», «around 11», «about 11pm»: a clock said roughly. */
const ABOUT = new Set(['ca', 'cirka', 'circa', 'rundt', 'omkring', 'omtrent', 'around', 'about', 'roughly', 'approx', 'approximately']);
/** After a bare hour, words that make it one: «11-tida», «11 tiden», «11ish». */
const HOUR_MARKERS = new Set(['tida', 'tiden', 'tia', 'ish']);

/**
 * A clock said roughly at `at`: «rundt 11», «ca. kl 11», «at around 11pm», «ved 11-tida», «11ish».
 * A bare hour after «rundt» or «around» is a clock only with a marker after it or with
 * `bareHour` (she was asked when): in a log, «ca 8» may be an amount.
 */
export function readClockAbout(tokens: readonly Token[], at: number, locale: Locale, options: { bareHour: boolean }): ClockReading | undefined {
  let cursor = PREFIXES.has(tokens[at]?.text ?? '') ? at + 1 : at;
  const about = ABOUT.has(tokens[cursor]?.text ?? '');
  if (about) cursor += tokens[cursor + 1]?.text === '.' ? 2 : 1;
  if (about) {
    const plain = readClock(tokens, cursor, locale);
    if (plain) return { ...plain, start: at };
  }
  const hour = readHour(tokens, cursor, locale);
  if (!hour) return undefined;
  let end = cursor + hour.length;
  const dashed = tokens[end]?.text === '-' ? 1 : 0;
  const marked = HOUR_MARKERS.has(tokens[end + dashed]?.text ?? '');
  if (marked) end += dashed + 1;
  else if (!about || !options.bareHour || NOT_AN_HOUR.has(tokens[end]?.text ?? '')) return undefined;
  return { hour: hour.hour, minute: 0, ambiguous: hour.hour >= 1 && hour.hour <= 12, start: at, end };
}

/** Words after a bare number that make it something else than an hour: "kl 25 min", "at 30 ml", "at 25 past 2". */
const NOT_AN_HOUR = new Set([
  'min', 'mins', 'minutt', 'minutter', 'minuttar', 'minute', 'minutes',
  'ml', 'dl', 'cl', 'l', 'liter', 'ganger', 'gang', 'gonger', 'gong', 'times', 'stk',
  'past', 'siden', 'ago',
]);

/** Where a clock ends after its number: a trailing "am"/"pm" or "o'clock" belongs to it. */
function clockTail(tokens: readonly Token[], after: number): number {
  if (isMeridiem(tokens[after]?.text)) return after + 1;
  if (tokens[after]?.text === 'o' && tokens[after + 1]?.text === 'clock') return after + 2;
  return after;
}

/**
 * A clock time she wrote that does not exist, at `at`: "kl 25", "kl 24:30", "25:99", "kl 14:75",
 * "kl 9.60", "klokka 31", "klokka tjuefem", "at 25:00", "13 am", "0 pm". Also a number after "kl"
 * that is no clock at all ("kl 930", "kl 14:5"): she meant a time, and no time can be read.
 * "24:00" is no time either: as everywhere else here (cards, check-in time), the hours are 0-23.
 * Not: a valid clock, an unprefixed "9.60" (a decimal: "pumpet 9.60"), a date ("31.12"), or a
 * number that a unit or "past" makes something else ("kl 25 min", "at 25 past 2").
 * Returns the tokens it spans, or undefined.
 */
export function readImpossibleClock(tokens: readonly Token[], at: number, locale: Locale = 'nb'): { start: number; end: number } | undefined {
  if (readClock(tokens, at, locale)) return undefined;
  const prefix = skipPrefix(tokens, at);
  const cursor = prefix.cursor;
  const token = tokens[cursor];
  if (!token) return undefined;
  const next = tokens[cursor + 1]?.text;
  const meridiemNext = isMeridiem(next);
  if (token.kind === 'number') {
    const separated = /\d[:.,]\d/.test(token.text);
    if (!separated && NOT_AN_HOUR.has(next ?? '')) return undefined;
    const oClock = next === 'o' && tokens[cursor + 2]?.text === 'clock';
    const marked = cursor > at || meridiemNext || oClock;
    // without "kl", "at" or "am"/"pm", only a colon makes a clock: "9.60" may be 9.6 ml, "31.12" a date
    if (!marked && !token.text.includes(':')) return undefined;
    const shape = digitsClockShape(token.text, prefix.kl || prefix.at || meridiemNext || oClock, prefix.kl);
    const impossible = shape ? !shapeInRange(shape) || meridiemContradicts(shape.hour, next) : prefix.kl;
    return impossible ? { start: at, end: clockTail(tokens, cursor + 1) } : undefined;
  }
  if (!prefix.kl && !meridiemNext) return undefined;
  const reading = readNumber(tokens, cursor, locale);
  if (!reading || reading.digits || NOT_AN_HOUR.has(tokens[cursor + reading.length]?.text ?? '')) return undefined;
  const after = tokens[cursor + reading.length]?.text;
  const impossible = reading.value >= 24 || !Number.isInteger(reading.value) || meridiemContradicts(reading.value, after);
  return impossible ? { start: at, end: clockTail(tokens, cursor + reading.length) } : undefined;
}

/** True when any clock time in the tokens does not exist (see `readImpossibleClock`). */
export function hasImpossibleClock(tokens: readonly Token[], locale: Locale = 'nb'): boolean {
  return tokens.some((_, at) => readImpossibleClock(tokens, at, locale) !== undefined);
}

/** The clock time a whole message says, or undefined. */
export function parseClock(text: string, locale: Locale = 'nb'): Omit<ClockReading, 'start' | 'end'> | undefined {
  const tokens = tokenize(normalize(text));
  const reading = readClock(tokens, 0, locale);
  if (!reading) return undefined;
  const { start: _start, end: _end, ...clock } = reading;
  return clock;
}
