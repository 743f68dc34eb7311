import { answerQuestion } from '../../src/knowledge/answer-question';

/** Three or more session amounts in ml, one of them 20 ml or more, ask about the 3 × 20 ml sign. */
describe('amounts of her sessions listed in a question', () => {
  it.each([
    ['nb', 'pumpet 21 ml, 26 ml og 24 ml i dag, hva betyr det'],
    ['nn', 'fekk 20, 23 og 27 ml dei siste gongene, kva no'],
    ['en', 'pumped 22ml then 28ml then 25ml, what does that mean'],
  ] as const)('%s: "%s" is the 3 × 20 ml sign', (locale, text) => {
    expect(answerQuestion(text, locale).topic).toBe('pumping-3x20');
  });

  it('leaves a single amount to what she asks about it', () => {
    expect(answerQuestion('pumpet 25 ml, hvor ofte skal jeg pumpe').topic).toBe('pumping-frequency');
  });
});
