import type { Locale } from '../../mother/profile';
import type { DayCount, WeekDay, WeekTable } from '../../mother/week-table';
import { t } from '../../support/i18n';
import { formatNumber } from './number-format';
import { NOT_TOLD, rangeText } from './week-chart-svg';

/** The picture in words: its alt text (every number it shows) and the sentence sent with it. */
export interface WeekChartText {
  alt: string;
  sentence: string;
}

export function weekChartText(table: WeekTable, locale: Locale): WeekChartText {
  const tr = (key: string, params?: Record<string, string | number>) => t(locale, `picture:${key}`, params);
  const range = rangeText(table, tr);
  const values = (pick: (day: WeekDay) => number | DayCount) =>
    table.days.map((day) => pick(day)).map((value) => (typeof value === 'number' ? formatNumber(value, locale) : value.source === 'none' ? NOT_TOLD : formatNumber(value.count, locale))).join(', ');
  const series = (name: string, pick: (day: WeekDay) => number | DayCount) => tr('alt.series', { name: tr(`series.${name}`), values: values(pick) });
  const pumped = table.feedingMode !== 'breast' || table.days.some((d) => d.pumpSessionsMl.length > 0);

  const parts = [tr('alt.chart', { range: lowerFirst(range, locale) })];
  if (table.feedingMode !== 'pump') parts.push(series('breastfeeds', (d) => d.breastfeeds));
  if (pumped) parts.push(series('pumpSessions', (d) => d.pumpSessions), series('pumpedMl', (d) => d.pumpedMl));
  parts.push(series('wetDiapers', (d) => d.wetDiapers), series('yellowStools', (d) => d.yellowStools), tr('alt.lines'));
  if (table.activation) parts.push(`${tr('milkIn', { day: table.activation.day })}.`);
  const findingDays = table.days.filter((d) => d.findings.length > 0).map((d) => String(d.day));
  if (findingDays.length) parts.push(tr('alt.findings', { days: listText(findingDays, tr('alt.and')), count: findingDays.length }));

  const sentence = table.activation ? tr('sentenceMilkIn', { range: lowerFirst(range, locale), day: table.activation.day }) : tr('sentence', { range: lowerFirst(range, locale) });
  return { alt: parts.join(' '), sentence };
}

/** "2, 4 og 6". */
function listText(items: string[], and: string): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/** "Dag 1–4 etter fødselen" inside a sentence: "dag 1–4 etter fødselen". */
function lowerFirst(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleLowerCase(locale === 'en' ? 'en' : 'nb') + text.slice(1);
}
