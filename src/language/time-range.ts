import { DateTime } from 'luxon';
import { MAX_FEED_MINUTES } from '../mother/limits';
import { readClock, type ClockReading } from './clock';
import { localNow, readDayWords, resolveClock, type DayWords, type TimeContext, type TimeSpan } from './relative-time';
import type { Token } from './tokens';

/** A stretch of time she names ("fra 9 til 9.20"): when it began, and how long it lasted when that is a feed's length. */
export interface TimeRangeSpan extends TimeSpan {
  /** Minutes from its start to its end; absent when longer than any feed. */
  minutes?: number;
}

const LEADS = new Set(['fra', 'frå', 'from', 'mellom', 'between']);
const TO = new Set(['til', 'to', '-', 'till', 'until']);
const AND_AFTER_BETWEEN = new Set(['og', 'and']);
/** After a range, these make its numbers something else: "10-15 min", "20-25 ml", "8-10 ganger". */
const NOT_A_TIME_AFTER = new Set([
  'min', 'mins', 'minutt', 'minutter', 'minuttar', 'minute', 'minutes', 'ml', 'dl', 'cl', 'l',
  'ganger', 'gang', 'gonger', 'gong', 'times', 'stk', 'x', 'timer', 'timar', 'hours', 'hour', 'siden', 'ago',
]);
const KL: Token = { text: 'kl', kind: 'word' };
const DAY_MINUTES = 24 * 60;

interface RangeEnd {
  clock: ClockReading;
  /** Read as a clock on its own ("kl 9", "9:20", "halv tre"), not only as a number in a range. */
  explicit: boolean;
  /** Written with a separator ("9.20"). */
  separated: boolean;
}

/** One end of a range: a clock, or a bare hour ("9", "9.20", "tolv") read as one because it stands in a range. */
function rangeEnd(tokens: readonly Token[], at: number, context: TimeContext): RangeEnd | undefined {
  const locale = context.locale ?? 'nb';
  const clock = readClock(tokens, at, locale);
  if (clock) return { clock, explicit: true, separated: /[.:]/.test(tokens[clock.start]?.text ?? '') };
  const token = tokens[at];
  if (!token || token.kind === 'symbol') return undefined;
  const bare = readClock([KL, ...tokens.slice(at, at + 2)], 0, locale);
  if (!bare) return undefined;
  return { clock: { ...bare, start: at, end: at + bare.end - 1 }, explicit: false, separated: /[.:]/.test(token.text) };
}

function hoursOf(clock: ClockReading): number[] {
  if (!clock.ambiguous) return [clock.hour];
  return [clock.hour % 12, (clock.hour % 12) + 12];
}

/** Minutes from the start to the nearest later time the end clock can be. */
function lengthInMinutes(start: DateTime, end: ClockReading): number {
  const startMinutes = start.hour * 60 + start.minute;
  const lengths = hoursOf(end).map((hour) => (hour * 60 + end.minute - startMinutes + DAY_MINUTES) % DAY_MINUTES).filter((minutes) => minutes > 0);
  return Math.min(...lengths);
}

/**
 * A time range at `at`: "fra 9 til 9.20", "12.10-12.35", "kl 10-10.30", "mellom 11 og 11.40",
 * "fra halv tolv til tolv", "from 11 to 11:25", with a day before or after it ("i går fra 23.40 til
 * 00.10"). Resolved to its start, as a time of its own is; `minutes` is its length.
 */
export function readTimeRange(tokens: readonly Token[], at: number, context: TimeContext): TimeRangeSpan | undefined {
  let cursor = at;
  let words: DayWords | undefined;
  const dayBefore = readDayWords(tokens, cursor);
  if (dayBefore) {
    words = dayBefore.words;
    cursor += dayBefore.length;
  }
  const lead = LEADS.has(tokens[cursor]?.text ?? '') ? tokens[cursor]!.text : undefined;
  if (lead) cursor += 1;
  const first = rangeEnd(tokens, cursor, context);
  if (!first) return undefined;
  cursor = first.clock.end;
  const to = tokens[cursor]?.text ?? '';
  const between = lead === 'mellom' || lead === 'between';
  if (!TO.has(to) && !(between && AND_AFTER_BETWEEN.has(to))) return undefined;
  const second = rangeEnd(tokens, cursor + 1, context);
  if (!second) return undefined;
  cursor = second.clock.end;
  if (NOT_A_TIME_AFTER.has(tokens[cursor]?.text ?? '')) return undefined;
  // Without "fra"/"from", a range needs a clock to start it ("kl 10-10.30") or two written clocks ("12.10-12.35").
  if (!lead && !first.explicit && !(first.separated && (second.explicit || second.separated))) return undefined;
  if (!words) {
    const dayAfter = readDayWords(tokens, cursor);
    if (dayAfter && !dayAfter.words.now && !dayAfter.words.lastDay) {
      words = dayAfter.words;
      cursor += dayAfter.length;
    }
  }
  if (words?.now || words?.lastDay) return undefined;
  const now = localNow(context);
  if (!now.isValid) return undefined;
  const start = resolveClock(first.clock, words, now);
  const minutes = lengthInMinutes(DateTime.fromISO(start.at).setZone(now.zone), second.clock);
  return { ...start, start: at, end: cursor, ...(minutes <= MAX_FEED_MINUTES ? { minutes } : {}) };
}
