import { answerQuestion } from '../../src/knowledge/answer-question';

/** A subject close to a topic, described rather than named, is declined by its name, never answered with the nearest topic. */
describe('a near-scope subject described in everyday words', () => {
  it.each([
    ['en', 'there is white stuff on his tongue that will not wipe off', 'thrush'],
    ['en', 'my nipples are itchy and shiny after feeds', 'thrush'],
    ['nb', 'hun har hvitt i munnen, hva er det', 'thrush'],
    ['en', 'can i take allergy tablets when breastfeeding', 'medicines'],
    ['nb', 'kan jeg ta noe mot hodepine når jeg ammer', 'medicines'],
    ['en', 'the midwife said his frenulum is short, does it need snipping', 'tongue-tie'],
    ['nb', 'når får han sprøytene på helsestasjonen', 'vaccines'],
    ['en', 'is aptamil ok to top her up with', 'formula'],
    ['en', 'should i swaddle her for the night', 'sleep'],
  ] as const)('%s: "%s" is declined as %s', (locale, text, subject) => {
    expect(answerQuestion(text, locale)).toMatchObject({ topic: null, outside: subject });
  });

  it('leaves buying a pump to the pump, and a white nipple after a feed to the latch', () => {
    expect(answerQuestion('should i buy a pump or just use my hands').topic).toBe('hand-expression.vs-pump');
    expect(answerQuestion('hvordan gir jeg råmelken med sprøyte').topic).toBe('hand-expression.giving');
  });
});
