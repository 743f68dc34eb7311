import type { Intent } from '../src/language';
import type { RedFlagCode, RedFlagSign } from '../src/mother/events';
import type { Locale } from '../src/mother/profile';
import type { MotherDocument } from '../src/store/mother-document';
import type { Reply } from './reply';
import type { TurnContextInfo, TurnOutcome } from './turn';

/** What reaches her machine; each event carries the time it happens, the machine has no clock of its own. */
export type MotherMachineEvent =
  | { type: 'INSTALLED'; now: string }
  /** Her words: `intent` is what the language layer read; `heard` the language they are clearly in, while hers is still a guess. */
  | { type: 'MESSAGE'; now: string; text: string; intent: Intent; heard?: Locale }
  | { type: 'CARD'; now: string; value: Record<string, unknown>; heard?: Locale }
  | { type: 'RED_FLAG'; now: string; code: RedFlagCode; signs: RedFlagSign[]; heard?: Locale }
  | { type: 'CHECKIN_DUE'; now: string }
  | { type: 'REMINDER_DUE'; now: string };

/** A reply as the machine says it; `stage` becomes the sentence of her week's stage once the turn is over. */
export type MachineReply = Reply | { kind: 'stage' };

/**
 * Her machine's context for one turn: her document (profile, log, answers, findings, rule state,
 * consent, locale and the draft of an open dialog; null when there is no record of her), and what
 * the turn has said and changed so far.
 */
export interface MotherContext {
  doc: MotherDocument | null;
  now: string;
  replies: MachineReply[];
  /** The language this turn answers in. */
  locale: Locale;
  /** The document changed and is to be written. */
  written: boolean;
  /** Her birth time moved: the week region starts again from it. */
  restartWeek: boolean;
  /** Her message was handed on from a side question just dropped. */
  passingOn: boolean;
  turn: TurnContextInfo;
}

/** One step of hers folded into the turn: the document it leaves (undefined: unchanged, null: deleted) and its replies after those already said. */
export function applied(context: MotherContext, outcome: TurnOutcome): Partial<MotherContext> {
  return {
    doc: outcome.doc === undefined ? context.doc : outcome.doc,
    written: context.written || outcome.doc !== undefined,
    replies: [...context.replies, ...outcome.replies],
    locale: outcome.locale,
  };
}

/** The document of a mother who has one; the machine's guards make sure the states that call this have it. */
export function docOf(context: MotherContext): MotherDocument {
  if (!context.doc) throw new Error('no document in a state that needs one');
  return context.doc;
}

/** Her words, for guards and actions of MESSAGE. */
export function messageOf(event: MotherMachineEvent): { text: string; intent: Intent } | undefined {
  return event.type === 'MESSAGE' ? event : undefined;
}

/** A context with no mother and no turn: the machine's start, for a transition scope or a picture of the machine. */
export const NO_TURN: MotherContext = {
  doc: null,
  now: '1970-01-01T00:00:00.000Z',
  replies: [],
  locale: 'nb',
  written: false,
  restartWeek: false,
  passingOn: false,
  turn: {
    motherId: '',
    now: '1970-01-01T00:00:00.000Z',
    defaultLocale: 'nb',
    defaultTimezone: 'Europe/Oslo',
    newId: () => {
      throw new Error('no turn to log in');
    },
  },
};
