import type { Locale } from '../mother/profile';
import { formatClock, hasImpossibleClock, readClock } from './clock';
import { matchCommand, matchLanguage } from './commands';
import type { Intent, LogIntent, UnderstandContext } from './intent';
import { parseLog } from './log-parser';
import { cleanText, normalize } from './normalize';
import { readNumber } from './numbers';
import { readDayWords, readTime, SINCE } from './relative-time';
import { longestPhraseAt, tokenize, type Token } from './tokens';
import { readAnswer, wholeYesNo } from './yes-no';
import { readLogCorrection } from './log-correction';
import { readUndo, startsWithUndo } from './undo-request';
import { readLastLogQuestion, readOwnLogQuestion } from './own-log-question';
import { isBottleFeed } from './given-to-the-baby';
import { saysHomeAgain } from './home-again';
import { BLOOD_IN_A_DIAPER } from './blood-in-a-diaper';
import { readModeChange } from './feeding-mode';

export type { Intent, IntentKind, LogIntent, LoggableEvent, PendingEvent, Concern, CountFact, UnderstandContext } from './intent';

const QUESTION_TEXT_MAX = 500;
/** A log, answer or command fits in far fewer words; the cap keeps the parse fast on pasted text. */
const MAX_TOKENS = 120;
const QUESTION_STARTS = new Set([
  'hvordan', 'hva', 'hvorfor', 'når', 'hvor', 'hvem', 'hvilken', 'hvilke', 'hvilket', 'kva', 'korleis', 'kvifor', 'kor', 'kven', 'kvar',
  'kan', 'kunne', 'skal', 'bør', 'må', 'burde', 'er', 'trenger', 'treng', 'går', 'finnes', 'fins', 'stemmer',
  'how', 'what', 'why', 'when', 'where', 'who', 'which', 'can', 'could', 'should', 'is', 'are', 'do', 'does', 'did', 'will', 'would', 'am', 'must',
  'fortell', 'forklar', 'tell', 'explain', 'lurer',
]);
const PRONOUNS = new Set(['jeg', 'eg', 'vi', 'du', 'hun', 'ho', 'han', 'babyen', 'barnet', 'det', 'i', 'you', 'we', 'she', 'he', 'the', 'my']);
const APPROX = new Set(['ca', 'cirka', 'sirka', 'omtrent', 'rundt', 'kring', 'omlag', 'about', 'around', 'approx', '~']);
const COUNT_TAIL = new Set(['ganger', 'gang', 'gonger', 'gong', 'times', 'stk', 'stykk', 'stykker', 'total', 'totalt', 'i alt', 'til sammen']);
const ZERO = new Set(['ingen', 'null', 'none', 'zero', 'ingenting', 'nothing', 'ikkje nokon', 'ikke noen']);
/** Pain she names ("vondt å amme", "såre brystvorter", "it hurts to feed"): a question about it, not a log of a feed. */
const PAIN = new Set([
  'vondt', 'vond', 'vonde', 'sår', 'såre', 'sårt', 'sare', 'sart', 'svir', 'svie', 'blør', 'blor', 'blødende', 'sprukne', 'sprokne', 'sprukket', 'smerte', 'smerter',
  'smertefull', 'ømme', 'ømt', 'verker', 'verkjer', 'hurts', 'hurt', 'sore', 'painful', 'pain', 'cracked', 'bleeding', 'aches', 'aching',
]);
const NOT = new Set(['ikke', 'ikkje', 'ingen', 'inga', 'uten', 'utan', 'not', 'no', 'without']);
const CHECKIN_WORDS = /(?:^| )(?:innsjekk|sjekk inn|sjekke inn|sjekk-inn|check in|checkin|check-in|påminnelse|reminder|varsel|varsling|tidspunkt|endre tid|endre tida|endre tiden|ny tid|change time|new time|daily|daglig|dagleg|sjekken|sjekk|sjekkene|sjekkane|bytt tid|byt tid|bytt tida|bytt tiden|flytt tida|flytt tiden|spørre meg|spørje meg|ask me|change the time|the check in|the check ins)(?: |$)/;
const BIRTH_WORDS = /(?:^| )(?:fødsel\p{L}*|født|birth|born|fødselstid\p{L}*|fødte|fødde)(?: |$)/u;

function wordsOf(tokens: readonly Token[]): string {
  return tokens.filter((token) => token.kind !== 'symbol' || token.text === '-').map((token) => token.text).join(' ').replace(/ - /g, ' ');
}

/** «… er det normalt», «… is that normal»: a question asked at the end, with no mark after it. */
const QUESTION_TAILS = [
  ...['det', 'dette'].flatMap((it) => ['normalt', 'vanlig', 'vanleg', 'greit', 'greitt', 'farlig', 'farleg', 'ok', 'bra'].map((word) => ['er', it, word])),
  ...['that', 'it', 'this'].flatMap((it) => ['normal', 'ok', 'okay', 'bad', 'fine'].map((word) => ['is', it, word])),
];

