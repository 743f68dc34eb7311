import { answerQuestion } from '../../src/knowledge/answer-question';

/** «The first days», «den første uka» place a question in her first week; only «the first hour» is the first hour. */
describe('a question placed in the first days', () => {
  it.each([
    ['en', 'how often do babies feed during the first week', 'feeding-frequency'],
    ['nb', 'hvor ofte ammer man den første uka', 'feeding-frequency'],
    ['en', 'what colour is the poo in the first few days', 'diapers'],
    ['nn', 'kor mange bleiar er vanleg dei første dagane', 'diapers'],
    ['nb', 'hvor mye går de ned i vekt de første dagene', 'baby-weight'],
    ['en', 'what should happen in the first hour', 'first-hour'],
  ] as const)('%s: "%s" is %s', (locale, text, topic) => {
    expect(answerQuestion(text, locale).topic).toBe(topic);
  });
});
