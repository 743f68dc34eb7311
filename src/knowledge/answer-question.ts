import type { RedFlagCode } from '../mother/events';
import type { Locale } from '../mother/profile';
import { MAX_SCAN_CHARS } from '../language/normalize';
import { detectRedFlag } from '../language/red-flags';
import { isNumberTerm, isWeakTerm, termsOf } from './analyzer';
import { isTopicId, type TopicId } from './topic-ids';
import { FIELD_BOOST, topicIndex } from './topic-index';

export interface TopicMatch {
  /** The best topic, or null when no topic fits well enough: then decline honestly. */
  topic: TopicId | null;
  /** Confidence in `topic`, from 0 to 1. */
  score: number;
  /** Topics as close as the best one: offer them beside `topic` ("did you mean?"). */
  alternatives: TopicId[];
}

export interface QuestionAnswer extends TopicMatch {
  /** A red flag in the same message: answer that first. */
  urgent: RedFlagCode | null;
}

/** Below this share of her meaningful words found in the best topic, we decline. */
const MIN_COVERAGE = 0.6;
/** A raw relevance under this is a chance match on one common word. */
const MIN_RAW_SCORE = 4;
/** Raw scores around this and above are a confident match. */
const FULL_RAW_SCORE = 20;
/** A runner-up within this share of the best score is close enough to offer. */
const CLOSE_RATIO = 0.85;
/** Typos: one edit in words of 6+ letters, two in words of 9+. */
const fuzziness = (term: string): number => (term.length >= 9 ? 2 : term.length >= 6 ? 1 : 0);

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const noTopic = (): TopicMatch => ({ topic: null, score: 0, alternatives: [] });

function match(text: string): TopicMatch {
  const declined = noTopic();
  const contentTerms = new Set(termsOf(text).filter((term) => !isWeakTerm(term)));
  if (contentTerms.size === 0) return declined;

  const results = topicIndex().search(text, {
    boost: { ...FIELD_BOOST },
    fuzzy: fuzziness,
    prefix: (term) => term.length >= 5,
    combineWith: 'OR',
  });
  const [best, runnerUp] = results;
  if (!best || !isTopicId(String(best.id))) return declined;

  const close = runnerUp && isTopicId(String(runnerUp.id)) && runnerUp.score >= best.score * CLOSE_RATIO ? runnerUp : undefined;
  // With two close candidates, her words may be split between them: both count as found.
  const found = new Set([...best.queryTerms, ...(close?.queryTerms ?? [])]);
  const counted = [...contentTerms].filter((term) => !isNumberTerm(term) || found.has(term));
  const coverage = counted.length ? counted.filter((term) => found.has(term)).length / counted.length : 0;
  const score = round(coverage * Math.min(1, best.score / FULL_RAW_SCORE));
  if (coverage < MIN_COVERAGE || best.score < MIN_RAW_SCORE) return { ...declined, score };

  return { topic: best.id as TopicId, score, alternatives: close ? [close.id as TopicId] : [] };
}

const MAX_CLAUSES = 8;

/**
 * Finds the topic of a free question (nb, nn or en); the index holds all three languages, so
 * mixed or misjudged text still finds its topic. When the whole message fits no topic, each
 * sentence is tried on its own: "hun har feber, når kommer melken" still finds its question.
 * The bot calls this once her message has passed the red-flag check.
 */
export function findTopic(text: string): TopicMatch {
  if (typeof text !== 'string') return noTopic();
  // A question is short; like understand(), only the start of a long paste is searched.
  const question = text.slice(0, MAX_SCAN_CHARS);
  const whole = match(question);
  if (whole.topic) return whole;
  const clauses = question.split(/[.,!?;:](?=\s|$)|\n+/).filter((clause) => clause.trim()).slice(0, MAX_CLAUSES);
  if (clauses.length < 2) return whole;
  return clauses.map((clause) => match(clause)).reduce((a, b) => ((b.topic && (!a.topic || b.score > a.score)) ? b : a), whole);
}

/**
 * A free question on its own (the `ask` command line, the evaluation set): its topic, and any
 * red flag in it, which comes first. `locale` is accepted for callers that know it.
 */
export function answerQuestion(text: string, _locale: Locale = 'nb'): QuestionAnswer {
  return { ...findTopic(text), urgent: detectRedFlag(text) };
}
