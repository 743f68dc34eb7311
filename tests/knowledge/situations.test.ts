import { LOCALES } from '../../src/mother/profile';
import { scoreSmallSet } from './evaluate';
import { SITUATIONS } from './situation-set';

/**
 * Issue 24: questions that describe a situation and name no word of their topic, written after the
 * retrieval was tuned on the other sets and never tuned on. Floors against going back, below what is
 * reached (38 of 48 in scope since each topic's everyday words and the ranking changes; 15 of 48
 * before), short of the 97 % target: the README says so. A trial that tuned on this set (27 of 48
 * here, the other sets unchanged) was not kept; the everyday words are written from TOPICS.md.
 */
describe('situations that name no word of their topic', () => {
  const result = scoreSmallSet(SITUATIONS, 'situations');

  it('has about 45 in-scope questions in every language and some to decline', () => {
    expect(result.inScopeTotal).toBeGreaterThanOrEqual(45);
    for (const lng of LOCALES) expect(SITUATIONS.filter((q) => q.locale === lng && 'topic' in q.expected).length).toBeGreaterThanOrEqual(10);
    expect(SITUATIONS.filter((q) => 'outside' in q.expected).length).toBeGreaterThanOrEqual(10);
  });

  it('finds the right topic first for at least 75 % of them (38 of 48 today)', () => {
    expect(result.inScope.all).toBeGreaterThanOrEqual(0.75);
  });

  it('declines at least 80 % of its near-scope and out-of-scope questions', () => {
    expect(result.declined).toBeGreaterThanOrEqual(0.8);
  });
});
