import { itTellsEach } from './support/answers-per-language';

/** A Norwegian compound is what its last part is: «melkemaskina», «mjølkepumpa» are the pump. */
describe('a compound read by its last part', () =>
  itTellsEach({
    nb: [['hvor ofte skal melkemaskina på i løpet av natta', 'pumping-frequency']],
    nn: [['kor ofte skal eg bruke mjølkepumpa', 'pumping-frequency']],
  }));
