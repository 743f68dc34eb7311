import { DateTime } from 'luxon';
import { herZone } from '../mother/her-zone';
import type { Locale } from '../mother/profile';
import { readClock, readClockAbout, type ClockReading } from './clock';
import { readDate, type DateReading, type DayPart } from './dates';
import { readDaysBack } from './days-back';
import { normalize } from './normalize';
import { readDuration } from './durations';
import { longestPhraseAt, tokenize, type Token } from './tokens';
import { readWeekday } from './weekdays';

export interface TimeContext {
  /** ISO instant of this turn. */
  now: string;
  /** Her IANA zone. */
  timezone: string;
  locale?: Locale;
}

/** A point in time she named, resolved to UTC. */
export interface ResolvedTime {
  /** ISO UTC instant. */
  at: string;
  /** Later than now: most likely a typo; the dialog refuses or asks. */
  future: boolean;
  /** A part of the day ("i natt", "i går") rather than a clock time. */
  approximate: boolean;
  /** Start of the period for "i dag", "siden i morges": counts since then. */
  from?: string;
  /** When `future`: the same clock time yesterday, for "mente du i går?". */
  ifYesterday?: string;
  /**
   * A clock of 1–11 with no part of the day («i går kl 7», «kl 7» at 03:40): the other hour it may
   * be on the same day (07:00 beside 19:00), when that is past too. Read as `at`, the later one.
   */
  otherAt?: string;
}

export interface TimeOptions {
  /**
   * She was asked when («when was the birth?»): «23.11» alone is then 23 November, not 23:11, and
   * «rundt 11», «around 11» an hour.
   */
  askedWhen?: boolean;
}

export interface TimeSpan extends ResolvedTime {
  start: number;
  /** Exclusive. */
  end: number;
}

/** «i morgen», «tomorrow»: never a time she logs, so read to be refused as a time to come, never as this morning. */
type Day = 'today' | 'yesterday' | 'tomorrow';
type Part = DayPart;
export interface DayWords { day?: Day; part?: Part; now?: true; lastDay?: true }

const DAY_PHRASES: ReadonlyArray<readonly [readonly string[], DayWords]> = [
  [['akkurat', 'nå'], { now: true }], [['akkurat', 'no'], { now: true }], [['nå'], { now: true }],
  [['nettopp'], { now: true }], [['nyss'], { now: true }], [['i', 'stad'], { now: true }],
  [['just', 'now'], { now: true }], [['right', 'now'], { now: true }], [['now'], { now: true }], [['just'], { now: true }],
  [['i', 'natt'], { part: 'night' }], [['i', 'går', 'natt'], { part: 'night' }], [['last', 'night'], { part: 'night' }],
  [['overnight'], { part: 'night' }], [['hele', 'natten'], { part: 'night' }], [['hele', 'natta'], { part: 'night' }],
  [['all', 'night'], { part: 'night' }], [['yesterday', 'night'], { part: 'night' }],
  [['siste', 'døgn'], { lastDay: true }], [['siste', 'døgnet'], { lastDay: true }], [['det', 'siste', 'døgnet'], { lastDay: true }],
  [['siste', '24', 'timer'], { lastDay: true }], [['siste', '24', 'timane'], { lastDay: true }], [['siste', '24', 'timene'], { lastDay: true }],
  [['last', '24', 'hours'], { lastDay: true }], [['past', '24', 'hours'], { lastDay: true }], [['in', 'the', 'last', '24', 'hours'], { lastDay: true }], [['om', 'natta'], { part: 'night' }], [['om', 'natten'], { part: 'night' }],
  [['i', 'morges'], { day: 'today', part: 'morning' }], [['i', 'dag', 'tidlig'], { day: 'today', part: 'morning' }],
  [['i', 'dag', 'tidleg'], { day: 'today', part: 'morning' }], [['this', 'morning'], { day: 'today', part: 'morning' }],
  [['i', 'formiddag'], { day: 'today', part: 'forenoon' }], [['i', 'ettermiddag'], { day: 'today', part: 'afternoon' }],
  [['this', 'afternoon'], { day: 'today', part: 'afternoon' }],
  [['i', 'kveld'], { day: 'today', part: 'evening' }], [['this', 'evening'], { day: 'today', part: 'evening' }],
  [['tonight'], { day: 'today', part: 'evening' }],
  [['i', 'går', 'kveld'], { day: 'yesterday', part: 'evening' }], [['yesterday', 'evening'], { day: 'yesterday', part: 'evening' }],
  [['last', 'evening'], { day: 'yesterday', part: 'evening' }],
  [['i', 'går', 'morges'], { day: 'yesterday', part: 'morning' }], [['i', 'går', 'tidlig'], { day: 'yesterday', part: 'morning' }],
  [['i', 'går', 'tidleg'], { day: 'yesterday', part: 'morning' }], [['yesterday', 'morning'], { day: 'yesterday', part: 'morning' }],
  [['i', 'går', 'ettermiddag'], { day: 'yesterday', part: 'afternoon' }], [['yesterday', 'afternoon'], { day: 'yesterday', part: 'afternoon' }],
  [['i', 'dag'], { day: 'today' }], [['today'], { day: 'today' }],
  [['i', 'morgen', 'tidlig'], { day: 'tomorrow', part: 'morning' }], [['i', 'morgon', 'tidleg'], { day: 'tomorrow', part: 'morning' }],
  [['tomorrow', 'morning'], { day: 'tomorrow', part: 'morning' }],
  [['i', 'morgen'], { day: 'tomorrow' }], [['i', 'morgon'], { day: 'tomorrow' }], [['tomorrow'], { day: 'tomorrow' }],
  [['i', 'går'], { day: 'yesterday' }], [['yesterday'], { day: 'yesterday' }],
];
const PHRASES = DAY_PHRASES.map(([words]) => words);

