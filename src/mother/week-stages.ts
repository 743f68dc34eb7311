/**
 * The stages of her first week, in real hours since birth (the hours are in ./limits.ts):
 *
 *   beforeOnboarding   until her birth time is known
 *   firstHours         [0, 24) h
 *   daysOneToThree     [24, 72) h
 *   activationWindow   [72, 120) h, no activation sign yet
 *   activationReached  an activation finding fired, until 168 h
 *   activationDelayed  120 h passed without activation, until activation or 168 h
 *   weekComplete       [168, 192) h: the week is over; the goodbye is due
 *   afterWeek          from 192 h, or once the goodbye was sent
 *
 * The `week` region of the mother's machine (dialogs/mother-machine.ts) walks them.
 */
export const WEEK_STAGES = [
  'beforeOnboarding',
  'firstHours',
  'daysOneToThree',
  'activationWindow',
  'activationReached',
  'activationDelayed',
  'weekComplete',
  'afterWeek',
] as const;
export type WeekStage = (typeof WEEK_STAGES)[number];

export function isWeekStage(value: unknown): value is WeekStage {
  return typeof value === 'string' && (WEEK_STAGES as readonly string[]).includes(value);
}
