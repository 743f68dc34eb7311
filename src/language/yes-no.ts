import type { Locale } from '../mother/profile';
import { matchCommand } from './commands';
import { normalize } from './normalize';
import { numberWordValue } from './numbers';
import { matchesAt, tokenize, type Token } from './tokens';

const isWordToken = (token: Token): boolean => token.kind !== 'symbol';

const YES = new Set([
  'ja', 'jo', 'jepp', 'japp', 'jada', 'jaa', 'jaaa', 'ja takk', 'ja gjerne', 'gjerne', 'ok', 'ok takk', 'okei', 'okay', 'oki', 'greit', 'det er greit',
  'ja det', 'ja da', 'ja visst', 'javisst', 'absolutt', 'selvfølgelig', 'sjølvsagt', 'stemmer', 'det stemmer', 'riktig', 'korrekt', 'ja, takk',
  'yes', 'yeah', 'yep', 'yup', 'ya', 'sure', 'yes please', 'ok thanks', 'of course', 'correct', 'right', 'that is right', 'y', 'ja ja', 'jau',
]);
const NO = new Set([
  'nei', 'nei takk', 'neitakk', 'nope', 'nah', 'no', 'niks', 'nei da', 'neida', 'ikke nå', 'ikkje nå', 'ikkje no', 'ikke na',
  'ikke', 'ikkje', 'ikke ennå', 'ikkje enno', 'ikke enda', 'aldri', 'nei ikke', 'nei, takk', 'helst ikke', 'helst ikkje', 'nei ikkje',
  'no thanks', 'no thank you', 'not now', 'not yet', 'not really', 'n', 'no no', 'nei nei',
]);

export type YesNo = 'yes' | 'no';
/**
 * What a message that opens with a yes or a no is: the answer, a question or a "don't know" of
 * its own, or undefined when it is doubtful or says more than an answer (a correction, a log).
 */
export type AnswerReading = YesNo | 'question' | 'skip' | undefined;

/** Words that answer on their own and may carry words after them: "ja slett", "nei det gjorde vi ikke". */
const STRONG: ReadonlyArray<readonly [RegExp, YesNo]> = [
  [/^(?:ja+|jo+|jau|jepp|japp|jupp|jada|javisst|yes+|yeah+|yea+|yep|yup)$/, 'yes'],
  [/^(?:ne+i+|neida|neitakk|nope|nah|niks|nix|no+)$/, 'no'],
];
/**
 * Answers too weak to carry a sentence: only polite words may follow ("ok, slett", "ikke slett").
 * Not "stemmer": "stemmer det" is a question.
 */
const WEAK_YES = new Set(['ok', 'okei', 'okay', 'oki', 'greit', 'greitt', 'fint', 'flott', 'supert', 'absolutt', 'selvfølgelig', 'sjølvsagt', 'gjerne', 'sure', 'fine', 'alright', 'certainly', 'definitely', 'riktig', 'korrekt', 'correct']);
const WEAK_NO = new Set(['ikke', 'ikkje', 'not', 'don', 'dont', 'never', 'aldri']);
/** What may follow a weak answer. */
const POLITE = new Set([
  'takk', 'tusen', 'gjerne', 'da', 'så', 'bare', 'berre', 'det', 'den', 'er', 'greit', 'greitt', 'fint', 'ok', 'okei', 'okay', 'helt', 'absolutt',
  'slett', 'slette', 'sletta', 'alt', 'alle', 'saman', 'sammen', 'data', 'dataene', 'dataa', 'mine', 'min', 'gjør', 'gjer', 'for', 'meg', 'nå', 'ennå', 'enno', 'enda',
  'delete', 'erase', 'it', 'all', 'everything', 'my', 'go', 'ahead', 'please', 'thanks', 'thank', 'you', 'sure', 'fine', 'alright', 'do', 'that', 's', 't', 'is', 'now', 'yet', 'just',
  'ja', 'yes', 'stemmer', 'riktig', 'korrekt', 'correct', 'right', 'visst',
]);
/** After an English "no" with no comma, the next word shows it is English and not the nynorsk "no" (now): "no she didn't". */
const ENGLISH_AFTER_NO = new Set(['thanks', 'thank', 'she', 'he', 'we', 'they', 'it', 'not', 'never', 'sorry', 'please', 'don', 'dont', 'didn', 'didnt', 'wasn', 'wasnt', 'haven', 'havent', 'hasn', 'hasnt', 'delete', 'that', 'way', 'nope', 'no']);

