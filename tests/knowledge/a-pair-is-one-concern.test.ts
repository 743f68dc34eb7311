import { itTellsEach } from './support/answers-per-language';

/**
 * The two of a pair («mellom helsestasjonen og fastlegen», «between a midwife and a health visitor») are one thing
 * she asks about: «og», «and» between them parts no concerns, and «mellom» there is no time between feeds.
 */
describe('a pair is one concern', () => {
  itTellsEach({
    nb: [
      ['hva er forskjellen mellom helsestasjonen og fastlegen, hvem ringer jeg', 'where-to-get-help'],
      ['hvor lenge skal det gå mellom hver amming og hvor ofte om natta', 'feeding-frequency'],
    ],
    nn: [['kva er skilnaden mellom jordmora og helsestasjonen, kven ringjer eg', 'where-to-get-help']],
    en: [
      ['whats the difference between a midwife and a health visitor, who do i call', 'where-to-get-help'],
      ['should I use both my hands and the pump', 'hand-expression.vs-pump'],
    ],
  });
});
