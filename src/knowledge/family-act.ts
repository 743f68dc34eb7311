import { isWeakTerm, termsOf } from './analyzer';
import { familyOf, type TopicId } from './topic-ids';

/**
 * The act that the six hand-expression topics share: pressing milk out with the fingers. A mother names
 * it whatever she asks about it, why to learn it, when, how much comes, how to give it, so it tells her
 * question into the family but not which of its topics she means; her question words and what she
 * describes («dråper», «skje», «pumpe») do that. «How» used to win such questions because its answer
 * describes the squeeze step by step. So these words are indexed alike in every topic of the family,
 * and weigh little in ranking.
 */
const HAND_EXPRESSION_ACT = ['klemme ut', 'trykke ut', 'klemme', 'squeeze'];

const FAMILY_ACT: Readonly<Record<string, readonly string[]>> = { 'hand-expression': HAND_EXPRESSION_ACT };

/** A family's act words weigh this much in ranking: enough to keep her question in the family. */
export const FAMILY_ACT_BOOST = 0.3;

/** The words of the act shared by the topic's family, indexed in each of its topics. */
export function familyActWords(topic: TopicId): readonly string[] {
  return FAMILY_ACT[familyOf(topic)] ?? [];
}

let actTerms: ReadonlySet<string> | undefined;

/** A term of some family's act («trykk», «fing»): it keeps a question in the family, and picks none of its topics. */
export function isFamilyActTerm(term: string): boolean {
  actTerms ??= new Set(Object.values(FAMILY_ACT).flatMap((words) => words.flatMap(termsOf)).filter((term) => !isWeakTerm(term)));
  return actTerms.has(term);
}

/** The word that names a family: every topic of it holds it, so it tells none of them apart. */
const FAMILY_NAME: Readonly<Record<string, readonly string[]>> = { 'hand-expression': ['hånd'] };

let nameTerms: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/** A term that names the family («hand»): between two of its topics, it counts for neither. */
export function isFamilyNameTerm(family: string, term: string): boolean {
  nameTerms ??= new Map(Object.entries(FAMILY_NAME).map(([name, words]) => [name, new Set(words.flatMap(termsOf))]));
  return nameTerms.get(family)?.has(term) ?? false;
}
