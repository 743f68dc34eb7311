import type { Locale } from '../mother/profile';
import { normalize } from './normalize';
import { readNumber } from './numbers';
import { tokenize, type Token } from './tokens';

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

function readDigitsClock(text: string, hasPrefix: boolean): { hour: number; minute: number; ambiguous: boolean } | undefined {
  let match = /^(\d{1,2})[:.](\d{2})$/.exec(text);
  if (!match && hasPrefix) match = /^(\d{1,2})()$/.exec(text) ?? /^(\d{2})(\d{2})$/.exec(text);
  if (!match) return undefined;
  const hourText = match[1] ?? '';
  const hour = Number(hourText);
  const minute = match[2] ? Number(match[2]) : 0;
  if (!validTime(hour, minute)) return undefined;
  return { hour, minute, ambiguous: hour >= 1 && hour <= 12 && !hourText.startsWith('0') };
}

/** An hour said in words or digits, 1-12 (or 0-23 in digits). */
function readHour(tokens: readonly Token[], at: number, locale: Locale): { hour: number; length: number } | undefined {
  const reading = readNumber(tokens, at, locale);
  if (!reading || !Number.isInteger(reading.value) || reading.value < 0 || reading.value > 23) return undefined;
  if (!reading.digits && reading.value > 12) return undefined;
  return { hour: reading.value, length: reading.length };
}

function applyMeridiem(tokens: readonly Token[], at: number, reading: { hour: number; minute: number; ambiguous: boolean }): number {
  const word = tokens[at]?.text;
  if ((word === 'am' || word === 'pm') && reading.hour >= 1 && reading.hour <= 12) {
    reading.hour = (reading.hour % 12) + (word === 'pm' ? 12 : 0);
    reading.ambiguous = false;
    return 1;
  }
  return 0;
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

/**
 * Reads a clock time at `at`: "kl 14", "kl. 14.30", "14:30", "halv tre", "kvart over to",
 * "kvart på tre", "ti på halv fire", "2 pm", "half past two". A bare "14" is not a time.
 */
export function readClock(tokens: readonly Token[], at: number, locale: Locale = 'nb'): ClockReading | undefined {
  let cursor = at;
  let hasPrefix = false;
  if (PREFIXES.has(tokens[cursor]?.text ?? '')) {
    hasPrefix = tokens[cursor]?.text === 'kl';
    cursor += tokens[cursor + 1]?.text === '.' ? 2 : 1;
  }
  const token = tokens[cursor];
  if (!token) return undefined;
  if (token.kind === 'number') {
    const meridiemNext = tokens[cursor + 1]?.text === 'am' || tokens[cursor + 1]?.text === 'pm';
    const oClock = tokens[cursor + 1]?.text === 'o' && tokens[cursor + 2]?.text === 'clock';
    const reading = readDigitsClock(token.text, hasPrefix || meridiemNext || oClock || tokens[at]?.text === 'at');
    if (!reading) return undefined;
    let end = cursor + 1 + applyMeridiem(tokens, cursor + 1, reading);
    if (oClock) end += 2;
    return { ...reading, start: at, end };
  }
  const words = wordsClock(tokens, cursor, locale);
  if (words) return { ...words, start: at };
  if (hasPrefix || tokens[cursor + 1]?.text === 'am' || tokens[cursor + 1]?.text === 'pm') {
    const hour = readHour(tokens, cursor, locale);
    if (!hour) return undefined;
    const reading = { hour: hour.hour, minute: 0, ambiguous: hour.hour >= 1 && hour.hour <= 12 };
    const end = cursor + hour.length + applyMeridiem(tokens, cursor + hour.length, reading);
    return { ...reading, start: at, end };
  }
  return undefined;
}

/** The clock time a whole message says, or undefined. */
export function parseClock(text: string, locale: Locale = 'nb'): Omit<ClockReading, 'start' | 'end'> | undefined {
  const tokens = tokenize(normalize(text));
  const reading = readClock(tokens, 0, locale);
  if (!reading) return undefined;
  const { start: _start, end: _end, ...clock } = reading;
  return clock;
}
