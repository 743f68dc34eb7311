import { foldWord } from '../fold-text';
import { tagsOf, type Tag } from './lexicon';

/** Written as she would (with æøå), compared folded. */
function folded(words: string[]): Set<string> {
  return new Set(words.flatMap((word) => [word, foldWord(word)]));
}

/** Folding makes "noe" (something) the English "no": it is kept as written. */
function foldToken(raw: string): string {
  const lower = raw.toLowerCase();
  return lower === 'noe' ? lower : foldWord(raw);
}

/**
 * Her message read once, in one pass: sentences, clauses, and which words are said not to be
 * there. Only what she says is there now counts: a general question ("hvor høy feber er farlig?")
 * and an "if" ("hva gjør jeg hvis hun slutter å puste?") name a sign without saying it.
 */

export interface Word {
  /** Folded: lower case, æ→a, ø→o, å→a. */
  text: string;
  tags: ReadonlySet<Tag>;
  /** A number as written ("38,5" is 38.5). */
  number?: number;
  decimals: boolean;
  /** Said not to be there: "ikke blå", "ingen feber", "puster ikke". */
  negated: boolean;
}

export interface Clause {
  words: Word[];
  /** Every tag of its words, gathered once. */
  tags: ReadonlySet<Tag>;
  /** About her own body: a word for her and none for the baby. */
  aboutMother: boolean;
  sentence: number;
}

export interface Reading {
  /** The clauses that say something is so: not questions in general, not "if"s. */
  clauses: Clause[];
}

