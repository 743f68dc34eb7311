import { itTellsEach } from './support/answers-per-language';

/**
 * Sessions one after another in her words («back to back», «i strekk», «på rad») are the sessions in a row of the
 * 3 × 20 ml sign: «back» is no way back to the birth weight.
 */
describe('sessions in a row', () => {
  itTellsEach({
    nb: [['tre økter i strekk med over 20 ml', 'pumping-3x20']],
    nn: [['tre økter på rad med 25 ml, kva no', 'pumping-3x20']],
    en: [
      ['three sessions back to back with 25 ml each', 'pumping-3x20'],
      ['20 ml each time, back to back, what now', 'pumping-3x20'],
    ],
  });
});
