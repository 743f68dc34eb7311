import type { FeedingMode } from './events';

export type CheckinQuestion = 'feeds' | 'wetDiapers' | 'yellowStools' | 'pumpMl';

/** The questions that fit her mode and day: feeds for breastfeeding, pumped volumes for pumping, stools from day 3. */
export function checkinQuestions(mode: FeedingMode, dayNumber: number): CheckinQuestion[] {
  const qs: CheckinQuestion[] = [];
  if (mode !== 'pump') qs.push('feeds');
  if (mode !== 'breast') qs.push('pumpMl');
  qs.push('wetDiapers');
  if (dayNumber >= 3) qs.push('yellowStools');
  return qs;
}