/** "no i didn't" is English, "no i natt" nynorsk ("now, tonight"): after "i" an English verb must follow. */
const ENGLISH_AFTER_I = new Set(['didn', 'didnt', 'don', 'dont', 'haven', 'havent', 'wasn', 'wasnt', 'did', 'do', 'have', 'was', 'am', 'will', 'would', 'can', 'could']);

/** Set phrases that hold a negation but agree ("ja, ikke noe problem"), taken out before the rest is judged. */
const AGREEING = [
  ['ikke', 'noe', 'problem'], ['ikkje', 'noko', 'problem'], ['ingen', 'problem'], ['ikke', 'sant'], ['ikkje', 'sant'], ['hvorfor', 'ikke'], ['kvifor', 'ikkje'],
  ['helt', 'sikkert'], ['heilt', 'sikkert'], ['no', 'problem'], ['not', 'a', 'problem'], ['no', 'worries'], ['why', 'not'], ['don', 't', 'mind'], ['dont', 'mind'], ['har', 'ikke', 'noe', 'imot'], ['har', 'ikkje', 'noko', 'imot'],
];
/** A no put off till later («nei takk, kanskje senere», «no, maybe later»): still a no, its «kanskje» doubts nothing. */
const LATER = [
  ...['kanskje', 'maybe', 'perhaps'].flatMap((maybe) =>
    [['senere'], ['seinere'], ['seinare'], ['etterpå'], ['etterpaa'], ['en', 'annen', 'gang'], ['ein', 'annan', 'gong'], ['ein', 'annan', 'gang'], ['i', 'morgen'], ['later'], ['another', 'time'], ['tomorrow']].map((later) => [maybe, ...later]),
  ),
];

/** "no problem", "no worries" on their own: agreeing, but they open with "no". Neither. */
const NO_IDIOMS = [['no', 'problem'], ['no', 'worries']];

/** Words that take back or doubt a yes: "ja nei vent", "ja, men ...", "ja ... ikke slett", "ja kanskje". */
const AGAINST_YES = new Set([
  'nei', 'nope', 'nah', 'ikke', 'ikkje', 'not', 't', 'never', 'aldri', 'ingen', 'no',
  'men', 'but', 'vent', 'wait', 'hold', 'stopp', 'stop', 'avbryt', 'cancel', 'angre', 'angra', 'angrer', 'angret', 'undo', 'regret', 'glem', 'forget',
  'kanskje', 'maybe', 'perhaps', 'probably', 'tror', 'trur', 'think', 'guess', 'suppose', 'antar', 'usikker', 'unsure', 'muligens', 'mulig', 'possibly',
  'antakelig', 'sannsynligvis', 'sikkert', 'vel', 'nja', 'tja', 'mja', 'hmm', 'eller', 'or', 'hvis', 'viss', 'dersom', 'om', 'if', 'unless',
]);
/** Words that take back or doubt a no: "nei ja", "nei, men ...", "nei vent". */
const AGAINST_NO = new Set([
  'ja', 'jo', 'jau', 'yes', 'yeah', 'yep', 'jepp', 'men', 'but', 'vent', 'wait', 'hold', 'likevel', 'anyway',
  'kanskje', 'maybe', 'perhaps', 'probably', 'tror', 'trur', 'think', 'guess', 'suppose', 'antar', 'usikker', 'unsure', 'muligens', 'mulig', 'possibly',
  'nja', 'tja', 'mja', 'hmm', 'eller', 'or', 'hvis', 'viss', 'dersom', 'if', 'unless',
  // Some, not none: "nei, hun fikk bare litt" is not a check-in's 0.
  'bare', 'berre', 'only', 'litt', 'lite', 'little', 'bit', 'noen', 'nokre', 'noko', 'some', 'few', 'par', 'couple', 'flere', 'fleire', 'several',
  'mange', 'many', 'mye', 'much', 'ganger', 'gang', 'gonger', 'gong', 'times', 'once', 'twice',
]);
/** A deed or an agreement after a no takes the no back unless a negation stands by it: "nei, slett" (doubtful) but "nei ikke slett", "nei, slett ikke". */
const DEEDS = new Set(['slett', 'slette', 'sletta', 'delete', 'erase', 'gjør', 'gjer', 'do', 'go', 'stemmer', 'riktig', 'korrekt', 'correct']);
const NEGATIONS = new Set(['ikke', 'ikkje', 'not', 't', 'never', 'aldri', 'dont', 'don']);
const NEAR = 3;

