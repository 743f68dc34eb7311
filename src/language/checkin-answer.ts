import type { Locale } from '../mother/profile';
import { normalize } from './normalize';
import { readNumber } from './numbers';
import { longestPhraseAt, tokenize, type Token } from './tokens';
import { phrases } from './phrases';

/**
 * A typed answer to an open check-in question, with the words tired mothers put around the number:
 * "5 ganger tror jeg", "bare 2", "ca 6", "6 times I think"; "vet ikke" passes the question by;
 * "nei, det var 5 ganger ikke 1" corrects the answer just given.
 */
export type CheckinAnswerReading =
  | { kind: 'answer'; values: number[] }
  | { kind: 'skip' }
  | { kind: 'correction'; values: number[] }
  /** «6 eller 7», «6-7 kanskje?»: between the numbers she names, not yet one answer. */
  | { kind: 'unsure'; between: number[] }
  /** «7 ganger», «7 økter» to the ml of each pumping: how many sessions, their ml not yet said. */
  | { kind: 'sessions'; count: number };


/** Words around a number that change nothing about it (nb, nn, en; normalized like her words). */
const FILLERS = phrases([
  'bare', 'kun', 'ca', 'cirka', 'sirka', 'rundt', 'omtrent', 'kanskje', 'vel', 'nok', 'sikkert', 'trolig', 'tror jeg', 'jeg tror', 'tror', 'tror det',
  'det var', 'det ble', 'var', 'ble', 'sånn', 'ish', 'hm', 'hmm', 'eh', 'ehm', 'øh', 'i alt', 'til sammen', 'totalt', 'skulle være', 'det skulle være',
  'stk', 'stykk', 'stykker',
  'berre', 'kring', 'omlag', 'truleg', 'trur eg', 'eg trur', 'trur', 'vart', 'det vart', 'skulle vere',
  'just', 'only', 'about', 'around', 'approx', 'approximately', 'roughly', 'maybe', 'perhaps', 'probably', 'i think', 'think', 'i guess', 'guess',
  'it was', 'was', 'it s', 'should be', 'total', 'in total', 'or so', '~', 'um', 'umm', 'like', 'liksom', 'typ',
  'enda', 'ennå', 'enno', 'hittil', 'til nå', 'så langt', 'foreløpig', 'førebels', 'yet', 'so far',
]);
/**
 * «7 ganger», «7 times»: to a count question a word around the number; to the question that asks
 * for the ml of each pumping, the number of sessions, never an amount.
 */
