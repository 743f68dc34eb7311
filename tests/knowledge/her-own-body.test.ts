import { answerQuestion } from '../../src/knowledge/answer-question';

/** Her own body (weight, diet, drink, recovery) is outside every topic: declined, never answered with the nearest topic. */
describe('a question about her own body', () => {
  it.each([
    ['en', 'how soon can i start dieting to lose the pregnancy weight'],
    ['en', 'i want to lose weight, is that ok while feeding'],
    ['nb', 'når kan jeg begynne å slanke meg'],
    ['nb', 'jeg vil gå ned i vekt etter fødselen, hva gjør jeg'],
    ['nn', 'eg har lagt på meg mykje, kor mange kaloriar treng eg'],
    ['en', 'can i have a beer and still breastfeed tonight'],
    ['nb', 'hvor mye kaffe kan jeg drikke når jeg ammer'],
    ['en', 'my stitches are so sore when i sit to feed her'],
    ['nn', 'kor lenge varer etterblødninga'],
    ['en', 'i have a stinking cold, can i still feed'],
    // her own wound after a caesarean, not feeding after one
    ['nb', 'vondt i magen etter keisersnitt'],
    ['nb', 'såret etter keisersnittet gjør vondt'],
    ['nn', 'har så vondt i magen etter keisarsnittet'],
    ['en', 'my c-section scar hurts'],
    ['nb', 'keisersnittsåret verker'],
    ['nb', 'ryggen verker etter epiduralen'],
    ['en', 'is back pain from the epidural normal'],
    // milk leaking by itself: no topic covers it, and it is no question about expressing
    ['nb', 'melka renner av seg selv'],
    ['nn', 'mjølka renn av seg sjølv om natta'],
    ['nb', 'melka rener av seg selv'],
    ['nn', 'mjølka renn heile tida'],
    ['nb', 'melka renner hele tiden, er det normalt?'],
  ] as const)('%s: "%s" is declined', (locale, text) => {
    const answer = answerQuestion(text, locale);
    expect(answer.topic).toBeNull();
    expect(answer.outside).toBeNull();
  });

  it.each([
    ['en', 'i know babies lose weight at first, how much is normal', 'baby-weight'],
    ['nb', 'jeg er redd hun går ned for mye i vekt', 'baby-weight'],
    ['nn', 'kor mykje går babyen ned i vekt', 'baby-weight'],
    // «mens» is «while», «a cold compress» eases engorgement, «sting i brystvorta» is a stab of pain, dialect «te» is «til»
    ['nb', 'jeg får et sting i brystvorta hver gang hun dier', 'sore-nipples'],
    ['nb', 'hun sovner mens hun dier, får hun nok', 'enough-milk'],
    ['en', 'does a cold compress help when my breasts are rock hard', 'engorgement'],
    ['nb', 'kan jeg amme rett etter keisersnitt', 'first-hour'],
    ['en', 'will my milk come in later after a c-section', 'milk-coming-in'],
    // «sår» is sore: her nipples after a caesarean are still her nipples
    ['nb', 'sår brystvorte etter keisersnitt', 'sore-nipples'],
    ['nb', 'etter keisersnittet er brystvortene sår', 'sore-nipples'],
    ['nb', 'melka renner sakte når jeg melker ut', 'hand-expression.how'],
    ['nb', 'melka renner hele tiden når jeg pumper', 'pumping-frequency'],
  ] as const)('%s: "%s" is still a topic', (locale, text, topic) => {
    expect(answerQuestion(text, locale).topic).toBe(topic);
  });
});
