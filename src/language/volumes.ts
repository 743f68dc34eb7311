import { MAX_SESSION_ML } from '../mother/limits';
import type { Locale } from '../mother/profile';
import { normalize } from './normalize';
import { readNumber } from './numbers';
import { longestPhraseAt, tokenize, type Token } from './tokens';

const UNIT_ML: Readonly<Record<string, number>> = {
  ml: 1, milliliter: 1, millilitre: 1, milliliters: 1, millilitres: 1, milliliteren: 1,
  cl: 10, centiliter: 10, centilitre: 10,
  dl: 100, desiliter: 100, deciliter: 100, decilitre: 100,
  l: 1000, liter: 1000, litre: 1000, liters: 1000, litres: 1000,
  // A bottle or pump marked in US fluid ounces: never read as millilitres
  oz: 29.57, ounce: 29.57, ounces: 29.57,
};
const APPROX = new Set(['ca', 'cirka', 'sirka', 'circa', 'omtrent', 'omkring', 'rundt', 'kring', 'omlag', 'about', 'around', 'approx', 'approximately', 'roughly', 'nesten', 'nearly', '~']);
/** Joins parts of one session (both breasts combined) before the unit: "12 + 10 ml", "12 og 10 ml". */
const JOIN_BEFORE_UNIT = new Set(['+', 'pluss', 'plus', 'og', 'and']);
/** After a unit only an explicit plus joins: "20 ml og 2 ml håndmelket" are two things. */
const JOIN_AFTER_UNIT = new Set(['+', 'pluss', 'plus']);
const RANGE = new Set(['-', 'til', 'à', 'or', 'eller']);
/** Words that start saying when, after the amounts: «pumpa 10 og 15 kl 3», «… i natt», «… at 2». */
const WHEN_NEXT = new Set(['kl', 'klokka', 'klokken', 'ved', 'i', 'at', 'in', 'this', 'today', 'yesterday', 'last', 'tonight', 'rundt', 'around', 'nå', 'no', 'now']);


export interface Volume {
  /**
   * Millilitres, both breasts combined. A sum ("12 + 10 ml") is one session of 22 ml;
   * a range ("20-25 ml") is read as its lower bound, the conservative reading for the 3 x 20 ml sign.
   */
  ml: number;
  /** The summed parts, in the order said. */
  parts: number[];
  /** The range she gave, in ml, when she gave one. */
  range?: [number, number];
  /** "ca.", "cirka", "about", or a range. */
  approximate: boolean;
  /** False when no unit was said ("pumpet 25"): millilitres are assumed. */
  unitGiven: boolean;
  /** ml < 0 or ml > 500. */
  outOfRange: boolean;
}

export interface VolumeSpan extends Volume {
  start: number;
  /** Exclusive. */
  end: number;
}

const round = (ml: number): number => Math.round(ml * 100) / 100;
/** An amount in a unit, in ml: to whole ml from ounces, whose ml are no finer than her pump's markings. */
const inMl = (value: number, factor: number): number => (Number.isInteger(factor) ? round(value * factor) : Math.round(value * factor));

function unitAt(tokens: readonly Token[], at: number): number | undefined {
  const text = tokens[at]?.text;
  return text === undefined ? undefined : UNIT_ML[text];
}

interface SignedNumber { value: number; length: number }

/** «en halv ml», «half a ml»: half of the unit that follows. Read only with the unit right after it. */
const HALF = [['en', 'halv'], ['ein', 'halv'], ['ei', 'halv'], ['halv'], ['half', 'a'], ['half', 'an'], ['a', 'half'], ['half']];
const AND_A_HALF = [['og', 'en', 'halv'], ['og', 'ein', 'halv'], ['og', 'ei', 'halv'], ['and', 'a', 'half']];

function halfUnitAt(tokens: readonly Token[], at: number): SignedNumber | undefined {
  const length = longestPhraseAt(tokens, at, HALF);
  return length > 0 && unitAt(tokens, at + length) !== undefined ? { value: 0.5, length } : undefined;
}

function readSigned(tokens: readonly Token[], at: number, locale: Locale): SignedNumber | undefined {
  const negative = tokens[at]?.text === '-' && tokens[at + 1]?.kind === 'number';
  const reading = readNumber(tokens, negative ? at + 1 : at, locale);
  if (!reading) return undefined;
  return { value: negative ? -reading.value : reading.value, length: reading.length + (negative ? 1 : 0) };
}

