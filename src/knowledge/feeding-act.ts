import { termsOf } from './analyzer';
import { familyOf, type TopicId } from './topic-ids';

/**
 * Feeding at the breast is one act, expressing milk (by hand or with a pump) another. A question that names
 * feeding («hvor ofte skal jeg amme om natta», «should I wake him to feed at night») and says nothing of
 * expressing, pumping, milk or colostrum is about none of the expressing topics, though their answers hold
 * feeding and the night too (TOPICS.md: express when the baby is not feeding, once at night).
 */
const FEEDING = new Set(termsOf('amme'));
const EXPRESSING = new Set(termsOf('melke hånd fingrene klemme pumpe råmelk sprøyte teskje kopp dråper program nyfødtintensiv'));
const EXPRESSING_TOPICS: ReadonlySet<string> = new Set(['pumping-frequency', 'pumping-3x20']);

const isExpressingTopic = (topic: TopicId): boolean => familyOf(topic) === 'hand-expression' || EXPRESSING_TOPICS.has(topic);

/** Whether this topic is out of the question: she asks about feeding, and the topic is about expressing. */
export function isOtherAct(topic: TopicId, questionTerms: readonly string[]): boolean {
  return isExpressingTopic(topic) && questionTerms.some((term) => FEEDING.has(term)) && !questionTerms.some((term) => EXPRESSING.has(term));
}
