import { DECLINE_KEY } from '../src/knowledge';
import type { Locale } from '../src/mother/profile';
import type { MotherDocument } from '../src/store/mother-document';
import { holdRules } from './hold-rules';
import { findingReplies } from './logging';
import { answerFreeQuestion } from './questions';
import { text, type Reply, type Suggestion } from './reply';
import type { TurnContextInfo, TurnOutcome } from './turn';

/** "takk", "ok", "fint": a thanks, not a question. */
export const saysThanks = (message: string): boolean => /^\s*(tusen\s+)?(takk|tack|thanks?|thank you|ok|okei|okay|fint|flott|supert?)\b/i.test(message);

/** The buttons' words as she would type them, so what the button sends reads as hers. */
const TRY_WORDS: Readonly<Record<Locale, { feedNow: string; pumped: string; help: string }>> = {
  nb: { feedNow: 'ammet nå', pumped: 'pumpet', help: 'hjelp' },
  nn: { feedNow: 'amma no', pumped: 'pumpa', help: 'hjelp' },
  en: { feedNow: 'fed now', pumped: 'pumped', help: 'help' },
};

/**
 * One line and three buttons: the log she writes most (a feed, or a pumping that asks for the ml
 * when she only pumps), her status, and the whole help list. In a check-in the line stands alone:
 * the question comes after it with its own buttons.
 */
function notUnderstood(doc: MotherDocument, inCheckin: boolean): Reply {
  if (inCheckin) return text('dialog:notUnderstood');
  const words = TRY_WORDS[doc.locale];
  const log: Suggestion = doc.profile?.feedingMode === 'pump' ? { titleKey: 'dialog:missed.pumped', value: words.pumped } : { titleKey: 'dialog:missed.feedNow', value: words.feedNow };
  return text('dialog:missed.text', undefined, [log, { titleKey: 'dialog:missed.status', value: 'status' }, { titleKey: 'dialog:missed.help', value: words.help }]);
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

/**
 * Mothers often ask without a question word ("kommer det bare noen dråper, er det normalt"):
 * a confident topic is an answer; otherwise a short line and three things to try, never a dead end.
 */
export function notUnderstoodOrAnswer(doc: MotherDocument, message: string, inCheckin: boolean, ctx: TurnContextInfo): TurnOutcome {
  const answer = answerFreeQuestion(message, doc.locale);
  const declined = answer.length === 1 && answer[0]!.kind === 'text' && answer[0]!.key === DECLINE_KEY;
  return withTimeRules(doc, declined ? [notUnderstood(doc, inCheckin)] : answer, ctx);
}

/** Any turn also holds the time-based rules (72 h, 120 h, day-1 colostrum) against `now`. */
export function withTimeRules(doc: MotherDocument, replies: Reply[], ctx: TurnContextInfo): TurnOutcome {
  const { doc: progressed, fired } = holdRules(doc, ctx.now, 'turn');
  if (!fired.length) return { doc: undefined, replies, locale: doc.locale };
  return { doc: progressed, replies: [...replies, ...findingReplies(fired)], locale: doc.locale };
}
