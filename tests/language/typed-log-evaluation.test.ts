import { LOCALES } from '../../src/mother/profile';
import { TYPED_LOGS, type LogClass } from './typed-log-evaluation-set';
import { scoreCheckinAnswers, scoreTypedLogs } from './typed-log-score';

/** Issue 24's targets on our own held-out typed logs. */
const TARGETS = { exact: 0.95, wrongStored: 0 } as const;

const CLASSES: LogClass[] = [
  'ordinary', 'per-breast', 'household-measure', 'by-hand', 'half-hour', 'time-range', 'several-times', 'nynorsk', 'body-sign', 'stool-only', 'typo', 'question',
];

describe('held-out evaluation of typed logs', () => {
  const score = scoreTypedLogs();
  const checkins = scoreCheckinAnswers();

  it('has at least 150 cases, most in bokmål, every class and language covered', () => {
    expect(TYPED_LOGS.length).toBeGreaterThanOrEqual(150);
    const perLocale = Object.fromEntries(LOCALES.map((locale) => [locale, TYPED_LOGS.filter((c) => c.locale === locale).length]));
    expect(perLocale.nb).toBeGreaterThan(TYPED_LOGS.length / 2);
    expect(LOCALES.filter((locale) => perLocale[locale] === 0)).toEqual([]);
    expect(CLASSES.filter((kind) => !TYPED_LOGS.some((c) => c.kind === kind))).toEqual([]);
  });

  it('stores nothing wrong: every stored event is what she said', () => {
    expect(score.misses.filter((miss) => miss.wrongStored)).toEqual([]);
    expect(score.wrongStored).toBe(TARGETS.wrongStored);
  });

  it('gets at least 95 % of typed logs exactly right (the figures: npx tsx tests/language/typed-log-figures.ts)', () => {
    if (score.exact / score.total < TARGETS.exact) expect(score.misses).toEqual([]);
    expect(score.exact / score.total).toBeGreaterThanOrEqual(TARGETS.exact);
  });


  it('files every check-in answer with words around its number', () => {
    expect(checkins.misses).toEqual([]);
  });
});
