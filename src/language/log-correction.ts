import type { Side, StoolKind } from '../mother/events';
import type { Locale } from '../mother/profile';
import { CORRECTION_OPENERS, TAKEN_BACK } from './checkin-answer';
import { readDuration } from './durations';
import { parseLog, SIDES } from './log-parser';
import { normalize } from './normalize';
import { LIST_JOINERS, listedClockAfter } from './listed-times';
import { readTime, type TimeContext, type TimeSpan } from './relative-time';
import { longestPhraseAt, tokenize, type Token } from './tokens';
import { readNumber } from './numbers';
import { readVolume } from './volumes';
import { phrases } from './phrases';

/** What she changes in the log just stored: «nei det var venstre», «no, at 5», «feil, 30 ml», «i meant 20 min». */
export interface LogCorrection {
  side?: Side;
  /** ISO UTC instant. */
  at?: string;
  future?: boolean;
  /** A clock not come yet today («nei, kl 6 om morgenen» at 03:40): the same clock yesterday. */
  ifYesterday?: string;
  ml?: number;
  minutes?: number;
  /** «nei, kl 2 og 3»: the new times of the logs she stored together, in her order (`at` is the first). */
  times?: string[];
  /** A number without a unit («nei det var 8,5»): the new amount of the pumping she stored last; for anything else it fits nothing. */
  amount?: number;
  /** «nei vent det var 4 våte»: how many of one kind she logged in one go (the kind named as a log names it). */
  recount?: Recount;
}

export interface Recount {
  type: 'diaper' | 'feed';
  count: number;
  wet?: boolean;
  stool?: StoolKind;
}

const isNoQuestionMark = (token: Token): boolean => token.text !== '?';

/** Words around the new value that say nothing of their own. */
const AROUND = phrases([
  'det', 'var', 'vart', 'ble', 'skulle', 'være', 'vere', 'den', 'på', 'side', 'sida', 'siden', 'sia', 'bryst', 'brystet', 'feil side', 'bare', 'berre',
  'it', 'was', 'it s', 'its', 'should', 'be', 'have', 'been', 'the', 'on', 'side', 'breast', 'wrong side', 'just', 'only',
  // «35 fra venstre», «35 from the left»: one breast's ml
  'fra', 'frå', 'from',
]);
const MARKS = /^[.!,;:]$/;

/**
 * A correction of the log just stored: an opener («nei», «feil», «no», «I meant»), then only a new
 * side, time, amount or length and words that say nothing else. Anything more is no correction:
 * «nei, venstre side gjør vondt» is read elsewhere.
 */
export function readLogCorrection(text: string, context: TimeContext & { locale: Locale }): LogCorrection | undefined {
  const tokens: Token[] = tokenize(normalize(text)).filter(isNoQuestionMark);
  let at = 0;
  let opened = false;
  for (let step = longestPhraseAt(tokens, at, CORRECTION_OPENERS); step > 0 || MARKS.test(tokens[at]?.text ?? ''); step = longestPhraseAt(tokens, at, CORRECTION_OPENERS)) {
    at += step > 0 ? step : 1;
    opened ||= step > 0;
  }
  if (!opened) return undefined;
  const change: LogCorrection = {};
  let first: TimeSpan | undefined;
  let previous: TimeSpan | undefined;
  const times: string[] = [];
  while (at < tokens.length) {
    const word = tokens[at]!.text;
    const side = SIDES[word];
    if (side !== undefined && change.side === undefined) {
      change.side = side;
      at += 1;
      continue;
    }
    const volume = change.ml === undefined ? readVolume(tokens, at, { locale: context.locale }) : undefined;
    if (volume) {
      change.ml = volume.ml;
      at = volume.end;
      continue;
    }
    const duration = change.minutes === undefined ? readDuration(tokens, at, { locale: context.locale }) : undefined;
    if (duration) {
      change.minutes = duration.minutes;
      at = duration.end;
      continue;
    }
    // «kl 2 og 3», «at 2 and at 3»: a list of times, each after the first read as the first was
    const joined = first && previous?.end === at && LIST_JOINERS.has(word) ? readTime(tokens, at + 1, context) : undefined;
    const listed = first && previous?.end === at ? listedClockAfter(tokens, previous, first, context) : undefined;
    const time = listed ?? joined ?? (change.at === undefined ? readTime(tokens, at, context) : undefined);
    if (time && !time.approximate && time.from === undefined) {
      change.at ??= time.at;
      times.push(time.at);
      if (time.future) change.future = true;
      if (time.future && time.ifYesterday && change.at === time.at) change.ifYesterday = time.ifYesterday;
      first ??= time;
      previous = time;
      at = time.end;
      continue;
    }
    const recount = noChangeYet(change) ? recountAt(tokens, at, context) : undefined;
    if (recount) return { recount };
    const bare = change.amount === undefined && change.ml === undefined ? readNumber(tokens, at, context.locale) : undefined;
    if (bare?.digits) {
      change.amount = bare.value;
      at += bare.length;
      continue;
    }
    const around = MARKS.test(word) ? 1 : longestPhraseAt(tokens, at, AROUND);
    if (around === 0) return undefined;
    at += around;
  }
  // A bare number with a side is one breast's ml («nei det var 35 fra venstre»); with a time or minutes it fits nothing
  if (change.amount !== undefined && (change.at !== undefined || change.minutes !== undefined)) return undefined;
  if (times.length > 1) {
    // Several times change only the times of several logs: a side or an amount with them fits no one log.
    if (change.side !== undefined || change.ml !== undefined || change.minutes !== undefined || change.amount !== undefined) return undefined;
    change.times = times;
  }
  return change.side !== undefined || change.at !== undefined || change.ml !== undefined || change.minutes !== undefined || change.amount !== undefined ? change : undefined;
}

