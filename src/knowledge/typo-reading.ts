import { foldWord } from '../language/fold-text';
import { TypoTargets } from '../language/typos';
import { hasKnownTerms, knownWords, termsOfWord } from './analyzer';
import { indexedWords } from './topic-index';

/**
 * Her words read through their typos before the topic is looked for: a word that neither the analyzer
 * nor any topic's text knows, and that is one slip of the thumb (a letter left out, doubled or swapped)
 * from known words of one meaning, is read as that word («nokk» as «nok», «ofet» as «ofte»). The
 * index forgives typos in long words by itself; this reaches the short ones, and the little words.
 */

/** Shorter words are too often another word with two letters swapped or one doubled. */
const MIN_TYPO_LENGTH = 4;
/** A short word with a letter less than a known one is too often a word of its own («grøt», «trene»). */
const MIN_SHORTENED_LENGTH = 6;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

let targets: TypoTargets | undefined;
const typoTargets = (): TypoTargets => (targets ??= new TypoTargets(new Set([...knownWords(), ...indexedWords()])));

/** The one known word a typo stands for, or undefined when it is no typo or may be several words. */
function intendedWord(word: string): string | undefined {
  const folded = foldWord(word);
  if (folded.length < MIN_TYPO_LENGTH || indexedWords().has(folded) || hasKnownTerms(folded)) return undefined;
  const candidates = typoTargets()
    .targetsOf(folded)
    .filter((candidate) => candidate.length <= folded.length || folded.length >= MIN_SHORTENED_LENGTH);
  const meanings = new Set(candidates.map((candidate) => termsOfWord(candidate).join(' ')));
  return meanings.size === 1 ? candidates[0] : undefined;
}

/** The text with each typo read as the word it stands for. */
export function withTyposRead(text: string): string {
  return text.replace(WORD, (word) => intendedWord(word) ?? word);
}
