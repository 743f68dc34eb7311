import type { Locale } from '../src/mother/profile';
import type { MotherDocument } from '../src/store/mother-document';
import type { Reply } from './reply';

/** What reached the bot in one turn, free of botbuilder. */
export type TurnInput =
  | { kind: 'installed' }
  | { kind: 'message'; text: string; value?: unknown };

export interface TurnContextInfo {
  motherId: string;
  now: string;
  /** Language of her client (activity.locale), when it is one of ours. */
  channelLocale?: Locale;
  defaultLocale: Locale;
  defaultTimezone: string;
  /** A fresh id source for events; injected so that the domain stays deterministic in tests. */
  newId: () => string;
}

/**
 * `doc`: the document to write (undefined: nothing changed, no write; null: delete every record of her).
 */
export interface TurnOutcome {
  doc: MotherDocument | undefined | null;
  replies: Reply[];
  /** The language to answer in. */
  locale: Locale;
}
