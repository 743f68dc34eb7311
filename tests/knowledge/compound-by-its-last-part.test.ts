import { itTellsEach } from './support/answers-per-language';

/** A Norwegian compound is what its last part is: «melkemaskinen», «mjølkepumpa» are the pump. */
describe('a compound read by its last part', () =>
  itTellsEach({
    nb: [['hvor ofte må jeg bruke melkemaskinen', 'pumping-frequency']],
    nn: [['kor ofte skal eg bruke mjølkepumpa', 'pumping-frequency']],
  }));
