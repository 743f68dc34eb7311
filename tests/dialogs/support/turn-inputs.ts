import type { TurnContextInfo, TurnInput } from '../../../dialogs/turn';
import type { Locale } from '../../../src/mother/profile';

let ids = 0;

/** A turn's context for mother "m" in Oslo, at `now`, her client in `locale`; ids count up. */
export const ctx = (now: string, locale: Locale): TurnContextInfo => ({
  motherId: 'm',
  now,
  channelLocale: locale,
  defaultLocale: 'nb',
  defaultTimezone: 'Europe/Oslo',
  newId: () => `id-${ids++}`,
});
/** What she types. */
export const say = (text: string): TurnInput => ({ kind: 'message', text });
/** A card she submits. */
export const tap = (value: Record<string, unknown>): TurnInput => ({ kind: 'message', text: '', value });
