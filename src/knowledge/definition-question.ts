import { foldWord } from '../language/fold-text';
import { LOCALES } from '../mother/profile';
import { t } from '../support/i18n';
import { isWeakTerm, termsOf, wordsOf } from './analyzer';
import { TOPIC_IDS, topicTitleKey, type TopicId } from './topic-ids';

/**
 * «Hva er råmelk?», «what is engorgement»: a question that asks what a thing is, where the thing is
 * all a topic's title names (TOPICS.md: colostrum is «what råmelk is»). That topic defines it, whatever
 * a later clause asks about it («…, og hvorfor er det så lite»).
 */

/** The openings that ask what something is, folded: the question word, then «is» or «means». */
const ASKING_WORDS = new Set(['hva', 'kva', 'what'].map(foldWord));
const DEFINING_WORDS = new Set(['er', 'is', 'are', 'betyr', 'tyder', 'means'].map(foldWord));
const ONE_WORD_OPENINGS = new Set(['whats'].map(foldWord));
/** «what is the best way to…», «hva er måten å…»: it asks how, not what a thing is. */
const ASKING_HOW = new Set(termsOf('hvordan way ways'));

const contentTermsOf = (text: string): string[] => [...new Set(termsOf(text).filter((term) => !isWeakTerm(term)))].sort();
const sameTerms = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((term, i) => term === b[i]);

interface Title {
  /** The title's content terms: what it names. */
  names: readonly string[];
  /** The title says nothing beside it («Råmelk», not «Hvor mye råmelk»). */
  bare: boolean;
}

let titles: ReadonlyMap<TopicId, readonly Title[]> | undefined;
/** Each topic's titles in every language. */
const titlesOf = (topic: TopicId): readonly Title[] => {
  titles ??= new Map(
    TOPIC_IDS.map((topic) => [
      topic,
      LOCALES.map((lng) => t(lng, topicTitleKey(topic))).map((title) => ({ names: contentTermsOf(title), bare: termsOf(title).every((term) => !isWeakTerm(term)) })),
    ]),
  );
  return titles.get(topic)!;
};

/** What the clause asks to have defined, or undefined when it does not open by asking what something is. */
function definedPart(clause: string): string | undefined {
  const words = wordsOf(clause);
  const [first = '', second = ''] = words.map(foldWord);
  if (ONE_WORD_OPENINGS.has(first)) return words.slice(1).join(' ');
  if (ASKING_WORDS.has(first) && DEFINING_WORDS.has(second)) return words.slice(2).join(' ');
  return undefined;
}

/**
 * The topic a clause asks the definition of: the one whose title names just what it asks about,
 * and nothing beside it when several titles name it («Råmelk» before «Hvor mye råmelk»).
 */
export function definedTopic(clause: string): TopicId | undefined {
  const asked = definedPart(clause);
  if (asked === undefined || termsOf(asked).some((term) => ASKING_HOW.has(term))) return undefined;
  const terms = contentTermsOf(asked);
  if (!terms.length) return undefined;
  const naming = TOPIC_IDS.filter((topic) => titlesOf(topic).some((title) => sameTerms(title.names, terms)));
  const bare = naming.filter((topic) => titlesOf(topic).some((title) => title.bare && sameTerms(title.names, terms)));
  const [only, ...others] = naming.length > 1 ? bare : naming;
  return others.length ? undefined : only;
}