const SESSIONS = phrases(['ganger', 'gang', 'gonger', 'gong', 'times', 'økter', 'økt', 'økta', 'sessions', 'session']);
/** The most sessions «N ganger M ml» stands for: more is no day of pumping, and is asked again. */
const MOST_SESSIONS = 24;
/** Where the question asks for the ml of each pumping: the unit, and the verb she may say it with («pumpa 10 og 15»). */
const ML = phrases(['ml', 'milliliter', 'pumpa', 'pumpet', 'pumped', 'har pumpa', 'har pumpet', 'jeg pumpet', 'eg pumpa', 'i pumped']);
/** What a count question counts, said again in her answer («ingen gule ennå», «5 våte»): words only that question takes. */
export type CountedThing = 'feeds' | 'wetDiapers' | 'yellowStools';
/** «nei, jeg har ikke pumpet noe», «i didn't pump»: what the pumping question asks for, said not done. */
const NOT_PUMPED = phrases([
  'pumpet', 'pumpa', 'pumpe', 'pumper', 'pumped', 'pump', 'pumping', 'pumpeøkter', 'pumpeøkt', 'økter', 'sessions', 'jeg', 'eg', 'i',
  'didnt', 'didn t', 'did', 'haven t', 'havent', 'hasn t', 'hasnt', 'ennå', 'enno', 'yet', 'since', 'siden', 'sidan', 'sist', 'last', 'ml', 'melk', 'mjølk', 'milk',
]);
const NEGATED = new Set(['nei', 'no', 'nope', 'ikke', 'ikkje', 'not', 'didnt', 'didn', 'havent', 'haven', 'hasnt', 'hasn', 'ingen', 'inga', 'ingenting', 'none', 'nothing']);
const NAMED: Readonly<Record<CountedThing, string[][]>> = {
  feeds: phrases(['amming', 'amminger', 'ammingar', 'ammet', 'amma', 'feeds', 'feed', 'fed', 'breastfeeds']),
  wetDiapers: phrases(['våte', 'våt', 'bleier', 'bleie', 'wet', 'ones', 'diapers', 'nappies']),
  yellowStools: phrases(['gule', 'gul', 'bæsjebleier', 'bæsjebleie', 'bæsj', 'bleier', 'yellow', 'ones', 'poos', 'poops', 'stools', 'diapers', 'nappies']),
};
/** Whole messages that say she does not know: the question is passed by. */
const SKIPS = phrases([
  'vet ikke', 'veit ikke', 'vet ikkje', 'veit ikkje', 'husker ikke', 'husker ikkje', 'hugsar ikkje', 'hugser ikkje', 'hugsar ikke', 'aner ikke', 'aner ikkje',
  'jeg vet ikke', 'jeg husker ikke', 'eg veit ikkje', 'eg hugsar ikkje', 'eg hugser ikkje', 'ingen anelse', 'ingen aning', 'vet ikke helt', 'husker ikke helt',
  'veit ikkje heilt', 'veit ikke helt', 'hugsar ikkje heilt', 'hugser ikkje heilt', 'ikkje heilt sikker', 'ikke helt sikker',
  "don't know", 'dont know', 'do not know', "i don't know", 'i dont know', 'no idea', 'not sure', "can't remember", 'cant remember', 'cannot remember',
  "i can't remember", "don't remember", 'dont remember', "i don't remember", 'dunno',
]);
/** Words that open a correction: of a check-in answer just given, or of the log just stored. */
export const CORRECTION_OPENERS = phrases([
  'nei', 'neida', 'no', 'nope', 'feil', 'wrong', 'oops', 'oi', 'oj', 'sorry', 'unnskyld', 'orsak', 'rettelse', 'correction',
  'jeg mente', 'eg meinte', 'i meant', 'mente', 'meinte', 'meant',
  'vent', 'vent litt', 'vent nå', 'vent no', 'wait', 'hang on', 'hold on', 'actually', 'egentlig', 'eigentleg', 'faktisk',
]);
/** Between two numbers: «6 eller 7», «6 til 7», «6 or 7», «between 6 and 7». */
const ALTERNATIVES = new Set(['eller', 'or', 'til', 'to', 'mellom', 'between', 'og', 'and']);
/** "ikke 1", "not 1": the number she takes back, in a correction. */
export const TAKEN_BACK = phrases(['ikke', 'ikkje', 'not', 'i stedet for', 'istedenfor', 'i staden for', 'instead of']);
const ZERO = new Set(phrases(['ingen', 'null', 'none', 'zero', 'ingenting', 'nothing']).map((words) => words.join(' ')));
const SEPARATORS = new Set([',', ';', '+', 'og', 'and']);
const IGNORED = /^[.!,:;-]$/;

/** The words of one whole message, as a check-in answer, or undefined when it is not plainly one. */
export function readCheckinAnswer(text: string, locale: Locale, options: { list?: boolean; counts?: CountedThing } = {}): CheckinAnswerReading | undefined {
  // «6?» is her answer, unsure; a question has words no answer has («er 6 nok?»), which no reading below takes.
  const tokens = tokenize(normalize(text)).slice(0, 40).filter((token) => token.text !== '?');
  if (tokens.length === 0) return undefined;
  const words = tokens.filter((token) => !IGNORED.test(token.text));
  if (wholeIs(withoutFillers(words, []), SKIPS)) return { kind: 'skip' };
  const own = options.list ? ML : [...(options.counts ? NAMED[options.counts] : []), ...SESSIONS];

  // «vet ikke helt, kanskje 4»: unsure, yet a guess, which is her answer
  let at = longestPhraseAt(words, 0, SKIPS);
  let correction = false;
  for (let step = longestPhraseAt(words, at, CORRECTION_OPENERS); step > 0; step = longestPhraseAt(words, at, CORRECTION_OPENERS)) {
    at += step;
    correction = true;
  }
  const values = readValues(tokens, at < words.length ? tokens.indexOf(words[at]!) : tokens.length, locale, options.list === true, own);
  if (!values) {
    const between = numbersBetween(words, locale, own);
    return between ? { kind: 'unsure', between } : undefined;
  }
  if (values.sessions !== undefined && values.values.length === 0) return correction ? undefined : { kind: 'sessions', count: values.sessions };
  if (values.corrected) correction = true;
  return { kind: correction ? 'correction' : 'answer', values: values.values };
}

