import { understand, type Intent, type LogIntent } from '../../../src/language';
import type { Locale } from '../../../src/mother/profile';

/** The turn's instant in these tests: 14:00 in Oslo on day 3. */
export const NOW = '2026-11-26T13:00:00Z';
export const ctx = (locale: Locale) => ({ now: NOW, timezone: 'Europe/Oslo', locale });

/** Her words read as a log at NOW; anything else fails the test with what it was read as. */
export function logOf(text: string, locale: Locale = 'nb'): LogIntent {
  const intent = understand(text, ctx(locale));
  if (intent.kind !== 'log') throw new Error(`"${text}" is no log: ${intent.kind}`);
  return intent;
}

/** Her words as the bot reads them, at NOW unless another instant is given. */
export const readAt = (text: string, locale: Locale, now = NOW): Intent => understand(text, { ...ctx(locale), now });

/** Each message, in its language, is no log: nothing is stored from it. */
export function itIsNoLog(cases: Array<[string, Locale]>, now?: string): void {
  it.each(cases)('"%s" (%s) is no log', (text, locale) => {
    expect(readAt(text, locale, now).kind).not.toBe('log');
  });
}
