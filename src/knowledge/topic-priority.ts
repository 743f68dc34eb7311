import type { TopicId } from './topic-ids';

/**
 * Which concern needs action first, when one message holds two (TOPICS.md): pain or trouble in
 * the breast now, then the feeding itself, then knowing more. The first of two in this list is
 * answered; the other is offered.
 */
const BY_NEED_FOR_ACTION: readonly TopicId[] = [
  // pain or trouble in the breast now
  'engorgement',
  'sore-nipples',
  // the feeding itself
  'latch',
  'enough-milk',
  'baby-weight',
  'feeding-frequency',
  'pumping-frequency',
  'hand-expression.how',
  'hand-expression.when',
  'hand-expression.giving',
  'pumping-3x20',
  'hand-expression.vs-pump',
  'hand-expression.how-much',
  // knowing more
  'milk-coming-in',
  'diapers',
  'milk-storage',
  'colostrum',
  'first-hour',
  'hand-expression.why',
  'breast-changes',
  'where-to-get-help',
];

/** The topics ordered by need for action, most urgent first. */
export function byNeedForAction(topics: readonly TopicId[]): TopicId[] {
  return [...topics].sort((a, b) => BY_NEED_FOR_ACTION.indexOf(a) - BY_NEED_FOR_ACTION.indexOf(b));
}
