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

  it.each(['my breasts are heavy and aching on day 3', 'dag 3 og brystene er tunge og gjør så vondt'])(
    '«%s» is one concern told in fragments that no part names alone: engorgement',
    (text) => {
      expect(answerQuestion(text).topic).toBe('engorgement');
    },
  );
});