/** Representative hour, and the hours a 12-hour clock falls in, for each part of the day. */
const PART_HOURS: Readonly<Record<Part, { typical: number; from: number; pm: boolean }>> = {
  night: { typical: 3, from: -2, pm: false },
  morning: { typical: 7, from: 5, pm: false },
  forenoon: { typical: 10, from: 9, pm: false },
  afternoon: { typical: 15, from: 12, pm: true },
  evening: { typical: 20, from: 17, pm: true },
};

/** «siden kl 8», «sidan i dag tidleg», «since 8»: counts from then up to now. */
export const SINCE = new Set(['siden', 'sidan', 'since']);

let lastIso: { dt: DateTime; value: string } | undefined;

/** UTC ISO of an instant; the last one is remembered, as one message asks for her "now" several times (a DateTime never changes). */
function iso(dt: DateTime): string {
  if (lastIso?.dt !== dt) lastIso = { dt, value: dt.toUTC().toISO({ suppressMilliseconds: true }) ?? '' };
  return lastIso.value;
}

let lastNow: { now: string; timezone: string; value: DateTime } | undefined;

/** Her local now; remembered for the last context, as one message asks for it many times. */
export function localNow(context: TimeContext): DateTime {
  if (lastNow && lastNow.now === context.now && lastNow.timezone === context.timezone) return lastNow.value;
  const zoned = DateTime.fromISO(context.now, { zone: herZone(context.timezone) });
  const value = zoned.isValid ? zoned : DateTime.fromISO(context.now, { zone: 'utc' });
  lastNow = { now: context.now, timezone: context.timezone, value };
  return value;
}

export function readDayWords(tokens: readonly Token[], at: number): { words: DayWords; length: number } | undefined {
  const length = longestPhraseAt(tokens, at, PHRASES);
  if (length === 0) return undefined;
  const entry = DAY_PHRASES.find(([words]) => words.length === length && words.every((word, k) => tokens[at + k]?.text === word));
  return entry ? { words: entry[1], length } : undefined;
}

/** "for en time siden", "for en halv time siden", "20 min ago", "half an hour ago", "for et kvarter siden": minutes back. */
function readAgo(tokens: readonly Token[], at: number, locale: Locale): { minutes: number; length: number } | undefined {
  const cursor = tokens[at]?.text === 'for' ? at + 1 : at;
  const duration = readDuration(tokens, cursor, { locale, beforeAgo: true });
  if (!duration) return undefined;
  const closing = tokens[duration.end]?.text;
  if (closing === 'siden' || closing === 'ago') return { minutes: duration.minutes, length: duration.end + 1 - at };
  return undefined;
}

/** "om en time", "om to timar", "in two hours", "in half an hour": minutes ahead (a log there is a slip). */
function readAhead(tokens: readonly Token[], at: number, locale: Locale): { minutes: number; length: number } | undefined {
  const lead = tokens[at]?.text;
  if (lead !== 'om' && lead !== 'in') return undefined;
  const duration = readDuration(tokens, at + 1, { locale, beforeAgo: true });
  if (!duration || duration.minutes <= 0) return undefined;
  return { minutes: duration.minutes, length: duration.end - at };
}

function clockCandidates(clock: ClockReading): number[] {
  if (!clock.ambiguous) return [clock.hour];
  const base = clock.hour % 12;
  return [base, base + 12];
}

function atClock(day: DateTime, hour: number, minute: number): DateTime {
  return day.startOf('day').set({ hour, minute, second: 0, millisecond: 0 });
}

/**
 * A date where one starts. "23.11" is a date only before a clock ("23.11 kl 3.10",
 * "01.11, 03:10") or when `options.askedWhen`; alone it may be the clock 23:11.
 */
