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
