import { phrases } from './phrases';
import { readTime, type TimeContext, type TimeSpan } from './relative-time';
import { longestPhraseAt, type Token } from './tokens';

/** «rundt 1», «ca 3», «at about 1»: an hour said roughly, with no «kl». */
const ROUGHLY = phrases(['rundt', 'ca', 'cirka', 'omtrent', 'omkring', 'kring', 'omlag', 'around', 'about', 'at about', 'at around', 'roughly']);
/** What may follow such an hour: the day it was on, or the end of what she wrote. A unit («ca 8 ganger», «ca 20 min») may not. */
const DAY_OR_END = new Set(['i', 'og', 'and', 'am', 'pm', 'yesterday', 'today', 'last', 'this', 'tonight', 'in', 'på', 'natt', ',', '.', '!']);

/**
 * «ammet rundt 1» at 03:40 was stored at 03:40: a rough hour after a feed or a diaper is when it was,
 * as «kl 1» is, read as approximate. Only where the log takes no amount: in «pumpet ca 8» the number is millilitres.
 */
export function roughClockAt(tokens: readonly Token[], at: number, context: TimeContext): TimeSpan | undefined {
  const length = longestPhraseAt(tokens, at, ROUGHLY);
  if (length === 0) return undefined;
  const hourAt = at + length;
  const hour = tokens[hourAt];
  if (hour?.kind !== 'number' || !/^\d{1,2}$/.test(hour.text) || Number(hour.text) > 24) return undefined;
  const next = tokens[hourAt + 1];
  if (next && !DAY_OR_END.has(next.text)) return undefined;
  const asClock: Token[] = [...tokens.slice(0, hourAt - 1), { text: 'kl', kind: 'word' }, ...tokens.slice(hourAt)];
  const time = readTime(asClock, hourAt - 1, context);
  return time ? { ...time, start: at, approximate: true } : undefined;
}
