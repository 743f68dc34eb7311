import type { CheckinAnswer, FeedingMode, MotherEvent } from './events';
import type { Finding, FindingCode, Severity } from './findings';
import { COUNT_RULES_FROM_HOUR, STOOL_RULES_FROM_HOUR, WEEK_HOURS } from './limits';
import type { MotherProfile } from './profile';
import { ACTIVATION_CODES, PUMP_ACTIVATION_ML } from './rules/activation';
import { expectedWetDiapers } from './rules/diapers';
import { MIN_FEEDS_PER_24H } from './rules/feeds';
import { MIN_PUMP_SESSIONS_PER_24H } from './rules/pump';
import { MIN_YELLOW_STOOLS_PER_24H } from './rules/stools';
import { dayNumber, HOURS_PER_DAY, millisOf } from './time';

/** What the week table reads of her document (src/store/mother-document.ts has these fields). */
export interface WeekSource {
  profile: MotherProfile;
  events: readonly MotherEvent[];
  checkins: readonly CheckinAnswer[];
  findings: readonly Finding[];
}

/**
 * One count of a day, and where it came from: her events logged in that day's hours, or her
 * check-in answer given that day when it says more (the larger of the two, never the sum).
 */
export interface DayCount {
  count: number;
  /** 'none': nothing of it logged that day and no check-in answer: not known, never shown as 0. */
  source: 'log' | 'checkin' | 'none';
}

/** The milestone lines of one day: absent where no rule holds that series on that day. */
export interface DayMilestones {
  /** Breastfeeds (mode breast), pump sessions (mode pump), or both together (mode both), in 24 h. */
  milkRemovals?: number;
  wetDiapers: number;
  yellowStools?: number;
  /** Each pump session at or above this, three in a row: the milk has come in. */
  sessionMl?: number;
}

export interface DayFinding {
  code: FindingCode;
  severity: Severity;
  at: string;
}

export interface WeekDay {
  /** Day N is hours [24(N-1), 24N) since birth (RULES.md). */
  day: number;
  /** Its 24 h are over. */
  complete: boolean;
  breastfeeds: DayCount;
  pumpSessions: DayCount;
  /** Each pump session's ml in time order (check-in volumes are stored as pump sessions too). */
  pumpSessionsMl: number[];
  pumpedMl: number;
  expressedMl: number;
  wetDiapers: DayCount;
  yellowStools: DayCount;
  milestones: DayMilestones;
  /** The findings that fired that day, oldest first. */
  findings: DayFinding[];
}

export interface WeekTable {
  feedingMode: FeedingMode;
  /** Her day now (1-based); past the week it stays 7. */
  today: number;
  /** Days 1 .. today. */
  days: WeekDay[];
  /** The first sign that the milk has come in, and its day. */
  activation?: DayFinding & { day: number };
}

export const WEEK_DAYS = WEEK_HOURS.weekOver / HOURS_PER_DAY;

/** The first day whose check-in the 24 h count rules judge (feeds, pump sessions): a whole day has passed. */
const COUNTS_JUDGED_FROM_DAY = COUNT_RULES_FROM_HOUR / HOURS_PER_DAY + 1;
/** stools.low-day4 judges the 24 h of day 4 (from hour 96): the seed's "3 yellow stools from about day 4". */
const YELLOW_STOOLS_FROM_DAY = STOOL_RULES_FROM_HOUR / HOURS_PER_DAY;

/**
 * Her week so far, a row per day, for the picture and the summary. A day holds her events logged in
 * its hours. A check-in answer speaks for the 24 h before it and is held by the rules against the day
 * it was given on (wet-diaper ladder, day 4 stools): so it counts on that day too, and a day's count
 * is the larger of her latest answer that day and her logged events that day, never the sum, as the
 * rules count (RULES.md). Events later than `now` are not yet hers to show.
 */