/** Words of the events she logs: after a yes or a no they make a log (or a negated one) the dialogs must see. */
const EVENT_WORD = /^(?:amm|pump|bæsj|bleie|tiss|våt|håndmelk|melk|mjølk|breastf|feed|fed$|nurs|poo|diaper|napp|pee|wee$|wet$|express|stool|avføring|mekonium|råmelk|colostrum)/;
/** "med en gang", "straight away", "rett etter fødselen", "within the hour": the time is the birth, not now, so it is an answer, not a log. */
const AFTER_BIRTH = [
  ['med', 'en', 'gang'], ['med', 'ein', 'gong'], ['med', 'ein', 'gang'], ['med', 'det', 'samme'], ['med', 'det', 'same'], ['straks'], ['fødsel'], ['født'], ['fødd'],
  ['første', 'time'], ['første', 'timen'], ['fyrste', 'timen'], ['first', 'hour'], ['straight', 'away'], ['right', 'away'], ['immediately'], ['at', 'once'], ['birth'], ['born'],
  ['fødselen'], ['fødsla'], ['delivery'], ['innen', 'en', 'time'], ['innan', 'ein', 'time'], ['innen', 'timen'], ['innan', 'timen'],
  ['within', 'the', 'hour'], ['within', 'an', 'hour'], ['within', 'the', 'first', 'hour'], ['within', 'one', 'hour'],
];
/** Question words that open the rest: "ja takk, hvordan pumper jeg". */
const ASKING = new Set(['hvordan', 'hva', 'hvorfor', 'når', 'hvor', 'hvem', 'hvilken', 'hvilke', 'hvilket', 'kva', 'korleis', 'kvifor', 'kor', 'kven', 'kvar', 'how', 'what', 'why', 'when', 'where', 'who', 'which']);
/** A verb before its subject opens a question even without "?": "ja, skal jeg det", "ja kan du ...". */
const AUXILIARIES = new Set(['skal', 'kan', 'er', 'må', 'bør', 'vil', 'har', 'blir', 'går', 'should', 'can', 'is', 'are', 'do', 'does', 'will', 'would', 'could', 'shall', 'must']);
const SUBJECTS = new Set(['jeg', 'eg', 'vi', 'me', 'du', 'dere', 'de', 'dei', 'hun', 'ho', 'han', 'det', 'den', 'babyen', 'barnet', 'i', 'you', 'we', 'she', 'he', 'it', 'they']);
/** "en", "ein", "one" are as often articles ("med en gang") as counts. */
const ARTICLES = new Set(['en', 'ei', 'ein', 'et', 'ett', 'eitt', 'one', 'a']);
/** Past this, a message that opens with "ja" is a statement of its own, not an answer. */
const MAX_REST_WORDS = 12;

function strongAnswer(word: string): YesNo | undefined {
  return STRONG.find(([pattern]) => pattern.test(word))?.[1];
}

function withoutPhrases(words: readonly Token[], phrases: readonly (readonly string[])[]): Token[] {
  const kept: Token[] = [];
  for (let at = 0; at < words.length; ) {
    const phrase = phrases.find((p) => matchesAt(words, at, p));
    if (phrase) {
      at += phrase.length;
      continue;
    }
    const word = words[at];
    if (word) kept.push(word);
    at += 1;
  }
  return kept;
}

function hasPhrase(words: readonly Token[], phrases: readonly (readonly string[])[]): boolean {
  return words.some((_, at) => phrases.some((p) => matchesAt(words, at, p)));
}

function countsSomething(words: readonly Token[], locale: Locale): boolean {
  return words.some((w) => w.kind === 'number' || (!ARTICLES.has(w.text) && numberWordValue(w.text, locale) !== undefined));
}

function englishAfterNo(rest: readonly Token[]): boolean {
  const next = rest[0]?.text ?? '';
  return ENGLISH_AFTER_NO.has(next) || (next === 'i' && ENGLISH_AFTER_I.has(rest[1]?.text ?? ''));
}

/** A deed after a no ("nei, slett") with no negation within a few words of it. */
function deedNotNegated(words: readonly Token[], negatedByStart: boolean): boolean {
  return words.some((w, at) => {
    if (!DEEDS.has(w.text)) return false;
    if (negatedByStart && at < NEAR) return false;
    return !words.slice(Math.max(0, at - NEAR), at + NEAR + 1).some((n) => NEGATIONS.has(n.text));
  });
}

/**
 * A yes or a no at the start of the message (after punctuation or emoji), with words around it:
 * "ja, det er greit", "ja slett", "nei det gjorde vi ikke", "yeah she did". Not an answer when the
 * rest takes it back or doubts it ("ja nei vent", "ja ... ikke slett", "ja kanskje"), corrects a
 * number ("nei det var 5 ganger ikke 1"), or names an event to log ("ja, ammet kl 14"): the dialogs
 * must see those. A question after it is a question; "nei, vet ikke" is a skip.
 */
