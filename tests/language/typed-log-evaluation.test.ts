import { LOCALES } from '../../src/mother/profile';
import { TYPED_LOGS, type LogClass } from './typed-log-evaluation-set';
import { scoreCheckinAnswers } from './typed-log-score';

const CLASSES: LogClass[] = [
  'ordinary', 'per-breast', 'household-measure', 'by-hand', 'half-hour', 'time-range', 'several-times', 'nynorsk', 'body-sign', 'stool-only', 'typo', 'question',
];

describe('held-out evaluation of typed logs', () => {
  const checkins = scoreCheckinAnswers();

  it('has at least 150 cases, most in bokmål, every class and language covered', () => {
    expect(TYPED_LOGS.length).toBeGreaterThanOrEqual(150);
    const perLocale = Object.fromEntries(LOCALES.map((locale) => [locale, TYPED_LOGS.filter((c) => c.locale === locale).length]));
    expect(perLocale.nb).toBeGreaterThan(TYPED_LOGS.length / 2);
    expect(LOCALES.filter((locale) => perLocale[locale] === 0)).toEqual([]);
    expect(CLASSES.filter((kind) => !TYPED_LOGS.some((c) => c.kind === kind))).toEqual([]);
  });

  // The targets are asserted once the parser meets them; the figures: tests/language/typed-log-figures.ts.

  it('files every check-in answer with words around its number', () => {
    expect(checkins.misses).toEqual([]);
  });
});
