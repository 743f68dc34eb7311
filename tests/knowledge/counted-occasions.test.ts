import { itTellsEach } from './support/answers-per-language';

/** «Hvor mange ganger», «how many feeds», «per døgn»: a count of occasions asks how often. */
describe('a question that counts occasions', () => {
  itTellsEach({
    nb: [
      ['hvor mange ganger per døgn bør jeg pumpe med maskinen', 'pumping-frequency'],
      ['hvor mange ganger i døgnet er nok å pumpe', 'pumping-frequency'],
      ['hvor mange måltider per døgn trenger en nyfødt', 'feeding-frequency'],
    ],
    nn: [
      ['kor mange gonger per døgn skal ho ete', 'feeding-frequency'],
      ['kor mange gonger bør eg mjølke ut for hand per døgn', 'hand-expression.when'],
    ],
    en: [
      ['how many feeds per day does a newborn need', 'feeding-frequency'],
      ['how many pumping sessions per day is enough', 'pumping-frequency'],
    ],
  });
});
