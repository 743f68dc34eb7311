import { itTellsEach } from './support/answers-per-language';

/**
 * «Godt nok», «dypt nok», «good enough» say how good or how deep something is: they do not ask whether the baby
 * gets enough milk («får hun nok», «mett nok» still do). A deep latch is «dypt», nynorsk «djupt», as «deep».
 */
describe('how good is enough', () => {
  itTellsEach({
    nb: [
      ['er sugetaket hennes godt nok', 'latch'],
      ['hvordan vet jeg om sugetaket er dypt nok', 'latch'],
      ['får hun nok melk', 'enough-milk'],
    ],
    nn: [
      ['korleis veit eg at sugetaket er bra nok', 'latch'],
      ['er sugetaket djupt nok', 'latch'],
    ],
    en: [
      ['is her latch good enough', 'latch'],
      ['is she full enough after a feed', 'enough-milk'],
    ],
  });
});
