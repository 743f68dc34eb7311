import type { RedFlagCode } from '../mother/events';
import { foldWord, foldedTokens, isClauseMark } from '../knowledge/fold-text';

/**
 * Spots the urgent and emergency signs of RULES.md in a free-text message (nb, nn, en).
 * It runs on every message, so it is a single pass over the words with small, bounded
 * look-arounds: linear in the length of the text, and it never throws.
 */

type Tag =
  | 'neg' | 'want' | 'hard' | 'intens' | 'mother' | 'baby' | 'copula' | 'body' | 'localBody' | 'stool'
  | 'breath' | 'stopVerb' | 'breathHard' | 'breathless' | 'respond' | 'unresponsive'
  | 'blue' | 'bluish' | 'seizure' | 'bleed' | 'heavy' | 'faint' | 'chest' | 'pain' | 'breastSingular'
  | 'nursing' | 'side' | 'fever' | 'tempContext' | 'chills' | 'red' | 'breast' | 'mastitis'
  | 'tired' | 'sleep' | 'lethargic' | 'wakeT' | 'wakeI' | 'feedVerb' | 'refuse'
  | 'jaundice' | 'yellow' | 'early' | 'dayish' | 'vomit' | 'green' | 'wet' | 'dry' | 'diaper'
  | 'duration' | 'hoursUnit' | 'none';

