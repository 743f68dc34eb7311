import type { FindingCode, Severity } from '../../mother/findings';
import type { Locale } from '../../mother/profile';
import { milestonesOf, WEEK_DAYS, type DayCount, type DayMilestones, type WeekDay, type WeekTable } from '../../mother/week-table';
import { t } from '../../support/i18n';
import { formatNumber } from './number-format';

/**
 * Her week as an SVG of our own making: one panel per series (bars per day, or a dot per pump
 * session), the rules' milestone lines dashed over them, the findings as coloured dots under their
 * day. Sizes are fixed and every number is written with fixed decimals, so the same week gives the
 * same SVG. Made for a phone: 720 px wide, shown at about half that, so no text is under 22 px.
 */

export const CHART_WIDTH = 720;
export const CHART_FONT_FAMILY = 'Inter';

const MARGIN = 24;
const COLUMN = (CHART_WIDTH - 2 * MARGIN) / WEEK_DAYS;
const PANEL_TITLE = 44;
const PLOT = 150;
/** Room above the tallest bar for its number. */
const LABEL_ROOM = 30;
const DAY_ROW = 40;
const PANEL_GAP = 14;
const PANEL_HEIGHT = PANEL_TITLE + PLOT + DAY_ROW + PANEL_GAP;

const INK = '#1f1f1f';
const MUTED = '#767676';
const GRID = '#d6d6d6';
const LINE = '#262626';
const TODAY = '#f1f1f1';
const MILK_IN = '#e3f2e6';
const COLOURS = { breastfeed: '#2f62ad', pump: '#8a4fb8', wet: '#1f8aa0', yellow: '#c18f00' } as const;
const SEVERITY_COLOURS: Record<Severity, string> = { info: '#2e7d32', advice: '#e8a200', contact: '#e65100', urgent: '#b71c1c', emergency: '#b71c1c' };
/** The severities the legend names: urgent and emergency are one colour, "call now". */
const LEGEND_SEVERITIES = ['info', 'advice', 'contact', 'urgent'] as const;

type PanelName = 'removals' | 'sessions' | 'wet' | 'yellow';

interface Bar {
  value: number;
  colour: string;
  /** Neither logged nor answered that day: no bar, and a dash for its number. */
  unknown?: boolean;
}

interface Panel {
  name: PanelName;
  title: string;
  /** Per day (index 0 is day 1): the stacked bars, or the sessions' ml. */
  bars?: Bar[][];
  sessions?: number[][];
  /** The milestone of each day of the week, where one holds. */
  line: Array<number | undefined>;
}

/** Which panel shows a finding: its own series where it has one, else the first panel. */
const PANEL_OF: Partial<Record<FindingCode, PanelName>> = {
  'pump.single': 'sessions',
  'colostrum.day1-in-range': 'sessions',
  'colostrum.day1-low': 'sessions',
  'activation.pump-3x20': 'sessions',
  'hand-expression.only': 'sessions',
  'diapers.wet-low': 'wet',
  'diapers.none-after-day3': 'wet',
  'stools.low-day4': 'yellow',
  'stools.meconium-day5': 'yellow',
  'activation.stools-ok': 'yellow',
};

export function weekChartSvg(table: WeekTable, locale: Locale): string {
  const tr = (key: string, params?: Record<string, string | number>) => t(locale, `picture:${key}`, params);
  const panels = panelsOf(table, tr);
  const findings = findingsByPanel(table, panels);
  const headerHeight = table.activation ? 150 : 112;
  const legendTop = headerHeight + panels.length * PANEL_HEIGHT;
  const severities = LEGEND_SEVERITIES.filter((s) => table.days.some((d) => d.findings.some((f) => legendSeverity(f.severity) === s)));
  const height = legendTop + (severities.length ? 96 : 52);

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" font-family="${CHART_FONT_FAMILY}">`,
    `<rect width="${CHART_WIDTH}" height="${height}" fill="#ffffff"/>`,
    text(MARGIN, 50, tr('title'), { size: 36, weight: 700 }),
    text(MARGIN, 88, rangeText(table, tr), { size: 24, fill: MUTED }),
  ];
  if (table.activation) {
    parts.push(rect(MARGIN, 110, 24, 24, MILK_IN, '#7cb987'), text(MARGIN + 34, 130, tr('milkIn', { day: table.activation.day }), { size: 24 }));
  }
  panels.forEach((panel, index) => parts.push(...panelSvg(panel, headerHeight + index * PANEL_HEIGHT, table, findings.get(panel.name) ?? new Map(), locale, tr)));
  parts.push(...legendSvg(legendTop, panels, severities, tr));
  parts.push('</svg>');
  return parts.join('');
}

