import { itTellsEach } from './support/answers-per-language';

/**
 * A part of her message that holds only a number and time words («han er 3 døgn», «he is 3 days old») tells how
 * old the baby is or how many: it asks nothing of its own, so it is no second concern beside her question (the 3
 * had sent it to the 3 × 20 ml sign).
 */
describe('a number alone is no concern', () => {
  itTellsEach({
    nb: [
      ['han er 3 døgn, hvor mange tissebleier er vanlig', 'diapers'],
      ['hun er 3 dager, hvor mange våte bleier er nok', 'diapers'],
    ],
    nn: [['ho er 3 døgn, kor mange våte bleiar er nok', 'diapers']],
    en: [['he is 3 days old, how many wet nappies should he have', 'diapers']],
  });
});
