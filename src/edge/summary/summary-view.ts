import type { Locale } from '../../mother/profile';
import { NOT_TOLD } from '../picture/week-chart-svg';
import type { MidwifeSummary, SummaryFinding } from '../../mother/midwife-summary';
import { findingTextKey, findingTextParams } from '../../mother/finding-text';
import { PUMP_ACTIVATION_ML, YELLOW_STOOLS_FOR_ACTIVATION } from '../../mother/rules/activation';
import { localTime } from '../../mother/time';
import type { DayCount, WeekDay } from '../../mother/week-table';
import { t } from '../../support/i18n';
import { formatNumber } from '../picture/number-format';

/** The summary in her language, ready to lay out: the Adaptive Card and the PDF show the same words. */
export interface SummaryView {
  title: string;
  intro: string;
  facts: Array<{ title: string; value: string }>;
  daysHeading: string;
  /** The header row first. */
  table: string[][];
  /** Explains the star of a count she gave in a check-in answer; absent when none is starred. */
  answeredNote?: string;
  /** Explains the dash of a count she neither logged nor answered; absent when there is none. */
  notToldNote?: string;
  findingsHeading: string;
  findings: Array<{ heading: string; text: string }>;
  noFindings?: string;
}

type Column = 'breastfeeds' | 'pumpSessions' | 'pumpedMl' | 'expressedMl' | 'wetDiapers' | 'yellowStools';

export function summaryView(summary: MidwifeSummary, locale: Locale, now: string): SummaryView {
  const tr = (key: string, params?: Record<string, string | number>) => t(locale, `summary:${key}`, params);
  const date = (at: string) => dateText(at, summary.timezone, tr);
  const when = (finding: SummaryFinding) => tr('when', { date: date(finding.at), day: finding.day });

  const signs = summary.activation.map((sign) => `${signText(sign, tr)}: ${when(sign)}`);
  const facts = [
    { title: tr('birth'), value: date(summary.birthAt) },
    { title: tr('feedingMode'), value: tr(`mode.${summary.feedingMode}`) },
    { title: tr('firstHour'), value: tr(`firstHourValue.${summary.firstHour}`) },
    { title: tr('activation'), value: signs.length ? signs.join('\n') : tr('activationNone') },
    { title: tr('lastBlackStool'), value: summary.lastBlackStool ? tr('when', { date: date(summary.lastBlackStool.at), day: summary.lastBlackStool.day }) : tr('lastBlackStoolNone') },
  ];

  const pumped = summary.feedingMode !== 'breast' || summary.days.some((d) => d.pumpSessionsMl.length > 0);
  const columns: Column[] = [
    ...(summary.feedingMode !== 'pump' ? (['breastfeeds'] as const) : []),
    ...(pumped ? (['pumpSessions', 'pumpedMl'] as const) : []),
    // Hand expression is what a midwife looks at on day 1 when the baby does not feed yet.
    ...(summary.days.some((d) => d.expressedMl > 0) ? (['expressedMl'] as const) : []),
    'wetDiapers',
    'yellowStools',
  ];
  const cell = (day: WeekDay, column: Column): string => (column === 'pumpedMl' || column === 'expressedMl' ? formatNumber(day[column], locale) : countText(day[column]));
  const table = [[tr('column.day'), ...columns.map((c) => tr(`column.${c}`))], ...summary.days.map((day) => [String(day.day), ...columns.map((c) => cell(day, c))])];
  const counted = (source: DayCount['source']) => summary.days.some((day) => columns.some((c) => c !== 'pumpedMl' && c !== 'expressedMl' && day[c].source === source));
  const starred = counted('checkin');

  const findings = sameAdvice(summary.findings).map((group) => {
    const latest = group.at(-1)!;
    const heading = tr('findingHeading', { when: group.map(when).join(', '), severity: tr(`severity.${latest.severity}`) });
    return {
      heading: latest.signs ? tr('findingHeadingSign', { heading, signs: listText(latest.signs.map((sign) => tr(`redFlagSign.${sign}`)), locale) }) : heading,
      text: t(locale, findingTextKey(latest), findingTextParams(latest)),
    };
  });
  return {
    title: tr('title'),
    intro: tr('intro', { date: date(now) }),
    facts,
    daysHeading: tr('days'),
    table,
    ...(starred ? { answeredNote: tr('answered') } : {}),
    ...(counted('none') ? { notToldNote: tr('notTold') } : {}),
    findingsHeading: tr('findings'),
    findings,
    ...(findings.length ? {} : { noFindings: tr('findingsNone') }),
  };
}

/**
 * The findings that gave her the same advice at the same severity (and, for a red flag, about the same signs), each group in the order of its
 * first finding: one entry with all its dates and the latest text (its numbers are the day's, also in
 * the table), so a finding repeated each morning does not fill the page.
 */
function sameAdvice(findings: readonly SummaryFinding[]): SummaryFinding[][] {
  const groups = new Map<string, SummaryFinding[]>();
  for (const finding of findings) {
    const key = `${findingTextKey(finding)} ${finding.severity} ${finding.signs?.join() ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return [...groups.values()];
}

/** "feber og gul hud": her language's way of listing. */
const listText = (items: readonly string[], locale: Locale): string => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

/** A count, starred when it is her check-in answer rather than her log; a dash when she neither logged nor answered it. */
const countText = (count: DayCount): string => (count.source === 'none' ? NOT_TOLD : count.source === 'checkin' ? `${count.count}*` : String(count.count));

function signText(sign: SummaryFinding, tr: (key: string, params?: Record<string, string | number>) => string): string {
  const name = sign.code.replace('activation.', '');
  return tr(`sign.${name}`, { ml: PUMP_ACTIVATION_ML, count: YELLOW_STOOLS_FOR_ACTIVATION });
}

/** Her wall clock in her zone: "24.11.2026 kl. 03.10". */
function dateText(at: string, timezone: string, tr: (key: string, params?: Record<string, string | number>) => string): string {
  const local = localTime(at, timezone);
  return tr('date', { day: local.toFormat('dd'), month: local.toFormat('MM'), year: local.toFormat('yyyy'), hour: local.toFormat('HH'), minute: local.toFormat('mm') });
}
