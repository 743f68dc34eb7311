import { DateTime } from 'luxon';
import { summaryView } from '../../src/edge/summary/summary-view';
import { midwifeSummary } from '../../src/mother/midwife-summary';
import type { RedFlagSign, SymptomEvent } from '../../src/mother/events';
import type { Finding } from '../../src/mother/findings';
import type { Locale } from '../../src/mother/profile';
import { t } from '../../src/support/i18n';
import { onboardCard } from '../support/test-app';
import { chat, setClock, stageForTests } from '../dialogs/support/chat';
import { fixtureWeek, FIXTURE_NOW } from '../picture/week-fixture';

/**
 * A midwife reading the summary asked which sign a red flag was about: the finding alone said only
 * "urgent". The sign her words named is kept (never her words) and the summary says it.
 */
const ZONE = 'Europe/Oslo';
const BIRTH = '2026-11-24T03:10:00+01:00';
const onDay3 = DateTime.fromISO(BIRTH, { zone: ZONE }).plus({ hours: 50 }).toUTC().toISO()!;
const CHANNEL_LOCALE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-US' };
const SUMMARY_WORD: Record<Locale, string> = { nb: 'oppsummering', nn: 'oppsummering', en: 'summary' };

describe('the summary names the red-flag sign she wrote about', () => {
  const stage = stageForTests();

  it.each([
    ['nb', 'hun har 39 i feber og vil ikke våkne skikkelig', ['baby-fever', 'hard-to-wake'], 'red-flag.urgent', 'feber hos babyen og at babyen var vanskelig å vekke'],
    ['nb', 'jeg har feber og frysninger', ['mother-fever'], 'red-flag.urgent', 'feber hos mor, med frysninger eller vondt eller rødt bryst'],
    ['nn', 'ho pustar ikkje', ['not-breathing'], 'red-flag.emergency', 'stopp i pusten eller gisping etter luft'],
    ['en', 'she has green vomit', ['green-vomit'], 'red-flag.urgent', 'green vomit'],
  ] as const)('%s: «%s» keeps the signs %j, and her summary card names them', async (locale, words, signs, code, named) => {
    await setClock(stage(), BIRTH);
    const c = chat(stage(), CHANNEL_LOCALE[locale]);
    await c.say({ nb: 'hei', nn: 'hei', en: 'hello' }[locale]);
    await c.say(onboardCard(BIRTH, 'breast', { firstHour: 'yes' }));
    await setClock(stage(), onDay3);

    const told = await c.say(words);
    // Her own signs alone name her 113 signs, not her baby's (tests/dialogs/clinical-safety).
    const hers = signs.every((sign) => sign === 'mother-fever');
    expect(told.text).toBe(t(locale, `findings:${code}${hers ? '-mother' : ''}`));
    const doc = await c.document();
    expect(doc?.events.filter((e) => e.type === 'symptom')).toEqual([expect.objectContaining({ code, signs })]);
    expect(doc?.events.find((e) => e.type === 'symptom')).not.toHaveProperty('text');

    const summary = await c.say(SUMMARY_WORD[locale]);
    expect(summary.card).toBe(true);
    expect(JSON.stringify(summary.replies)).toContain(t(locale, 'summary:findingHeadingSign', { heading: '', signs: named }));
  });
});

describe('red flags in the summary view', () => {
  const source = fixtureWeek('breast');
  /** Her red flag at `hours` after the birth: its finding, and its symptom with `signs` (none: kept before the signs were). */
  const flag = (hours: number, signs?: RedFlagSign[]): { finding: Finding; symptom: SymptomEvent } => {
    const at = DateTime.fromISO(source.profile.birthAt).plus({ hours }).toUTC().toISO()!;
    return { finding: { code: 'red-flag.urgent', severity: 'urgent', at }, symptom: { type: 'symptom', at, code: 'red-flag.urgent', ...(signs ? { signs } : {}) } };
  };
  const headings = (flags: Array<ReturnType<typeof flag>>) =>
    summaryView(
      midwifeSummary({ ...source, events: [...source.events, ...flags.map((f) => f.symptom)], findings: [...source.findings, ...flags.map((f) => f.finding)] }, FIXTURE_NOW),
      'nb',
      FIXTURE_NOW,
    ).findings.map((f) => f.heading);

  it('gives different signs an entry each, and the same signs on two days one entry', () => {
    const shown = headings([flag(30, ['baby-fever']), flag(40, ['jaundice', 'very-sleepy']), flag(60, ['baby-fever'])]).filter((h) => h.includes('Haster'));
    expect(shown).toHaveLength(2);
    expect(shown[0]).toMatch(/dag 2\).*dag 3\) · Haster · skrev om feber hos babyen$/);
    expect(shown[1]).toMatch(/dag 2\) · Haster · skrev om gul hud eller gule øyne og at babyen var svært søvnig eller slapp$/);
  });

  it('shows a red flag kept before the signs were without them', () => {
    const shown = headings([flag(30)]).filter((h) => h.includes('Haster'));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/dag 2\) · Haster$/);
  });
});
