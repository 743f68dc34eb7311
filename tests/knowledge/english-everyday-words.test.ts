import { answerQuestion } from '../../src/knowledge/answer-question';

/** How mothers in the UK and the US talk about each topic, beside the words of its answer. */
describe('an English mother’s everyday words', () => {
  it.each([
    ['my nipples have scabs on them, is that normal', 'sore-nipples'],
    ['she keeps popping off and chomping on me', 'latch'],
    ['he had a shallow latch, how do i get him deeper', 'latch'],
    ['my boobs are like bricks and throbbing', 'engorgement'],
    ['how do i finger feed the colostrum without spilling it', 'hand-expression.giving'],
    ['can i use my freezer stash after 8 months', 'milk-storage'],
    ['how long can milk sit out before it spoils', 'milk-storage'],
    ['is mustard seedy poo normal', 'diapers'],
    ['should i feed on demand or by the clock', 'feeding-frequency'],
    ['who is the health visitor, can they help with feeding', 'where-to-get-help'],
    ['my breasts are small, will that be a problem', 'breast-changes'],
    ['is the golden hour important', 'first-hour'],
    ['what does the initiation program do on the pump', 'pumping-3x20'],
    ['i think my supply is low, is she getting enough', 'enough-milk'],
    ['how long do frozen colostrum syringes keep', 'milk-storage'],
    ['my nipple is torn at the tip', 'sore-nipples'],
    // «how long» is the question words «hvor lenge»
    ['how long is expressed milk ok in the freezer', 'milk-storage'],
  ] as const)('"%s" is %s', (text, topic) => {
    expect(answerQuestion(text, 'en').topic).toBe(topic);
  });
});
