import { answerQuestion } from '../../src/knowledge/answer-question';
import { itTellsEach } from './support/answers-per-language';

/**
 * «How often» asks about the act she names anywhere in her message: a machine she borrowed or rented, then «how many
 * times should I use it» or «is every 3 hours ok», is how often to pump, though the part that asks names no pump and
 * the part that names it reads as hand or pump, or as the 3 × 20 ml sign.
 */
describe('how often, of the act she names', () => {
  itTellsEach({
    nb: [['har leid en maskin for å få ut melk, hvor mange ganger skal jeg bruke den', 'pumping-frequency']],
    nn: [['eg har fått låne ei maskin til å få ut mjølk, kor mange gonger skal eg bruke ho', 'pumping-frequency']],
    en: [['i have the big hospital machine at home now, is every 3 hours ok or should i do it more', 'pumping-frequency']],
  });

  it('leaves the 3 × 20 sign, two acts, and counts of stools to their topics', () => {
    expect(answerQuestion('hvor ofte bytte program på pumpa').topic).toBe('pumping-3x20');
    expect(answerQuestion('hvor ofte skal jeg amme, og hvor ofte skal jeg pumpe')).toMatchObject({ topic: 'feeding-frequency', offer: 'pumping-frequency' });
    expect(answerQuestion('jordmora sa eg skulle mjølke ut sjølv til han kan suge, men kor ofte').topic).not.toBe('feeding-frequency');
  });
});
