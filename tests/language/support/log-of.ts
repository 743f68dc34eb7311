import { understand, type LogIntent } from '../../../src/language';
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
