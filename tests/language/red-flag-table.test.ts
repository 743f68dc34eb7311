import { PHRASINGS, type Category, type Language, type Level } from './red-flag-phrasings';
import { detectedLevel, scoreTable } from './red-flag-score';

const LANGUAGES: Language[] = ['nb', 'nn', 'en'];
const ALARM_CATEGORIES: Category[] = [
  'baby-not-breathing', 'baby-not-responding', 'baby-blue-grey', 'baby-seizure', 'baby-floppy-not-responding', 'baby-grunting-dusky',
  'mother-bleeding-fainting', 'mother-chest-pain', 'mother-breathless',
  'baby-fever', 'baby-sleepy', 'baby-not-feeding', 'baby-yellow-early', 'baby-yellow-sleepy', 'baby-green-vomit', 'baby-no-wet-diaper',
  'mother-fever-chills', 'mother-breast-red-fever', 'mother-heavy-bleeding',
];

const count = (level: Level, language?: Language): number =>
  PHRASINGS.filter((p) => p.level === level && (language === undefined || p.language === language)).length;

describe('the red-flag table', () => {
  it('is large enough: 150 phrasings, 60 alarms and 60 quiet ones, every category in every language', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(150);
    expect(count('emergency') + count('urgent')).toBeGreaterThanOrEqual(60);
    expect(count('none')).toBeGreaterThanOrEqual(60);
    for (const language of LANGUAGES) {
      expect({ language, emergency: count('emergency', language) > 0, urgent: count('urgent', language) > 0, none: count('none', language) > 0 })
        .toEqual({ language, emergency: true, urgent: true, none: true });
    }
    const missing = ALARM_CATEGORIES.flatMap((category) =>
      LANGUAGES.filter((language) => !PHRASINGS.some((p) => p.category === category && p.language === language)).map((language) => `${category}/${language}`),
    );
    expect(missing).toEqual([]);
    expect(new Set(PHRASINGS.map((p) => `${p.text}|${p.hoursSinceBirth ?? ''}`)).size).toBe(PHRASINGS.length);
  });

  it.each(PHRASINGS.map((p) => [p.level, p.language, p.text, p.hoursSinceBirth ?? '-', p] as const))(
    '%s (%s): "%s" (hours since birth %s)',
    (_level, _language, _text, _hours, phrasing) => {
      expect(detectedLevel(phrasing)).toBe(phrasing.level);
    },
  );

  it('catches every alarm and never says 113 to something that is not an emergency', () => {
    const score = scoreTable(PHRASINGS);
    expect(score.caught).toBe(score.alarms);
    expect(score.false113).toBe(0);
  });
});
