import { answerQuestion } from '../../src/knowledge/answer-question';

/**
 * Words of chat carry no topic and lower no confidence: how honest or sure she is («honestly», «kinda», «sikkert»),
 * a sigh («huff», «uff»), yes and no, how odd it seems («rart», «weird», «stupid question»), asking for others'
 * recommendations or experience, and the baby as «newborns» or «infants».
 */
describe('words of chat', () => {
  it.each([
    ['en', 'honestly how often should newborns feed', 'feeding-frequency'],
    ['en', 'any recommendations on how to store expressed milk', 'milk-storage'],
    ['en', 'kinda stupid question but when does the milk come in', 'milk-coming-in'],
    ['en', 'yeah but how do infants get enough milk at the breast', 'enough-milk'],
    ['nb', 'huff, hvor lenge holder melka seg i kjøleskapet egentlig', 'milk-storage'],
    ['nb', 'er det rart at bæsjen er grønn på dag tre', 'diapers'],
    ['nb', 'noen som har erfaring med å fryse morsmelk', 'milk-storage'],
    ['nn', 'uff, kor lenge kan mjølka stå på benken', 'milk-storage'],
  ] as const)('%s: "%s" is %s, answered with full confidence', (locale, text, topic) => {
    expect(answerQuestion(text, locale)).toMatchObject({ topic, score: 1 });
  });

  it('still declines a question made only of chat and how she feels', () => {
    expect(answerQuestion('honestly im so exhausted lol').topic).toBeNull();
  });
});