/** Words end in `*` when every word starting so counts. Written with æøå; folded when loaded. */
const LEXICON: Record<Tag, string[]> = {
  neg: ['ikke', 'ikkje', 'ikk', 'ike', 'ingen', 'inga', 'intet', 'ingenting', 'not', 'no', 'never', 'aldri', 'uten', 'utan', 'without', 'isnt', 'doesnt', 'dont', 'didnt', 'wont', 'cant', 'cannot', 'hasnt', 'havent', 'wasnt', 'arent', 'nothing', 'verken', 'neither', 'nor'],
  want: ['vil', 'ville', 'want', 'wants', 'ønsker', 'ynskjer', 'trenger', 'treng', 'need', 'bør', 'should', 'tør', 'orker'],
  hard: ['vanskelig', 'vanskeleg', 'vond', 'hard', 'difficult', 'umulig', 'umogleg', 'impossible', 'tung', 'tungt'],
  intens: ['veldig', 'svært', 'svært', 'ekstremt', 'very', 'so', 'unusually', 'unormalt', 'uvanleg', 'uvanlig', 'altfor', 'too', 'extremely', 'kjempe', 'helt', 'really'],
  mother: ['jeg', 'eg', 'meg', 'my', 'me', 'myself', 'im', 'ive', 'mamma', 'mor'],
  baby: ['hun', 'han', 'ho', 'babyen', 'baby', 'barnet', 'babyen', 'gutten', 'jenta', 'sønnen', 'datteren', 'dottera', 'dattera', 'minsten', 'vesla', 'she', 'he', 'shes', 'hes', 'newborn', 'nyfødt*', 'spedbarn*', 'lillegutt*', 'lillejent*', 'lillemann*'],
  copula: ['er', 'ble', 'blir', 'vart', 'var', 'vert', 'blitt', 'is', 'was', 'turned', 'turning', 'turns', 'went', 'goes', 'looks', 'look', 'ser', 'became', 'gone', 'got', 'getting'],
  body: ['lepper', 'leppene', 'leppane', 'lips', 'ansikt', 'ansiktet', 'face', 'hud', 'huden', 'skin', 'munn', 'munnen', 'mouth', 'farge', 'fargen', 'color', 'colour', 'tunge', 'tunga', 'negler', 'neglene', 'øyne', 'øynene', 'augo', 'auga', 'eyes', 'kropp', 'kroppen', 'body', 'fjes', 'fjeset'],
  localBody: ['mage', 'magen', 'livmor*', 'legg', 'leggen', 'leggene', 'fot', 'foten', 'føttene', 'rygg*', 'tummy', 'stomach', 'belly', 'uterus', 'leg', 'legs', 'etterri*', 'underliv*', 'tå', 'tær', 'hånd', 'hånda', 'hånden'],
  stool: ['bæsj*', 'bajs*', 'avføring*', 'avføringa', 'bleie*', 'bleia', 'stool*', 'poo', 'poop*', 'pooey', 'soiled', 'diaper*', 'nappy', 'nappies', 'tiss', 'urin*', 'barnebek', 'mekonium', 'meconium', 'melk*', 'mjølk*', 'kolostrum', 'råmelk*', 'råmjølk*', 'colostrum'],
  breath: ['puster', 'puste', 'pust', 'pusten', 'pustar', 'pusta', 'breathing', 'breathe', 'breath', 'breathes', 'respirasjon*'],
  stopVerb: ['sluttet', 'slutta', 'stopped', 'stoppet', 'stoppa', 'slutter', 'stops'],
  breathHard: ['tungt', 'tung', 'anstreng*', 'strever', 'strevar', 'struggling', 'struggles', 'hard', 'vanskelig', 'vanskeleg', 'difficulty', 'trouble', 'short', 'laboured', 'labored', 'gisper', 'gasping', 'gasps'],
  breathless: ['pustebesvær*', 'pustevansk*', 'andpust*', 'kortpust*', 'tungpust*', 'breathless*', 'pustestopp*', 'pustepause*'],
  respond: ['reagerer', 'reagere', 'reagerar', 'reagert', 'responding', 'respond', 'responds', 'responsive', 'responsiv', 'reaksjon'],
  unresponsive: ['livløs', 'livlaus', 'bevisstløs', 'medvitslaus', 'bevistløs', 'unresponsive', 'lifeless', 'unconscious'],
  blue: ['blå', 'blått', 'blåe', 'blue', 'grå', 'grått', 'gråe', 'grey', 'gray', 'blåaktig', 'gråaktig'],
  bluish: ['blålig', 'blåleg', 'blåfarget', 'blåfarga', 'gråblek', 'bluish', 'greyish', 'grayish', 'cyanotic', 'cyanose', 'zyanose'],
  seizure: ['kramp*', 'krampar', 'seizure*', 'convuls*', 'fitting', 'krampeanfall'],
  bleed: ['blør', 'bløder', 'blødning*', 'blødde', 'blod', 'blodet', 'bleeding', 'bleed', 'bleeds', 'blood', 'blødningar'],
  heavy: ['mye', 'masse', 'kraftig*', 'veldig', 'heavy', 'heavily', 'lot', 'lots', 'stor', 'store', 'sterk*', 'mykje', 'voldsom*', 'enormt', 'much', 'fosser', 'gjennom', 'through', 'klumper', 'clots', 'storblødning'],
  faint: ['besvim*', 'svim*', 'dånet', 'dåna', 'faint*', 'passed', 'passing', 'svartn*', 'svimmel', 'svimmer', 'svimmelheit', 'dizzy', 'lightheaded', 'kollaps*', 'collapse*', 'tuppa'],
  chest: ['chest', 'brystkass*', 'brystsmert*'],
  pain: ['vondt', 'vondt', 'vondt', 'smerte*', 'smerter', 'pain', 'painful', 'hurts', 'hurt', 'trykk', 'press', 'stikker', 'verk', 'tight', 'tightness', 'klemmer', 'aching', 'ache'],
  breastSingular: ['brystet'],
  nursing: ['amme*', 'ammer', 'suger', 'suge', 'sugetak', 'vorte*', 'brystvort*', 'melk*', 'mjølk*', 'pump*', 'klump*', 'spreng*', 'breastfeed*', 'nipple*', 'latch*', 'breasts', 'brystene', 'bryster', 'brysta', 'dier', 'die', 'hard', 'hardt', 'rødt', 'rød', 'mastitt', 'brystbetennelse*'],
  side: ['høyre', 'venstre', 'høgre', 'left', 'right', 'eine', 'ene'],
  fever: ['feber', 'feberen', 'febersyk', 'febril', 'fever', 'feverish', 'fevers'],
  tempContext: ['temp', 'tempen', 'temperatur*', 'temperature', 'grader', 'gradar', 'degrees', 'målt', 'målte', 'measured', 'feber', 'fever', 'c', 'celsius', 'termometer*', 'thermometer'],
  chills: ['frysning*', 'frysningar', 'frostri*', 'fryser', 'frys', 'skjelv*', 'skjelver', 'skjelvingar', 'chill*', 'shiver*', 'shaking', 'rigor*', 'rigour*'],
  red: ['rød', 'rødt', 'røde', 'rødme', 'rødhet', 'rødlig', 'raud', 'raudt', 'raude', 'red', 'redness', 'reddish', 'flushed'],
  breast: ['bryst*', 'breast*'],
  mastitis: ['brystbetennelse*', 'mastitt*', 'mastitis'],
  tired: ['trøtt', 'trøtte', 'trøytt', 'trøyt', 'søvnig', 'søvnug', 'døsig', 'sleepy', 'drowsy', 'tired', 'trett'],
  sleep: ['sover', 'sove', 'sov', 'søv', 'sleeps', 'sleeping'],
  lethargic: ['slapp', 'slappe', 'sløv', 'sløve', 'lethargic', 'floppy', 'limp', 'apatisk', 'apathetic', 'slapt', 'livlaus'],
  wakeT: ['vekke', 'vekkes', 'vekket', 'vekka', 'vekkje', 'wake', 'waking', 'woke', 'rouse'],
  wakeI: ['våkne', 'våkner', 'våknar', 'vakne', 'våkna', 'wakes'],
  feedVerb: ['die', 'dier', 'diet', 'diar', 'spise', 'spiser', 'spist', 'ete', 'eter', 'drikke', 'drikker', 'drukket', 'drikk', 'feed', 'feeding', 'feeds', 'fed', 'eat', 'eating', 'eaten', 'suge', 'suger', 'sugd', 'suck', 'sucking', 'nurse', 'nursing', 'maten', 'mat', 'food', 'måltid'],
  refuse: ['nekter', 'nektar', 'nekta', 'refuses', 'refusing', 'refuse', 'refused'],
  jaundice: ['gulsott*', 'gulsot', 'jaundice*', 'icterus', 'ikterus'],
  yellow: ['gul', 'gule', 'gult', 'yellow', 'gulaktig', 'gulleg', 'gulig', 'yellowish', 'gulfarget'],
  early: ['første', 'fyrste', 'first'],
  dayish: ['døgn', 'døgnet', 'døgeret', 'dag', 'dagen', 'day', '24', 'timene', 'hours', 'timar', 'timer', '1'],
  vomit: ['oppkast*', 'kaster', 'kastet', 'kasta', 'kast', 'gulp*', 'spy', 'spyr', 'spydde', 'spyar', 'vomit*', 'throwing', 'threw', 'puke*', 'puking', 'sick', 'brekk*'],
  green: ['grønn', 'grønt', 'grønne', 'grønnaktig', 'grønleg', 'grønlig', 'green', 'greenish', 'galle*', 'bile'],
  wet: ['våt', 'våte', 'vått', 'tiss', 'tisset', 'tissa', 'tisse', 'tisser', 'tissar', 'wet', 'pee', 'peed', 'wee', 'weed', 'urine', 'urinated', 'urinert', 'urinere'],
  dry: ['tørr', 'tørre', 'tørt', 'dry'],
  diaper: ['bleie*', 'bleia', 'bleiar', 'diaper*', 'nappy', 'nappies'],
  duration: ['døgn', 'døgnet', 'døger', 'yesterday', 'går', 'hele', 'heile', 'all', 'whole'],
  hoursUnit: ['timer', 'timar', 't', 'h', 'hours', 'hrs', 'tima'],
  none: ['feberfri', 'feberfritt', 'febernedsettende', 'feberdempande', 'feverfree', 'blåbær', 'blåmerke', 'blabla'],
};