const noChangeYet = (change: LogCorrection): boolean => Object.keys(change).length === 0;
/** A time she names with the count makes it another log, not a new count of this one. */
const SAME_MOMENT_MS = 60_000;

/**
 * The rest of a correction from a number on, read as a count the log parser would store in one go
 * («4 våte», «2 gule», «4 bleier», «4 wet ones»), nothing else in it but «ikke 3» at its end.
 */
function recountAt(tokens: readonly Token[], at: number, context: TimeContext & { locale: Locale }): Recount | undefined {
  const number = readNumber(tokens, at, context.locale);
  if (!number) return undefined;
  let end = tokens.length;
  const back = tokens.findIndex((_, k) => k > at && longestPhraseAt(tokens, k, TAKEN_BACK) > 0);
  if (back > 0) {
    const step = longestPhraseAt(tokens, back, TAKEN_BACK);
    const takenBack = readNumber(tokens, back + step, context.locale);
    if (!takenBack || back + step + takenBack.length !== tokens.length) return undefined;
    end = back;
  }
  const log = parseLog(tokens.slice(at, end), context);
  const counted = log?.counts.length === 1 ? log.counts[0]! : undefined;
  if (!log || !counted || counted.from !== undefined || counted.none || log.concerns.length > 0) return undefined;
  if (counted.type !== 'diaper' && counted.type !== 'feed') return undefined;
  const each = [...log.events, ...log.pending];
  const now = Date.parse(context.now);
  if (each.length !== counted.count || each.some((event) => event.type !== counted.type || Math.abs(Date.parse(event.at) - now) > SAME_MOMENT_MS)) return undefined;
  // «4 bleier» names diapers of any kind; «3 bæsjebleier» (its colour still to ask) names too little to find them by
  const generic = log.pending[0]?.type === 'diaper' && log.pending[0].missing.length === 2;
  if (log.events.length === 0 && !generic) return undefined;
  const first = log.events[0];
  const diaper = first?.type === 'diaper' ? { ...(first.wet ? { wet: true } : {}), ...(first.stool && first.stool !== 'none' ? { stool: first.stool } : {}) } : {};
  return { type: counted.type, count: counted.count, ...diaper };
}

/** A bare number of a correction read as a clock («nei det var 3» of a feed at 2 is 3 o'clock), as «kl 3» would be read. */
export function bareNumberAsClock(amount: number, context: TimeContext): Pick<LogCorrection, 'at' | 'future' | 'ifYesterday'> | undefined {
  if (!Number.isInteger(amount) || amount < 0 || amount > 24) return undefined;
  const clock = readTime(tokenize(normalize(`kl ${amount}`)), 0, context);
  if (!clock || clock.approximate) return undefined;
  return { at: clock.at, future: clock.future, ...(clock.ifYesterday ? { ifYesterday: clock.ifYesterday } : {}) };
}
