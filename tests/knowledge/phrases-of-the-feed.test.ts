import { answerQuestion } from '../../src/knowledge/answer-question';
import { itTellsEach } from './support/answers-per-language';

/**
 * Phrases a mother uses for what happens at a feed: the baby lying right at the breast is the latch (not just
 * feeding); getting the drops into the baby is giving them; how much «goes down» is what she swallows, whether she
 * gets enough (no weight lost); the tip of the breast is the nipple; enduring the pain is sore nipples; who told her
 * («the mw said», «the hv said») is not whom she asks for help, and «with your fingers» is by hand.
 */
describe('phrases of the feed', () => {
  itTellsEach({
    nn: [
      ['korleis veit eg om han ligg rett ved puppen', 'latch'],
      ['kor mykje som går ned veit eg ikkje, får ho nok', 'enough-milk'],
    ],
    en: [
      ['how can i tell if she is on the breast properly', 'latch'],
      ['the tips of my breasts are raw after feeds', 'sore-nipples'],
      ['the mw told me to get milk out with your fingers, why bother', 'hand-expression.why'],
    ],
  });

  it.each([
    ['nb', 'jeg ser ikke hvor mye melk som går ned, får han nok', 'enough-milk'],
    ['nb', 'det er sår på tuppen av brystet, hva gjør jeg', 'sore-nipples'],
    ['nb', 'skal jeg bare holde ut når det gjør vondt å amme', 'sore-nipples'],
    ['en', 'the hv said i should learn to express with my fingers, why', 'hand-expression.why'],
  ] as const)('%s: "%s" is %s, answered with full confidence', (locale, text, topic) => {
    expect(answerQuestion(text, locale)).toMatchObject({ topic, score: 1 });
  });

  it('gives the drops she has collected: «korleis får eg ho dropane i seg»', () => {
    expect(answerQuestion('hvordan får jeg babyen til å ta dråpene i seg', 'nb').topic).toBe('hand-expression.giving');
    expect(answerQuestion('korleis får eg ho dropane i seg', 'nn').topic).toBe('hand-expression.giving');
  });
});
