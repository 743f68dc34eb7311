import { itTellsEach } from './support/answers-per-language';

/** Her milk that begins to come or arrives is the milk coming in; milk that will not come out when she squeezes is not. */
describe('her milk coming', () => {
  itTellsEach({
    nb: [
      ['hvor mange dager går det før melken begynner å komme', 'milk-coming-in'],
      ['jeg klemmer men melka kommer ikke ut', 'hand-expression.how'],
    ],
    nn: [['kor lenge tek det før mjølka kjem skikkeleg', 'milk-coming-in']],
    en: [['is it normal that it takes days before the milk arrives', 'milk-coming-in']],
  });
});
