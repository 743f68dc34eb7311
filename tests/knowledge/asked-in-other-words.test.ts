import { answerQuestion } from '../../src/knowledge/answer-question';
import { itTellsEach } from './support/answers-per-language';

/**
 * What she asks, said with little words the analyzer reads one by one: a rate followed by «nok» or «enough» asks
 * how often, not whether the baby gets enough; «førstegangsmamma», «first time mum» is who she is, no first hour;
 * «regne med», «rekne med» is what she may expect; «the number of», «antall» is how many; «eller holder det» is
 * whether it is enough, nothing kept; «hvor mye han drikker», «how much she is drinking» is whether the baby gets
 * enough; «hva gjør jeg først», «what do I do first» asks for the steps.
 */
describe('a question asked in other words', () => {
  itTellsEach({
    nb: [
      ['er 6 ganger i døgnet nok å pumpe', 'pumping-frequency'],
      ['hvor mye bør jeg regne med å få ut når jeg håndmelker', 'hand-expression.how-much'],
      ['hva er normalt antall bleier i døgnet', 'diapers'],
      ['kan jeg amme bare om dagen eller holder det ikke', 'feeding-frequency'],
      ['hvordan vet jeg hvor mye han drikker fra brystet', 'enough-milk'],
      ['hva gjør jeg først når jeg skal melke ut med hånden', 'hand-expression.how'],
    ],
    nn: [
      ['eg er førstegangsmamma, kor ofte skal ho die', 'feeding-frequency'],
      ['førstegangsfødende, når skal jeg begynne å håndmelke', 'hand-expression.when'],
      ['kor mykje kan eg rekne med å få ut med handa', 'hand-expression.how-much'],
      ['kor mykje ho drikk når ho ammar, korleis veit eg det', 'enough-milk'],
    ],
    en: [
      ['is every four hours enough for pumping', 'pumping-frequency'],
      ['first time mom, how often do newborns feed', 'feeding-frequency'],
      ['first time mom here, when do i start hand expressing', 'hand-expression.when'],
      ['no idea how much she drinks at the breast', 'enough-milk'],
      ['what is the normal number of wet nappies on day five', 'diapers'],
      ['how do i know how much she is drinking at the breast', 'enough-milk'],
      ['what do i do first when expressing by hand', 'hand-expression.how'],
    ],
  });
});

it('reads «førstegongsmor» as who she is, lowering no confidence', () => {
  expect(answerQuestion('førstegongsmor, kor ofte skal eg pumpe')).toMatchObject({ topic: 'pumping-frequency', score: 1 });
});

it('reads «verkar», «virker» before how she seems as seeming, no aching breast («brystet verkar» still aches)', () => {
  expect(answerQuestion('ho verkar aldri mett etter amminga, får ho nok', 'nn')).toMatchObject({ topic: 'enough-milk', score: 1 });
  expect(answerQuestion('han verkar aldri mett', 'nn').topic).toBe('enough-milk');
  expect(answerQuestion('brystet verkar etter amminga', 'nn').topic).toBe('engorgement');
});