/** Reads a volume starting at `at`; without a unit only when `requireUnit` is false. */
export function readVolume(
  tokens: readonly Token[],
  at: number,
  options: { locale?: Locale; requireUnit?: boolean } = {},
): VolumeSpan | undefined {
  const locale = options.locale ?? 'nb';
  const requireUnit = options.requireUnit ?? true;
  let cursor = at;
  let approximate = false;
  if (APPROX.has(tokens[cursor]?.text ?? '')) {
    approximate = true;
    cursor += tokens[cursor + 1]?.text === '.' ? 2 : 1;
  }
  if (at > 0 && tokens[at - 1]?.kind === 'number' && tokens[at]?.text === '-') return undefined;
  const first = halfUnitAt(tokens, cursor) ?? readSigned(tokens, cursor, locale);
  if (!first) return undefined;
  cursor += first.length;
  // «1 og en halv ml», «2 and a half ml»
  const andHalf = longestPhraseAt(tokens, cursor, AND_A_HALF);
  if (andHalf > 0 && unitAt(tokens, cursor + andHalf) !== undefined) {
    first.value += 0.5;
    cursor += andHalf;
  }
  const parts = [first.value];
  let range: [number, number] | undefined;

  const rangeWord = tokens[cursor]?.text ?? '';
  const upper = RANGE.has(rangeWord) && !(rangeWord === 'til' && locale === 'en') ? readNumber(tokens, cursor + 1, locale) : undefined;
  if (upper && upper.value > first.value) {
    range = [first.value, upper.value];
    cursor += 1 + upper.length;
  } else {
    while (JOIN_BEFORE_UNIT.has(tokens[cursor]?.text ?? '')) {
      const next = readNumber(tokens, cursor + 1, locale);
      if (!next) break;
      const afterNext = cursor + 1 + next.length;
      // "12 og 10 ml", and "pumpa 10 og 15" when the clause ends or says when next, join; "20 og pumpet" does not
      const ends = afterNext >= tokens.length || /^[.!?,;]$/.test(tokens[afterNext]!.text) || WHEN_NEXT.has(tokens[afterNext]!.text);
      if (unitAt(tokens, afterNext) === undefined && !JOIN_BEFORE_UNIT.has(tokens[afterNext]?.text ?? '') && !ends) break;
      parts.push(next.value);
      cursor = afterNext;
    }
  }

  const factor = unitAt(tokens, cursor);
  if (factor === undefined && requireUnit) return undefined;
  const unitGiven = factor !== undefined;
  if (unitGiven) cursor += 1;
  const scale = factor ?? 1;
  const scaledParts = parts.map((part) => inMl(part, scale));

  if (unitGiven && !range) {
    while (JOIN_AFTER_UNIT.has(tokens[cursor]?.text ?? '')) {
      const next = readNumber(tokens, cursor + 1, locale);
      if (!next) break;
      const nextFactor = unitAt(tokens, cursor + 1 + next.length);
      scaledParts.push(inMl(next.value, nextFactor ?? scale));
      cursor += 1 + next.length + (nextFactor === undefined ? 0 : 1);
    }
  }

  const ml = range ? inMl(range[0], scale) : round(scaledParts.reduce((sum, part) => sum + part, 0));
  return {
    ml,
    parts: range ? [ml] : scaledParts,
    ...(range ? { range: [inMl(range[0], scale), inMl(range[1], scale)] as [number, number] } : {}),
    approximate: approximate || range !== undefined,
    unitGiven,
    outOfRange: ml < 0 || ml > MAX_SESSION_ML,
    start: at,
    end: cursor,
  };
}

/** The volume a whole message says ("0,2 dl", "ca. 20 ml", "12 + 10 ml"), or undefined. */
export function parseVolume(text: string, locale: Locale = 'nb'): Volume | undefined {
  const tokens = tokenize(normalize(text));
  for (let at = 0; at < tokens.length; at++) {
    const span = readVolume(tokens, at, { locale });
    if (span) {
      const { start: _start, end: _end, ...volume } = span;
      return volume;
    }
  }
  return undefined;
}

/**
 * A list of volumes sharing one unit at the end: "20, 25 og 30 ml" is three sessions
 * (20, 25 and 30 ml), not a sum. Needs at least one comma; otherwise see `readVolume`.
 */
export function readVolumeList(tokens: readonly Token[], at: number, locale: Locale = 'nb'): VolumeSpan[] | undefined {
  const numbers: Array<{ value: number; start: number; end: number }> = [];
  let cursor = at;
  let commas = 0;
  for (;;) {
    const reading = readNumber(tokens, cursor, locale);
    if (!reading) return undefined;
    numbers.push({ value: reading.value, start: cursor, end: cursor + reading.length });
    cursor += reading.length;
    const separator = tokens[cursor]?.text;
    if (separator === ',') commas += 1;
    else if (!((separator === 'og' || separator === 'and') && commas > 0)) break;
    cursor += 1;
  }
  const factor = unitAt(tokens, cursor);
  if (commas === 0 || numbers.length < 2 || factor === undefined) return undefined;
  return numbers.map((number, k) => {
    const ml = round(number.value * factor);
    const last = k === numbers.length - 1;
    return {
      ml, parts: [ml], approximate: false, unitGiven: true, outOfRange: ml < 0 || ml > MAX_SESSION_ML,
      start: number.start, end: last ? cursor + 1 : number.end,
    };
  });
}