/** "Dag 1–4 etter fødselen". */
export function rangeText(table: Pick<WeekTable, 'today'>, tr: (key: string, params?: Record<string, string | number>) => string): string {
  return table.today === 1 ? tr('rangeOne') : tr('range', { from: 1, to: table.today });
}

/** The mark of a day's count she neither logged nor answered (the summary's table uses it too). */
export const NOT_TOLD = '–';

const barOf = (count: DayCount, colour: string): Bar => ({ value: count.count, colour, ...(count.source === 'none' ? { unknown: true } : {}) });

function panelsOf(table: WeekTable, tr: (key: string, params?: Record<string, string | number>) => string): Panel[] {
  const mode = table.feedingMode;
  const week = Array.from({ length: WEEK_DAYS }, (_, i) => i + 1);
  const dayOf = (day: number): WeekDay | undefined => table.days[day - 1];
  const lineOf = (pick: (m: DayMilestones) => number | undefined) => week.map((day) => pick(milestonesAt(table, day)));
  const removalsTarget = lineOf((m) => m.milkRemovals).find((n) => n !== undefined) ?? 0;
  const pumped = table.days.some((d) => d.pumpSessionsMl.length > 0);
  const panels: Panel[] = [];

  const removals: Bar[][] = week.map((day) => {
    const d = dayOf(day);
    if (!d) return [];
    if (mode === 'breast') return [barOf(d.breastfeeds, COLOURS.breastfeed)];
    if (mode === 'pump') return [barOf(d.pumpSessions, COLOURS.pump)];
    return [barOf(d.breastfeeds, COLOURS.breastfeed), barOf(d.pumpSessions, COLOURS.pump)];
  });
  const removalsTitle = mode === 'breast' ? 'breastfeeds' : mode === 'pump' ? 'pumpSessions' : 'milkRemovals';
  panels.push({ name: 'removals', title: tr(`panel.${removalsTitle}`, { count: removalsTarget }), bars: removals, line: lineOf((m) => m.milkRemovals) });

  if (mode !== 'breast' || pumped) {
    const sessionLine = lineOf((m) => m.sessionMl);
    const ml = sessionLine.find((n) => n !== undefined);
    panels.push({
      name: 'sessions',
      title: ml === undefined ? tr('series.pumpedMl') : tr('panel.sessionMl', { ml }),
      sessions: week.map((day) => dayOf(day)?.pumpSessionsMl ?? []),
      line: sessionLine,
    });
  }

  const ladder = week.map((day) => milestonesAt(table, day).wetDiapers);
  const steps = [...new Set(ladder)];
  panels.push({
    name: 'wet',
    title: tr('panel.wetDiapers', { ladder: tr('ladder', { steps: steps.slice(0, -1).join(', '), last: steps.at(-1) ?? 0 }) }),
    bars: week.map((day) => (dayOf(day) ? [barOf(dayOf(day)!.wetDiapers, COLOURS.wet)] : [])),
    line: ladder,
  });

  const yellowLine = lineOf((m) => m.yellowStools);
  const yellowFrom = yellowLine.findIndex((n) => n !== undefined);
  panels.push({
    name: 'yellow',
    title: yellowFrom < 0 ? tr('panel.yellowStoolsPlain') : tr('panel.yellowStools', { count: yellowLine[yellowFrom] ?? 0, day: yellowFrom + 1 }),
    bars: week.map((day) => (dayOf(day) ? [barOf(dayOf(day)!.yellowStools, COLOURS.yellow)] : [])),
    line: yellowLine,
  });
  return panels;
}

