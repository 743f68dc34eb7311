import { answerQuestion } from '../../src/knowledge/answer-question';

describe('one concern told in several clauses', () => {
  it.each([
    'tvillingene er på nyfødtavdelingen, hvor mange ganger i døgnet skal jeg håndmelke, og må jeg våkne om natta',
    'planned caesarean on monday and she will be in the incubator, how often should i hand express and do i wake at night',
  ])('«%s» is one question about when to hand express, not also one about pumping', (text) => {
    const answer = answerQuestion(text);
    expect(answer.topic).toBe('hand-expression.when');
    expect(answer.offer).toBeNull();
  });
});