function endsInQuestion(tokens: readonly Token[]): boolean {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1]!.kind === 'symbol') end -= 1;
  return end > 3 && longestPhraseAt(tokens, end - 3, QUESTION_TAILS) === 3;
}

function looksLikeQuestion(tokens: readonly Token[]): boolean {
  if (endsInQuestion(tokens)) return true;
  const first = tokens[0]?.text ?? '';
  if (first === 'har' || first === 'have' || first === 'has') return PRONOUNS.has(tokens[1]?.text ?? '');
  return QUESTION_STARTS.has(first) || (first === 'jeg' && tokens[1]?.text === 'lurer');
}

function namesPain(tokens: readonly Token[]): boolean {
  return !tokens.some((token) => token.kind === 'number') && tokens.some((token, at) => PAIN.has(token.text) && !NOT.has(tokens[at - 1]?.text ?? ''));
}

function readWhole<T extends { end: number }>(tokens: readonly Token[], read: (at: number) => T | undefined): T | undefined {
  let start = 0;
  while (APPROX.has(tokens[start]?.text ?? '') || tokens[start]?.text === '.') start += 1;
  const reading = read(start);
  return reading && standsAlone(tokens, { start, end: reading.end }) ? reading : undefined;
}

function bareNumbers(tokens: readonly Token[], locale: Locale): Intent | undefined {
  const meaningful = tokens.filter((token) => !/^[.!]$/.test(token.text));
  const approximate = APPROX.has(meaningful[0]?.text ?? '');
  let body = approximate ? meaningful.slice(1) : meaningful;
  while (body.length > 1 && COUNT_TAIL.has(body[body.length - 1]?.text ?? '')) body = body.slice(0, -1);
  if (body.length === 1 && ZERO.has(body[0]?.text ?? '')) return { kind: 'number', value: 0, approximate };
  const values: number[] = [];
  let range: [number, number] | undefined;
  for (let at = 0; at < body.length; ) {
    const token = body[at]?.text ?? '';
    if (values.length > 0 && (token === ',' || token === 'og' || token === 'and' || token === ';' || token === '+')) {
      at += 1;
      continue;
    }
    if (values.length === 1 && (token === '-' || token === 'til') && !range) {
      const upper = readNumber(body, at + 1, locale);
      if (!upper || upper.value <= (values[0] ?? 0)) return undefined;
      range = [values[0] ?? 0, upper.value];
      at += 1 + upper.length;
      continue;
    }
    const reading = readNumber(body, at, locale);
    if (!reading) return undefined;
    values.push(reading.value);
    at += reading.length;
  }
  const first = values[0];
  if (first === undefined) return undefined;
  if (range) return { kind: 'number', value: range[0], approximate: true, range };
  if (values.length > 1) return { kind: 'numbers', values };
  return { kind: 'number', value: first, approximate };
}

function checkinTime(tokens: readonly Token[], words: string, locale: Locale): Intent | undefined {
  if (!CHECKIN_WORDS.test(words) || BIRTH_WORDS.test(words)) return undefined;
  for (let at = 0; at < tokens.length; at++) {
    const clock = readClock(tokens, at, locale);
    if (clock) return { kind: 'set-checkin-time', time: formatClock(clock.hour, clock.minute) };
    const word = tokens[at]?.text;
    if ((word === 'til' || word === 'to') && tokens[at + 1]?.kind === 'number') {
      const hour = readClock([{ text: 'kl', kind: 'word' }, ...tokens.slice(at + 1)], 0, locale);
      if (hour) return { kind: 'set-checkin-time', time: formatClock(hour.hour, hour.minute) };
    }
  }
  return undefined;
}

function birthTime(tokens: readonly Token[], words: string, context: UnderstandContext, log: () => LogIntent | undefined): Intent | undefined {
  const namesBirth = BIRTH_WORDS.test(words);
  if (!namesBirth && context.expecting !== 'birth') return undefined;
  // Asked for her birth time, «ammet kl 3» is still a feed she logs, never the birth, and «hvor mye skal hun ha nå» a question.
  if (!namesBirth && (namesLog(log()) || looksLikeQuestion(tokens))) return undefined;
  // "født i går kl 26": a clock that does not exist must not leave "i går" (or "23.11" as 23:11) standing alone.
  if (hasImpossibleClock(tokens, context.locale)) return undefined;
  for (let at = 0; at < tokens.length; at++) {
    // «siden kl 22» counts from a time up to now: the birth is never «now».
    if (SINCE.has(tokens[at]?.text ?? '')) continue;
    const time = readTime(tokens, at, context, { askedWhen: true });
    if (time && time.start === at) {
      // «nå» beside other words tells of this minute («hun sover nå»), not of the birth: alone, or with a birth word, it is.
      if (!namesBirth && onlyNow(tokens, time) && !standsAlone(tokens, time)) return undefined;
      return { kind: 'set-birth', birthAt: time.at, future: time.future, approximate: time.approximate, ...(time.otherAt ? { otherAt: time.otherAt } : {}) };
    }
    // A number that starts no time ("31.02", an impossible date) must not let a later "kl 10" stand alone as today.
    if (tokens[at]?.kind === 'number') return undefined;
  }
  return undefined;
}