function dateBeforeClock(tokens: readonly Token[], at: number, now: DateTime, locale: Locale, options: TimeOptions): DateReading | undefined {
  const date = readDate(tokens, at, now, { dottedAlone: options.askedWhen === true });
  if (date) return date;
  const dotted = readDate(tokens, at, now, { dottedAlone: true });
  if (!dotted) return undefined;
  const after = at + dotted.length;
  const clockFollows = readClock(tokens, after, locale) ?? (tokens[after]?.text === ',' ? readClock(tokens, after + 1, locale) : undefined);
  return clockFollows ? dotted : undefined;
}

/** The hour on a 12-hour dial read in a part of the day: «11» in the night or evening is 23. */
function hourInPart(clock: ClockReading, part: Part): number {
  if (!clock.ambiguous) return clock.hour;
  const pm = PART_HOURS[part].pm || (part === 'night' && clock.hour % 12 >= 6);
  return pm ? (clock.hour % 12) + 12 : clock.hour % 12;
}

/** A clock on a named day; in its night, an hour after midnight is on the next day («Sunday night at 2» is Monday 02:00). */
function onDate(date: DateReading, clock: ClockReading): DateTime {
  if (!date.part) return atClock(date.day, clock.hour, clock.minute);
  const hour = hourInPart(clock, date.part);
  const day = date.part === 'night' && hour < 12 ? date.day.plus({ days: 1 }) : date.day;
  return atClock(day, hour, clock.minute);
}

/** A named day's part without a clock («søndag kveld»): its usual hour, counted from the part's start. */
function onDatePart(date: DateReading & { part: Part }, now: DateTime): ResolvedTime {
  const hours = PART_HOURS[date.part];
  const day = date.part === 'night' ? date.day.plus({ days: 1 }) : date.day;
  const at = atClock(day, hours.typical, 0);
  return { at: iso(at), future: at > now, approximate: true, from: iso(day.plus({ hours: hours.from })) };
}

/** «around 11 last night», «rundt 11 på søndag»: a rough hour is one when a day follows it. */
function aboutBeforeDay(tokens: readonly Token[], at: number, now: DateTime, locale: Locale): ClockReading | undefined {
  const clock = readClockAbout(tokens, at, locale, { bareHour: true });
  if (!clock) return undefined;
  return readDayWords(tokens, clock.end) || readWeekday(tokens, clock.end, now) ? clock : undefined;
}

export function resolveClock(clock: ClockReading, words: DayWords | undefined, now: DateTime, date?: DateReading, spokenDay = false): ResolvedTime {
  if (date) {
    // a written date comes with the clock as written: "23.11 kl 3.10" is 03:10
    const chosen = onDate(date, clock);
    // «for 2 dager siden kl 3», «onsdag kl 5»: a day said as words, its hour on a 12-hour dial, may be either
    const evening = spokenDay && !date.part && clock.ambiguous && clock.hour % 12 !== 0 ? atClock(date.day, clock.hour + 12, clock.minute) : undefined;
    return { at: iso(chosen), future: chosen > now, approximate: false, ...(evening && evening <= now ? { otherAt: iso(evening) } : {}) };
  }
  const today = now.startOf('day');
  const yesterday = today.minus({ days: 1 });
  let hours = clockCandidates(clock);
  const part = words?.part;
  if (part && clock.ambiguous) hours = [hourInPart(clock, part)];
  let days: DateTime[];
  if (words?.day === 'yesterday') days = [yesterday];
  else if (words?.day === 'today') days = [today];
  else if (words?.day === 'tomorrow') days = [today.plus({ days: 1 })];
  else if (part === 'night') days = hours[0] !== undefined && hours[0] >= 12 ? [today, yesterday] : [today];
  else days = clock.ambiguous ? [today, yesterday] : [today];
  const candidates = days.flatMap((day) => hours.map((hour) => atClock(day, hour, clock.minute)));
  const past = candidates.filter((candidate) => candidate <= now).sort((a, b) => b.toMillis() - a.toMillis());
  const chosen = past[0];
  const other = chosen && clock.ambiguous && !part && clock.hour % 12 !== 0 ? past.find((candidate) => candidate.hasSame(chosen, 'day') && candidate.hour !== chosen.hour) : undefined;
  if (chosen) return { at: iso(chosen), future: false, approximate: false, ...(other ? { otherAt: iso(other) } : {}) };
  const latest = [...candidates].sort((a, b) => a.toMillis() - b.toMillis())[0] ?? now;
  // A clock later today may be yesterday's said without the day; «i morgen kl 8» is no slip of the day
  if (words?.day === 'tomorrow') return { at: iso(latest), future: true, approximate: false };
  return { at: iso(latest), future: true, approximate: false, ifYesterday: iso(latest.minus({ days: 1 })) };
}

