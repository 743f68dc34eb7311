import type { FeedingMode, RedFlagSign, SymptomEvent } from './events';
import type { Finding, FindingCode, Severity } from './findings';
import { ACTIVATION_CODES } from './rules/activation';
import { dayNumber, millisOf } from './time';
import { weekTable, type WeekDay, type WeekSource, type WeekTable } from './week-table';

/** A finding as the summary shows it: when, on which day, how serious, and the values of its advice text. */
export interface SummaryFinding {
  code: FindingCode;
  severity: Severity;
  at: string;
  day: number;
  data?: Finding['data'];
  /** A red flag's signs, as her symptom of that moment keeps them (absent on symptoms kept before 3 Dec 2026). */
  signs?: RedFlagSign[];
}

/**
 * One page for the jordmor or helsesykepleier: what she logged and was told in her first week, with
 * no name. `firstHour` is the first-hour rule's finding where it gave one (a session logged within
 * the hour decides, then her onboarding answer), else her answer alone.
 */
export interface MidwifeSummary {
  birthAt: string;
  timezone: string;
  feedingMode: FeedingMode;
  firstHour: 'within' | 'after' | 'unknown';
  /** Every sign that the milk has come in, oldest first. */
  activation: SummaryFinding[];
  /** Her last logged black stool (barnebek), when there is one: a midwife looks for it to have passed by day 4-5. */
  lastBlackStool?: { at: string; day: number };
  days: WeekDay[];
  findings: SummaryFinding[];
}

/** `table` is her week table at `now`, when the caller has it already (the PDF draws it too). */
export function midwifeSummary(source: WeekSource, now: string, table: WeekTable = weekTable(source, now)): MidwifeSummary {
  const { profile } = source;
  const nowMs = millisOf(now);
  const findings = source.findings
    .filter((f) => millisOf(f.at) <= nowMs)
    .sort((a, b) => millisOf(a.at) - millisOf(b.at))
    .map(({ code, severity, at, data }) => {
      const symptom = source.events.find((e): e is SymptomEvent => e.type === 'symptom' && e.code === code && e.at === at);
      return { code, severity, at, day: Math.max(dayNumber(profile, at), 1), ...(data ? { data } : {}), ...(symptom?.signs?.length ? { signs: symptom.signs } : {}) };
    });
  const firstHourFinding = findings.find((f) => f.code === 'first-hour.done' || f.code === 'first-hour.missed');
  const lastBlackStool = source.events
    .filter((e) => e.type === 'diaper' && e.stool === 'meconium' && millisOf(e.at) <= nowMs)
    .reduce<string | undefined>((latest, e) => (latest === undefined || millisOf(e.at) > millisOf(latest) ? e.at : latest), undefined);
  const answered = profile.firstHour === 'yes' ? 'within' : profile.firstHour === 'no' ? 'after' : 'unknown';
  return {
    birthAt: profile.birthAt,
    timezone: profile.timezone,
    feedingMode: profile.feedingMode,
    // A session logged within the hour is shown; with no such log, only her own answer says it: a first log
    // later than the hour (first-hour.missed) is no sign of a late start when she did not answer.
    firstHour: firstHourFinding?.code === 'first-hour.done' ? 'within' : answered !== 'unknown' ? answered : 'unknown',
    activation: findings.filter((f) => ACTIVATION_CODES.includes(f.code)),
    ...(lastBlackStool ? { lastBlackStool: { at: lastBlackStool, day: Math.max(dayNumber(profile, lastBlackStool), 1) } } : {}),
    days: table.days,
    findings,
  };
}
