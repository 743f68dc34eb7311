import { FRESH_TYPED_LOGS } from './typed-log-fresh-set';
import { scoreTypedLogs } from './typed-log-score';

/** The fresh held-out set is measured, not a target: this only checks that it runs and that wrong-stored is reported. */
describe('fresh held-out typed logs', () => {
  it('is scored, with wrong-stored reported', () => {
    const score = scoreTypedLogs(FRESH_TYPED_LOGS);
    expect(score.total).toBe(FRESH_TYPED_LOGS.length);
    expect(typeof score.wrongStored).toBe('number');
    expect(score.misses.filter((m) => m.wrongStored)).toHaveLength(score.wrongStored);
  });
});
