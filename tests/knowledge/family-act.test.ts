import { answerQuestion } from '../../src/knowledge/answer-question';
import { isFamilyActTerm } from '../../src/knowledge/family-act';
import { termsOfWord } from '../../src/knowledge/analyzer';

describe('the act the hand-expression topics share', () => {
  it('knows squeezing as the act, and neither the hand nor the question words', () => {
    expect(termsOfWord('klemmer').some(isFamilyActTerm)).toBe(true);
    expect(termsOfWord('squeezing').some(isFamilyActTerm)).toBe(true);
    expect(termsOfWord('hvorfor').some(isFamilyActTerm)).toBe(false);
    expect(termsOfWord('pumpe').some(isFamilyActTerm)).toBe(false);
  });

  it.each([
    ['hvorfor er det så viktig å klemme ut selv', 'hand-expression.why'],
    ['når på døgnet bør jeg klemme ut, og hvor ofte', 'hand-expression.when'],
    ['klemte en halvtime og fikk et par dråper', 'hand-expression.how-much'],
    ['how often should i squeeze out milk after a c section', 'hand-expression.when'],
    ['hvordan klemmer jeg ut riktig', 'hand-expression.how'],
  ])('«%s» is told apart by what she asks, not by the squeeze', (text, topic) => {
    expect(answerQuestion(text).topic).toBe(topic);
  });
});
