import { itTellsEach } from './support/answers-per-language';

/** How much of the breast is in the baby's mouth is the latch (a big mouthful), not whether she gets enough milk. */
describe('a mouthful of breast', () =>
  itTellsEach({
    nb: [['er det nok av vortegården i munnen hans', 'latch']],
    nn: [['har ho mykje nok av puppen i munnen', 'latch']],
    en: [['how much of the areola should be in her mouth', 'latch'], ['is enough of the boob going into his mouth', 'latch']],
  }));
