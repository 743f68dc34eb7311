import type { Phrase } from './reply';

/** Her daily check-in time («09:00» as stored) as her language writes a clock: «09.00» in Norwegian. */
export function dailyTime(time: string): Phrase {
  const [hour = '09', minute = '00'] = time.split(':');
  return { key: 'common:dailyTime', params: { hour, minute } };
}