interface Lexicon {
  exact: Map<string, Set<Tag>>;
  prefixes: Map<number, Map<string, Set<Tag>>>;
  fuzzyExact: Map<string, Set<Tag>>;
}

const MIN_FUZZY_LENGTH = 6;

function deletionVariants(word: string): string[] {
  const variants = [word];
  for (let i = 0; i < word.length; i += 1) variants.push(word.slice(0, i) + word.slice(i + 1));
  return variants;
}

function addTag(map: Map<string, Set<Tag>>, key: string, tag: Tag): void {
  const tags = map.get(key) ?? new Set<Tag>();
  if (tag !== 'none') tags.add(tag);
  map.set(key, tags);
}

let lexicon: Lexicon | undefined;

function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const built: Lexicon = { exact: new Map(), prefixes: new Map(), fuzzyExact: new Map() };
  for (const [tag, words] of Object.entries(LEXICON) as [Tag, string[]][]) {
    for (const entry of words) {
      if (entry.endsWith('*')) {
        const prefix = foldWord(entry.slice(0, -1));
        const byLength = built.prefixes.get(prefix.length) ?? new Map<string, Set<Tag>>();
        addTag(byLength, prefix, tag);
        built.prefixes.set(prefix.length, byLength);
      } else {
        const word = foldWord(entry);
        addTag(built.exact, word, tag);
        if (word.length >= MIN_FUZZY_LENGTH && tag !== 'none') for (const v of deletionVariants(word)) addTag(built.fuzzyExact, v, tag);
      }
    }
  }
  lexicon = built;
  return built;
}

