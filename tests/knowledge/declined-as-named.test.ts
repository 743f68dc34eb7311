import { itTellsEach } from './support/answers-per-language';

/**
 * Declined by name: pills are medicines, «tillegg» alone is formula given beside the breast («i tillegg» is only
 * «as well»), and her hair after the birth is her own body, outside every topic.
 */
describe('declined by what she names', () => {
  itTellsEach({
    nb: [
      ['hvor mye tillegg skal hun ha etter ammingen', { declined: 'formula' }],
      ['må jeg pumpe i tillegg til å håndmelke', 'hand-expression.vs-pump'],
      ['mister håret etter fødselen, er det ammingen', { declined: null }],
    ],
    nn: [
      ['kor mykje tillegg treng ho om natta', { declined: 'formula' }],
      ['håra mine dett av etter fødselen, kjem det av amminga', { declined: null }],
    ],
    en: [
      ['are allergy pills ok while breastfeeding', { declined: 'medicines' }],
      ['losing hair since the birth, is it from breastfeeding', { declined: null }],
    ],
  });
});