/** The time read is only a word for this minute («nå», «akkurat nå», «just now»). */
function onlyNow(tokens: readonly Token[], time: { start: number; end: number }): boolean {
  const words = readDayWords(tokens, time.start);
  return !!words?.words.now && time.start + words.length === time.end;
}

/** Nothing but punctuation around the span, and perhaps a «ca» before it. */
function standsAlone(tokens: readonly Token[], span: { start: number; end: number }): boolean {
  const punctuation = (token: Token) => /^[.!]$/.test(token.text);
  return tokens.slice(0, span.start).every((token) => punctuation(token) || APPROX.has(token.text)) && tokens.slice(span.end).every(punctuation);
}

const namesLog = (log: LogIntent | undefined): boolean => !!log && (log.events.length > 0 || log.pending.length > 0);

function understandSafely(text: string, context: UnderstandContext): Intent {
  const locale = context.locale;
  const tokens = tokenize(normalize(text)).slice(0, MAX_TOKENS);
  if (tokens.length === 0) return { kind: 'unknown' };
  const words = wordsOf(tokens);
  if (words === '' && tokens.every((token) => token.text === '?')) return { kind: 'help' };

  const command = matchCommand(words);
  if (command) return command;
  const undo = readUndo(tokens);
  if (undo) return undo;
  // «slett siste amming og bleie»: what she wants gone is never stored, nor taken for a question
  if (startsWithUndo(tokens)) return { kind: 'undo-how' };
  const ownLog = readOwnLogQuestion(tokens) ?? readLastLogQuestion(tokens);
  if (ownLog) return ownLog;
  const language = matchLanguage(words);
  if (language) return language;
  const mode = looksLikeQuestion(tokens) ? undefined : readModeChange(text);
  if (mode) return { kind: 'set-mode', mode };
  const answer = wholeYesNo(text);
  if (answer) return { kind: answer };

  const checkin = checkinTime(tokens, words, locale);
  if (checkin) return checkin;
  // Read once: the birth question looks at it first, a log below.
  let parsed: { log: LogIntent | undefined } | undefined;
  const logOf = () => (parsed ??= { log: parseLog(tokens, context) }).log;
  const birth = birthTime(tokens, words, context, logOf);
  if (birth) return birth;

  const correction = readLogCorrection(text, context);
  if (correction) return { kind: 'correct-log', change: correction };

  const questionText = (): Intent => ({ kind: 'question', text: cleanText(text).slice(0, QUESTION_TEXT_MAX) });
  // A yes or a no with words around it ("ja slett", "nei det gjorde vi ikke"), after the birth or
  // check-in time a dialog may be waiting for and before a log: what is doubtful, corrects a number
  // or names an event is left to the readings below.
  const opening = readAnswer(tokens, locale);
  if (opening === 'question') return questionText();
  if (opening) return { kind: opening };
  if (looksLikeQuestion(tokens)) return questionText();

  const time = readWhole(tokens, (at) => readTime(tokens, at, context));
  if (time) {
    return { kind: 'time', at: time.at, future: time.future, approximate: time.approximate, ...(time.ifYesterday ? { ifYesterday: time.ifYesterday } : {}) };
  }
  const number = bareNumbers(tokens, locale);
  if (number) return number;

  // "vondt å amme" names a feed but is no log of one: with no number in it, it asks about the pain.
  if (namesPain(tokens) || BLOOD_IN_A_DIAPER.test(words)) return questionText();

  const log = logOf();
  // «pumper men får nesten ingenting, blir hun sulten?»: nothing to store, only a value to ask, and a question mark: her question
  const onlyAsks = !!log && log.events.length === 0 && log.pending.length > 0 && tokens.some((token) => token.text === '?');
  if (log && !onlyAsks && (namesLog(log) || log.concerns.length > 0 || log.counts.length > 0)) return log;

  if (tokens.some((token) => token.text === '?')) return questionText();
  if (isBottleFeed(tokens, locale)) return { kind: 'bottle' };
  if (saysHomeAgain(tokens)) return { kind: 'home' };
  return { kind: 'unknown' };
}

/**
 * Turns a mother's free text into a typed intent. Pure: time comes from `context.now`,
 * read in `context.timezone`. Values are never refused here; `concerns` on a log and
 * `future` on times tell the dialog what to refuse or confirm. Never throws.
 */
export function understand(text: string, context: UnderstandContext): Intent {
  try {
    return understandSafely(text, context);
  } catch {
    return { kind: 'unknown' };
  }
}
