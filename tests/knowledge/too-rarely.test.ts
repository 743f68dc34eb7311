import { itTellsEach } from './support/answers-per-language';

/** «For sjelden», «too rarely», «too seldom»: how often, asked from the other side. */
describe('too rarely', () =>
  itTellsEach({
    nb: [['håndmelker jeg for sjelden', 'hand-expression.when']],
    nn: [['ammar eg for sjeldan', 'feeding-frequency']],
    en: [['am I feeding her too rarely', 'feeding-frequency'], ['is pumping every 5 hours too seldom', 'pumping-frequency']],
  }));