/** Only numbers, fillers and «eller», «til», «or» between them, two numbers or more: the numbers she is between. */
function numbersBetween(words: readonly Token[], locale: Locale, own: readonly string[][]): number[] | undefined {
  // «6 or 7 times?» is between two, whether the question counts sessions or asks their ml
  const rest = withoutFillers(words, [...own, ...SESSIONS]);
  const numbers: number[] = [];
  for (let at = 0; at < rest.length; ) {
    if (ALTERNATIVES.has(rest[at]!.text)) {
      at += 1;
      continue;
    }
    const reading = readNumber(rest, at, locale);
    if (!reading) return undefined;
    numbers.push(reading.value);
    at += reading.length;
  }
  return numbers.length >= 2 ? numbers : undefined;
}

/** `own`: the words only this question takes as fillers (its unit, or what it counts). */
function withoutFillers(words: readonly Token[], own: readonly string[][]): Token[] {
  const kept: Token[] = [];
  for (let at = 0; at < words.length; ) {
    const skip = Math.max(longestPhraseAt(words, at, FILLERS), longestPhraseAt(words, at, own));
    if (skip > 0) {
      at += skip;
      continue;
    }
    kept.push(words[at]!);
    at += 1;
  }
  return kept;
}

function wholeIs(words: readonly Token[], list: readonly (readonly string[])[]): boolean {
  return words.length > 0 && list.some((phrase) => phrase.length === words.length && phrase.every((word, k) => words[k]?.text === word));
}

/**
 * The numbers after `from`, with nothing but fillers around them: one number, or for a list of ml
 * several joined by "," or "og". In a correction "ikke 1" is the number taken back and not read.
 */
function readValues(tokens: readonly Token[], from: number, locale: Locale, list: boolean, own: readonly string[][]): { values: number[]; corrected: boolean; sessions?: number } | undefined {
  // Commas separate list items; other punctuation ("5." or "nei, 5") carries nothing.
  const rest = tokens.slice(from).filter((token) => token.text === ',' || !IGNORED.test(token.text));
  const values: number[] = [];
  let corrected = false;
  // «2 ganger 10 ml»: in a list of ml, how many sessions she names
  let sessions: number | undefined;
  for (let at = 0; at < rest.length; ) {
    const filler = Math.max(longestPhraseAt(rest, at, FILLERS), longestPhraseAt(rest, at, own));
    if (filler > 0) {
      at += filler;
      continue;
    }
    const text = rest[at]!.text;
    if (SEPARATORS.has(text)) {
      if (!list && text !== ',') return undefined;
      at += 1;
      continue;
    }
    const negation = longestPhraseAt(rest, at, TAKEN_BACK);
    if (negation > 0 && values.length > 0) {
      // "5 ganger ikke 1": the number after "ikke" is the one she takes back.
      const taken = readNumber(rest, at + negation, locale);
      if (!taken) return undefined;
      corrected = true;
      at += negation + taken.length;
      continue;
    }
    if (ZERO.has(text)) {
      values.push(0);
      at += 1;
      continue;
    }
    const reading = readNumber(rest, at, locale);
    if (!reading) return undefined;
    at += reading.length;
    const counted = list ? longestPhraseAt(rest, at, SESSIONS) : 0;
    if (counted > 0) {
      if (sessions !== undefined || values.length > 0) return undefined;
      sessions = reading.value;
      at += counted;
      continue;
    }
    values.push(reading.value);
  }
  if (values.length === 0 && sessions !== undefined) return { values, corrected, sessions };
  if (values.length === 0 || (!list && values.length > 1)) return undefined;
  if (sessions === undefined) return { values, corrected };
  // «2 ganger 10 ml» is two sessions of 10 ml; «3 ganger: 10, 15, 20» the three named; else she is asked again
  if (values.length === 1 && Number.isInteger(sessions) && sessions >= 1 && sessions <= MOST_SESSIONS) return { values: Array<number>(sessions).fill(values[0]!), corrected };
  return values.length === sessions ? { values, corrected } : undefined;
}

