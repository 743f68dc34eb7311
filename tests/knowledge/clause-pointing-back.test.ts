import { answerQuestion } from '../../src/knowledge/answer-question';

describe('a part that points back to the part before it', () => {
  it('is a clause of that concern, not a second concern answered first', () => {
    expect(answerQuestion('brystene mine ble ikke større da jeg var gravid, kan det gjøre ammingen vanskelig').topic).toBe('breast-changes');
    expect(answerQuestion('det er gult og tjukt, er dette mjølk').topic).toBe('colostrum');
  });

  it('offers what the clause asks when that is a topic of its own', () => {
    const answer = answerQuestion('bleiene er mørkegrønne, kan det bety at hun spiser for lite');
    expect(answer.topic).toBe('diapers');
    expect(answer.offer).toBe('enough-milk');
  });

  it('leaves a second question that does not point back as a concern of its own', () => {
    const answer = answerQuestion('brystvortene er såre, og hvor ofte skal jeg pumpe');
    expect(answer.topic).toBe('sore-nipples');
    expect(answer.offer).toBe('pumping-frequency');
  });
});
