import type { CheckinAnswer, LoggedEvent } from '../mother/events';
import type { Finding } from '../mother/findings';
import type { RuleState } from '../mother/rule-state';
import type { Locale, MotherProfile } from '../mother/profile';

export const DOCUMENT_SCHEMA_VERSION = 1;

/** Just enough of botbuilder's ConversationReference to reach her again (no names kept). */
export interface StoredConversationReference {
  channelId: string;
  serviceUrl: string;
  conversation: { id: string; tenantId?: string; conversationType?: string };
  user: { id: string; aadObjectId?: string };
  bot: { id: string };
  locale?: string;
}

/** Where she is in a conversation that spans several turns (onboarding, check-in, a confirmation). */
export interface DialogState {
  name: string;
  step: string;
  /** Answers gathered so far in this dialog; only after consent. */
  values?: Record<string, unknown>;
  startedAt: string;
}

/** One document per mother: everything we keep about her, in one place, deleted as one. */
export interface MotherDocument {
  /** A hash of channelId + user id: never her name. Also the partition key. */
  id: string;
  schemaVersion: number;
  createdAt: string;
  updatedAt: string;
  locale: Locale;
  consent: 'unknown' | 'given' | 'refused';
  profile?: MotherProfile;
  /** The persisted first-week machine snapshot, with the machine version that wrote it. */
  machine?: { version: number; snapshot: unknown };
  events: LoggedEvent[];
  checkins: CheckinAnswer[];
  findings: Finding[];
  /** The rules' open episodes (see src/mother/evaluate.ts), so a finding fires once per episode. */
  ruleState?: RuleState;
  dialog?: DialogState;
  conversation?: StoredConversationReference;
  /** ISO UTC of the next daily check-in, or null when none is planned (paused, not onboarded, week over). */
  nextCheckInAt: string | null;
  checkInsPaused: boolean;
  /** The last activity ids handled, so that a redelivered activity is handled once. */
  recentActivityIds: string[];
  /** Bookkeeping of the scheduler: the slot last sent, so a slot is never sent twice. */
  lastCheckInSlot?: string;
  lastCheckInSentAt?: string;
  /** A reminder planned for an unanswered check-in; while set, nextCheckInAt is this time. */
  reminderAt?: string;
}

export function newMotherDocument(id: string, now: string, locale: Locale): MotherDocument {
  return {
    id,
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    createdAt: now,
    updatedAt: now,
    locale,
    consent: 'unknown',
    events: [],
    checkins: [],
    findings: [],
    nextCheckInAt: null,
    checkInsPaused: false,
    recentActivityIds: [],
  };
}
