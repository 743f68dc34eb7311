import { rememberedPerWord } from './word-memo';

/**
 * Folds a word so that spellings without æøå, with "aa"/"oe"/"ae", or with other
 * accents meet the proper spelling: "håndmelking", "handmelking" and "haandmelking"
 * all become "handmelking". Both the indexed texts and her message pass through it:
 * the red-flag reading here and the retrieval in src/knowledge share it. (The
 * understanding of logs and answers uses folds.ts instead, which maps a word to its
 * canonical spelling with æøå kept.)
 */
export const foldWord = rememberedPerWord((word: string): string =>
  word
    .toLowerCase()
    .replace(/æ/g, 'a')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/aa/g, 'a')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/['’]/g, ''),
);

const TOKEN = /\d+(?:[.,]\d+)?|[\p{L}'’]+|[.!?;:,\n]/gu;

/** Words, numbers (with their decimal comma kept) and clause marks, in order, folded. */
export function foldedTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    tokens.push(/^[\p{L}'’]/u.test(raw) ? foldWord(raw) : raw);
  }
  return tokens;
}

export function isClauseMark(token: string): boolean {
  return token.length === 1 && '.!?;:,\n'.includes(token);
}
