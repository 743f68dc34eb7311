import { itTellsEach } from './support/answers-per-language';

/** Whether the baby gets, drinks or takes in what she needs is whether she gets enough. */
describe('what the baby needs', () => {
  itTellsEach({
    nb: [['hvordan ser jeg at babyen får det hun trenger', 'enough-milk']],
    nn: [['tek ho det ho treng frå brystet', 'enough-milk']],
    en: [
      ['is she drinking what she needs from me', 'enough-milk'],
      ['how can I tell he takes in what he needs at the breast', 'enough-milk'],
    ],
  });
});
