import type { CheckinAnswer, FeedingMode, LoggedEvent } from '../mother/events';
import type { CheckinQuestion } from '../mother/checkin-questions';
import type { LoggableEvent, PendingEvent } from '../language/intent';
import type { Finding } from '../mother/findings';
import type { RuleState } from '../mother/rule-state';
import type { Locale, MotherProfile } from '../mother/profile';

/** 2: her conversation is the machine's state (`machine.value`) and `draft`; 1 kept it in `dialog`. */
export const DOCUMENT_SCHEMA_VERSION = 2;

/** Just enough of botbuilder's ConversationReference to reach her again (no names kept). */
export interface StoredConversationReference {
  channelId: string;
  serviceUrl: string;
  conversation: { id: string; tenantId?: string; conversationType?: string };
  user: { id: string; aadObjectId?: string };
  bot: { id: string };
  locale?: string;
}

/** The version of her machine's states (dialogs/mother-machine.ts) that `machine.value` holds. */
export const MOTHER_MACHINE_VERSION = 2;

/** Where her machine stands: a state value of dialogs/mother-machine.ts, with the machine version that wrote it. */
export interface MachineState {
  version: number;
  value: { week: string; conversation: unknown };
}

/** What she has answered so far when onboarding by typing. */
export interface OnboardingAnswers {
  birthAt?: string;
  feedingMode?: FeedingMode;
  /** 'skipped': she was asked and passed the question by. */
  firstHour?: 'yes' | 'no' | 'skipped';
}

/** The answers of a dialog that spans several turns, kept while it is open. */
export interface ConversationDraft {
  /** Onboarding by typing: what she has answered so far (never before her consent). */
  onboarding?: {
    startedAt: string;
    values: OnboardingAnswers;
    /** Her language is only the channel's guess: her first clear words may choose it. */
    languageOpen?: boolean;
    /** Her Norwegian showed neither written form yet («hei»): clear nynorsk or bokmål words may still choose it while onboarding. */
    variantOpen?: boolean;
    /** What she logged while the questions were open, stored when onboarding is done (dialogs/held-logs.ts). */
    held?: LoggableEvent[];
  };
  /**
   * An open daily check-in: its answers so far; `answered`, the questions in the order she answered
   * or passed them by (absent in a check-in opened before it was kept: then the order of the
   * questions); `resumeAt`, its question while a side question is asked.
   */
  checkin?: {
    startedAt: string;
    values: { feeds?: number; wetDiapers?: number; yellowStools?: number; pumpMl?: number[] };
    answered?: CheckinQuestion[];
    resumeAt?: CheckinQuestion;
    /** The question she was just asked again, her answer not read: «nei, det var 6» then answers it, not the one before. */
    askedAgain?: CheckinQuestion;
  };
  /**
   * The check-in she has just finished by typing: its stored answer (`entry`), when it was opened and
   * the order she answered in. «angre» right after takes back its last answer only and asks that
   * question again; the next check-in opened drops it.
   */
  finishedCheckin?: { entry: string; startedAt: string; answered: CheckinQuestion[] };
  /** «Vil du se uken din så langt i et bilde?» was asked after her check-in: her «ja» shows it, her «nei» lets it be. */
  weekOffered?: boolean;
  /** A typed log waiting for its one missing value. */
  pending?: PendingEvent[];
  /**
   * A typed log waiting for her yes: at a time only possible yesterday, or milk coming in read from
   * signs ("has your milk come in?"). The name is kept from when it held only the first, so stored
   * documents read as they are.
   */
  yesterday?: LoggableEvent[];
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
  /** Her machine's state; with the fields of this document (its context) it restores her machine. */
  machine?: MachineState;
  events: LoggedEvent[];
  checkins: CheckinAnswer[];
  findings: Finding[];
  /** The rules' open episodes (see src/mother/evaluate.ts), so a finding fires once per episode. */
  ruleState?: RuleState;
  draft?: ConversationDraft;
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
  /** Her Norwegian showed neither written form by the end of onboarding («hei», «ja», «kl 8»): her first clear nynorsk or bokmål words choose it. */
  variantOpen?: true;
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