/** The milestones of a day, also of the days still ahead: the lines show the whole week. */
function milestonesAt(table: WeekTable, day: number): DayMilestones {
  return table.days[day - 1]?.milestones ?? milestonesOf(table.feedingMode, day);
}

function findingsByPanel(table: WeekTable, panels: Panel[]): Map<PanelName, Map<number, Severity[]>> {
  const shown = new Set(panels.map((p) => p.name));
  const byPanel = new Map<PanelName, Map<number, Severity[]>>();
  for (const day of table.days) {
    for (const finding of day.findings) {
      const own = PANEL_OF[finding.code];
      const panel = own && shown.has(own) ? own : 'removals';
      const days = byPanel.get(panel) ?? new Map<number, Severity[]>();
      const severities = days.get(day.day) ?? [];
      const severity = legendSeverity(finding.severity);
      if (!severities.includes(severity)) severities.push(severity);
      days.set(day.day, severities);
      byPanel.set(panel, days);
    }
  }
  // Most severe first, so the first dot under a day is the one that matters most.
  const rank = (severity: Severity) => LEGEND_SEVERITIES.indexOf(legendSeverity(severity));
  for (const days of byPanel.values()) for (const list of days.values()) list.sort((a, b) => rank(b) - rank(a));
  return byPanel;
}

const legendSeverity = (severity: Severity): (typeof LEGEND_SEVERITIES)[number] => (severity === 'emergency' ? 'urgent' : severity);

function panelSvg(panel: Panel, top: number, table: WeekTable, findings: Map<number, Severity[]>, locale: Locale, tr: (key: string, params?: Record<string, string | number>) => string): string[] {
  const parts: string[] = [text(MARGIN, top + 30, panel.title, { size: 25, weight: 700 })];
  const plotTop = top + PANEL_TITLE;
  const baseline = plotTop + PLOT;
  const values = panel.bars ? panel.bars.map((bars) => bars.reduce((sum, b) => sum + b.value, 0)) : (panel.sessions ?? []).flat();
  const lines = panel.line.filter((n): n is number => n !== undefined);
  const max = Math.max(panel.sessions ? 30 : 4, ...values, ...lines.map((n) => n * 1.25));
  // The sessions' day totals stand at the top of the plot: their dots stay below them.
  const room = panel.sessions ? LABEL_ROOM + 16 : LABEL_ROOM;
  const y = (value: number) => baseline - (value / max) * (PLOT - room);

  for (let day = 1; day <= WEEK_DAYS; day++) {
    const x = MARGIN + (day - 1) * COLUMN;
    if (table.activation?.day === day) parts.push(rect(x + 2, plotTop, COLUMN - 4, PLOT, MILK_IN));
    else if (table.today === day) parts.push(rect(x + 2, plotTop, COLUMN - 4, PLOT, TODAY));
  }
  parts.push(line(MARGIN, baseline, CHART_WIDTH - MARGIN, baseline, GRID, 2));

  for (let day = 1; day <= WEEK_DAYS; day++) {
    const x = MARGIN + (day - 1) * COLUMN;
    const centre = x + COLUMN / 2;
    let barLabel: string | undefined;
    if (panel.bars) {
      const bars = panel.bars[day - 1] ?? [];
      let stacked = 0;
      for (const bar of bars) {
        if (bar.value > 0) parts.push(rect(centre - 24, y(stacked + bar.value), 48, y(stacked) - y(stacked + bar.value), bar.colour));
        stacked += bar.value;
      }
      // The day's number goes on after the milestone line, so its white outline keeps it readable on the line.
      const told = bars.length === 0 || bars.some((bar) => !bar.unknown);
      if (day <= table.today) barLabel = text(centre, y(stacked) - 8, told ? formatNumber(stacked, locale) : NOT_TOLD, { size: 24, weight: 700, anchor: 'middle', halo: true });
    }
    if (panel.sessions) {
      const sessions = panel.sessions[day - 1] ?? [];
      const span = COLUMN - 36;
      sessions.forEach((ml, i) => {
        const cx = sessions.length === 1 ? centre : centre - span / 2 + (span * i) / (sessions.length - 1);
        parts.push(`<circle cx="${n(cx)}" cy="${n(y(ml))}" r="7" fill="${COLOURS.pump}" stroke="#ffffff" stroke-width="2"/>`);
      });
      if (day <= table.today) {
        const total = sessions.reduce((sum, ml) => sum + ml, 0);
        parts.push(text(centre, plotTop + 22, tr('dayTotal', { ml: formatNumber(Math.round(total * 10) / 10, locale) }), { size: 22, fill: MUTED, anchor: 'middle' }));
      }
    }
    const target = panel.line[day - 1];
    if (target !== undefined) parts.push(line(x + 6, y(target), x + COLUMN - 6, y(target), LINE, 4, '10 7'));
    if (barLabel) parts.push(barLabel);
    parts.push(...dayLabel(centre, baseline + 30, day, table.today, findings.get(day) ?? []));
  }
  return parts;
}

