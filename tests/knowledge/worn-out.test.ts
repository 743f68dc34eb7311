import { itTellsEach } from './support/answers-per-language';

/**
 * How she is («jeg er helt ødelagt», «I'm wrecked») is no broken skin: the word that tells cracked nipples, said of
 * herself, is that she is worn out; said of her nipples it stays theirs. Waking up with something («våknet med»,
 * «woke up with») tells when she found it, not waking the baby for feeds.
 */
describe('worn out, and what she woke up with', () => {
  itTellsEach({
    nb: [
      ['våknet med brystspreng og er helt ødelagt, hva hjelper', 'engorgement'],
      ['brystvortene er helt ødelagte, hva gjør jeg', 'sore-nipples'],
      ['må jeg vekke henne for å amme om natta', 'feeding-frequency'],
    ],
    nn: [['vakna med brystspreng og er heilt øydelagd, kva hjelper', 'engorgement']],
    en: [
      ['woke up with engorgement and im wrecked, what helps', 'engorgement'],
      ['my nipples are wrecked, what helps', 'sore-nipples'],
    ],
  });
});
