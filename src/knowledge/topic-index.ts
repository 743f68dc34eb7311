import MiniSearch from 'minisearch';
import { foldWord } from '../language/fold-text';
import { t } from '../support/i18n';
import { LOCALES } from '../mother/profile';
import { termsOfWord, wordsOf } from './analyzer';
import { familyActWords } from './family-act';
import { TOPIC_IDS, topicAnswerKey, topicTitleKey, type TopicId } from './topic-ids';
import { TOPIC_TERMS } from './topic-terms';

interface TopicDocument {
  id: TopicId;
  keywords: string;
  everyday: string;
  phrasings: string;
  answer: string;
}

/** Keywords weigh most: they were written to tell topics apart. */
export const FIELD_BOOST = { keywords: 3, everyday: 2, phrasings: 1.5, answer: 1 } as const;
/** The fields written for the topic's words, beside its answer. */
export const VOCABULARY_FIELDS = ['keywords', 'everyday', 'phrasings'] as const;

function documentOf(topic: TopicId): TopicDocument {
  const terms = TOPIC_TERMS[topic];
  const titles = LOCALES.map((lng) => t(lng, topicTitleKey(topic)));
  return {
    id: topic,
    keywords: [...terms.keywords, ...titles].join('\n'),
    everyday: [...terms.everyday, ...familyActWords(topic)].join('\n'),
    phrasings: terms.phrasings.join('\n'),
    answer: LOCALES.map((lng) => t(lng, topicAnswerKey(topic))).join('\n'),
  };
}

export function buildTopicIndex(): MiniSearch<TopicDocument> {
  const index = new MiniSearch<TopicDocument>({
    fields: ['keywords', 'everyday', 'phrasings', 'answer'],
    tokenize: wordsOf,
    processTerm: (word) => {
      const terms = termsOfWord(word);
      return terms.length ? [...terms] : null;
    },
  });
  index.addAll(TOPIC_IDS.map(documentOf));
  return index;
}

let index: MiniSearch<TopicDocument> | undefined;
let vocabulary: ReadonlySet<string> | undefined;

/** Every word of every topic's texts (terms, titles, answers), folded: the words a question may meet. */
export function indexedWords(): ReadonlySet<string> {
  vocabulary ??= new Set(
    TOPIC_IDS.map(documentOf)
      .flatMap((document) => [document.keywords, document.everyday, document.phrasings, document.answer])
      .flatMap(wordsOf)
      .map(foldWord),
  );
  return vocabulary;
}

/** Built once per process, on the first question. */
export function topicIndex(): MiniSearch<TopicDocument> {
  index ??= buildTopicIndex();
  return index;
}
