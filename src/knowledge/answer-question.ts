import type { SearchOptions, SearchResult } from 'minisearch';
import type { RedFlagCode } from '../mother/events';
import type { Locale } from '../mother/profile';
import { MAX_SCAN_CHARS } from '../language/normalize';
import { detectRedFlag } from '../language/red-flags';
import { foldWord } from '../language/fold-text';
import { isCanonicalTerm, isNumberTerm, isWeakTerm, termsOf, termsOfWord, wordsOf } from './analyzer';
import { definedTopic } from './definition-question';
import { FAMILY_ACT_BOOST, isFamilyActTerm, isFamilyNameTerm } from './family-act';
import { isOtherAct } from './feeding-act';
import { aboutHerBodyOrTheBabysHealth, toldTheBabysBreathing } from './her-own-body';
import { howOftenOfTheAct, isFrequencyTopic } from './how-often-of-the-act';
import { herWordsRead } from './her-words-read';
import { learnedReadingOfWords } from './learned-reading';
import { isOutsideWherever, outsideSubjectOf, type OutsideSubject } from './outside-subjects';
import { familyOf, isTopicId, type TopicId } from './topic-ids';
import { FIELD_BOOST, topicIndex, VOCABULARY_FIELDS } from './topic-index';
import { byNeedForAction } from './topic-priority';

export interface TopicMatch {
  /** The best topic, or null when no topic fits well enough: then decline honestly. */
  topic: TopicId | null;
  /** Confidence in `topic`, from 0 to 1. */
  score: number;
  /** Topics as close as the best one: offer them beside `topic` ("did you mean?"). */
  alternatives: TopicId[];
  /** Her second concern in the same message: offered after the answer to the first (or after a decline). */
  offer: TopicId | null;
  /** Declined because the question is about this subject: close to a topic, but outside them all. */
  outside: OutsideSubject | null;
  /** No topic fits well enough, but these hold a good part of her words: she is asked, never answered. */
  guesses: TopicId[];
}

export interface QuestionAnswer extends TopicMatch {
  /** A red flag in the same message: answer that first. */
  urgent: RedFlagCode | null;
}

/** From this share of her words in the best topic (below MIN_COVERAGE), the two best are offered as a question. */
const GUESS_COVERAGE = 0.4;
const MAX_GUESSES = 2;
/** Below this share of her meaningful words found in the best topic, we decline. */
const MIN_COVERAGE = 0.6;
/** A close runner-up's words count as found only when the best topic holds this share of hers by itself. */
const MIN_OWN_COVERAGE = 0.5;
/** A raw relevance under this is a chance match on one common word. */
const MIN_RAW_SCORE = 4;
/** How far down the ranking a topic holding enough of her words may answer when the first ones do not. */
const FURTHER_CANDIDATES = 4;
/** Raw scores around this and above are a confident match. */
const FULL_RAW_SCORE = 20;
/**
 * The learned reading's chance of a topic from which it overrules the rules: even odds, and more where
 * every word of hers is in the rules' topic (chosen on sets C-I and on parts of the examples held out).
 */
const EVEN_ODDS = 0.5;
const OVER_A_FULL_MATCH = 0.8;
/** …and at least twice the rules' topic's chance. */
const TWICE = 2;
/** A runner-up within this share of the best score is close enough to offer. */
const CLOSE_RATIO = 0.85;
/**
 * A weak word («every», «time», «again») helps pick between topics that hold her other words, but
 * weighs less than they do: it must not carry a question to a topic that lacks them. The question
 * words (why, how, when, how often, how long, how much) keep their full weight: they are what tells
 * close topics apart («hvorfor» or «hvordan» håndmelking).
 */
const WEAK_TERM_BOOST = 0.5;
const QUESTION_SHAPE_TERMS = new Set(['hvorfor', 'hvordan', 'når', 'ofte', 'lenge', 'mye'].flatMap(termsOfWord));
const weakTermBoost = (term: string): number =>
  isWeakTerm(term) && !QUESTION_SHAPE_TERMS.has(term) ? WEAK_TERM_BOOST : isFamilyActTerm(term) ? FAMILY_ACT_BOOST : 1;
/** Her question words open her question: «hvor ofte», «how long should I». */
const ASKING_WORDS_AT_START = 3;
/** Typos: one edit in words of 6+ letters, two in words of 9+. */
const fuzziness = (term: string): number => (term.length >= 9 ? 2 : term.length >= 6 ? 1 : 0);

