import { EXAMPLE_QUESTIONS_A } from './example-questions-a';
import { EXAMPLE_QUESTIONS_B } from './example-questions-b';
import { EXAMPLE_QUESTIONS_C } from './example-questions-c';
import { EXAMPLE_QUESTIONS_D } from './example-questions-d';
import { EXAMPLE_QUESTIONS_E } from './example-questions-e';
import { EXAMPLE_QUESTIONS_F } from './example-questions-f';
import { isTopicId, type TopicId } from '../topic-ids';

/** What an example question is asked about: a topic, or a subject the bot declines. */
export type ExampleLabel = TopicId | 'outside';

export interface ExampleQuestion {
  label: ExampleLabel;
  text: string;
}

const labelOf = (topic: string): ExampleLabel => {
  if (topic === 'outside' || isTopicId(topic)) return topic;
  throw new Error(`an example question names no topic: ${topic}`);
};

/**
 * Questions as mothers type them (nb, nn, en), written on 3 and 4 December 2026 from TOPICS.md and GLOSSARY.md
 * by six engineers who never saw the matching, the answers or any evaluation set: parts A and B 36 a topic
 * and 70 to decline, parts C to F 20 a topic and 60 to decline each (E short and neighbour-worded, F her
 * situation first). Not an evaluation set: what the learned reading (learned-reading.ts) learns from.
 */
export const EXAMPLE_QUESTIONS: readonly ExampleQuestion[] = [
  ...EXAMPLE_QUESTIONS_A,
  ...EXAMPLE_QUESTIONS_B,
  ...EXAMPLE_QUESTIONS_C,
  ...EXAMPLE_QUESTIONS_D,
  ...EXAMPLE_QUESTIONS_E,
  ...EXAMPLE_QUESTIONS_F,
].map(([topic, , text]) => ({ label: labelOf(topic), text }));
