import { termsOf } from './analyzer';
import type { TopicId } from './topic-ids';

/**
 * «How often» asks about the act she names, wherever in her message she names it: «I borrowed a machine at the
 * hospital, how many times a day should I use it» asks how often to pump, though the part that asks names no pump,
 * and the part that names it reads as hand or pump. The three acts and the topic that tells how often for each
 * (TOPICS.md): feeding at the breast, expressing by hand, pumping.
 */
const ACTS: readonly (readonly [named: (terms: readonly string[]) => boolean, topic: TopicId])[] = [
  [namesAny('amme die breastfeed'), 'feeding-frequency'],
  // by hand; or «melke ut», «express» with no pump named: expressing, which starts by hand (TOPICS.md)
  [(terms) => namesAny('hånd fingrene klemme')(terms) || (namesAny('melke')(terms) && namesAny('ut selv')(terms) && !namesAny('pumpe')(terms)), 'hand-expression.when'],
  [namesAny('pumpe maskin'), 'pumping-frequency'],
];

function namesAny(words: string): (terms: readonly string[]) => boolean {
  const act = new Set(termsOf(words));
  return (terms) => terms.some((term) => act.has(term));
}

/** The topics a bare «how often» may land on for want of the act: the frequencies, and hand or pump (and the 3 × 20 sign, below). */
const FREQUENCY_TOPICS: ReadonlySet<TopicId> = new Set(['feeding-frequency', 'hand-expression.when', 'pumping-frequency', 'hand-expression.vs-pump']);

/** A topic that tells how often, or hand or pump: a second concern of this kind may be the same question's act. */
export function isFrequencyTopic(topic: TopicId): boolean {
  return FREQUENCY_TOPICS.has(topic);
}

const OFTEN = new Set(termsOf('ofte'));
/** «hvor mange ganger», «how many times», «every 3 hours», «hver tredje time»: how often, in other words. */
const HOW_MANY_TIMES =
  /\b(?:hvor|kor|how)\s+(?:mange|many)\s+(?:ganger|gonger|gangar|times|økter|økter|sessions)\b|\b(?:every|hver|hvar|kvar|annenhver|annakvar)\s+(?:\d+|andre|anna|tredje|fjerde|two|three|four|2nd|3rd)?\s*(?:hours?|hrs?|timer?|timar|time)\b/iu;

/** The frequency topic of the one act her message names, when she asks how often; else undefined. */
/** What the 3 × 20 ml sign is about: a «how many times» that names none of it is no question about the sign. */
const THE_SIGN = namesAny('ml 20 program innstilling');

export function howOftenOfTheAct(question: string, current: TopicId | null): TopicId | undefined {
  const terms = termsOf(question);
  const landedForWant = current === null || FREQUENCY_TOPICS.has(current) || (current === 'pumping-3x20' && !THE_SIGN(terms));
  if (!landedForWant) return undefined;
  if (!terms.some((term) => OFTEN.has(term)) && !HOW_MANY_TIMES.test(question)) return undefined;
  const named = ACTS.filter(([names]) => names(terms));
  return named.length === 1 ? named[0]![1] : undefined;
}