export function readAnswer(tokens: readonly Token[], locale: Locale): AnswerReading {
  const words = tokens.filter(isWordToken);
  const first = words[0];
  if (!first) return undefined;
  const strong = strongAnswer(first.text);
  const weak = strong ? undefined : WEAK_YES.has(first.text) ? 'yes' : WEAK_NO.has(first.text) ? 'no' : undefined;
  const answer = strong ?? weak;
  if (!answer) return undefined;
  if (words.length - 1 > MAX_REST_WORDS || hasPhrase(words.slice(0, 2), NO_IDIOMS)) return undefined;

  const afterFirst = tokens.slice(tokens.indexOf(first) + 1);
  const rest = withoutPhrases(words.slice(1), AGREEING);
  // The nynorsk "no" is "now": "no er ho vaken", "no har ho sove".
  if (first.text === 'no' && words.length > 1 && afterFirst[0]?.text !== ',' && !englishAfterNo(words.slice(1))) return undefined;
  const asks = ASKING.has(rest[0]?.text ?? '') || (AUXILIARIES.has(rest[0]?.text ?? '') && SUBJECTS.has(rest[1]?.text ?? ''));
  if (asks || afterFirst.some((t) => t.text === '?')) return 'question';
  if (rest.length === 0) return strong;

  const restWords = words.slice(1).map((w) => w.text).join(' ');
  const command = matchCommand(restWords)?.kind;
  if (command === 'skip') return 'skip';
  if (command && !(command === 'delete' && answer === 'yes')) return undefined;
  if (countsSomething(rest, locale)) return undefined;

  if (answer === 'yes') {
    // "no" is also the nynorsk "now", but "ja, gjerne no" is rare next to "yes/no", "ja no vent": doubtful either way.
    if (rest.some((w) => AGAINST_YES.has(w.text))) return undefined;
  } else {
    const against = withoutPhrases(withoutPhrases(rest, AFTER_BIRTH), LATER).some((w) => AGAINST_NO.has(w.text));
    if (against || deedNotNegated(rest, weak === 'no')) return undefined;
  }
  if (rest.some((w) => EVENT_WORD.test(w.text)) && !hasPhrase(rest, AFTER_BIRTH)) return undefined;
  if (weak && !withoutPhrases(rest, answer === 'no' ? LATER : []).every((w) => POLITE.has(w.text))) return undefined;
  return answer;
}

/** "yes" or "no" when the whole message is a yes or a no in nb, nn or en ("ja", "nei takk", "ikkje no"), else undefined. */
export function wholeYesNo(text: string): YesNo | undefined {
  const words = normalize(text).replace(/[.,!?]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (words.length > 40) return undefined;
  if (YES.has(words)) return 'yes';
  if (NO.has(words)) return 'no';
  return undefined;
}

/**
 * "yes" or "no" when the message is a yes or a no in nb, nn or en: the whole message ("ja",
 * "nei takk", "ikkje no") or one that opens with it and says nothing against it ("ja slett",
 * "nei det gjorde vi ikke"); else undefined.
 */
export function parseYesNo(text: string, locale: Locale = 'nb'): YesNo | undefined {
  const whole = wholeYesNo(text);
  if (whole) return whole;
  const reading = readAnswer(tokenize(normalize(text)), locale);
  return reading === 'yes' || reading === 'no' ? reading : undefined;
}

/**
 * A yes taken back or doubted in the same breath, or a plain «vent»: «ja nei vent», «ja hvis det
 * går», «yes no wait», «vent». To «slett alt?» it keeps everything, and she is told so.
 */
export function doubtsYes(text: string): boolean {
  const words = tokenize(normalize(text)).filter(isWordToken);
  const first = words[0]?.text;
  if (!first) return false;
  if (words.length === 1) return first === 'vent' || first === 'wait';
  // «nei vent», «nei vent, ikke slett», «no wait»: a no with a wait is a no
  if (strongAnswer(first) === 'no' && words.slice(1).some((w) => w.text === 'vent' || w.text === 'wait' || w.text === 'ikke' || w.text === 'ikkje' || w.text === 'dont')) return true;
  const yes = strongAnswer(first) === 'yes' || WEAK_YES.has(first);
  return yes && words.length - 1 <= MAX_REST_WORDS && words.slice(1).some((w) => AGAINST_YES.has(w.text));
}
