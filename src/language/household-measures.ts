import { normalize } from './normalize';
import { tokenize, type Token } from './tokens';

/**
 * Spoons, drops, syringes and cups: no millilitres can be read from them, and a guess could be far
 * off, so she is asked for the amount in ml instead (nb, nn, en, normalized as her words are).
 */
const MEASURES = new Set([
  'teskje', 'teskjeer', 'teskjer', 'teskjea', 'ts', 'tsk', 'spiseskje', 'spiseskjeer', 'spiseskjer', 'ss', 'skje', 'skjeer', 'skjer',
  'teskei', 'teskeiar', 'spiseskei', 'spiseskeiar', 'skei', 'skeier', 'skeiar',
  'dråpe', 'dråper', 'dråpene', 'drope', 'dropar', 'dropane', 'sprøyte', 'sprøyter', 'sprøyta', 'sprøyten', 'kopp', 'koppen', 'beger',
  'teaspoon', 'teaspoons', 'tsp', 'tablespoon', 'tablespoons', 'tbsp', 'spoon', 'spoons', 'spoonful', 'spoonfuls', 'drop', 'drops', 'droplets',
  'syringe', 'syringes', 'syringeful', 'cup', 'cupful',
]);
/** Words that may stand before a measure as its amount: "en halv teskje", "noen dråper", "a few drops", "ca 2 ss". */
const AMOUNT_WORDS = new Set(['halv', 'half', 'noen', 'nokre', 'nokon', 'et', 'par', 'a', 'an', 'few', 'couple', 'of', 'some', 'litt', 'ca', 'cirka', 'omtrent', 'about', 'around', 'approx', '~']);
const MAX_AMOUNT_TOKENS = 4;

/** A household measure whose word is at `at`, with the amount words and number before it; undefined when there is none. */
export function householdMeasureAt(tokens: readonly Token[], at: number): { start: number; end: number } | undefined {
  if (!MEASURES.has(tokens[at]?.text ?? '')) return undefined;
  let start = at;
  while (start > 0 && at - start < MAX_AMOUNT_TOKENS) {
    const before = tokens[start - 1]!;
    if (before.kind !== 'number' && !AMOUNT_WORDS.has(before.text) && !/^(?:en|ei|ein|ett|eitt|one|to|two|tre|three|fire|four|fem|five)$/.test(before.text)) break;
    start -= 1;
  }
  return { start, end: at + 1 };
}

/** Does her message give an amount as spoons, drops, a syringe or a cup ("bare noen dråper")? */
export function namesHouseholdMeasure(message: string): boolean {
  const tokens = tokenize(normalize(message));
  return tokens.some((_, at) => householdMeasureAt(tokens, at) !== undefined);
}