export function weekTable(source: WeekSource, now: string): WeekTable {
  const { profile } = source;
  const nowMs = millisOf(now);
  const today = Math.min(Math.max(dayNumber(profile, now), 1), WEEK_DAYS);
  const past = source.events.filter((e) => millisOf(e.at) <= nowMs && dayNumber(profile, e.at) >= 1).sort((a, b) => millisOf(a.at) - millisOf(b.at));
  const answers = source.checkins.filter((c) => millisOf(c.at) <= nowMs).sort((a, b) => millisOf(a.at) - millisOf(b.at));
  const findings = source.findings.filter((f) => millisOf(f.at) <= nowMs).sort((a, b) => millisOf(a.at) - millisOf(b.at));

  const days: WeekDay[] = [];
  for (let day = 1; day <= today; day++) {
    const onDay = <T extends { at: string }>(items: readonly T[]): T[] => items.filter((item) => dayNumber(profile, item.at) === day);
    const events = onDay(past);
    const dayAnswers = onDay(answers);
    const answered = (question: (a: CheckinAnswer) => number | undefined): number | undefined =>
      dayAnswers.map(question).filter((n): n is number => n !== undefined).at(-1);
    const pumps = events.filter((e) => e.type === 'pump');
    const pumpSessionsMl = pumps.map((e) => e.ml);
    // A diaper logged that day tells of the diapers she logged: none of them wet or yellow is a count, not unknown
    const diapersLogged = events.some((e) => e.type === 'diaper');
    days.push({
      day,
      complete: millisOf(profile.birthAt) + day * HOURS_PER_DAY * 3_600_000 <= nowMs,
      breastfeeds: larger(events.filter((e) => e.type === 'feed').length, answered((a) => a.feeds)),
      pumpSessions: larger(pumps.length, answered((a) => a.pumpMl?.length)),
      pumpSessionsMl,
      pumpedMl: roundMl(pumpSessionsMl.reduce((sum, ml) => sum + ml, 0)),
      expressedMl: roundMl(events.reduce((sum, e) => sum + (e.type === 'expression' ? e.ml : 0), 0)),
      wetDiapers: larger(events.filter((e) => e.type === 'diaper' && e.wet === true).length, answered((a) => a.wetDiapers), diapersLogged),
      yellowStools: larger(events.filter((e) => e.type === 'diaper' && e.stool === 'yellow').length, answered((a) => a.yellowStools), diapersLogged),
      milestones: milestonesOf(profile.feedingMode, day),
      findings: onDay(findings).map(({ code, severity, at }) => ({ code, severity, at })),
    });
  }
  const firstSign = findings.find((f) => ACTIVATION_CODES.includes(f.code));
  return {
    feedingMode: profile.feedingMode,
    today,
    days,
    ...(firstSign ? { activation: { code: firstSign.code, severity: firstSign.severity, at: firstSign.at, day: Math.max(dayNumber(profile, firstSign.at), 1) } } : {}),
  };
}

/** The lines a day's counts are held against, from the rules' own numbers. */
export function milestonesOf(mode: FeedingMode, day: number): DayMilestones {
  const milestones: DayMilestones = { wetDiapers: expectedWetDiapers(day) };
  if (day >= COUNTS_JUDGED_FROM_DAY) milestones.milkRemovals = mode === 'pump' ? MIN_PUMP_SESSIONS_PER_24H : MIN_FEEDS_PER_24H;
  if (mode !== 'pump' && day >= YELLOW_STOOLS_FROM_DAY) milestones.yellowStools = MIN_YELLOW_STOOLS_PER_24H;
  if (mode !== 'breast') milestones.sessionMl = PUMP_ACTIVATION_ML;
  return milestones;
}


function larger(logged: number, answered: number | undefined, told = logged > 0): DayCount {
  if (answered === undefined && !told) return { count: 0, source: 'none' };
  return answered !== undefined && answered > logged ? { count: answered, source: 'checkin' } : { count: logged, source: 'log' };
}

const roundMl = (ml: number): number => Math.round(ml * 10) / 10;
