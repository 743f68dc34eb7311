import { answerQuestion } from '../../src/knowledge/answer-question';
import { withTyposRead } from '../../src/knowledge/typo-reading';

describe('colostrum described by what she sees', () => {
  it.each([
    'she gets a yellowish thick fluid from me, what is it',
    'jeg ser en gul og seig væske på vorta, hva er det',
  ])('«%s» is colostrum, not the colour of a diaper', (text) => {
    expect(answerQuestion(text).topic).toBe('colostrum');
  });

  it('reads «væske» as the word it is, not as a typo of another', () => {
    expect(withTyposRead('gul væske')).toBe('gul væske');
  });

  it('still reads a yellow poo as a diaper', () => {
    expect(answerQuestion('bæsjen er gul og seig, er det bra').topic).toBe('diapers');
  });
});
