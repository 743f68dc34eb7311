import { weekChartPng } from '../../src/edge/picture/week-chart';
import { summaryCard } from '../../src/edge/summary/summary-card';
import { summaryPdf } from '../../src/edge/summary/summary-pdf';
import { summaryView } from '../../src/edge/summary/summary-view';
import { midwifeSummary } from '../../src/mother/midwife-summary';
import type { Locale } from '../../src/mother/profile';
import { atHour } from '../../src/mother/time';
import { weekTable, type WeekSource } from '../../src/mother/week-table';
import { t } from '../../src/support/i18n';
import { fixtureWeek, FIXTURE_NOW } from '../picture/week-fixture';
import { pdfText } from './pdf-text';

// The browser bundle parses without a DOM; the package's main entry is ESM-only in this version.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof import('adaptivecards');

const source = fixtureWeek('both');
const pdfOf = (week: WeekSource, locale: Locale, now = FIXTURE_NOW) => summaryPdf(summaryView(midwifeSummary(week, now), locale, now), weekChartPng(weekTable(week, now), locale), locale, now);

describe('the summary for the jordmor or helsesykepleier', () => {
  it('gives her birth time in her zone, her feeding mode, the first hour and when the milk came in', () => {
    const view = summaryView(midwifeSummary(source, FIXTURE_NOW), 'nb', FIXTURE_NOW);
    expect(view.facts).toEqual([
      { title: 'Fødsel', value: '24.11.2026 kl. 03.10' },
      { title: 'Amming og pumping', value: 'Ammer og pumper' },
      { title: 'Første time', value: 'Amming, pumping eller håndmelking kom i gang i løpet av den første timen' },
      { title: 'Tegn på at melken har kommet inn', value: 'Tre pumpeøkter på rad med minst 20 ml: 26.11.2026 kl. 21.10 (dag 3)' },
      { title: 'Siste svarte bæsj (barnebek)', value: 'Ingen ført' },
    ]);
  });

  it('gives the day of her last logged black stool (barnebek), which a midwife looks for to have passed by day 4-5', () => {
    const day2 = atHour(source.profile, 30);
    const day3 = atHour(source.profile, 50);
    const withBlack = {
      ...source,
      events: [
        ...source.events,
        { type: 'diaper' as const, at: day2, wet: true, stool: 'meconium' as const },
        { type: 'diaper' as const, at: day3, stool: 'meconium' as const },
      ],
    };
    expect(midwifeSummary(withBlack, FIXTURE_NOW).lastBlackStool).toEqual({ at: day3, day: 3 });
    expect(summaryView(midwifeSummary(withBlack, FIXTURE_NOW), 'en', FIXTURE_NOW).facts.at(-1)).toEqual({
      title: 'Last black poo (meconium)',
      value: expect.stringMatching(/\(day 3\)$/) as unknown as string,
    });
    // A black stool logged for a time still to come is not in the summary yet.
    expect(midwifeSummary({ ...source, events: [...source.events, { type: 'diaper' as const, at: atHour(source.profile, 400), stool: 'meconium' as const }] }, FIXTURE_NOW).lastBlackStool).toBeUndefined();
  });

  it('reads the first hour from a session logged within it, then her answer, and says so when neither is known', () => {
    const { firstHour: _answer, ...unanswered } = source.profile;
    const done = [{ code: 'first-hour.done' as const, severity: 'info' as const, at: atHour(source.profile, 3), data: { minutes: 40 } }];
    const missed = [{ code: 'first-hour.missed' as const, severity: 'advice' as const, at: atHour(source.profile, 3), data: { minutes: 300 } }];
    expect(midwifeSummary({ ...source, profile: unanswered, findings: done }, FIXTURE_NOW).firstHour).toBe('within');
    expect(midwifeSummary({ ...source, findings: [] }, FIXTURE_NOW).firstHour).toBe('within');
    expect(midwifeSummary({ ...source, profile: { ...source.profile, firstHour: 'no' as const }, findings: missed }, FIXTURE_NOW).firstHour).toBe('after');
    expect(midwifeSummary({ ...source, profile: unanswered, findings: [] }, FIXTURE_NOW).firstHour).toBe('unknown');
    // A helper found «Kom ikke i gang i løpet av den første timen» in the summary of a mother who skipped the
    // question and logged her first feed later: a first log after the hour is no sign she started late.
    expect(midwifeSummary({ ...source, profile: unanswered, findings: missed }, FIXTURE_NOW).firstHour).toBe('unknown');
  });

  it('has a row per day, a star on a count from her check-in answer, and each finding with its date and advice', () => {
    const view = summaryView(midwifeSummary(source, FIXTURE_NOW), 'en', FIXTURE_NOW);
    expect(view.table[0]).toEqual(['Day', 'Breastfeeds', 'Pumping', 'Pumped ml', 'Hand expressed ml', 'Wet', 'Yellow']);
    expect(view.table[2]).toEqual(['2', '9*', '3', '19', '0', '2', '0']);
    expect(view.answeredNote).toBe('* from her answer to the daily check-in; it covers the 24 hours before she answered');
    expect(view.findings.at(-1)).toEqual({
      heading: '29/11/2026 09:10 (day 6) · Contact the same day',
      text: t('en', 'findings:diapers.wet-low-contact', { count: 4, expected: 6, day: 6 }),
    });
  });

  it('leaves out pumping for a mother who only breastfeeds, and says when there are no findings', () => {
    const breast = fixtureWeek('breast');
    const view = summaryView(midwifeSummary({ ...breast, findings: [] }, FIXTURE_NOW), 'nn', FIXTURE_NOW);
    expect(view.table[0]).toEqual(['Dag', 'Amming', 'Handmjølka ml', 'Våte', 'Gule']);
    expect(view.findings).toEqual([]);
    expect(view.noFindings).toBe('Ingen funn');
    expect(view.facts[3]).toEqual({ title: 'Teikn på at mjølka har kome inn', value: 'Ingen teikn ført enno' });
  });

  it('is an Adaptive Card that the SDK reads at 1.5 without a problem', () => {
    const card = summaryCard(summaryView(midwifeSummary(source, FIXTURE_NOW), 'nb', FIXTURE_NOW));
    const parsed = new AC.AdaptiveCard();
    const context = new AC.SerializationContext(AC.Versions.v1_5);
    parsed.parse(card, context);
    const problems = [...Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message), ...parsed.validateProperties().validationEvents.map((e) => e.message)];
    expect(problems).toEqual([]);
    expect(JSON.stringify(card)).toContain('Funn og råd hun fikk');
  });
});

