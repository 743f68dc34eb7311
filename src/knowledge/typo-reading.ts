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

/** The letters after a word's last vowel: «pr» in «dråpr», «t» in «grøt». */
const VOWELS = /[aeiouyæøå]/u;
function finalConsonants(word: string): string {
  let at = word.length;
  while (at > 0 && !VOWELS.test(word[at - 1]!)) at -= 1;
  return word.slice(at);
}

let knownEndings: ReadonlySet<string> | undefined;
/**
 * A short word may still be a known one with a letter left out when it ends in consonants that no known
 * word ends in («dråpr», «fingr»): it is no word of its own, whereas «grøt» could be.
 */
function endsAsNoWord(word: string): boolean {
  knownEndings ??= new Set([...knownWords(), ...indexedWords()].map(finalConsonants));
  const ending = finalConsonants(word);
  return ending.length >= 2 && !knownEndings.has(ending);
}

/** A little word («should», «noen») carries no topic: reading a short typo as one can only drop a word from her question. */
const isLittleWord = (word: string): boolean => termsOfWord(word).length === 0;

/** The one known word a typo stands for, or undefined when it is no typo or may be several words. */
function intendedWord(word: string): string | undefined {
  const folded = foldWord(word);
  if (folded.length < MIN_TYPO_LENGTH || indexedWords().has(folded) || hasKnownTerms(folded)) return undefined;
  const candidates = typoTargets()
    .targetsOf(folded)
    .filter((candidate) => candidate.length <= folded.length || folded.length >= MIN_SHORTENED_LENGTH || endsAsNoWord(folded) || isLittleWord(candidate));
  const meanings = new Set(candidates.map((candidate) => termsOfWord(candidate).join(' ')));
  return meanings.size === 1 ? candidates[0] : undefined;
}

const intendedOrAsWritten = (word: string): string => intendedWord(word) ?? word;

/** The text with each typo read as the word it stands for. */
export function withTyposRead(text: string): string {
  return text.replace(WORD, intendedOrAsWritten);
}
