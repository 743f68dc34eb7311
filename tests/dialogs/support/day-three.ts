import type { TurnContextInfo, TurnInput } from '../../../dialogs/turn';
import type { Locale } from '../../../src/mother/profile';

/** Her turns on day 3, at 14:00 in Oslo: the check-in asks feeds (or pumped volumes), wet diapers and yellow stools. */
export const NOW = '2026-11-26T13:00:00.000Z';
export const BIRTH = '2026-11-24T02:10:00.000Z';

let ids = 0;
export const ctx = (locale: Locale): TurnContextInfo => ({ motherId: 'm', now: NOW, channelLocale: locale, defaultLocale: 'nb', defaultTimezone: 'Europe/Oslo', newId: () => `id-${ids++}` });
export const say = (text: string): TurnInput => ({ kind: 'message', text });
export const tap = (value: Record<string, unknown>): TurnInput => ({ kind: 'message', text: '', value });
