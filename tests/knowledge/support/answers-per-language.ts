import { answerQuestion } from '../../../src/knowledge/answer-question';
import type { OutsideSubject } from '../../../src/knowledge/outside-subjects';
import type { TopicId } from '../../../src/knowledge/topic-ids';
import type { Locale } from '../../../src/mother/profile';

/** What she is told: a topic's answer, or a decline naming the subject (null: outside every subject we name). */
export type Told = TopicId | { declined: OutsideSubject | null };

/** Her questions in each language, each with what she should be told. */
export type QuestionsPerLanguage = Readonly<Partial<Record<Locale, readonly (readonly [text: string, told: Told])[]>>>;

const describeTold = (told: Told): string => (typeof told === 'string' ? told : `declined: ${told.declined ?? 'no subject'}`);

/** One test per question: she gets that topic's answer, or the decline by that name. */
export function itTellsEach(questions: QuestionsPerLanguage): void {
  const rows = Object.entries(questions).flatMap(([locale, asked]) => (asked ?? []).map(([text, told]) => [locale as Locale, text, told] as const));
  it.each(rows)('%s: "%s"', (locale, text, told) => {
    const answer = answerQuestion(text, locale);
    const got: Told = answer.topic ?? { declined: answer.outside };
    expect(describeTold(got)).toBe(describeTold(told));
  });
}