/** The day's number, bold today and grey ahead, and a dot per finding severity beside it. */
function dayLabel(centre: number, baseline: number, day: number, today: number, severities: Severity[]): string[] {
  const parts = [text(severities.length ? centre - 14 : centre, baseline, String(day), { size: 24, weight: day === today ? 700 : 400, fill: day > today ? MUTED : INK, anchor: 'middle' })];
  severities.slice(0, 2).forEach((severity, i) => parts.push(`<circle cx="${n(centre + 8 + i * 20)}" cy="${n(baseline - 8)}" r="8" fill="${SEVERITY_COLOURS[severity]}"/>`));
  return parts;
}

function legendSvg(top: number, panels: Panel[], severities: readonly (typeof LEGEND_SEVERITIES)[number][], tr: (key: string) => string): string[] {
  const entries: string[] = [];
  let x = MARGIN;
  const row = top + 26;
  const stacked = panels[0]?.bars?.some((bars) => bars.length > 1);
  if (stacked) {
    for (const [key, colour] of [['breastfeed', COLOURS.breastfeed], ['pump', COLOURS.pump]] as const) {
      entries.push(rect(x, row - 18, 22, 22, colour), text(x + 30, row, tr(`legend.${key}`), { size: 22 }));
      x += 30 + legendWidth(tr(`legend.${key}`)) + 24;
    }
  }
  entries.push(line(x, row - 7, x + 40, row - 7, LINE, 4, '10 7'), text(x + 50, row, tr('legend.line'), { size: 22 }));
  let dotX = MARGIN;
  for (const severity of severities) {
    entries.push(`<circle cx="${n(dotX + 8)}" cy="${n(row + 36)}" r="8" fill="${SEVERITY_COLOURS[severity]}"/>`, text(dotX + 24, row + 44, tr(`legend.${severity}`), { size: 22 }));
    dotX += 24 + legendWidth(tr(`legend.${severity}`)) + 28;
  }
  return entries;
}

/** A generous width for a legend word at 22 px (no font metrics here: too wide only adds space). */
const legendWidth = (label: string): number => label.length * 12.5;

interface TextStyle {
  size: number;
  weight?: 400 | 700;
  fill?: string;
  anchor?: 'start' | 'middle';
  /** A white outline, so a number on a dashed line stays readable. */
  halo?: boolean;
}

function text(x: number, y: number, content: string, style: TextStyle): string {
  const anchor = style.anchor && style.anchor !== 'start' ? ` text-anchor="${style.anchor}"` : '';
  const weight = style.weight === 700 ? ' font-weight="700"' : '';
  const halo = style.halo ? ' stroke="#ffffff" stroke-width="6" stroke-linejoin="round" paint-order="stroke"' : '';
  return `<text x="${n(x)}" y="${n(y)}" font-size="${style.size}"${weight} fill="${style.fill ?? INK}"${anchor}${halo}>${escapeXml(content)}</text>`;
}

function rect(x: number, y: number, width: number, height: number, fill: string, stroke?: string): string {
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" fill="${fill}"${stroke ? ` stroke="${stroke}" stroke-width="2"` : ''}/>`;
}

function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, dash?: string): string {
  return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
}

/** Two decimals at most, always written the same way. */
const n = (value: number): string => String(Math.round(value * 100) / 100);

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
