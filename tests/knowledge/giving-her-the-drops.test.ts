import { itTellsEach } from './support/answers-per-language';

/** Getting the drops into the baby is giving them, and a medicine cup or syringe is the cup or syringe, no medicine. */
describe('giving her the drops', () =>
  itTellsEach({
    nb: [['hvordan får jeg det i henne etterpå', 'hand-expression.giving'], ['kan jeg gi råmelka med medisinsprøyte', 'hand-expression.giving']],
    nn: [['korleis får eg det i han etterpå', 'hand-expression.giving']],
    en: [['how do i get them into her after expressing', 'hand-expression.giving'], ['can I use a medicine syringe for the colostrum', 'hand-expression.giving']],
  }));
