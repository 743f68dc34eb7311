import { foldWord } from './folds';
import { plainCharacters } from './plain-characters';

/**
 * Only the start of a message is read: a mother's log or answer is short, and a
 * fixed cap keeps every later step linear and fast whatever is pasted in.
 */
export const MAX_SCAN_CHARS = 2000;

const TAG = /<[^<>]{0,300}>/g;
const ENTITY = /&(?:[a-z]{2,8}|#\d{1,7}|#x[0-9a-f]{1,6});/gi;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]/gu;
const VARIATION = /\ufe0e|\ufe0f|\u20e3/g;
/** Control characters (tabs, line breaks, NUL) part words; format characters are gone already (plain-characters.ts). */
const CONTROL = /\p{Cc}/gu;
const MARKUP = /[*_`#|\\[\](){}"'«»“”‘’]/g;
const DASH = /[‐‑‒–—―−]/g;
const SPACES = /\s+/g;

/** Thumbs up and down are answers; say so before emoji are stripped. */
function emojiAnswers(text: string): string {
  return text.replace(/👍[\u{1F3FB}-\u{1F3FF}]?/gu, ' ja ').replace(/👎[\u{1F3FB}-\u{1F3FF}]?/gu, ' nei ');
}

/**
 * Her text without markup, emoji and control characters, case kept, capped. Never throws.
 * Format characters are removed and every decimal digit is 0-9 before anything else is read
 * (`plainCharacters`); the dialogs do the same where her message comes in, and it is harmless twice.
 */
export function cleanText(text: unknown): string {
  if (typeof text !== 'string') return '';
  const capped = plainCharacters(text.slice(0, MAX_SCAN_CHARS));
  return emojiAnswers(capped)
    .replace(TAG, ' ')
    .replace(ENTITY, ' ')
    .replace(EMOJI, ' ')
    .replace(VARIATION, '')
    .replace(CONTROL, ' ')
    .replace(DASH, '-')
    .replace(MARKUP, ' ')
    .replace(/×/g, 'x')
    .replace(SPACES, ' ')
    .trim();
}

const foldEachWord = (word: string): string => foldWord(word);

/**
 * Lower-cased, cleaned and folded text: typos, missing æøå, inflections and
 * nynorsk forms become one canonical word ("baesj" -> "bæsj", "bleia" -> "bleie",
 * "pumpa" -> "pumpet", "amde" -> "ammet"). Never throws.
 */
export function normalize(text: unknown): string {
  return cleanText(text)
    .toLowerCase()
    .replace(/\p{L}+/gu, foldEachWord)
    .replace(SPACES, ' ')
    .trim();
}
