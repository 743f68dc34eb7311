import { answerQuestion } from '../../src/knowledge/answer-question';

/**
 * Of the topics ranked close to the first, the one holding most of her words answers. «By hand» names the whole
 * hand-expression family: between two of its topics, what else she says decides; and what her question opens by
 * asking («how often») is never given up for a topic that holds one word more.
 */
describe('the closest topics to her question', () => {
  it.each([
    ['nb', 'hva skal jeg samle råmelken i når jeg melker ut for hånd', 'hand-expression.giving'],
    ['nn', 'kva samlar eg råmjølka i når eg mjølkar for hand', 'hand-expression.giving'],
    ['en', 'what do i collect the colostrum in when i express by hand', 'hand-expression.giving'],
    ['nb', 'hvordan melker jeg ut for hånd', 'hand-expression.how'],
    ['en', 'how do i express by hand', 'hand-expression.how'],
    ['en', 'how often do i hand express during the first few days', 'hand-expression.when'],
    ['nb', 'hvor ofte skal jeg håndmelke de første dagene', 'hand-expression.when'],
    // the drops rank how much first; catching them is giving's, which holds all her words
    ['en', 'how do i catch the drops', 'hand-expression.giving'],
    ['nb', 'hvordan fanger jeg opp dråpene', 'hand-expression.giving'],
  ] as const)('%s: "%s" is %s', (locale, text, topic) => {
    expect(answerQuestion(text, locale).topic).toBe(topic);
  });
});
