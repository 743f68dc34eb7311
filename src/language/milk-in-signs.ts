import type { Token } from './tokens';

const MILK_WORDS = new Set(['melk', 'melka', 'milk']);
const COME_WORDS = new Set(['kommet', 'come', 'came', 'comes', 'coming', 'arrived']);
const NOT_YET = new Set(['ingen', 'ikke', 'ikkje', 'not', 'no', 'ennå', 'enno', 'yet', 'aldri', 'never', 'snart', 'soon', 'uten', 'utan', 'without']);
/** A question about it is no statement of it: "har melken kommet?", "brystene er fulle, hva gjør jeg". */
const QUESTION_WORDS = new Set([
  'hva', 'hvordan', 'hvorfor', 'når', 'hvor', 'kva', 'korleis', 'kvifor', 'kor', 'normalt', 'vanlig', 'vanleg',
  'what', 'how', 'why', 'when', 'should', 'normal', 'usual',
]);
/** She is not sure: "tror melka har kommet", "I think my milk came in". */
const HEDGES = new Set(['tror', 'trur', 'kanskje', 'muligens', 'mulig', 'visst', 'virker', 'verkar', 'think', 'maybe', 'perhaps', 'probably', 'might', 'seems', 'guess']);
const BREASTS = new Set(['bryst', 'brystet', 'brystene', 'brysta', 'breast', 'breasts', 'boobs']);
/** Fuller, heavier, tighter breasts: the signs of milk coming in (TOPICS.md, milk-coming-in). */
const FULLNESS = new Set([
  'full', 'fulle', 'fullt', 'fullere', 'tung', 'tunge', 'tungt', 'tyngre', 'spent', 'spente', 'stram', 'stramme', 'strammere',
  'fyldig', 'fyldige', 'fyldigere', 'svulmer', 'svulmar', 'fuller', 'heavy', 'heavier', 'tight', 'tighter',
]);
/** Pain, heat or redness is more than the milk coming in: a question for the engorgement or red-flag answers, not a log. */
const DISCOMFORT = new Set([
  'vond', 'vonde', 'vondt', 'sår', 'såre', 'smerte', 'smerter', 'smertefulle', 'verker', 'verkar', 'gjør', 'varme', 'varm', 'rød', 'røde', 'raud', 'feber',
  'hard', 'harde', 'hardt', 'sore', 'painful', 'pain', 'hurt', 'hurts', 'hot', 'red', 'fever', 'engorged',
]);

/** What her words say about the milk coming in. */
export type MilkInReading =
  /** "melka har kommet", "my milk came in": at the token of the milk word. */
  | { kind: 'says'; at: number }
  /** "tror melka har kommet", "brystene kjennes fulle og tunge": to be asked ("has your milk come in?"). */
  | { kind: 'signs'; at: number };

const isQuestion = (tokens: readonly Token[]): boolean => tokens.some((token) => token.text === '?' || QUESTION_WORDS.has(token.text));

/**
 * A clear statement that the milk has come in is logged; a hedged one, or breasts that feel fuller and
 * heavier without pain, is asked about. A question, a negation ("ikke ennå") or pain is neither.
 */
export function readMilkIn(tokens: readonly Token[]): MilkInReading | undefined {
  if (isQuestion(tokens) || tokens.some((token) => NOT_YET.has(token.text))) return undefined;
  const hedged = tokens.some((token) => HEDGES.has(token.text));
  for (let at = 0; at < tokens.length; at++) {
    if (!MILK_WORDS.has(tokens[at]?.text ?? '') || tokens[at + 1]?.text === 'ut') continue;
    for (let k = Math.max(0, at - 4); k <= Math.min(tokens.length - 1, at + 4); k++) {
      const word = tokens[k]?.text ?? '';
      if (COME_WORDS.has(word) || (word === 'in' && tokens[k - 1]?.text === 'is')) return { kind: hedged ? 'signs' : 'says', at };
    }
  }
  const breast = tokens.findIndex((token) => BREASTS.has(token.text));
  if (breast < 0 || tokens.some((token) => DISCOMFORT.has(token.text))) return undefined;
  return tokens.some((token) => FULLNESS.has(token.text)) ? { kind: 'signs', at: breast } : undefined;
}
