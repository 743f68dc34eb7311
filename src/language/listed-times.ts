import { readClock } from './clock';
import { readTime, type TimeContext, type TimeSpan } from './relative-time';
import type { Token } from './tokens';

/** Words that join times in a list: "kl 8 og kl 11", "kl 9, 11 og 13", "at 9 and 12". */
export const LIST_JOINERS = new Set(['og', 'and', ',', '&', '+', 'samt']);
/** What may follow a bare hour in a list for it to be a clock time ("kl 9 og 12", not "kl 9 og 12 ml"). */
const ENDS_A_LISTED_HOUR = new Set([',', '.', '!', 'og', 'and', '&', 'i', 'in', 'today', 'yesterday']);
const BARE_HOUR = /^\d{1,2}(?:[.:]\d{2})?$/;

function holdsClock(tokens: readonly Token[], span: TimeSpan, context: TimeContext): boolean {
  for (let at = span.start; at < span.end; at++) {
    const clock = readClock(tokens, at, context.locale ?? 'nb');
    if (clock && clock.end <= span.end) return true;
  }
  return false;
}

/**
 * A bare hour listed after a clock time ("kl 9 og 12", "klokka 9, 11 og 13", "at 10 and 13") is a
 * clock time too, read as the first clock of the list was (her day, "i natt", am/pm): "i natt kl 2
 * og 5" is 5 at night. `previous`: the time just before it; `first`: the clock the list began with.
 */
export function listedClockAfter(tokens: readonly Token[], previous: TimeSpan, first: TimeSpan, context: TimeContext): TimeSpan | undefined {
  let at = previous.end;
  while (LIST_JOINERS.has(tokens[at]?.text ?? '')) at += 1;
  const token = tokens[at];
  if (at === previous.end || !token || token.kind !== 'number' || !BARE_HOUR.test(token.text)) return undefined;
  const next = tokens[at + 1]?.text;
  if (next !== undefined && !ENDS_A_LISTED_HOUR.has(next)) return undefined;
  if (!holdsClock(tokens, first, context)) return undefined;
  let lastNumber = -1;
  for (let k = first.start; k < first.end; k++) if (tokens[k]?.kind === 'number') lastNumber = k;
  if (lastNumber < 0) return undefined;
  const like = tokens.slice(first.start, first.end).map((t, k) => (k + first.start === lastNumber ? token : t));
  const time = readTime(like, 0, context);
  if (!time || time.end !== like.length) return undefined;
  return { ...time, start: at, end: at + 1 };
}
