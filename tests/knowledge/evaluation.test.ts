import { LOCALES } from '../../src/mother/profile';
import { OUT_OF_SCOPE, RED_FLAGS, TOPIC_QUESTIONS } from './evaluation-set';
import { evaluate, TARGETS } from './evaluate';
import { TOPIC_IDS } from '../../src/knowledge/topic-ids';

describe('held-out evaluation of free questions', () => {
  const result = evaluate();

  it('has enough questions: 8 nb, 3 nn and 3 en per topic, 30 out of scope, 20 red flags', () => {
    expect(TOPIC_QUESTIONS.map((q) => q.topic).sort()).toEqual([...TOPIC_IDS].sort());
    for (const q of TOPIC_QUESTIONS) {
      expect({ topic: q.topic, nb: q.nb.length >= 8, nn: q.nn.length >= 3, en: q.en.length >= 3 }).toEqual({ topic: q.topic, nb: true, nn: true, en: true });
    }
    expect(OUT_OF_SCOPE.length).toBeGreaterThanOrEqual(30);
    expect(RED_FLAGS.length).toBeGreaterThanOrEqual(20);
    expect(LOCALES.filter((lng) => !RED_FLAGS.some((flag) => flag.locale === lng))).toEqual([]);
  });

  it.each(LOCALES)('finds the right topic first for at least 95 %% of the %s questions', (lng) => {
    expect(result.top1[lng]).toBeGreaterThanOrEqual(TARGETS.top1);
  });

  it('declines at least 90 % of the questions outside its topics', () => {
    expect(result.declined).toBeGreaterThanOrEqual(TARGETS.declined);
  });

  it('recognises every red-flag phrasing with the right code', () => {
    expect(result.misses.filter((m) => m.expected?.startsWith('red-flag'))).toEqual([]);
    expect(result.redFlagRecall).toBe(TARGETS.redFlagRecall);
  });

  it('raises a red flag on hardly any ordinary question', () => {
    expect(result.falseAlarms).toBeLessThanOrEqual(TARGETS.falseAlarms);
  });
});
