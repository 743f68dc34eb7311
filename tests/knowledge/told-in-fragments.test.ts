import { answerQuestion } from '../../src/knowledge/answer-question';

/**
 * A message told in fragments joined by «og», «and»: each fragment a topic's fact knows (colostrum comes in
 * small amounts, the milk comes in some days after the birth) belongs to that one concern.
 */
describe('a concern told in fragments', () => {
  it.each([
    ['en', 'it is thick and yellow and next to nothing, is that proper milk', 'colostrum'],
    ['nb', 'det er gult og seigt og nesten ingenting, er det ordentlig melk', 'colostrum'],
    ['nb', 'fødte for tre dager siden og merker ingen endring i brystene, når skjer det', 'milk-coming-in'],
    ['en', 'had her 2 days ago and no change in my breasts yet, when does that happen', 'milk-coming-in'],
    ['nn', 'kor lenge er det råmjølk før det blir vanleg mjølk', 'colostrum'],
  ] as const)('%s: "%s" is %s', (locale, text, topic) => {
    expect(answerQuestion(text, locale).topic).toBe(topic);
  });
});
