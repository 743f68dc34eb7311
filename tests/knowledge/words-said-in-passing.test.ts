import { answerQuestion } from '../../src/knowledge/answer-question';
import { itTellsEach } from './support/answers-per-language';

/**
 * Words said in passing fit any question: how sure she is («omtrent», «roughly», «absolutt»), what counts as what
 * («regnes som»), people in general («folk»), managing, and getting hold of a pump by borrowing or renting it.
 */
describe('words said in passing', () => {
  itTellsEach({
    nb: [
      ['klarer hun å få i seg nok', 'enough-milk'],
      ['er det absolutt nødvendig å vekke henne for å amme', 'feeding-frequency'],
      ['hvor lenge regnes melk som trygg i kjøleskapet', 'milk-storage'],
    ],
    nn: [
      ['eg lånte pumpe på sjukehuset, kor ofte skal eg bruke ho', 'pumping-frequency'],
      ['kor ofte skal folk pumpe', 'pumping-frequency'],
    ],
    en: [
      ['roughly how often should a newborn feed', 'feeding-frequency'],
      ['I borrowed a pump from the hospital, how often should I use it', 'pumping-frequency'],
    ],
  });
});

/**
 * More words said in passing, which no topic holds and which must not push a question out of scope: how it is
 * meant to be («meningen», «meant to»), what goes on («foregår», «going on»), crying and screaming beside a
 * hunger cue, relief asked for, the midwife as «mw», putting or setting something («sette» is no pump setting),
 * and asking to have it explained, which asks how.
 */
describe('more words said in passing', () => {
  itTellsEach({
    nb: [
      ['hvor ofte er det meningen at hun skal die', 'feeding-frequency'],
      ['hvordan merker jeg at han er sulten før han gråter', 'feeding-frequency'],
      ['skal jeg sette en alarm for å pumpe om natta', 'pumping-frequency'],
      ['kan du forklare meg håndmelking', 'hand-expression.how'],
      ['hva er det som foregår med bæsjen', 'diapers'],
    ],
    nn: [
      ['kor ofte er det meininga at ein skal pumpe', 'pumping-frequency'],
      ['korleis veit eg at ho er svolten før ho skrik', 'feeding-frequency'],
    ],
    en: [
      ['how often am I meant to pump at the start', 'pumping-frequency'],
      ['what is going on in my breasts during pregnancy', 'breast-changes'],
      ['how do i get some relief from engorged breasts', 'engorgement'],
      ['how can i tell she is hungry before she starts crying', 'feeding-frequency'],
      ['the mw said to pump every 3 hours, how often is right', 'pumping-frequency'],
      ['explain hand expression to me please', 'hand-expression.how'],
    ],
  });
});

describe('a word said in passing lowers no confidence', () => {
  it.each([
    ['hva foregår i puppene når man er gravid', 'breast-changes'],
    ['is there any relief for cracked nipples', 'sore-nipples'],
    ['the mw weighed him, how much weight loss is ok', 'baby-weight'],
  ] as const)('"%s" is %s, answered with full confidence', (text, topic) => {
    expect(answerQuestion(text)).toMatchObject({ topic, score: 1 });
  });
});

describe('nynorsk words for a spoon and for losing weight', () => {
  itTellsEach({
    nn: [
      ['kor mykje vekt er det vanleg at ho misser', 'baby-weight'],
      ['er det normalt å få berre ei halv teskei første dagen', 'hand-expression.how-much'],
    ],
  });
});
