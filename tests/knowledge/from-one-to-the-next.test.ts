import { itTellsEach } from './support/answers-per-language';

/** «Fra den ene ammingen til den neste»: the time between two feeds or pumpings asks how often. */
describe('from one feed to the next', () =>
  itTellsEach({
    nb: [['hvor lenge skal jeg vente fra den ene ammingen til den neste', 'feeding-frequency'], ['hvor lang tid fra en pumping til den neste', 'pumping-frequency']],
    nn: [['kor lenge bør ho vente frå ei amming til den neste', 'feeding-frequency'], ['kor lang tid skal det vere frå ei pumping til den neste', 'pumping-frequency']],
  }));
