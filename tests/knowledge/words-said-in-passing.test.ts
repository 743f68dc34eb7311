import { itTellsEach } from './support/answers-per-language';

/**
 * Words said in passing fit any question: how sure she is («omtrent», «roughly», «absolutt»), what counts as what
 * («regnes som»), people in general («folk»), managing, and getting hold of a pump by borrowing or renting it.
 */
describe('words said in passing', () => {
  itTellsEach({
    nb: [
      ['klarer hun å få i seg nok', 'enough-milk'],
      ['er det absolutt nødvendig å vekke henne for å amme', 'feeding-frequency'],
      ['hvor lenge regnes melk som trygg i kjøleskapet', 'milk-storage'],
    ],
    nn: [
      ['eg lånte pumpe på sjukehuset, kor ofte skal eg bruke ho', 'pumping-frequency'],
      ['kor ofte skal folk pumpe', 'pumping-frequency'],
    ],
    en: [
      ['roughly how often should a newborn feed', 'feeding-frequency'],
      ['I borrowed a pump from the hospital, how often should I use it', 'pumping-frequency'],
    ],
  });
});
