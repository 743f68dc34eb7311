import { LIST_JOINERS } from './listed-times';
import { readDayWords, readTime, type TimeContext, type TimeSpan } from './relative-time';
import type { Token } from './tokens';

/** The day words at the end of a span («5 i natt», «4:30 last night»), or none. */
function trailingDay(tokens: readonly Token[], span: TimeSpan): Token[] | undefined {
  for (let at = span.start; at < span.end; at++) {
    const day = readDayWords(tokens, at);
    if (day && at + day.length === span.end && at > span.start) return tokens.slice(at, span.end);
  }
  return undefined;
}

/** Only day words («i natt», «last night»; never «nå»): read as a time of its own. */
const onlyDay = (tokens: readonly Token[], span: TimeSpan): boolean => {
  const day = readDayWords(tokens, span.start);
  return day?.length === span.end - span.start && !day.words.now;
};

const hasDay = (tokens: readonly Token[], span: TimeSpan): boolean => {
  for (let at = span.start; at < span.end; at++) if (readDayWords(tokens, at)) return true;
  return false;
};

/** The clock of `span` read again on the day `day` names; a bare hour as «kl» and the hour. */
function onTheDay(tokens: readonly Token[], span: TimeSpan, day: readonly Token[], context: TimeContext): TimeSpan {
  const own = tokens.slice(span.start, span.end);
  const clock: Token[] = own.length === 1 && own[0]!.kind === 'number' ? [{ text: 'kl', kind: 'word' }, own[0]!] : own;
  const words = [...clock, ...day];
  const time = readTime(words, 0, context);
  return time && time.end === words.length ? { ...time, start: span.start, end: span.end } : span;
}

/**
 * «ammet kl 2 og 5 i natt», «fed at 2 and 4:30 last night»: the day said after the last of listed clocks is
 * the day of each of them. The 2 was read as 14:00 and «i natt» as a third time; now both are in the night
 * and the day words are no time of their own. `times` sorted by start; a new array is returned.
 */
export function shareTrailingDay(times: readonly TimeSpan[], tokens: readonly Token[], context: TimeContext): TimeSpan[] {
  const result = [...times];
  for (let first = 0; first < result.length; first++) {
    let last = first;
    while (last + 1 < result.length && joinedByAList(tokens, result[last]!, result[last + 1]!)) last += 1;
    const after = result[last + 1];
    const standalone = after !== undefined && after.start === result[last]!.end && onlyDay(tokens, after) ? after : undefined;
    const day = standalone ? tokens.slice(standalone.start, standalone.end) : trailingDay(tokens, result[last]!);
    if (!day || (last === first && !standalone)) {
      first = last;
      continue;
    }
    const through = standalone ? last : last - 1;
    for (let k = first; k <= through; k++) if (!hasDay(tokens, result[k]!)) result[k] = onTheDay(tokens, result[k]!, day, context);
    if (standalone) result.splice(last + 1, 1);
    first = last;
  }
  return result;
}

function joinedByAList(tokens: readonly Token[], a: TimeSpan, b: TimeSpan): boolean {
  if (b.start <= a.end) return false;
  for (let at = a.end; at < b.start; at++) if (!LIST_JOINERS.has(tokens[at]!.text)) return false;
  return true;
}

/**
 * «kom hjem i dag og ammet kl 13», «i dag ammet jeg kl 9 og kl 12»: a day said apart from the clocks of the
 * message (never «nå») is the day of each clock that names none, not one time more (which left the clocks
 * unplaced and nothing stored). Only when there are more times than things done.
 */
export function dayOfTheClocks(times: readonly TimeSpan[], tokens: readonly Token[], context: TimeContext, eventWords: number): TimeSpan[] {
  // «ammet i natt og pumpet kl 13»: as many times as things done, each its own
  if (times.length <= eventWords) return [...times];
  const days = times.filter((time) => onlyDay(tokens, time));
  const clocks = times.filter((time) => !onlyDay(tokens, time));
  const [day] = days;
  if (days.length !== 1 || !day || !clocks.some((clock) => !hasDay(tokens, clock))) return [...times];
  const words = tokens.slice(day.start, day.end);
  const read = clocks.map((clock) => (hasDay(tokens, clock) ? clock : onTheDay(tokens, clock, words, context)));
  return read.some((time, k) => time === clocks[k] && !hasDay(tokens, time)) ? [...times] : read;
}