describe('the summary as a PDF', () => {
  it('is one A4 page whose text gives her counts, her findings and what she was advised', async () => {
    const pdf = await pdfOf(source, 'nb');
    const { text, pages } = pdfText(pdf);
    expect(pages).toBe(1);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Oppsummering av første uke');
    expect(flat).toContain('Fødsel 24.11.2026 kl. 03.10');
    expect(flat).toContain('2 9* 3 19 0 2 0');
    expect(flat).toContain('7 8 2 115 0 7 4');
    expect(flat).toContain('29.11.2026 kl. 09.10 (dag 6) · Kontakt samme dag');
    expect(flat).toContain(t('nb', 'findings:diapers.wet-low-contact', { count: 4, expected: 6, day: 6 }));
  });

  it('gives the same bytes for the same summary, and carries the chart', async () => {
    const [first, second] = await Promise.all([pdfOf(source, 'en'), pdfOf(source, 'en')]);
    expect(first.equals(second)).toBe(true);
    expect(first.toString('latin1')).toContain('/Subtype /Image');
  });

  it('stays on one page with findings on every morning of the week, a repeated advice once with all its dates', async () => {
    const morning = (day: number) => atHour(source.profile, day * 24 + 7);
    const busy = {
      ...source,
      findings: [
        ...source.findings,
        ...[1, 2, 3, 4, 5, 6].map((day) => ({ code: 'feeds.frequency-low' as const, severity: 'advice' as const, at: morning(day), data: { count: 6, feeds: 4, pumps: 2 } })),
        ...[1, 2, 3, 4, 5].map((day) => ({ code: 'diapers.wet-low' as const, severity: (day >= 3 ? 'contact' : 'advice') as 'contact' | 'advice', at: morning(day), data: { count: 1, expected: 6, day: day + 1 } })),
        { code: 'activation.watch-72h' as const, severity: 'advice' as const, at: morning(3) },
        { code: 'stools.low-day4' as const, severity: 'contact' as const, at: morning(4), data: { count: 1 } },
        { code: 'stools.meconium-day5' as const, severity: 'contact' as const, at: morning(5) },
        { code: 'pump.single' as const, severity: 'advice' as const, at: morning(2) },
        { code: 'red-flag.urgent' as const, severity: 'urgent' as const, at: morning(6) },
      ],
    };
    const view = summaryView(midwifeSummary(busy, FIXTURE_NOW), 'nn', FIXTURE_NOW);
    const feedsLow = view.findings.find((f) => f.heading.includes('(dag 2), ') && f.text === t('nn', 'findings:feeds.frequency-low-both', { count: 6, feeds: 4, pumps: 2 }));
    expect(feedsLow?.heading.match(/\(dag \d\)/g)).toEqual(['(dag 2)', '(dag 3)', '(dag 4)', '(dag 5)', '(dag 6)', '(dag 7)']);
    const { text, pages } = pdfText(await pdfOf(busy, 'nn'));
    expect(pages).toBe(1);
    expect(text.replace(/\s+/g, ' ')).toContain(t('nn', 'findings:red-flag.urgent'));
  });
});
