import { answerQuestion } from '../../src/knowledge/answer-question';
import { itTellsEach } from './support/answers-per-language';

/**
 * Everyday words for a few topics' facts: waiting for the milk is the milk coming in (a «c section» is the birth,
 * its «c» too short to count); dry diapers are the diapers' (too few wet ones); what to put the drops in is
 * collecting them; «har det noe å si», «does it make a difference» asks whether something matters, of any topic.
 */
describe('waiting for the milk, dry diapers, collecting the drops', () => {
  itTellsEach({
    nb: [
      ['hva putter jeg dråpene i så de ikke blir borte', 'hand-expression.giving'],
      ['bleiene er nesten tørre i dag, er det farlig', 'diapers'],
      ['venter fortsatt på melka på dag fire etter keisersnitt', 'milk-coming-in'],
    ],
    nn: [
      ['kva skal eg samle dropane i', 'hand-expression.giving'],
      ['han har hatt tørre bleiar heile dagen', 'diapers'],
    ],
    en: [
      ['still waiting for my milk on day four after a c section', 'milk-coming-in'],
      ['what should i put the drops in', 'hand-expression.giving'],
      ['only dry nappies since this morning', 'diapers'],
    ],
  });

  it('reads «har det noe å si» as asking whether it matters, lowering no confidence', () => {
    expect(answerQuestion('hun fikk ikke råmelk den første timen, har det noe å si').score).toBe(1);
  });
});
