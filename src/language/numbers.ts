import type { Locale } from '../mother/profile';
import { normalize } from './normalize';
import { tokenize, type Token } from './tokens';

// Maps, not object literals: a word such as "constructor" must not find Object's own properties.
const UNITS: ReadonlyMap<string, number> = mapOf({
  null: 0, zero: 0,
  en: 1, én: 1, ett: 1, étt: 1, et: 1, ei: 1, éi: 1, eitt: 1, éitt: 1, ein: 1, éin: 1, one: 1,
  to: 2, two: 2, tre: 3, three: 3, fire: 4, four: 4, fem: 5, five: 5, seks: 6, six: 6,
  sju: 7, seven: 7, åtte: 8, eight: 8, ni: 9, nine: 9,
});
const TEENS: ReadonlyMap<string, number> = mapOf({
  ti: 10, ten: 10, elleve: 11, eleven: 11, tolv: 12, twelve: 12, tretten: 13, thirteen: 13,
  fjorten: 14, fourteen: 14, femten: 15, fifteen: 15, seksten: 16, sixteen: 16, sytten: 17, seventeen: 17,
  atten: 18, eighteen: 18, nitten: 19, nineteen: 19,
});
const TENS: ReadonlyMap<string, number> = mapOf({
  tjue: 20, twenty: 20, tretti: 30, thirty: 30, førti: 40, førr: 40, firti: 40, forty: 40,
  femti: 50, fifty: 50, seksti: 60, sixty: 60, sytti: 70, seventy: 70, åtti: 80, eighty: 80, nitti: 90, ninety: 90,
});
/** Each tens word with the "og<tens>" ending of "femogtjue", made once. */
const TENS_ENDINGS = [...TENS].map(([word, value]) => ({ word, ending: `og${word}`, value }));
const HUNDRED = new Set(['hundre', 'hundred']);
const FRACTIONS: ReadonlyMap<string, number> = mapOf({ halvannen: 1.5, halvanna: 1.5, halvannan: 1.5, halvtanna: 1.5 });

function mapOf(values: Record<string, number>): ReadonlyMap<string, number> {
  return new Map(Object.entries(values));
}

/** English text uses "to" as a preposition, never as two. */
function unitValue(word: string, locale: Locale): number | undefined {
  if (locale === 'en' && word === 'to') return undefined;
  return UNITS.get(word);
}

const MAX_NUMBER_WORD = 30;

/** The value of one number word, compounds included: "tjueen", "femogtjue", "tohundreogfemti". */
export function numberWordValue(word: string, locale: Locale = 'nb'): number | undefined {
  if (word.length > MAX_NUMBER_WORD) return undefined;
  const simple = unitValue(word, locale) ?? TEENS.get(word) ?? TENS.get(word) ?? FRACTIONS.get(word);
  if (simple !== undefined) return simple;
  if (HUNDRED.has(word)) return 100;
  for (const hundred of HUNDRED) {
    const at = word.indexOf(hundred);
    if (at < 0) continue;
    const left = word.slice(0, at);
    const right = word.slice(at + hundred.length).replace(/^og/, '');
    const times = left === '' ? 1 : UNITS.get(left);
    const rest = right === '' ? 0 : numberWordValue(right, 'nb');
    if (times === undefined || rest === undefined || rest >= 100) return undefined;
    return times * 100 + rest;
  }
  for (const { word: tens, ending, value } of TENS_ENDINGS) {
    if (word.startsWith(tens)) {
      const unit = UNITS.get(word.slice(tens.length));
      if (unit !== undefined && unit > 0) return value + unit;
    }
    if (word.endsWith(ending)) {
      const unit = UNITS.get(word.slice(0, word.length - ending.length));
      if (unit !== undefined && unit > 0) return value + unit;
    }
  }
  return undefined;
}

export interface NumberReading {
  value: number;
  /** Tokens read. */
  length: number;
  /** Written with digits. */
  digits: boolean;
}

/** Parses a digit token: "12", "0,2", "1.5". Clock-like "14:30" is not a number. */
export function digitValue(text: string): number | undefined {
  if (!/^\d{1,9}(?:[.,]\d{1,6})?$/.test(text)) return undefined;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/** Reads a number at `at`: digits or words, several words included ("tjue en", "twenty-one", "hundre og femti"). */
export function readNumber(tokens: readonly Token[], at: number, locale: Locale = 'nb'): NumberReading | undefined {
  const token = tokens[at];
  if (!token) return undefined;
  if (token.kind === 'number') {
    const value = digitValue(token.text);
    return value === undefined ? undefined : { value, length: 1, digits: true };
  }
  if (token.kind !== 'word') return undefined;
  const first = numberWordValue(token.text, locale);
  if (first === undefined) return undefined;
  let value = first;
  let length = 1;
  if (first >= 1 && first <= 9 && HUNDRED.has(tokens[at + 1]?.text ?? '')) {
    value = first * 100;
    length = 2;
  }
  if (value % 100 === 0 && value >= 100) {
    const joiner = tokens[at + length]?.text === 'og' || tokens[at + length]?.text === 'and' ? 1 : 0;
    const rest = readNumber(tokens, at + length + joiner, locale);
    if (rest && !rest.digits && rest.value < 100) return { value: value + rest.value, length: length + joiner + rest.length, digits: false };
    return { value, length, digits: false };
  }
  if (TENS.has(token.text)) {
    const dash = tokens[at + 1]?.text === '-' ? 1 : 0;
    const unit = unitValue(tokens[at + 1 + dash]?.text ?? '', locale);
    if (unit !== undefined && unit > 0) return { value: value + unit, length: 2 + dash, digits: false };
  }
  return { value, length, digits: false };
}

/** The number a whole message says ("9", "ni", "0,2", "tjueen"), or undefined. */
export function parseNumber(text: string, locale: Locale = 'nb'): number | undefined {
  const tokens = tokenize(normalize(text)).filter((token) => !/^[.!]$/.test(token.text));
  const reading = readNumber(tokens, 0, locale);
  return reading && reading.length === tokens.length ? reading.value : undefined;
}