function resolveDayWords(words: DayWords, now: DateTime): ResolvedTime {
  if (words.now) return { at: iso(now), future: false, approximate: false };
  if (words.lastDay) return { at: iso(now), future: false, approximate: true, from: iso(now.minus({ hours: 24 })) };
  const day = now.startOf('day').plus({ days: words.day === 'yesterday' ? -1 : words.day === 'tomorrow' ? 1 : 0 });
  if (!words.part) {
    if (words.day === 'today') return { at: iso(now), future: false, approximate: true, from: iso(day) };
    const noon = atClock(day, 12, 0);
    return { at: iso(noon), future: noon > now, approximate: true, from: iso(day) };
  }
  const hours = PART_HOURS[words.part];
  const from = day.plus({ hours: hours.from });
  let at = atClock(day, hours.typical, 0);
  if (at > now && from <= now) at = now;
  return { at: iso(at), future: at > now, approximate: true, from: iso(from < now ? from : now) };
}

/**
 * Reads a time expression at `at`: a clock time, a part of the day, both in either
 * order ("i går kl 14", "kl 3 i natt"), minutes or hours ago, or "siden ..." (since).
 * Resolved in her zone with luxon, so 23 h and 25 h days are right.
 */
export function readTime(tokens: readonly Token[], at: number, context: TimeContext, options: TimeOptions = {}): TimeSpan | undefined {
  const locale = context.locale ?? 'nb';
  const now = localNow(context);
  if (!now.isValid) return undefined;
  const since = SINCE.has(tokens[at]?.text ?? '');
  const start = since ? at + 1 : at;

  const ago = readAgo(tokens, start, locale);
  if (ago && !since) {
    const instant = now.minus({ minutes: Math.max(0, Math.min(ago.minutes, 60 * 24 * 400)) });
    return { at: iso(instant), future: false, approximate: false, start: at, end: start + ago.length };
  }
  const ahead = since ? undefined : readAhead(tokens, start, locale);
  if (ahead) {
    const instant = now.plus({ minutes: Math.min(ahead.minutes, 60 * 24 * 400) });
    return { at: iso(instant), future: true, approximate: false, start: at, end: start + ahead.length };
  }

  let cursor = start;
  let words = readDayWords(tokens, cursor);
  if (words) cursor += words.length;
  const spokenDayAt = (from: number) => readDaysBack(tokens, from, now, locale) ?? readWeekday(tokens, from, now);
  let date = words ? undefined : spokenDayAt(cursor);
  let spokenDay = date !== undefined;
  if (!words && !date) date = dateBeforeClock(tokens, cursor, now, locale, options);
  if (date) cursor += date.length;
  if (date && tokens[cursor]?.text === ',' && readClock(tokens, cursor + 1, locale)) cursor += 1;
  // «rundt 11» alone is an hour only when she was asked when: in a log it may be an amount («pumpet ca 15 i går kveld»)
  const askedWhen = options.askedWhen === true;
  const clock = readClock(tokens, cursor, locale) ?? readClockAbout(tokens, cursor, locale, { bareHour: askedWhen }) ?? (askedWhen ? aboutBeforeDay(tokens, cursor, now, locale) : undefined);
  if (clock) cursor = clock.end;
  if (!words && !date && clock) {
    words = readDayWords(tokens, cursor);
    if (words) cursor += words.length;
    else {
      // a clock came first, so "kl 3.10 23.11" is a date after it
      date = spokenDayAt(cursor);
      spokenDay = date !== undefined;
      date ??= readDate(tokens, cursor, now, { dottedAlone: true });
      if (date) cursor += date.length;
    }
  }
  if (!words && !clock && !date) return undefined;
  if ((words?.words.now || words?.words.lastDay) && clock) return undefined;
  let resolved: ResolvedTime;
  if (clock) resolved = resolveClock(clock, words?.words, now, date, spokenDay);
  else if (date?.part) resolved = onDatePart({ ...date, part: date.part }, now);
  else if (date) resolved = { at: iso(atClock(date.day, 12, 0)), future: date.day > now, approximate: true, from: iso(date.day) };
  else resolved = resolveDayWords(words!.words, now);
  if (since) {
    return { at: iso(now), future: false, approximate: resolved.approximate, from: resolved.from ?? resolved.at, start: at, end: cursor };
  }
  return { ...resolved, start: at, end: cursor };
}

/** The time a whole message names ("halv tre", "i går kl 22", "for 20 min siden"), or undefined. */
export function resolveTime(text: string, context: TimeContext): ResolvedTime | undefined {
  const tokens = tokenize(normalize(text));
  for (let at = 0; at < tokens.length; at++) {
    const span = readTime(tokens, at, context);
    if (span) {
      const { start: _start, end: _end, ...resolved } = span;
      return resolved;
    }
  }
  return undefined;
}
