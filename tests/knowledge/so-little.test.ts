import { itTellsEach } from './support/answers-per-language';

/**
 * A walk (i-walk37): after her pumpings she asked «er det normalt å få så lite?» and was declined. Getting
 * so little («få så lite», «får så lite ut», «get so little») with no thing named is her milk, as «så lite
 * melk» is: what to expect, hand expression's how-much. With a pumping named it stays the pump's question.
 */
describe('getting so little', () => {
  itTellsEach({
    nb: [
      ['er det normalt å få så lite?', 'hand-expression.how-much'],
      ['jeg får så lite ut, er det normalt', 'hand-expression.how-much'],
      ['er det vanlig at jeg bare får så lite', 'hand-expression.how-much'],
      ['er det normalt å få så lite melk?', 'hand-expression.how-much'],
    ],
    nn: [
      ['er det normalt å få så lite?', 'hand-expression.how-much'],
      ['eg får så lite ut, er det vanleg', 'hand-expression.how-much'],
    ],
    en: [
      ['is it normal to get so little?', 'hand-expression.how-much'],
      ['i only get so little out, is that normal', 'hand-expression.how-much'],
    ],
  });
});
