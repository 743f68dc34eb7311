import type { FeedingMode } from './events';

export type Locale = 'nb' | 'nn' | 'en';
export const LOCALES: readonly Locale[] = ['nb', 'nn', 'en'];

/** Everything the rules need to know about her, set during onboarding. */
export interface MotherProfile {
  /** ISO 8601 in UTC. */
  birthAt: string;
  feedingMode: FeedingMode;
  /** IANA zone, e.g. Europe/Oslo. */
  timezone: string;
  /** Local time of the daily check-in, HH:mm. */
  checkInTime: string;
  locale: Locale;
  /** Her answer in onboarding: did the first feed, pumping or expression start within the first hour? */
  firstHour?: 'yes' | 'no';
}
