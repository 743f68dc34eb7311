/**
 * Her characters as they are read, before any word or number is: invisible format characters
 * (Unicode category Cf: zero-width space, joiner and non-joiner, word joiner, BOM, soft hyphen,
 * bidi marks and isolates) are removed, so "1\u200d7 ml" is 17 ml and not 7; and a decimal
 * digit of any script (fullwidth "１７", Arabic-Indic "١٧", Persian "۱۷", ...) is read as the
 * digit 0-9 it is. Arabic decimal and thousands separators become a comma and nothing, and so
 * does the no-break or thin space that formatted numbers group thousands with ("1\u00a0000" is 1000,
 * never 0). An ordinary space is hers and stays.
 *
 * Other characters that only look like numbers ("½", "²", "①") are left alone: the tokenizer
 * keeps them inside the number they touch, and such a number is not read at all, so she is
 * asked rather than "2½ dl" being logged as 2 dl.
 */

const FORMAT = /\p{Cf}/gu;
/** A decimal digit that is not 0-9 (JavaScript's \d is ASCII only, even with the u flag). */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/gu;
const IS_DIGIT = /^\p{Nd}$/u;
const ARABIC_DECIMAL_SEPARATOR = /\u066b/g;
const ARABIC_THOUSANDS_SEPARATOR = /\u066c/g;
/** A no-break, narrow no-break or thin space between a digit and a group of exactly three. */
const GROUPING_SPACE = /(?<=\d)[\u00a0\u202f\u2009](?=\d{3}(?!\d))/g;
/**
 * Web Chat turns emoticons into emoji as she types (its default `emojiSet`), ":0" into 😲 among
 * them, so the clock "09:00" she typed arrives as "09😲0". Right after a digit it is her clock.
 */
const CLOCK_EMOTICON = /(?<=\d)\u{1F632}\ufe0f?/gu;
/** A character outside printable ASCII, æøå and line breaks: only then can there be anything to change. */
const NOT_PLAIN = /[^\x20-\x7e\n\r\tæøåÆØÅ]/;
/** The longest run of decimal-digit blocks that lie back to back in Unicode (the mathematical digits: five). */
const MAX_SCAN_BACK = 60;

/**
 * The value of a decimal digit of any script. Unicode encodes every script's decimal digits as
 * ten code points in a row, from 0 to 9 (a stability guarantee), and where blocks lie back to back
 * each is still ten long: the count of digits right before it, modulo 10, is its value.
 */
function decimalDigitValue(digit: string): number {
  const code = digit.codePointAt(0)!;
  let before = 0;
  while (before < MAX_SCAN_BACK && IS_DIGIT.test(String.fromCodePoint(code - before - 1))) before += 1;
  return before % 10;
}

/** `text` with format characters removed, every decimal digit as 0-9 and a clock's emoticon undone. Never throws. */
export function plainCharacters(text: string): string {
  // Almost every message is plain: one scan decides, and nothing is copied.
  if (!NOT_PLAIN.test(text)) return text;
  return text
    .replace(CLOCK_EMOTICON, ':0')
    .replace(FORMAT, '')
    .replace(OTHER_DIGIT, (digit) => String(decimalDigitValue(digit)))
    .replace(ARABIC_DECIMAL_SEPARATOR, ',')
    .replace(ARABIC_THOUSANDS_SEPARATOR, '')
    .replace(GROUPING_SPACE, '');
}
