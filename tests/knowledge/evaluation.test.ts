import { LOCALES } from '../../src/mother/profile';
import { TOPIC_IDS } from '../../src/knowledge/topic-ids';
import { ENGORGEMENT_RED_FLAGS, NEAR_SCOPE, NO_KEYWORD, OUT_OF_SCOPE, RED_FLAGS, SHORT_REWRITES, TOPIC_QUESTIONS, TWO_CONCERNS } from './evaluation-set';
import { evaluate, TARGETS } from './evaluate';

describe('held-out evaluation of free questions', () => {
  const result = evaluate();

  it('has enough questions: 8 nb, 3 nn and 3 en per topic, 30 out of scope, 30 near scope, 20 red flags, every set in every language', () => {
    expect(TOPIC_QUESTIONS.map((q) => q.topic).sort()).toEqual([...TOPIC_IDS].sort());
    for (const q of TOPIC_QUESTIONS) {
      expect({ topic: q.topic, nb: q.nb.length >= 8, nn: q.nn.length >= 3, en: q.en.length >= 3 }).toEqual({ topic: q.topic, nb: true, nn: true, en: true });
    }
    expect(OUT_OF_SCOPE.length).toBeGreaterThanOrEqual(30);
    expect(NEAR_SCOPE.length).toBeGreaterThanOrEqual(30);
    expect(RED_FLAGS.length).toBeGreaterThanOrEqual(20);
    for (const set of [RED_FLAGS, ENGORGEMENT_RED_FLAGS, NEAR_SCOPE, NO_KEYWORD, SHORT_REWRITES, TWO_CONCERNS]) {
      expect(LOCALES.filter((lng) => !set.some((q) => q.locale === lng))).toEqual([]);
    }
  });

  it.each(LOCALES)('finds the right topic first for at least 97 %% of the %s questions that name their topic (topics, short rewrites, two concerns)', (lng) => {
    expect(result.top1Named[lng]).toBeGreaterThanOrEqual(TARGETS.top1);
  });

  it('answers at least half of the questions that name no word of their topic (reported apart: below the 97 % target)', () => {
    expect(result.bySet['no-keyword'].all).toBeGreaterThanOrEqual(TARGETS.noKeyword);
  });

  it('offers the second concern of a two-concern question', () => {
    expect(result.secondOffered).toBeGreaterThanOrEqual(TARGETS.secondOffered);
  });

  it('declines at least 95 % of the questions outside its topics', () => {
    expect(result.declined).toBeGreaterThanOrEqual(TARGETS.declined);
  });

  it('declines at least 95 % of the questions close to a topic but outside it, naming what it cannot answer about', () => {
    expect(result.nearScopeDeclined).toBeGreaterThanOrEqual(TARGETS.nearScopeDeclined);
    expect(result.nearScopeNamed).toBeGreaterThanOrEqual(TARGETS.nearScopeNamed);
  });

  it('recognises every red-flag phrasing with the right code, engorgement with fever too', () => {
    expect(result.misses.filter((m) => m.set.includes('red flags'))).toEqual([]);
    expect(result.redFlagRecall).toBe(TARGETS.redFlagRecall);
    expect(result.engorgementRedFlagRecall).toBe(TARGETS.redFlagRecall);
  });

  it('raises a red flag on hardly any ordinary question', () => {
    expect(result.falseAlarms).toBeLessThanOrEqual(TARGETS.falseAlarms);
  });
});
