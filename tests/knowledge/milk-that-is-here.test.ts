import { itTellsEach } from './support/answers-per-language';

/**
 * Her milk that is here or in place («før mjølka er på plass», «when will my milk be here») has come, as milk that
 * comes does: the milk coming in. Milk that is here in the fridge or out on the counter is storage's.
 */
describe('milk that is here', () => {
  itTellsEach({
    nb: [
      ['fødte med keisersnitt, hvor mange døgn før melka er på plass', 'milk-coming-in'],
      ['hvor lenge kan melka være her i kjøleskapet', 'milk-storage'],
    ],
    nn: [['kor lang tid før mjølka er på plass', 'milk-coming-in']],
    en: [
      ['when will my milk be here, day 3 now', 'milk-coming-in'],
      ['how long can the milk be out here on the counter', 'milk-storage'],
    ],
  });
});
