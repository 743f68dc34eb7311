import { DECLINE_KEY, outsideEveryTopic } from '../src/knowledge';
import type { MotherDocument } from '../src/store/mother-document';
import { holdRules } from './hold-rules';
import { findingReplies } from './logging';
import { answerFreeQuestion, STRUGGLING_KEY } from './questions';
import { adviceAgain } from './what-now';
import { struggleIn } from '../src/language/struggling';
import { text, type Reply, type Suggestion } from './reply';
import type { TurnContextInfo, TurnOutcome } from './turn';

/** Words that only say she heard it («hmm ok», «aha», «skjønner», «got it»). */
const HEARD = new Set([
  'ok', 'okei', 'okey', 'okay', 'oki', 'greit', 'greitt', 'fint', 'flott', 'supert', 'super', 'aha', 'ah', 'ahh', 'åh', 'å', 'oh', 'jaha', 'jasså', 'jaså',
  'javel', 'skjønner', 'skjønar', 'skjønne', 'forstår', 'forstått', 'alright', 'allright', 'right', 'see', 'got', 'cool', 'nice', 'great', 'fair', 'understood',
]);
/** Thanks in her words. */
const THANKS = new Set(['takk', 'tack', 'thanks', 'thank', 'thx', 'ty']);
/** Words that go with those, and never stand alone as one. */
const GLUE = new Set(['da', 'då', 'så', 'then', 'so', 'ja', 'jo', 'yes', 'yeah', 'i', 'it', 'you', 'tusen', 'enough', 'bra', 'good']);
const isHum = (word: string): boolean => /^(h*m+h*|h+m*)$/.test(word);

/**
 * A short word that only says she heard it, or thanks: «hmm ok» is `heard`, «ok takk» `thanks`.
 * Anything more («fint, takk for hjelpen») is a thanks when it starts as one; otherwise undefined.
 */
export function shortReply(message: string): 'thanks' | 'heard' | undefined {
  const words = message.toLowerCase().match(/\p{L}+/gu) ?? [];
  const known = (w: string): boolean => HEARD.has(w) || THANKS.has(w) || GLUE.has(w) || isHum(w);
  if (words.length && words.length <= 6 && words.every(known) && words.some((w) => HEARD.has(w) || THANKS.has(w))) {
    return words.some((w) => THANKS.has(w)) ? 'thanks' : 'heard';
  }
  return /^\s*(tusen\s+)?(takk|tack|thanks?|thank you|ok|okei|okay|fint|flott|supert?)\b/i.test(message) ? 'thanks' : undefined;
}

/** "takk", "ok takk", "fint, takk for hjelpen": a thanks, not a question. */
export const saysThanks = (message: string): boolean => shortReply(message) === 'thanks';
/** "hmm ok", "aha", "skjønner", "got it": she heard it; a short kind line, never the miss. */
export const saysHeard = (message: string): boolean => shortReply(message) === 'heard';

/**
 * One line and three buttons: the log she writes most (a feed, or a pumping that asks for the ml
 * when she only pumps), her status, and the whole help list. In a check-in the line stands alone:
 * the question comes after it with its own buttons.
 */
function notUnderstood(doc: MotherDocument, inCheckin: boolean): Reply {
  if (inCheckin) return text('dialog:notUnderstood');
  const log: Suggestion = doc.profile?.feedingMode === 'pump' ? { titleKey: 'dialog:missed.pumped', word: 'pumped' } : { titleKey: 'dialog:missed.feedNow', word: 'feedNow' };
  return text('dialog:missed.text', undefined, [log, { titleKey: 'dialog:missed.status', value: 'status' }, { titleKey: 'dialog:missed.help', word: 'help' }]);
}

/**
 * «is it normal to get so little?» declined with «I can't answer that» and whom to ask: never a dead
 * end, the miss's three buttons go with it. In a check-in the question asked again brings its own.
 */
export function withDeclineButtons(doc: MotherDocument, replies: Reply[], inCheckin: boolean): Reply[] {
  const last = replies.at(-1);
  if (inCheckin || last?.kind !== 'text' || last.key !== DECLINE_KEY || last.suggestions?.length) return replies;
  const { suggestions } = notUnderstood(doc, false) as Extract<Reply, { kind: 'text' }>;
  return [...replies.slice(0, -1), { ...last, ...(suggestions ? { suggestions } : {}) }];
}

/** A word that asks («hvor ofte skal jeg …», «how often should i …»): a question in her message, beside how she is. */
const ASKS = /(?<!\p{L})(?:hva|hvordan|hvor|når|hvorfor|kva|korleis|kor|kvifor|skal|bør|burde|kan|what|how|when|why|should|can|is it|er det)(?!\p{L})/iu;

/**
 * Mothers often ask without a question word ("kommer det bare noen dråper, er det normalt"):
 * a confident topic is an answer; her own body or the baby's health told without asking («melka renner
 * av seg selv») the honest decline and whom to ask, since no topic covers it; otherwise a short line and
 * three things to try, never a dead end.
 */
export function notUnderstoodOrAnswer(doc: MotherDocument, message: string, inCheckin: boolean, ctx: TurnContextInfo): TurnOutcome {
  const again = adviceAgain(doc, message, ctx.now);
  if (again) return withTimeRules(doc, again, ctx);
  // «i feel so low and cant stop crying»: how she is, told and not asked, before any topic a word of it names
  const told = struggleIn(message) === 'struggling' && !ASKS.test(message);
  const answer = told ? [text(STRUGGLING_KEY)] : answerFreeQuestion(message, doc.locale);
  const declined = answer.length === 1 && answer[0]!.kind === 'text' && answer[0]!.key === DECLINE_KEY;
  if (!declined) return withTimeRules(doc, answer, ctx);
  return withTimeRules(doc, outsideEveryTopic(message) ? withDeclineButtons(doc, answer, inCheckin) : [notUnderstood(doc, inCheckin)], ctx);
}

/** Any turn also holds the time-based rules (72 h, 120 h, day-1 colostrum) against `now`. */
export function withTimeRules(doc: MotherDocument, replies: Reply[], ctx: TurnContextInfo): TurnOutcome {
  const { doc: progressed, fired } = holdRules(doc, ctx.now, 'turn');
  if (!fired.length) return { doc: undefined, replies, locale: doc.locale };
  return { doc: progressed, replies: [...replies, ...findingReplies(fired)], locale: doc.locale };
}