const TOKEN = /\d+(?:[.,]\d+)?|[\p{L}'’]+|[.!?;:,\n()+°]/gu;
const SENTENCE_END = new Set(['.', '!', '?', '\n']);
const CLAUSE_MARK = new Set([',', ';', ':', '(', ')']);
const CLAUSE_WORDS = folded(['men', 'but', 'however', 'though', 'although', 'bortsett']);
/** Words that open an "if": what follows is not said to be so. */
const CONDITIONAL = folded(['hvis', 'dersom', 'viss', 'if', 'whether', 'unless']);
/** "vet ikke om hun puster", "can't tell if she's breathing": doubt, not an "if". */
const DOUBT = folded(['vet', 'veit', 'vite', 'know', 'tell', 'sure', 'sikker', 'see', 'ser', 'skjonner', 'kjenner', 'merke', 'merker', 'hear', 'hore', 'usikker', 'unsure', 'uncertain', 'check', 'sjekke']);
const UNSURE = folded(['usikker', 'unsure', 'uncertain']);
const QUESTION_WORDS = folded([
  'hva', 'hvor', 'hvordan', 'hvorfor', 'hvilke', 'hvilken', 'hvilket', 'hvem', 'nar', 'kva', 'kor', 'korleis', 'kvifor', 'kven', 'kvar',
  'what', 'whats', 'when', 'how', 'why', 'which', 'who', 'where', 'is', 'are', 'can', 'could', 'should', 'do', 'does', 'er', 'kan', 'bor', 'skal', 'ma',
]);
/** Her own baby or herself: a question with one of these may tell a sign ("hvorfor har hun feber?"). */
const PERSONAL = folded([
  'hun', 'han', 'ho', 'henne', 'ham', 'hennes', 'hans', 'she', 'he', 'shes', 'hes', 'her', 'him', 'his', 'jeg', 'eg', 'meg', 'me', 'im', 'ive',
  'min', 'mi', 'mitt', 'mine', 'my', 'our', 'babyen', 'barnet', 'gutten', 'jenta', 'jenten', 'sonnen', 'sonen', 'datteren',
  'dottera', 'dattera', 'minsten', 'vesla', 'veslejenta', 'veslegutten', 'lillemann',
]);
const ARTICLES = folded(['a', 'an', 'en', 'ei', 'et', 'eit', 'ein']);
/** Seen in English and not in nb/nn: then "no" is a negation, not the nynorsk "now" (so is a "no" with no Norwegian around it). */
const ENGLISH = folded([
  'the', 'is', 'she', 'he', 'shes', 'hes', 'my', 'has', 'and', 'have', 'it', 'of', 'her', 'his', 'baby', 'wet', 'fever', 'diapers', 'diaper',
  'nappy', 'nappies', 'just', 'not', 'was', 'are', 'with', 'breathing', 'vomit', 'green', 'blue', 'yellow', 'poop', 'spit', 'up', 'any',
  'since', 'hours', 'day', 'today', 'im', 'ive', 'been', 'had', 'feeding', 'signs', 'what', 'when', 'how',
]);
const NORWEGIAN = folded(['og', 'er', 'har', 'ho', 'hun', 'han', 'eg', 'jeg', 'ikkje', 'ikke', 'på', 'med', 'det', 'som', 'ein', 'eit', 'kva', 'hva', 'gjer', 'gjør', 'nå', 'vart', 'ble', 'var']);
/** "won t", "can t": an apostrophe typed as a space. */
const CONTRACTED = new Set(['won', 'don', 'can', 'isn', 'doesn', 'didn', 'hasn', 'haven', 'hadn', 'wasn', 'aren', 'weren', 'wouldn', 'couldn', 'shouldn']);
/** Who can be the subject of a clause: a second one inside an "if" starts the main clause. */
const SUBJECTS_NB = folded(['hun', 'han', 'ho', 'jeg', 'eg', 'vi', 'babyen', 'barnet']);
const SUBJECTS_EN = folded(['she', 'he', 'i', 'we', 'shes', 'hes', 'baby']);
const JOINING = folded(['og', 'and', 'at', 'that', 'som', 'når', 'when', 'or', 'eller', 'om', 'if', 'hvis', 'dersom', 'viss', 'whether']);
const ENGLISH_I_VERBS = folded(['am', 'have', 'had', 'feel', 'felt', 'was', 'got', 'keep', 'cant', 'can', 'think', 'dont', 'm', 've', 'just', 'fainted', 'passed', 'need']);

/** Between a negation and what it denies, not counted: "ikke noe feber", "tror ikke hun puster". */
const SKIP_FORWARD = folded([
  'a', 'an', 'the', 'noe', 'nok', 'noen', 'noko', 'nokon', 'nokre', 'any', 'some', 'om', 'if', 'whether', 'hun', 'han', 'ho', 'she', 'he', 'shes', 'hes',
  'it', 'its', 'det', 'den', 'seg', 'henne', 'ham', 'her', 'him', 'is', 'er', 'har', 'has', 'have', 'had', 'hadde', 'vart', 'been', 'be', 'being',
  'kunne', 'kan', 'could', 'can', 'will', 'would', 'vil', 'ville', 'skal', 'far', 'fatt', 'klarer', 'klarte', 'greier', 'orker', 'seem', 'seems',
  'lenger', 'lengre', 'fortsatt', 'framleis', 'enda', 'enna', 'still', 'longer', 'anymore', 'helt', 'heilt', 'really', 'nesten', 'barely', 'hardly',
  'almost', 'skikkelig', 'skikkeleg', 'sa', 'so', 'som', 'at', 'that', 'vet', 'veit', 'know', 'tell', 'sure', 'tror', 'trur', 'think', 'believe',
  'tenker', 'me', 'meg', 'to', 'able', 'hatt', 'vore', 'vert', 'blitt', 'fikk', 'gotten', 'i', 'mer', 'more', 'very', 'egentlig', 'liksom', 'jo',
  'visst', 'heller', 'even', 'yet',
  'babyen', 'baby', 'barnet', 'sikker', 'pa', 'manage', 'managed', 'get', 'got', 'getting', 'want', 'wants', 'wanna', 'eg', 'jeg', 'få', 'til',
  'make', 'made',
]);
/** Between a verb and the "ikke" after it: "puster hun ikke", "reagerer nesten ikke". */
const SKIP_BACKWARD = folded(['hun', 'han', 'ho', 'det', 'den', 'babyen', 'barnet', 'jo', 'nesten', 'lenger', 'fortsatt', 'framleis', 'heilt', 'helt', 'egentlig', 'visst', 'enda', 'heller', 'altsa', 'vel', 'liksom', 'na', 'no', 'henne', 'ham']);
/** A Norwegian negation may deny the verb before it ("puster ikke"); an English one only what follows. */
const BACKWARD_NEGATIONS = folded(['ikke', 'ikkje', 'ikk', 'ike', 'ikek', 'ikkj', 'ikkee', 'ikje', 'ikkke', 'ijke', 'aldri']);
/** Where a negation's reach ends. */
const SCOPE_END = folded(['og', 'and', 'eller', 'or', 'samt', 'plus', 'then', 'da', 'nar', 'when', 'mens', 'while']);
const DETERMINER_SKIP = folded(['noe', 'noko', 'any', 'a', 'an', 'the', 'more', 'mer', 'fleire', 'flere']);
/** Words that let a "no"/"ingen" reach the noun after them: "ingen våte bleier", "no green vomit". */
const MODIFIER_TAGS: Tag[] = ['wet', 'dry', 'green', 'yellow', 'blue'];
/** Words that are verbs of the signs: an "ikke" after them denies them. */
const VERB_TAGS: Tag[] = ['breath', 'respond', 'contact', 'wakeSelf', 'wakeOther', 'feedVerb', 'wet', 'vomit', 'vomitVerb', 'takeVerb', 'bleed', 'sleep', 'stopVerb', 'jerk', 'grunt', 'chills', 'refuse', 'copula', 'want'];
const MAX_FORWARD_TOKENS = 6;
const MAX_BACKWARD_TOKENS = 3;

interface Token {
  text: string;
  number?: number;
  decimals: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    if (/^\d/.test(raw)) {
      tokens.push({ text: raw, number: Number(raw.replace(',', '.')), decimals: /[.,]/.test(raw) });
    } else if (/^[\p{L}'’]/u.test(raw)) {
      const text = foldToken(raw);
      const previous = tokens[tokens.length - 1];
      if (text === 't' && previous && CONTRACTED.has(previous.text)) previous.text = foldWord(`${previous.text}t`);
      else tokens.push({ text, decimals: false });
    } else {
      tokens.push({ text: raw, decimals: false });
    }
  }
  return tokens;
}

function isNegation(word: Word): boolean {
  return word.tags.has('negation') || word.tags.has('negationDeterminer');
}

/** Marks what each negation denies, within its clause and a few words. */
function applyNegations(words: Word[]): void {
  words.forEach((word, i) => {
    if (!isNegation(word)) return;
    const determiner = word.tags.has('negationDeterminer') && !word.tags.has('negation');
    let budget = 1;
    let firstDenied: Word | undefined;
    for (let j = i + 1; j < words.length && j - i <= MAX_FORWARD_TOKENS; j += 1) {
      const next = words[j];
      if (!next || isNegation(next) || SCOPE_END.has(next.text)) break;
      if (determiner ? DETERMINER_SKIP.has(next.text) : SKIP_FORWARD.has(next.text)) continue;
      next.negated = true;
      firstDenied ??= next;
      budget -= 1;
      if (determiner && MODIFIER_TAGS.some((tag) => next.tags.has(tag))) budget += 1;
      if (budget <= 0) break;
    }
    if (!BACKWARD_NEGATIONS.has(word.text)) return;
    // "puster ikke fort" denies the speed, not the breathing
    if (firstDenied?.tags.has('manner')) return;
    for (let j = i - 1; j >= 0 && i - j <= MAX_BACKWARD_TOKENS; j -= 1) {
      const before = words[j];
      if (!before) break;
      if (SKIP_BACKWARD.has(before.text)) continue;
      // Norwegian puts "ikke" after the verb ("puster ikke") but before an adjective ("ikke blå"):
      // "veldig søvnig ikke blå" does not deny the sleepiness.
      if (VERB_TAGS.some((tag) => before.tags.has(tag))) before.negated = true;
      break;
    }
  });
}

function makeClause(words: Word[], sentence: number): Clause {
  const tags = new Set<Tag>();
  for (const word of words) for (const tag of word.tags) tags.add(tag);
  return { words, tags, aboutMother: tags.has('mother') && !tags.has('baby'), sentence };
}

/** Reads her message into the clauses that say something is so. Linear in the length of the text. */
export function read(text: string): Reading {
  const tokens = tokenize(text);
  const english = tokens.some((token) => ENGLISH.has(token.text)) || !tokens.some((token) => NORWEGIAN.has(token.text));
  const clauses: Clause[] = [];
  let sentence = 0;
  let start = 0;
  while (start < tokens.length) {
    let end = start;
    while (end < tokens.length && !SENTENCE_END.has(tokens[end]?.text ?? '')) end += 1;
    readSentence(tokens, start, end, english, sentence, clauses);
    sentence += 1;
    start = end + 1;
  }
  return { clauses };
}

function readSentence(tokens: Token[], start: number, end: number, english: boolean, sentence: number, clauses: Clause[]): void {
  if (start >= end) return;
  const asks = tokens[end]?.text === '?';
  const opensWithQuestion = QUESTION_WORDS.has(tokens[start]?.text ?? '');
  let personal = false;
  let measured = false;
  let lastClauseMark = -1;
  for (let k = start; k < end; k += 1) {
    const word = tokens[k]?.text ?? '';
    if (PERSONAL.has(word) || (word === 'i' && english) || (word === 'baby' && !ARTICLES.has(tokens[k - 1]?.text ?? ''))) personal = true;
    if (measuredAt(tokens, k)) measured = true;
    if (CLAUSE_MARK.has(word)) lastClauseMark = k;
  }
  // A question about a sign in general ("hva er tegn på gulsott?") tells no sign; a measured
  // temperature is told even when asked about ("38,5?").
  const general = !personal && !measured;
  if (general && opensWithQuestion) return;
  // "tempen var 38,1 i rumpa, er det feber?": only the part after the last comma is asked.
  const askedFrom = general && asks && QUESTION_WORDS.has(tokens[lastClauseMark + 1]?.text ?? '') ? lastClauseMark + 1 : end;
  const question = asks || opensWithQuestion;

  let current: Word[] = [];
  let hypothetical = false;
  let subjects = 0;
  const close = (): void => {
    if (current.length && !hypothetical) {
      applyNegations(current);
      clauses.push(makeClause(current, sentence));
    }
    current = [];
  };
  for (let k = start; k < askedFrom; k += 1) {
    const token = tokens[k];
    if (!token) continue;
    if (CLAUSE_MARK.has(token.text) || CLAUSE_WORDS.has(token.text)) {
      close();
      hypothetical = false;
      continue;
    }
    const opensIf = CONDITIONAL.has(token.text) || (token.text === 'om' && question);
    if (opensIf && !doubted(tokens, k, start)) {
      close();
      hypothetical = true;
      subjects = 0;
      continue;
    }
    if (hypothetical && (SUBJECTS_NB.has(token.text) || (english && SUBJECTS_EN.has(token.text)))) {
      // "hvis jeg legger henne ned slutter hun å puste", "if I put her down she stops breathing":
      // a second subject starts the main clause, which says what happens.
      if (subjects > 0 && !JOINING.has(tokens[k - 1]?.text ?? '')) {
        const verb = SUBJECTS_NB.has(token.text) ? current.pop() : undefined;
        close();
        hypothetical = false;
        if (verb) current.push(verb);
      } else {
        subjects += 1;
      }
    }
    let tags = tagsOf(token.text);
    if (token.text === 'no' && !english) tags = new Set();
    if (token.text === 'i' && english && ENGLISH_I_VERBS.has(tokens[k + 1]?.text ?? '')) tags = new Set<Tag>([...tags, 'mother']);
    if (token.text === '°') tags = new Set<Tag>(['temperatureContext']);
    current.push({ text: token.text, tags, ...(token.number !== undefined ? { number: token.number } : {}), decimals: token.decimals, negated: false });
  }
  close();
}

/** "38,5", "38 grader", "100.4 F": a measured temperature, a fact even inside a question. */
function measuredAt(tokens: Token[], k: number): boolean {
  const value = tokens[k]?.number;
  if (value === undefined) return false;
  if (tokens[k]?.decimals && value >= 34 && value <= 44.5) return true;
  return /^(grader|gradar|degrees|°|c|f)$/.test(tokens[k + 1]?.text ?? '');
}

/** "vet ikke om", "not sure if", "usikker på om": what follows is in doubt, and read as said. */
function doubted(tokens: Token[], k: number, start: number): boolean {
  let doubt = false;
  let negation = false;
  for (let j = Math.max(start, k - 4); j < k; j += 1) {
    const word = tokens[j]?.text ?? '';
    if (DOUBT.has(word)) doubt = true;
    if (UNSURE.has(word)) return true;
    const tags = tagsOf(word);
    if (tags.has('negation')) negation = true;
  }
  return doubt && negation;
}

export function has(word: Word | undefined, tag: Tag): boolean {
  return word !== undefined && word.tags.has(tag);
}

/** There and not denied. */
export function affirmed(word: Word | undefined, tag: Tag): boolean {
  return word !== undefined && word.tags.has(tag) && !word.negated;
}

/** Said not to be there: "puster ikke", "ingen våte bleier". */
export function denied(word: Word | undefined, tag: Tag): boolean {
  return word !== undefined && word.tags.has(tag) && word.negated;
}

/** Some word with `tag` from `before` words before index `i` to `after` words after it. */
export function near(clause: Clause, i: number, tag: Tag, before: number, after: number, onlyAffirmed = false): boolean {
  if (!clause.tags.has(tag)) return false;
  const from = Math.max(0, i - before);
  const to = Math.min(clause.words.length - 1, i + after);
  for (let j = from; j <= to; j += 1) {
    const word = clause.words[j];
    if (j !== i && word && word.tags.has(tag) && (!onlyAffirmed || !word.negated)) return true;
  }
  return false;
}

const SUBJECT_REACH = 6;

/**
 * Whom the word at `i` is about, by the nearest word for her or the baby before it in the clause
 * ("jeg er så trøtt og hun sover" is her tiredness); 'unknown' when none comes before it.
 */
export function subjectOf(clause: Clause, i: number): 'mother' | 'baby' | 'unknown' {
  for (let j = i - 1; j >= 0 && i - j <= SUBJECT_REACH; j -= 1) {
    const word = clause.words[j];
    if (word?.tags.has('baby')) return 'baby';
    if (word?.tags.has('mother')) return 'mother';
  }
  return 'unknown';
}

/** About her own body, as far as the words say: such words never alarm for the baby. */
export function aboutHer(clause: Clause, i: number): boolean {
  return subjectOf(clause, i) === 'mother';
}

const facts = new WeakMap<Clause, Map<string, boolean>>();

/** A fact about a whole clause, worked out once: asked per word it would make a long paste quadratic. */
export function clauseFact(clause: Clause, name: string, compute: () => boolean): boolean {
  let known = facts.get(clause);
  if (!known) {
    known = new Map();
    facts.set(clause, known);
  }
  const fact = known.get(name);
  if (fact !== undefined) return fact;
  const computed = compute();
  known.set(name, computed);
  return computed;
}

/** Some word with one of `tags` passes the test; clauses without them are not looked into. */
export function someTagged(reading: Reading, tags: Tag | readonly Tag[], test: (clause: Clause, word: Word, i: number) => boolean): boolean {
  const wanted: readonly Tag[] = typeof tags === 'string' ? [tags] : tags;
  for (const clause of reading.clauses) {
    if (!wanted.some((tag) => clause.tags.has(tag))) continue;
    for (let i = 0; i < clause.words.length; i += 1) {
      const word = clause.words[i];
      if (word && wanted.some((tag) => word.tags.has(tag)) && test(clause, word, i)) return true;
    }
  }
  return false;
}

/** Some word of some clause passes the test. */
export function someWord(reading: Reading, test: (clause: Clause, word: Word, i: number) => boolean): boolean {
  for (const clause of reading.clauses) {
    for (let i = 0; i < clause.words.length; i += 1) {
      const word = clause.words[i];
      if (word && test(clause, word, i)) return true;
    }
  }
  return false;
}
