import { answerQuestion } from '../../src/knowledge/answer-question';

/** Her own weight and diet are outside every topic: declined, never answered with how much a newborn loses. */
describe('a question about her own weight', () => {
  it.each([
    ['en', 'how soon can i start dieting to lose the pregnancy weight'],
    ['en', 'i want to lose weight, is that ok while feeding'],
    ['nb', 'når kan jeg begynne å slanke meg'],
    ['nb', 'jeg vil gå ned i vekt etter fødselen, hva gjør jeg'],
    ['nn', 'eg har lagt på meg mykje, kor mange kaloriar treng eg'],
  ] as const)('%s: "%s" is declined', (locale, text) => {
    const answer = answerQuestion(text, locale);
    expect(answer.topic).toBeNull();
    expect(answer.outside).toBeNull();
  });

  it.each([
    ['en', 'i know babies lose weight at first, how much is normal'],
    ['nb', 'jeg er redd hun går ned for mye i vekt'],
    ['nn', 'kor mykje går babyen ned i vekt'],
  ] as const)("%s: the baby's weight is still the baby's: \"%s\"", (locale, text) => {
    expect(answerQuestion(text, locale).topic).toBe('baby-weight');
  });
});
