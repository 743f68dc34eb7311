import type { FeedingMode } from './events';

/** The daily check-in's questions, in the order they are asked. */
export const CHECKIN_QUESTIONS = ['feeds', 'pumpMl', 'wetDiapers', 'yellowStools'] as const;
export type CheckinQuestion = (typeof CHECKIN_QUESTIONS)[number];

/** The questions that fit her mode and day: feeds for breastfeeding, pumped volumes for pumping, stools from day 3. */
export function checkinQuestions(mode: FeedingMode, dayNumber: number): CheckinQuestion[] {
  return CHECKIN_QUESTIONS.filter((question) => {
    if (question === 'feeds') return mode !== 'pump';
    if (question === 'pumpMl') return mode !== 'breast';
    if (question === 'yellowStools') return dayNumber >= 3;
    return true;
  });
}
