import { answerQuestion } from '../../src/knowledge/answer-question';

/**
 * Mending something («fix», «fikse», «forbetre») is said of any topic and lowers no confidence; «poor» is «dårlig»
 * (a poor latch); milk that stays or lasts somewhere is kept (storage).
 */
describe('mending and keeping', () => {
  it.each([
    ['en', 'poor latch, how do i fix it', 'latch'],
    ['nb', 'dårlig sugetak, hvordan fikse det', 'latch'],
    ['nn', 'dårleg sugetak, korleis kan eg forbetre det', 'latch'],
    ['en', 'how long can breastmilk stay out on the side', 'milk-storage'],
  ] as const)('%s: "%s" is %s, answered with full confidence', (locale, text, topic) => {
    expect(answerQuestion(text, locale)).toMatchObject({ topic, score: 1 });
  });

  it('leaves a bath («bader») out of it', () => {
    expect(answerQuestion('hvordan bader jeg en nyfødt').topic).toBeNull();
  });
});
