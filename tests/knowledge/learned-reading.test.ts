import { findTopic } from '../../src/knowledge/answer-question';
import { learnedReading } from '../../src/knowledge/learned-reading';
import { TOPIC_IDS } from '../../src/knowledge/topic-ids';
import { itTellsEach } from './support/answers-per-language';

describe('the learned reading of the example questions', () => {
  it('weighs every topic and the declines, and its chances add up to one', () => {
    const reading = learnedReading('hvor ofte skal jeg pumpe');
    expect(reading.map(({ label }) => label).sort()).toEqual([...TOPIC_IDS, 'outside'].sort());
    expect(reading.reduce((sum, { chance }) => sum + chance, 0)).toBeCloseTo(1, 9);
  });

  it.each([
    ['puppene verker og er steinharde dag 3', 'engorgement'],
    ['kor tid kjem mjølka eigentleg', 'milk-coming-in'],
    ['how long can i keep the colostrum syringes in the fridge', 'milk-storage'],
    ['kan jeg ta paracet når jeg ammer', 'outside'],
  ])('reads «%s» as %s', (question, label) => {
    expect(learnedReading(question)[0]).toEqual(expect.objectContaining({ label }));
  });

  it('gives the same chances every time: it is trained once, in a fixed order', () => {
    expect(learnedReading('eg klemmer og klemmer men det kjem berre nokre dropar')).toEqual(learnedReading('eg klemmer og klemmer men det kjem berre nokre dropar'));
  });
});

/** Where the term lists pick a topic the examples give next to nothing, and the examples are sure of another. */
describe('the examples overrule a topic the rules picked by a stray word', () => {
  // «hvor lenge»: the term lists hear how long milk keeps; the examples know how long colostrum lasts.
  itTellsEach({
    nb: [['hvor lenge er det bare råmelk', 'colostrum']],
    nn: [['kor lenge har ein berre råmjølk', 'colostrum']],
  });
});

describe('where the rules are unsure, the examples answer', () => {
  // «brystknopp» and «oppsprukne» are in no term list: the rules hold half her words and would ask; the examples know the cracks.
  it('nn: «brystknoppene er heilt oppsprukne» is sore nipples', () => {
    expect(findTopic('brystknoppene er heilt oppsprukne')).toEqual(expect.objectContaining({ topic: 'sore-nipples', guesses: [] }));
  });
});

describe('what the examples never overrule', () => {
  it('a near-scope decline: the examples cannot tell sleep from the topic beside it', () => {
    expect(learnedReading('can i miss one hand expressing tonight to catch some sleep')[0]?.label).toBe('hand-expression.when');
    expect(findTopic('can i miss one hand expressing tonight to catch some sleep')).toEqual(expect.objectContaining({ topic: null, outside: 'sleep' }));
  });

  it('two real concerns, though the examples read the whole message as the second: the one that needs action first is answered, the other offered', () => {
    const question = 'sore nipple. how long is pumped milk ok on the counter, in the fridge and in the freezer';
    expect(learnedReading(question)[0]?.label).toBe('milk-storage');
    expect(findTopic(question)).toEqual(expect.objectContaining({ topic: 'sore-nipples', offer: 'milk-storage' }));
  });
});
