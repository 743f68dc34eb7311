import { LOCALES } from '../../src/mother/profile';
import { scoreSmallSet } from './evaluate';
import { SITUATIONS } from './situation-set';

/**
 * Issue 24: questions that describe a situation and name no word of their topic, written after the
 * retrieval was tuned on the other sets and never tuned on. Floors against going back, at what is
 * reached (15 of 48 in scope), far from the 97 % target: the README says so. A trial that tuned on
 * this set (27 of 48 here, the other sets unchanged) was not kept.
 */
describe('situations that name no word of their topic', () => {
  const result = scoreSmallSet(SITUATIONS, 'situations');

  it('has about 45 in-scope questions in every language and some to decline', () => {
    expect(result.inScopeTotal).toBeGreaterThanOrEqual(45);
    for (const lng of LOCALES) expect(SITUATIONS.filter((q) => q.locale === lng && 'topic' in q.expected).length).toBeGreaterThanOrEqual(10);
    expect(SITUATIONS.filter((q) => 'outside' in q.expected).length).toBeGreaterThanOrEqual(10);
  });

  it('finds the right topic first for at least 30 % of them (15 of 48 today)', () => {
    expect(result.inScope.all).toBeGreaterThanOrEqual(0.3);
  });

  it('declines at least 80 % of its near-scope and out-of-scope questions', () => {
    expect(result.declined).toBeGreaterThanOrEqual(0.8);
  });
});
