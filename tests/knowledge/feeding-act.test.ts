import { answerQuestion } from '../../src/knowledge/answer-question';

/** Feeding at the breast is not expressing: a question about feeding that names no expressing is about feeding. */
describe('feeding and expressing, two acts', () => {
  it.each([
    ['en', 'do i need to wake her at night to feed', 'feeding-frequency'],
    ['nn', 'kor ofte skal eg amme på natta', 'feeding-frequency'],
    ['nb', 'må jeg vekke ham om natta for å amme', 'feeding-frequency'],
    // expressing named: the expressing topics stay
    ['nb', 'hvor ofte må jeg melke ut for hånd om natta når hun ikke dier', 'hand-expression.when'],
    ['en', 'how often should i pump at night if he cant breastfeed', 'pumping-frequency'],
    ['nb', 'hvordan mater jeg med kopp', 'hand-expression.giving'],
  ] as const)('%s: "%s" is %s', (locale, text, topic) => {
    expect(answerQuestion(text, locale).topic).toBe(topic);
  });
});