const NO_TAGS: ReadonlySet<Tag> = new Set();
const MAX_WORD = 40;

function tagsOf(word: string, lex: Lexicon): ReadonlySet<Tag> {
  const exact = lex.exact.get(word);
  // A listed word with no tag ("feberfri", "blåmerke") blocks the prefixes that would misread it.
  if (exact && exact.size === 0) return NO_TAGS;
  const found = new Set<Tag>(exact);
  for (const [length, byPrefix] of lex.prefixes) {
    const tags = word.length >= length ? byPrefix.get(word.slice(0, length)) : undefined;
    if (tags) for (const tag of tags) found.add(tag);
  }
  if (found.size === 0 && word.length >= MIN_FUZZY_LENGTH && word.length <= MAX_WORD) {
    // One typo (a letter missing, added, swapped or wrong): the two words share a one-deletion variant.
    for (const v of deletionVariants(word)) {
      const tags = lex.fuzzyExact.get(v);
      if (tags) for (const tag of tags) found.add(tag);
    }
  }
  return found.size ? found : NO_TAGS;
}

interface Word {
  text: string;
  tags: ReadonlySet<Tag>;
  number?: number;
}

type Clause = Word[];

const CLAUSE_WORDS = new Set(['men', 'but', 'however']);
/** "no" is a negation in English and the word for "now" in nynorsk. */
const ENGLISH_MARKERS = new Set(['the', 'is', 'she', 'he', 'my', 'has', 'and', 'have', 'it', 'of', 'her', 'his', 'baby', 'wet', 'fever', 'diapers', 'diaper']);
const UNITS_NOT_TEMPERATURE = new Set(['ml', 'g', 'gram', 'kg', 'cl', 'dl', 'min', 'minutter', 'minutes']);
const ENGLISH_I_VERBS = new Set(['am', 'have', 'had', 'feel', 'felt', 'was', 'got', 'keep', 'cant', 'can', 'think', 'dont', 'm', 've']);

function toClauses(text: string): Clause[] {
  const lex = loadLexicon();
  const cache = new Map<string, ReadonlySet<Tag>>();
  const clauses: Clause[] = [];
  let current: Clause = [];
  const tokens = foldedTokens(text);
  const english = tokens.some((token) => ENGLISH_MARKERS.has(token));
  tokens.forEach((token, index) => {
    if (isClauseMark(token) || CLAUSE_WORDS.has(token)) {
      if (current.length) clauses.push(current);
      current = [];
      return;
    }
    if (/^\d/.test(token)) {
      const isQuantity = UNITS_NOT_TEMPERATURE.has(tokens[index + 1] ?? '');
      current.push({ text: token, tags: tagsOf(token, lex), number: isQuantity ? undefined : Number(token.replace(',', '.')) });
      return;
    }
    let tags = cache.get(token);
    if (!tags) {
      tags = tagsOf(token, lex);
      cache.set(token, tags);
    }
    if (token === 'no' && !english) tags = NO_TAGS;
    if (token === 'i' && ENGLISH_I_VERBS.has(tokens[index + 1] ?? '')) tags = new Set<Tag>([...tags, 'mother']);
    current.push({ text: token, tags });
  });
  if (current.length) clauses.push(current);
  return clauses;
}

function has(word: Word | undefined, tag: Tag): boolean {
  return word !== undefined && word.tags.has(tag);
}

/** Is there a word with `tag` from `before` words before index `i` to `after` words after it, in the clause? */
function near(clause: Clause, i: number, tag: Tag, before: number, after: number): boolean {
  const from = Math.max(0, i - before);
  const to = Math.min(clause.length - 1, i + after);
  for (let j = from; j <= to; j += 1) if (j !== i && has(clause[j], tag)) return true;
  return false;
}

const CONJUNCTIONS = new Set(['og', 'and', 'eller', 'or', 'men', 'but', 'samt']);

