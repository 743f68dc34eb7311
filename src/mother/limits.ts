/**
 * The hours of her week and the limits of what she can log: one table, read by the week machine,
 * the rules, the scheduler, the dialogs, the language parser and the cards alike. Hours are real
 * hours since birth (src/mother/time.ts), never calendar days. A moment that several rules share
 * is one number here under each name that says what happens then.
 */

// The hours of the week.

/** The hours of her first week, since birth: the machine's stages, the rules' windows and the scheduler's last slot read them here. */
export const WEEK_HOURS = {
  /** The first day: count rules judge a whole 24 h from here. */
  firstDayEnd: 24,
  /** Day 3 ends: the activation window opens. */
  activationWatch: 72,
  /** Five days: no activation sign by now is a delay. */
  activationDelayed: 120,
  /** Seven days: the week is over; its last check-in is the summary and goodbye. */
  weekOver: 168,
  /** A day after the week: the goodbye has passed even when it was never sent. */
  afterWeek: 192,
} as const;

// The same moments under the names of the rules that turn on them, and the rules' own hours.

/** 60 minutes after birth is still "within the first hour" (first-hour.done). */
export const FIRST_HOUR_MINUTES = 60;
/** Day 1's colostrum is the volume of hours [0, 24), judged from hour 24. */
export const COLOSTRUM_DAY_END_HOUR = WEEK_HOURS.firstDayEnd;
/** From hour 24 a check-in's 24 h counts (feeds, wet diapers, pump sessions) are judged: before, a whole day has not passed. */
export const COUNT_RULES_FROM_HOUR = WEEK_HOURS.firstDayEnd;
/** Yellow skin or eyes before hour 36 is a red flag by itself (later only with a sleepy baby). */
export const EARLY_JAUNDICE_BEFORE_HOUR = 36;
/** From hour 72 without a sign of activation: the gentle watch; yellow stools count as a sign from here. */
export const ACTIVATION_WATCH_HOUR = WEEK_HOURS.activationWatch;
/** Before hour 72, hand expression without the pump gets the suggestion to combine them. */
export const HAND_EXPRESSION_ONLY_BEFORE_HOUR = WEEK_HOURS.activationWatch;
/** From hour 72, no wet diaper in 24 h is a red-flag sign (RULES.md `red-flag.urgent`), answered or typed. */
export const NO_WET_DIAPER_URGENT_FROM_HOUR = WEEK_HOURS.activationWatch;
/** From hour 96 (day 4 is over): too few yellow stools, or a stool still meconium, is a finding. */
export const STOOL_RULES_FROM_HOUR = 96;
/** Hour 120 without a sign of activation: delayed. */
export const ACTIVATION_DELAYED_HOUR = WEEK_HOURS.activationDelayed;
/**
 * A count she gives with a period of its own («siden i natt», «i dag») answers a check-in's «the
 * last 24 hours» only when that period is at least this long («siden i går morges» late at night);
 * a shorter one counts less than the question asks, and an answer of none from it would read as a
 * whole day without.
 */
export const CHECKIN_COUNT_MIN_PERIOD_HOURS = 20;

// What she can log, the same for cards and typed text (CONTRACT.md, "Structured input").

/** One pump or hand-expression session, both breasts combined. */
export const MAX_SESSION_ML = 500;
/** The longest feed a log can say, in minutes. */
export const MAX_FEED_MINUTES = 180;
/** Of one kind (feeds, pump sessions, diapers, ...) within any 24 hours; also the most a check-in count can say. */
export const MAX_DAILY_COUNT = 30;
/** Events one typed message may log at once. */
export const MAX_EVENTS_PER_MESSAGE = 10;
