export type TokenKind = 'number' | 'word' | 'symbol';

export interface Token {
  text: string;
  kind: TokenKind;
}

/**
 * A number token takes in any numeric character, so that "2½" or "1²" is one token that
 * `digitValue` refuses (she is asked), never "2" with the rest dropped. Decimal digits of other
 * scripts are 0-9 by now (plain-characters.ts).
 */
const TOKEN = /(\p{N}{1,12}(?:[.,:]\p{N}{1,12}){0,2})|(\p{L}+)|([+\-?!,.;:/~%&<>=])/gu;

/** Splits normalized text into numbers ("0,2", "14:30"), words and the symbols that carry meaning. */
export function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  for (const match of normalized.matchAll(TOKEN)) {
    const [text, number, word] = match;
    tokens.push({ text, kind: number !== undefined ? 'number' : word !== undefined ? 'word' : 'symbol' });
  }
  return tokens;
}

/** True when the tokens from `at` spell the given words. */
export function matchesAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    if (tokens[at + k]?.text !== words[k]) return false;
  }
  return true;
}

/** The longest of `phrases` that starts at `at`, as its length in tokens, or 0. */
export function longestPhraseAt(tokens: readonly Token[], at: number, phrases: readonly (readonly string[])[]): number {
  let best = 0;
  for (const phrase of phrases) {
    if (phrase.length > best && matchesAt(tokens, at, phrase)) best = phrase.length;
  }
  return best;
}
