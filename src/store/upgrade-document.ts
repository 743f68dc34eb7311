import { CHECKIN_QUESTIONS, type CheckinQuestion } from '../mother/checkin-questions';
import { isWeekStage } from '../mother/week-stages';
import { DOCUMENT_SCHEMA_VERSION, MOTHER_MACHINE_VERSION, type ConversationDraft, type MachineState, type MotherDocument, type OnboardingAnswers } from './mother-document';

/** Where a version-1 document kept her conversation. */
interface DialogV1 {
  name?: unknown;
  step?: unknown;
  values?: Record<string, unknown>;
  startedAt?: unknown;
}

const ONBOARDING_STEPS_V1: Record<string, string> = { consent: 'consent', birth: 'birth', mode: 'mode', 'first-hour': 'firstHour', 'checkin-time': 'checkinTime' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isQuestion = (value: unknown): value is CheckinQuestion => typeof value === 'string' && (CHECKIN_QUESTIONS as readonly string[]).includes(value);
const countOf = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined);

/** Where her conversation rests when nothing but her consent and profile tells: the state her machine takes up then. */
export function restingConversation(doc: MotherDocument | undefined): unknown {
  if (!doc) return 'new';
  if (doc.consent === 'refused') return 'refused';
  if (doc.consent !== 'given') return { onboarding: 'consent' };
  return doc.profile ? { onboarded: 'idle' } : { onboarding: 'birth' };
}

/** Her conversation as a version-1 document left it: the state her machine takes up, and the draft it keeps. */
function conversationV1(doc: MotherDocument, dialog: DialogV1 | undefined): { conversation: unknown; draft?: ConversationDraft } {
  const startedAt = typeof dialog?.startedAt === 'string' ? dialog.startedAt : doc.updatedAt;
  const values = isRecord(dialog?.values) ? dialog.values : {};
  const onboarded = doc.consent === 'given' && !!doc.profile;
  if (dialog?.name === 'confirm-delete') return { conversation: 'confirmDelete' };
  if (doc.consent === 'refused') return { conversation: 'refused' };
  if (!onboarded) {
    const step = dialog?.name === 'onboarding' && typeof dialog.step === 'string' ? ONBOARDING_STEPS_V1[dialog.step] : undefined;
    const answers: OnboardingAnswers = {};
    if (typeof values.birthAt === 'string') answers.birthAt = values.birthAt;
    if (values.feedingMode === 'breast' || values.feedingMode === 'pump' || values.feedingMode === 'both') answers.feedingMode = values.feedingMode;
    if (values.firstHour === 'yes' || values.firstHour === 'no') answers.firstHour = values.firstHour;
    return { conversation: step ? { onboarding: step } : restingConversation(doc), draft: { onboarding: { startedAt, values: answers, ...(values.languageOpen === true ? { languageOpen: true } : {}) } } };
  }
  if (dialog?.name === 'checkin' && isQuestion(dialog.step)) {
    const kept: NonNullable<ConversationDraft['checkin']>['values'] = {};
    for (const key of ['feeds', 'wetDiapers', 'yellowStools'] as const) {
      const count = countOf(values[key]);
      if (count !== undefined) kept[key] = count;
    }
    if (Array.isArray(values.pumpMl) && values.pumpMl.every((ml) => typeof ml === 'number')) kept.pumpMl = values.pumpMl as number[];
    return { conversation: { onboarded: { checkin: dialog.step } }, draft: { checkin: { startedAt, values: kept } } };
  }
  if (dialog?.name === 'confirm-log' && Array.isArray(values.events)) return { conversation: { onboarded: 'confirmLog' }, draft: { yesterday: values.events as NonNullable<ConversationDraft['yesterday']> } };
  if (dialog?.name === 'pending-log' && Array.isArray(values.pending)) return { conversation: { onboarded: 'pendingLog' }, draft: { pending: values.pending as NonNullable<ConversationDraft['pending']> } };
  return { conversation: restingConversation(doc) };
}

/** The stage her version-1 week machine had reached (its snapshot's value), else the start (her machine walks on from it). */
function weekV1(machine: unknown): string {
  const snapshot = isRecord(machine) ? machine.snapshot : undefined;
  const value = isRecord(snapshot) ? snapshot.value : undefined;
  return isWeekStage(value) ? value : 'beforeOnboarding';
}

/**
 * A document as stored, in the shape of this version. Version 1 kept her conversation in `dialog`
 * and her week in a snapshot of a week-only machine; version 2 keeps both as one state value of her
 * machine, with the answers of an open dialog in `draft`. Nothing she answered is lost.
 */
export function upgradeDocument(stored: MotherDocument): MotherDocument {
  if (stored.schemaVersion >= DOCUMENT_SCHEMA_VERSION) return stored;
  const { dialog, machine, ...rest } = stored as MotherDocument & { dialog?: DialogV1; machine?: unknown };
  const base: MotherDocument = { ...rest, schemaVersion: DOCUMENT_SCHEMA_VERSION };
  const { conversation, draft } = conversationV1(base, isRecord(dialog) ? dialog : undefined);
  const state: MachineState = { version: MOTHER_MACHINE_VERSION, value: { week: weekV1(machine), conversation } };
  return { ...base, machine: state, ...(draft ? { draft } : {}) };
}
