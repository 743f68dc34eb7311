/** The topics of TOPICS.md, in its order. Answers live in locales/<lng>/topics.json under the same ids. */
export const TOPIC_IDS = [
  'hand-expression.why',
  'hand-expression.how',
  'hand-expression.when',
  'hand-expression.how-much',
  'hand-expression.vs-pump',
  'hand-expression.giving',
  'milk-storage',
  'colostrum',
  'milk-coming-in',
  'feeding-frequency',
  'enough-milk',
  'diapers',
  'pumping-frequency',
  'pumping-3x20',
  'breast-changes',
  'first-hour',
  'sore-nipples',
  'engorgement',
  'latch',
  'baby-weight',
  'where-to-get-help',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

export function isTopicId(value: string): value is TopicId {
  return (TOPIC_IDS as readonly string[]).includes(value);
}

/** The topics an id's first part groups («hand-expression»): each of them is one side of the same act. */
export function familyOf(topic: TopicId): string {
  return topic.split('.')[0]!;
}

/** `topics:<id>`: the answer to show. */
export function topicAnswerKey(topic: TopicId): string {
  return `topics:${topic}`;
}

/** `topics:ui.title.<id>`: a short title, for suggested-action buttons. */
export function topicTitleKey(topic: TopicId): string {
  return `topics:ui.title.${topic}`;
}

export const DECLINE_KEY = 'topics:ui.decline';
export const DID_YOU_MEAN_KEY = 'topics:ui.did-you-mean';
/** Unsure: asks whether her question is about one of the topics that hold part of her words (buttons), else where to get help. */
export const UNSURE_KEY = 'topics:ui.unsure';
/** The line before the button that offers her second concern. */
export const ALSO_KEY = 'topics:ui.also';
