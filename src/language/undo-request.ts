import type { Intent } from './intent';
import { eventTypeOfWord } from './log-parser';
import { longestPhraseAt, type Token } from './tokens';
import { phrases } from './phrases';

const UNDO_VERBS = phrases(['angre', 'angra', 'slett', 'slette', 'fjern', 'fjerne', 'ta bort', 'undo', 'delete', 'remove', 'take back', 'erase']);
/** Words that say which log without naming anything else: «den siste», «forrige», «the last one», «that». */
const WHICH = new Set([
  'den', 'det', 'denne', 'dette', 'siste', 'sist', 'forrige', 'førre', 'min', 'mi', 'mitt', 'registrering', 'føring', 'logg',
  'the', 'last', 'that', 'this', 'it', 'one', 'previous', 'my', 'entry', 'log', 'please', 'takk',
  // «angre, det var feil», «undo, that was wrong»
  'var', 'feil', 'was', 'wrong',
]);
const MARKS = /^[.!,;:]$/;

/** «oops», «oi», «sorry» before the verb: a slip she noticed, not more to read («oops delete that»). */
const SLIPS = new Set(['oops', 'whoops', 'oi', 'oj', 'ups', 'sorry', 'unnskyld', 'orsak', 'beklager']);
const verbAt = (tokens: readonly Token[]): number => {
  let at = 0;
  while (at < tokens.length && (SLIPS.has(tokens[at]!.text) || MARKS.test(tokens[at]!.text))) at++;
  return at < tokens.length && at > 0 && longestPhraseAt(tokens, at, UNDO_VERBS) === 0 ? 0 : at;
};

/** «slett …», «angre …», «delete …» first: whatever follows, she is not logging anything. */
export const startsWithUndo = (tokens: readonly Token[]): boolean => longestPhraseAt(tokens, verbAt(tokens), UNDO_VERBS) > 0;

/**
 * «angre siste amming», «slett den siste bleien», «delete the last feed», «fjern siste»: an undo verb
 * first, then only words that say which log, and at most one kind of log. «slett mine data» and the
 * like are commands read before this; anything else after the verb is no undo.
 */
export function readUndo(tokens: readonly Token[]): Extract<Intent, { kind: 'undo' }> | undefined {
  if (!startsWithUndo(tokens)) return undefined;
  const verb = verbAt(tokens);
  let at = verb + longestPhraseAt(tokens, verb, UNDO_VERBS);
  let type: Extract<Intent, { kind: 'undo' }>['type'];
  for (; at < tokens.length; at++) {
    const word = tokens[at]!.text;
    if (MARKS.test(word) || WHICH.has(word)) continue;
    // «siste våte bleie»: more words for the same kind
    const named = eventTypeOfWord(tokens, at);
    if (!named || (type !== undefined && named !== type)) return undefined;
    type = named;
  }
  return { kind: 'undo', ...(type ? { type } : {}) };
}
