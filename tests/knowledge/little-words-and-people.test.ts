import { itTellsEach } from './support/answers-per-language';

/**
 * Little words of linking and comment («i all verden», «whether», «ur»), the past of weak verbs, words of reading,
 * hearing, not knowing or recommending, and the people round her («samboeren spør», «my husband asks») carry no
 * topic: no topic holds them, and they must not push a question out of scope. «Innholdet i bleia» holds no «hold»
 * (keeping milk), and «nurse showed me» is a health worker, not a feed.
 */
describe('little words and the people round her', () => {
  itTellsEach({
    nb: [
      ['mannen min spør om hvordan et godt sugetak ser ut', 'latch'],
      ['hva med innholdet i bleia på dag tre', 'diapers'],
    ],
    nn: [
      ['sambuaren spør korleis eit godt sugetak ser ut', 'latch'],
      ['eg las på nettet om brystspreng, kva hjelper', 'engorgement'],
    ],
    en: [
      ['no idea whether she gets enough', 'enough-milk'],
      ['read online about engorgement, what helps', 'engorgement'],
      ['my husband asks whether the latch looks ok', 'latch'],
      ['nurse showed me once but how do I hand express', 'hand-expression.how'],
    ],
  });
});
