import { itTellsEach } from './support/answers-per-language';

/** «Et mål», «kvart mål»: in Norwegian speech a meal at the breast is a feed. */
describe('a feed called «mål»', () => {
  itTellsEach({
    nb: [['hvor mange mål om dagen får en nyfødt vanligvis', 'feeding-frequency']],
    nn: [['kor lenge bør det gå mellom kvart mål', 'feeding-frequency']],
  });
});
