import { findingLineKey, findingTextKey, findingTextParams, stageTextKey } from '../../src/mother/finding-text';
import type { Finding } from '../../src/mother/findings';
import { LOCALES } from '../../src/mother/profile';
import { FINDING_CODES, FINDING_SEVERITY } from '../../src/mother/severity';
import { WEEK_STAGES } from '../../src/mother/week-stages';
import { hasKey, t } from '../../src/support/i18n';

const SAMPLE_DATA = { count: 5, ml: 12, expected: 6, day: 5, minutes: 75 };

/** Every text a finding can show: each code at its own severity, wet-low also at contact, the feed counts also in mode both. */
const shown: Finding[] = [
  ...FINDING_CODES.map((code): Finding => ({ code, severity: FINDING_SEVERITY[code], at: '2026-05-05T10:00:00Z', data: SAMPLE_DATA })),
  { code: 'diapers.wet-low', severity: 'contact', at: '2026-05-08T10:00:00Z', data: SAMPLE_DATA },
  { code: 'feeds.frequency-low', severity: 'advice', at: '2026-05-08T10:00:00Z', data: { count: 5, feeds: 3, pumps: 2 } },
  { code: 'feeds.frequency-ok', severity: 'info', at: '2026-05-08T10:00:00Z', data: { count: 12, feeds: 10, pumps: 2 } },
  { code: 'first-hour.missed', severity: 'advice', at: '2026-05-05T10:00:00Z' },
];
/** Shown under a more severe finding: a short line never names whom to contact (the lead does, once). */
const CONTACTS = /jordmor|helsestasjon|helsesykepleier|helsesjukepleiar|legevakt|116 117|113|fastlege|Ammehjelpen|midwife|child health clinic|public health nurse|out-of-hours|GP\b|bekymr|uroa|worried/i;

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

  it.each(LOCALES)('%s has a short line for every finding but the typed red flags, filled in, one sentence, naming no contact', (locale) => {
    for (const finding of shown.filter((f) => !f.code.startsWith('red-flag.'))) {
      for (const data of [finding.data, { ...finding.data, count: 1 }]) {
        const key = findingLineKey(finding);
        expect({ key, present: hasKey(locale, key) }).toEqual({ key, present: true });
        const line = t(locale, key, findingTextParams({ data }));
        expect({ key, line }).toEqual({ key, line: expect.not.stringMatching(/{{|}}|\n/) });
        expect({ key, line }).toEqual({ key, line: expect.not.stringMatching(CONTACTS) });
      }
    }
  });

  it.each(LOCALES)('%s: an urgent finding from a check-in gives the same next step as the urgent red flag typed', (locale) => {
    const typed = t(locale, 'findings:red-flag.urgent');
    for (const code of FINDING_CODES.filter((c) => FINDING_SEVERITY[c] === 'urgent' && !c.startsWith('red-flag.'))) {
      expect({ code, text: t(locale, `findings:${code}`) }).toEqual({ code, text: expect.stringContaining(typed) });
    }
  });

  it('mode both is told about breastfeeds and pump sessions together, never to aim for 8 pump sessions', () => {
    const both: Finding = { code: 'feeds.frequency-low', severity: 'advice', at: '2026-05-08T10:00:00Z', data: { count: 5, feeds: 3, pumps: 2 } };
    expect(findingTextKey(both)).toBe('findings:feeds.frequency-low-both');
    expect(t('nb', findingTextKey(both), findingTextParams(both))).not.toMatch(/8 pumpeøkter/);
    expect(findingTextKey({ ...both, data: { count: 5 } })).toBe('findings:feeds.frequency-low');
  });

  it.each(LOCALES)('%s: a missed first hour worked out from her logs says it rests on what she logged; only her own «no» is told back as fact', (locale) => {
    const fromLogs: Finding = { code: 'first-hour.missed', severity: 'advice', at: '2026-05-05T10:00:00Z', data: { minutes: 340 } };
    const said: Finding = { code: 'first-hour.missed', severity: 'advice', at: '2026-05-05T10:00:00Z' };
    const logged = { nb: /du har ført/, nn: /du har ført/, en: /you (have )?logged/ }[locale];
    expect(t(locale, findingTextKey(fromLogs), findingTextParams(fromLogs))).toMatch(logged);
    expect(t(locale, findingLineKey(fromLogs), findingTextParams(fromLogs))).toMatch(logged);
    expect(t(locale, findingTextKey(said))).not.toMatch(logged);
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