/** The words around a "no" that still make it a count of none ("nei takk", "nei, ingen i dag", "no, none"). */
const NONE_WORDS = new Set(
  phrases([
    'nei', 'neida', 'nope', 'no', 'nah', 'takk', 'thanks', 'ikke', 'ikkje', 'noe', 'noko', 'noen', 'nokon', 'ingen', 'inga', 'ingenting', 'null',
    'i', 'dag', 'det', 'har', 'vært', 'vore', 'dessverre', 'none', 'nothing', 'zero', 'not', 'any', 'today', 'there', 'have', 'has', 'been', 'sorry',
  ]).flat(),
);

/** The first words of her answer, without what is never read. */
const answerTokens = (text: string) => tokenize(normalize(text)).slice(0, 40).filter((token) => !IGNORED.test(token.text));

/** A no to «any pumping you have not logged?» in her words: a negation, and only words of not having pumped around it. */
export function saysNotPumped(text: string): boolean {
  const tokens = answerTokens(text);
  if (!tokens.some((token) => NEGATED.has(token.text))) return false;
  const words = withoutFillers(tokens, NOT_PUMPED);
  return words.length > 0 && words.every((token) => NONE_WORDS.has(token.text));
}

/**
 * A "no" that answers how many with none: only no-words around it, and what the question counts
 * («no yellow ones yet»). "nei han sover" or "nei hun har ikke spist" say something else too, and
 * are not counted as 0 (the question is asked again).
 */
export function saysNone(text: string, counts?: CountedThing): boolean {
  const words = withoutFillers(
    answerTokens(text),
    [...(counts ? NAMED[counts] : []), ...SESSIONS],
  );
  return words.length > 0 && words.every((token) => NONE_WORDS.has(token.text)) && words.some((token) => SAYS_NONE.has(token.text));
}

/** «nei», «nope», «no.»: a no and nothing else, not yet «none» («nei, ingen», «0»). */
const ONLY_NO: ReadonlySet<string> = new Set(['nei', 'neida', 'no', 'nope', 'nah']);
export function saysOnlyNo(text: string): boolean {
  const words = answerTokens(text);
  return words.length > 0 && words.every((token) => ONLY_NO.has(token.text));
}

/** Of the words around a "no", those that say it: «takk», «thanks», «i dag» alone are no count of none. */
const SAYS_NONE: ReadonlySet<string> = new Set([...NEGATED, 'neida', 'nah', 'null', 'zero']);

/** Words that are "one" only now and then, and far more often "a": not a sign of an answer alone. */
const ARTICLES = new Set(['en', 'et', 'ei', 'ein', 'eitt', 'ett', 'one']);
const SHORT_ANSWER_WORDS = 6;

/**
 * A short message with a number in it (digits or a number word other than an article): a try at an
 * answer when it is not a readable one ("5 eller 6 kanskje"), not a question or a log.
 */
export function triesAnAnswer(text: string, locale: Locale): boolean {
  const tokens = tokenize(normalize(text)).slice(0, 40).filter((token) => !IGNORED.test(token.text));
  if (tokens.length > SHORT_ANSWER_WORDS) return false;
  return tokens.some((token, at) => token.kind === 'number' || (!ARTICLES.has(token.text) && readNumber(tokens, at, locale) !== undefined));
}