/** A negation right after the word, as in "puster ikke" or "puster hun ikke", not past an "og". */
function negatedAfter(clause: Clause, i: number, maxAfter = 2): boolean {
  for (let j = i + 1; j <= Math.min(clause.length - 1, i + maxAfter); j += 1) {
    const word = clause[j];
    if (!word || CONJUNCTIONS.has(word.text)) return false;
    if (has(word, 'neg')) return true;
  }
  return false;
}

function negated(clause: Clause, i: number): boolean {
  return near(clause, i, 'neg', 3, 0);
}

/** The tags of each clause, gathered once: asking per word would make long pastes quadratic. */
const clauseTags = new WeakMap<Clause, ReadonlySet<Tag>>();

function clauseHas(clause: Clause, tag: Tag): boolean {
  let tags = clauseTags.get(clause);
  if (!tags) {
    const gathered = new Set<Tag>();
    for (const word of clause) for (const wordTag of word.tags) gathered.add(wordTag);
    tags = gathered;
    clauseTags.set(clause, tags);
  }
  return tags.has(tag);
}

function aboutMother(clause: Clause): boolean {
  return clauseHas(clause, 'mother') && !clauseHas(clause, 'baby');
}

/** A sign word that is there and not said to be absent ("ikke blå", "ingen feber"). */
function affirmed(clause: Clause, i: number, tag: Tag): boolean {
  return has(clause[i], tag) && !negated(clause, i);
}

function emergencyIn(clause: Clause): boolean {
  const mentionsNursing = clauseHas(clause, 'nursing');
  return clause.some((word, i) => {
    if (affirmed(clause, i, 'unresponsive') || affirmed(clause, i, 'breathless') || affirmed(clause, i, 'bluish')) return true;
    if (has(word, 'respond') && (near(clause, i, 'neg', 3, 0) || negatedAfter(clause, i))) return true;
    if (has(word, 'breath') && (near(clause, i, 'neg', 3, 0) || negatedAfter(clause, i) || near(clause, i, 'stopVerb', 3, 0) || near(clause, i, 'breathHard', 3, 2))) return true;
    if (affirmed(clause, i, 'blue') && (near(clause, i, 'body', 3, 3) || near(clause, i, 'copula', 2, 0))) return true;
    if (affirmed(clause, i, 'seizure') && !clauseHas(clause, 'localBody')) return true;
    if (has(word, 'chest') && !mentionsNursing && !negated(clause, i)) return true;
    if (has(word, 'breastSingular') && near(clause, i, 'pain', 3, 0) && !mentionsNursing && !clauseHas(clause, 'side')) return !near(clause, i, 'neg', 5, 0);
    return false;
  });
}

function heavyBleedingIn(clause: Clause): boolean {
  return clause.some((word, i) => affirmed(clause, i, 'bleed') && near(clause, i, 'heavy', 3, 3));
}

interface Fever {
  present: boolean;
  aboutMotherOnly: boolean;
}

const MIN_TEMPERATURE = 34;
const MAX_TEMPERATURE = 44;
const FEVER_FROM = 38;

function feverIn(clauses: Clause[]): Fever {
  let highest: number | undefined;
  let feverWord = false;
  let motherOnly = true;
  for (const clause of clauses) {
    clause.forEach((word, i) => {
      const value = word.number;
      const isTemperature =
        value !== undefined && value >= MIN_TEMPERATURE && value <= MAX_TEMPERATURE && (word.text.length > 2 || near(clause, i, 'tempContext', 3, 3));
      if (isTemperature) highest = Math.max(highest ?? 0, value);
      const isFeverWord = affirmed(clause, i, 'fever');
      if (isFeverWord) feverWord = true;
      if ((isTemperature && value >= FEVER_FROM) || isFeverWord) motherOnly &&= aboutMother(clause);
    });
  }
  const present = highest !== undefined ? highest >= FEVER_FROM : feverWord;
  return { present, aboutMotherOnly: present && motherOnly };
}

function sleepyIn(clause: Clause): boolean {
  return clause.some((word, i) => {
    if (has(word, 'wakeT') && (near(clause, i, 'hard', 3, 0) || (near(clause, i, 'neg', 4, 2) && !near(clause, i, 'want', 4, 0)))) return true;
    if (has(word, 'wakeI') && (near(clause, i, 'hard', 3, 0) || near(clause, i, 'neg', 3, 0) || negatedAfter(clause, i))) return true;
    if (aboutMother(clause)) return false;
    if (affirmed(clause, i, 'lethargic')) return true;
    return affirmed(clause, i, 'tired') && near(clause, i, 'intens', 2, 0);
  });
}

