import { termsOfWord } from '../../src/knowledge/analyzer';
import { itTellsEach } from './support/answers-per-language';

/**
 * «Noen som svarer», «nokon som kan hjelpe», «someone who answers»: she asks whom to turn to, where to get help,
 * whatever time of day she names. A compound ending in a little word («amme|spørsmål») is what its first part is
 * about, never a first part with a stray end («ammes» + «pørsmål»).
 */
describe('someone who answers her questions', () => {
  itTellsEach({
    nb: [
      ['finnes det noen som kan svare meg på et ammespørsmål i helgen', 'where-to-get-help'],
      ['er det folk som svarer på telefonen om kvelden hvis ammingen går dårlig', 'where-to-get-help'],
    ],
    nn: [['finst det nokon som svarar på amming om natta', 'where-to-get-help']],
    en: [['is there someone who answers breastfeeding questions in the evening', 'where-to-get-help']],
  });

  it('reads a compound ending in «spørsmål» as its first part', () => {
    expect(termsOfWord('ammespørsmål')).toEqual([termsOfWord('ammespørsmål')[0], termsOfWord('amme')[0]]);
    expect(termsOfWord('pumpespørsmål')).toContain(termsOfWord('pumpe')[0]);
  });
});