const SEARCH_OPTIONS: SearchOptions = { boost: { ...FIELD_BOOST }, boostTerm: weakTermBoost, fuzzy: fuzziness, prefix: (term) => term.length >= 5 && !isCanonicalTerm(term), combineWith: 'OR' };

/**
 * The topic's own vocabulary (not its answer's prose, where «ofte» is an adverb) holds every word of
 * this part of her message that tells topics apart: its question words («hvor ofte», «hvordan») in the
 * topic itself, its content words in the topic or its family (the six hand-expression topics share the
 * act: «klemte i ti min, og fikk bare to dråper» is one question about how much). Then the part is a
 * clause of a question about that topic («…, betyr det noe for ammingen»), not a concern of its own
 * («…, og hvor ofte skal jeg pumpe»).
 */
function explains(topic: TopicId, concern: string): boolean {
  const termsFoundIn = (inTopic: (candidate: TopicId) => boolean): Set<string> =>
    new Set(
      topicIndex()
        .search(concern, { ...SEARCH_OPTIONS, fields: [...VOCABULARY_FIELDS], filter: (candidate) => inTopic(candidate.id as TopicId) })
        .flatMap((result) => result.queryTerms),
    );
  const inTopic = termsFoundIn((candidate) => candidate === topic);
  const inFamily = termsFoundIn((candidate) => familyOf(candidate) === familyOf(topic));
  // A word no topic knows («section», «yesterday») tells no other topic: it does not make the part a concern of its own.
  const inAny = termsFoundIn(() => true);
  return termsOf(concern).every((term) =>
    QUESTION_SHAPE_TERMS.has(term) ? inTopic.has(term) : isWeakTerm(term) || inFamily.has(term) || !inAny.has(term),
  );
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const asksShape = (term: string): boolean => QUESTION_SHAPE_TERMS.has(term);

const noTopic = (): TopicMatch => ({ topic: null, score: 0, alternatives: [], offer: null, outside: null, guesses: [] });

function match(text: string): TopicMatch {
  const declined = noTopic();
  const defined = definedTopic(concernsOf(text)[0] ?? '');
  if (defined) return { ...declined, topic: defined, score: 1 };
  const contentTerms = new Set(termsOf(text).filter((term) => !isWeakTerm(term)));
  if (contentTerms.size === 0) return declined;

  const herTerms = termsOf(text);
  const results: SearchResult[] = [];
  for (const result of topicIndex().search(text, SEARCH_OPTIONS)) if (!isOtherAct(result.id as TopicId, herTerms)) results.push(result);
  const [first] = results;
  if (!first || !isTopicId(String(first.id))) return declined;

  // Her meaningful words, each once: a compound is one word of hers, found by itself or by its parts.
  const words = new Map<string, readonly string[]>();
  for (const terms of wordsOf(text).map(termsOfWord)) {
    const [whole, ...parts] = terms;
    if (whole !== undefined && !isWeakTerm(whole)) words.set(whole, parts.filter((term) => !isWeakTerm(term)));
  }
  // A compound is what its last part is («melke|maskin» is a machine, the pump): found by that part, it is found.
  const creditIn = (whole: string, parts: readonly string[], found: ReadonlySet<string>): number =>
    found.has(whole) || (parts.length > 1 && found.has(parts.at(-1)!)) ? 1 : parts.length ? parts.filter((part) => found.has(part)).length / parts.length : 0;
  const coverageIn = (found: ReadonlySet<string>, leavingOut: (term: string) => boolean = () => false): number => {
    const credits = [...words].filter(([whole]) => !leavingOut(whole)).map(([whole, parts]) => [whole, creditIn(whole, parts, found)] as const);
    const counted = credits.filter(([whole, credit]) => !isNumberTerm(whole) || credit > 0);
    return counted.length ? counted.reduce((sum, [, credit]) => sum + credit, 0) / counted.length : 0;
  };
  // Of the candidates close to the first, the one that holds most of her own words answers («her cheeks suck in
  // when feeding»: the cheeks are the latch's, though «when feeding» ranks sore nipples a little higher). Within
  // one family, the word that names the family («for hånd») tells none apart: «korleis samlar eg opp råmjølka når
  // eg mjølkar ut for hand» is collecting, whose own word is «samle».
  const closeOnes: SearchResult[] = [];
  for (const result of results.slice(1)) if (isTopicId(String(result.id)) && result.score >= first.score * CLOSE_RATIO) closeOnes.push(result);
  const sameFamily = (result: SearchResult): boolean => familyOf(result.id as TopicId) === familyOf(first.id as TopicId);
  const family = familyOf(first.id as TopicId);
  const namesFamily = (term: string): boolean => isFamilyNameTerm(family, term);
  const heldBy = (result: SearchResult): readonly [number, number] => {
    const found = new Set(result.queryTerms);
    return [coverageIn(found), sameFamily(result) ? coverageIn(found, namesFamily) : coverageIn(found)];
  };
  // What her question opens by asking («how often») comes first: a topic that holds it is not given up for one
  // that holds one word more («når» later in it is mostly «when I…», no question).
  const asked = new Set(termsOf(wordsOf(text).slice(0, ASKING_WORDS_AT_START).join(' ')).filter(asksShape));
  const shapeHeld = (result: SearchResult): number => result.queryTerms.filter((term) => asked.has(term)).length;
  const holdsMore = (a: SearchResult, b: SearchResult): boolean => {
    if (shapeHeld(a) !== shapeHeld(b)) return shapeHeld(a) > shapeHeld(b);
    const [[all, own], [allB, ownB]] = [heldBy(a), heldBy(b)];
    return all > allB || (all === allB && sameFamily(a) && own > ownB);
  };
  const closest = closeOnes.reduce((chosen, result) => (holdsMore(result, chosen) ? result : chosen), first);
  const runnerUp = closest === first ? closeOnes[0] : first;
  // With two close candidates, her words may be split between them: both count as found, when the
  // best holds half of them itself (else the best is a guess from one common word: «fødselen»).
  const coverageOf = (chosen: SearchResult, other: SearchResult | undefined): number => {
    const inChosen = new Set(chosen.queryTerms);
    const split = other && coverageIn(inChosen) >= MIN_OWN_COVERAGE;
    return coverageIn(split ? new Set([...inChosen, ...other.queryTerms]) : inChosen);
  };
  // When the closest holds too few of her words to answer, a topic a little further down, matched with
  // confidence, that holds enough of them answers instead («how do I catch the drops»: the drops rank how much
  // first, catching them is giving's).
  const further =
    coverageOf(closest, runnerUp) >= MIN_COVERAGE
      ? undefined
      : results
          .slice(1, FURTHER_CANDIDATES)
          .filter((result) => result !== closest && isTopicId(String(result.id)) && result.score >= FULL_RAW_SCORE)
          .filter((result) => coverageOf(result, undefined) >= MIN_COVERAGE && holdsMore(result, closest))
          .reduce<SearchResult | undefined>((chosen, result) => (!chosen || holdsMore(result, chosen) ? result : chosen), undefined);
  const best = further ?? closest;
  const close = further ? undefined : runnerUp;
  const coverage = coverageOf(best, close);
  const score = round(coverage * Math.min(1, best.score / FULL_RAW_SCORE));
  if (best.score < MIN_RAW_SCORE) return { ...declined, score };
  if (coverage < MIN_COVERAGE) {
    const guesses = coverage >= GUESS_COVERAGE ? [best, ...results.filter((r) => r !== best)].map((r) => String(r.id)).filter(isTopicId).slice(0, MAX_GUESSES) : [];
    return { ...declined, score, guesses };
  }

  return { ...declined, topic: best.id as TopicId, score, alternatives: close ? [close.id as TopicId] : [] };
}

const MAX_CONCERNS = 8;
/** Where one concern ends and the next may begin: a clause mark, or "og", "and", "men", "også"… between them. */
const CONCERN_BREAK = /[.,!?;:](?=\s|$)|\n+|\s(?:og|and|men|but|også|òg|also|samt|dessuten|plus)\s/iu;
/** A concern says something of its own: two terms at least, one of them more than a "how" or "when"… */
const MIN_CONCERN_TERMS = 2;
/** …or it is a question of its own ("hva er barnebek"). */
const QUESTION_WORDS = new Set(['hva', 'hvordan', 'hvorfor', 'når', 'hvor', 'hvem', 'hvilken', 'hvilke', 'kva', 'korleis', 'kvifor', 'kor', 'kven', 'kvar', 'what', 'how', 'why', 'when', 'where', 'who', 'which'].map(foldWord));

/**
 * A part that asks about what the part before it said, pointing back to it («…, er det ordentlig melk»,
 * «…, is that a good sign», «…, betyr det noe»): a clause of that concern, never a second concern.
 */
const POINTS_BACK = /^\s*(?:er|var|blir|vert|betyr|tyder|kan|skal|is|was|does|did|could|can|will|would|means?)\s+(?:det|dette|denne|that|this|it)\b/iu;

/** A part that opens with «eller», «or» («…, eller kan de vente») is the other side of the question before it. */
const OTHER_SIDE = /^\s*(?:eller|or)\b/iu;

const pointsBack = (concern: string, at: number): boolean => at > 0 && (POINTS_BACK.test(concern) || OTHER_SIDE.test(concern));

/** «mellom helsestasjonen og fastlegen», «between the clinic and my GP»: the two of a pair, one concern. */
const PAIR = /(\b(?:mellom|between|både|baade|both)\s+[^.,!?;:\n]{1,40}?)\s(?:og|and)\s/giu;

function concernsOf(question: string): string[] {
  return question.replace(PAIR, '$1 & ').split(CONCERN_BREAK).filter((part) => part.trim()).slice(0, MAX_CONCERNS);
}

function saysEnough(concern: string): boolean {
  const terms = termsOf(concern);
  // A number by itself («han er 3 døgn», «she is 3 days old») says how many or how old, and asks nothing of its own.
  if (!terms.some((term) => !isWeakTerm(term) && !isNumberTerm(term))) return false;
  return terms.length >= MIN_CONCERN_TERMS || QUESTION_WORDS.has(foldWord(wordsOf(concern)[0] ?? ''));
}

/**
 * Two concerns or more, each in its own part of the message and each fitting a different topic: the
 * one that needs action first is answered, the next is offered.
 */
interface Part {
  concern: string;
  match: TopicMatch;
}

/** The parts of her message that fit a topic by themselves. */
function partsWithTopics(parts: readonly Part[]): Part[] {
  return parts.filter(({ concern, match: m }, at) => m.topic && !outsideSubjectOf(concern) && saysEnough(concern) && !pointsBack(concern, at));
}

function twoConcerns(parts: readonly Part[]): TopicMatch | undefined {
  const found = partsWithTopics(parts);
  const topics = [...new Set(found.map(({ match: m }) => m.topic!))];
  if (topics.length < 2) return undefined;
  const [first, second] = byNeedForAction(topics);
  const score = found.find(({ match: m }) => m.topic === first)?.match.score ?? 0;
  return { ...noTopic(), topic: first!, score, offer: second! };
}

/**
 * Finds the topic of a free question (nb, nn or en); the index holds all three languages, so
 * mixed or misjudged text still finds its topic. A question about a subject close to a topic but
 * outside it (tongue-tie, medicines…) is declined by that subject's name. Two concerns in one
 * message: the one that needs action first is the topic, the other is offered. When the whole
 * message fits no topic, each part is tried on its own: "hun har feber, når kommer melken" still
 * finds its question. The bot calls this once her message has passed the red-flag check.
 */
export function findTopic(text: string): TopicMatch {
  if (typeof text !== 'string') return noTopic();
  // A question is short; like understand(), only the start of a long paste is searched.
  const start = text.slice(0, MAX_SCAN_CHARS);
  const question = herWordsRead(start);
  return withLearnedReading(ruledTopic(question), question);
}

/**
 * Her own body or the baby's health, in her words as findTopic reads them: no topic covers it, so the dialogs
 * decline it honestly even when she told it without asking.
 */
export function outsideEveryTopic(text: string): boolean {
  if (typeof text !== 'string') return false;
  const read = herWordsRead(text.slice(0, MAX_SCAN_CHARS));
  return aboutHerBodyOrTheBabysHealth(read) || toldTheBabysBreathing(read);
}

/** The topic by the term lists and the rules of how questions are shaped. */
function ruledTopic(question: string): TopicMatch {
  const found = topicOf(question);
  if (found.outside || (found.offer && !isFrequencyTopic(found.offer))) return found;
  // «How often» is about the one act she names anywhere in her message: a part that only names the act («I'm on
  // the machine») is no concern of its own beside it.
  const often = howOftenOfTheAct(question, found.topic);
  if (!often || often === found.topic) return found;
  const offer = found.offer === often ? null : found.offer;
  return { ...found, topic: often, score: Math.max(found.score, MIN_COVERAGE), alternatives: found.topic ? [found.topic] : [], offer, guesses: [] };
}

/**
 * The example questions (examples/) lead where their reading and the rules part: a topic the reading holds
 * at least even odds for answers, also where the rules were unsure. The rules keep what the examples cannot
 * tell: a subject declined by its name, a question about her own body or the baby's health (declined with
 * no score), and a definition. Where the reading finds her question outside every topic, the rules decide.
 */
function withLearnedReading(found: TopicMatch, question: string): TopicMatch {
  if (found.outside || (!found.topic && found.score === 0) || definedTopic(concernsOf(question)[0] ?? '')) return found;
  const reading = learnedReadingOfWords(question);
  const [likeliest] = reading;
  if (!likeliest || likeliest.label === 'outside' || likeliest.label === found.topic) return found;
  if (likeliest.chance < (found.score === 1 ? OVER_A_FULL_MATCH : EVEN_ODDS)) return found;
  if (found.topic && likeliest.chance < TWICE * (reading.find(({ label }) => label === found.topic)?.chance ?? 0)) return found;
  // Two concerns are two when a part of her message, read alone, asks about the first.
  if (found.offer && concernsOf(question).some((part) => learnedReadingOfWords(part)[0]?.label === found.topic)) return found;
  // Where the rules were torn between two and would ask, she is still asked, the reading's topic first.
  const alternatives = found.topic && found.alternatives.length ? [found.topic] : [];
  return { ...found, topic: likeliest.label, alternatives, offer: found.offer === likeliest.label ? null : found.offer, guesses: [] };
}

function topicOf(question: string): TopicMatch {
  const concerns = concernsOf(question);
  // One part is the whole message: it is read once, below.
  const parts = concerns.length > 1 ? concerns.map((concern) => ({ concern, match: match(concern) })) : [];
  const subject = outsideSubjectOf(question);
  if (subject && isOutsideWherever(subject, question)) {
    // Another part that fits a topic by itself is offered after the decline.
    const [other] = partsWithTopics(parts);
    return { ...noTopic(), outside: subject, offer: other?.match.topic ?? null };
  }
  if (aboutHerBodyOrTheBabysHealth(question)) return noTopic();
  const two = twoConcerns(parts);
  const whole = match(question);
  // The whole message's topic explains every part: one concern in clauses, even when it is told in
  // fragments that no part names alone («heavy and aching on day 3»).
  const topical = partsWithTopics(parts);
  const wholeTopic = whole.topic;
  const oneConcern = two && wholeTopic && topical.every(({ concern, match: m }) => m.topic === wholeTopic || explains(wholeTopic, concern));
  if (two && !oneConcern) return two;
  // A part that only mentions sleep on the way ("hun sovner ved brystet, hvor ofte skal jeg amme")
  // is left out: the whole message would mix its words into another topic (engorgement).
  const [single, ...others] = subject ? partsWithTopics(parts) : [];
  if (single && !others.length && single.match.topic !== whole.topic) return single.match;
  if (whole.topic) {
    // «bleiene er grønne, kan det bety at hun får for lite»: the whole is answered, what the clause asks is offered.
    const clause = parts.find(({ concern, match: m }, at) => pointsBack(concern, at) && m.topic && m.topic !== whole.topic && saysEnough(concern));
    return clause ? { ...whole, offer: clause.match.topic } : whole;
  }
  const best = parts.map((part) => part.match).reduce((a, b) => ((b.topic && (!a.topic || b.score > a.score)) ? b : a), whole);
  if (best.topic) return best;
  return subject ? { ...best, outside: subject, guesses: [] } : best;
}

/**
 * A free question on its own (the `ask` command line, the evaluation set): its topic, and any
 * red flag in it, which comes first. `locale` is accepted for callers that know it.
 */
export function answerQuestion(text: string, _locale: Locale = 'nb'): QuestionAnswer {
  return { ...findTopic(text), urgent: detectRedFlag(text) };
}