function notFeedingIn(clause: Clause): boolean {
  if (aboutMother(clause)) return false;
  return clause.some((word, i) => has(word, 'feedVerb') && (near(clause, i, 'neg', 3, 0) || negatedAfter(clause, i) || near(clause, i, 'refuse', 3, 0)));
}

function yellowSkinIn(clause: Clause): boolean {
  if (clauseHas(clause, 'stool')) return false;
  return clause.some(
    (word, i) =>
      affirmed(clause, i, 'jaundice') ||
      (affirmed(clause, i, 'yellow') && (near(clause, i, 'body', 3, 3) || near(clause, i, 'copula', 2, 0))),
  );
}

function earlyIn(clause: Clause): boolean {
  return clause.some((word, i) => has(word, 'early') && near(clause, i, 'dayish', 0, 2));
}

function sleepingIn(clause: Clause): boolean {
  return clause.some((word, i) => affirmed(clause, i, 'tired') || affirmed(clause, i, 'sleep') || affirmed(clause, i, 'lethargic'));
}

function greenVomitIn(clause: Clause): boolean {
  return clause.some((word, i) => affirmed(clause, i, 'vomit') && near(clause, i, 'green', 4, 4) && !near(clause, i, 'neg', 4, 0));
}

const DAY_HOURS = 24;

function noWetDiaperIn(clause: Clause): boolean {
  return clause.some((word, i) => (has(word, 'wet') && near(clause, i, 'neg', 4, 2)) || (has(word, 'dry') && near(clause, i, 'diaper', 2, 2)));
}

function fullDayIn(clause: Clause): boolean {
  return clause.some((word, i) => {
    if (word.number !== undefined) return word.number >= DAY_HOURS && has(clause[i + 1], 'hoursUnit');
    if (word.text === 'dogn' || word.text === 'dognet' || word.text === 'yesterday') return true;
    if (word.text === 'gar') return clause[i - 1]?.text === 'i';
    return has(word, 'duration') && /^(dagen|day|dag)$/.test(clause[i + 1]?.text ?? '');
  });
}

function breastRedIn(clause: Clause): boolean {
  return clause.some((word, i) => affirmed(clause, i, 'mastitis') || (affirmed(clause, i, 'red') && clauseHas(clause, 'breast')));
}

function chillsIn(clause: Clause): boolean {
  return clause.some((word, i) => affirmed(clause, i, 'chills'));
}

export interface RedFlagContext {
  /** Hours since her reported birth, when known: sharpens the time-bound signs. */
  hoursSinceBirth?: number;
}

const EARLY_JAUNDICE_HOURS = 36;
const WET_DIAPER_CHECK_FROM_HOURS = 72;

function detect(text: string, context: RedFlagContext): RedFlagCode | null {
  const clauses = toClauses(text);
  const any = (test: (clause: Clause) => boolean): boolean => clauses.some(test);

  if (any(emergencyIn)) return 'red-flag.emergency';
  if (any(heavyBleedingIn) && clauses.some((c) => c.some((w, i) => affirmed(c, i, 'faint')))) return 'red-flag.emergency';

  const fever = feverIn(clauses);
  if (fever.present && (!fever.aboutMotherOnly || any(chillsIn) || any(breastRedIn))) return 'red-flag.urgent';
  if (any(sleepyIn) || any(notFeedingIn) || any(greenVomitIn)) return 'red-flag.urgent';

  const hours = context.hoursSinceBirth;
  if (any(yellowSkinIn)) {
    const early = hours !== undefined ? hours < EARLY_JAUNDICE_HOURS : any(earlyIn);
    if (early || any(sleepingIn)) return 'red-flag.urgent';
  }
  if (any(noWetDiaperIn) && any(fullDayIn) && (hours === undefined || hours >= WET_DIAPER_CHECK_FROM_HOURS)) return 'red-flag.urgent';
  return null;
}

/** `red-flag.emergency` (call 113), `red-flag.urgent` (legevakt 116 117) or null. Emergency wins. */
export function detectRedFlag(text: string, context: RedFlagContext = {}): RedFlagCode | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  try {
    return detect(text, context);
  } catch {
    return null;
  }
}
