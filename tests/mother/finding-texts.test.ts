import { findingTextKey, findingTextParams, stageTextKey } from '../../src/mother/finding-text';
import type { Finding } from '../../src/mother/findings';
import { LOCALES } from '../../src/mother/profile';
import { FINDING_CODES, FINDING_SEVERITY } from '../../src/mother/severity';
import { WEEK_STAGES } from '../../src/mother/week-machine';
import { hasKey, t } from '../../src/i18n';

const SAMPLE_DATA = { count: 5, ml: 12, expected: 6, day: 5, minutes: 75 };

/** Every text a finding can show: each code at its own severity, and wet-low also at contact. */
const shown: Finding[] = [
  ...FINDING_CODES.map((code): Finding => ({ code, severity: FINDING_SEVERITY[code], at: '2026-05-05T10:00:00Z', data: SAMPLE_DATA })),
  { code: 'diapers.wet-low', severity: 'contact', at: '2026-05-08T10:00:00Z', data: SAMPLE_DATA },
];

describe('guide texts of the findings', () => {
  it.each(LOCALES)('%s has a text for every finding and every stage, with every value filled in', (locale) => {
    for (const finding of shown) {
      const key = findingTextKey(finding);
      expect({ key, present: hasKey(locale, key) }).toEqual({ key, present: true });
      const text = t(locale, key, findingTextParams(finding));
      expect({ key, text }).toEqual({ key, text: expect.not.stringMatching(/{{|}}/) });
    }
    for (const stage of WEEK_STAGES) expect(hasKey(locale, stageTextKey(stage))).toBe(true);
  });

  it.each(LOCALES)('%s: contact texts name jordmor or helsestasjon today; urgent 116 117; emergency 113', (locale) => {
    const today = { nb: 'i dag', nn: 'i dag', en: 'today' }[locale];
    const contact = shown.filter((f) => f.severity === 'contact');
    for (const finding of [...contact, ...contact.map((f) => ({ ...f, data: { ...SAMPLE_DATA, count: 1 } }))]) {
      const text = t(locale, findingTextKey(finding), findingTextParams(finding));
      expect({ code: finding.code, text }).toEqual({ code: finding.code, text: expect.stringMatching(/jordmor|helsestasjon/) });
      expect({ code: finding.code, text }).toEqual({ code: finding.code, text: expect.stringContaining(today) });
    }
    expect(t(locale, 'findings:red-flag.urgent')).toContain('116 117');
    expect(t(locale, 'findings:red-flag.emergency')).toContain('113');
  });

  it('shows her numbers in the text', () => {
    expect(t('nb', 'findings:feeds.frequency-low', { count: 5 })).toContain('5 amminger');
    expect(t('en', 'findings:colostrum.day1-low', { ml: 7.5 })).toContain('7.5 ml');
    expect(t('nb', 'findings:colostrum.day1-low', { ml: 7.5 })).toContain('7,5 ml');
    expect(t('nb', 'findings:stools.low-day4', { count: 1 })).toContain('1 gul bæsjebleie');
    expect(t('nn', 'findings:diapers.wet-low', { count: 1, day: 2, expected: 2 })).toContain('1 våt bleie');
    expect(t('en', 'findings:feeds.frequency-low', { count: 3 })).toContain('3 feeds');
  });
});
