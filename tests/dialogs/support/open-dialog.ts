import type { MotherDocument } from '../../../src/store/mother-document';

/** Which of her dialogs is open, read from her machine's state: its name, question and the answers kept so far. */
export function openDialog(doc: MotherDocument | null | undefined): { name: string; step: string; values?: Record<string, unknown> } | undefined {
  const conversation = doc?.machine?.value.conversation as Record<string, unknown> | string | undefined;
  if (!conversation || typeof conversation === 'string') return conversation === 'confirmDelete' ? { name: 'confirm-delete', step: 'confirm' } : undefined;
  if (typeof conversation.onboarding === 'string') return { name: 'onboarding', step: conversation.onboarding, values: { ...doc!.draft?.onboarding?.values } };
  const onboarded = conversation.onboarded as Record<string, unknown> | string | undefined;
  if (onboarded === 'pendingLog') return { name: 'pending-log', step: doc!.draft?.pending?.[0]?.missing[0] ?? 'value', values: { pending: doc!.draft?.pending } };
  if (onboarded === 'confirmLog') return { name: 'confirm-log', step: 'yesterday', values: { events: doc!.draft?.yesterday } };
  if (onboarded && typeof onboarded === 'object' && typeof onboarded.checkin === 'string') return { name: 'checkin', step: onboarded.checkin, values: { ...doc!.draft?.checkin?.values } };
  return undefined;
}

/** Her document with her machine put in a conversation state (and the draft that state keeps), as a test starts from. */
export function atState(doc: MotherDocument, conversation: unknown, draft: MotherDocument['draft'] = {}): MotherDocument {
  return { ...doc, draft: { ...doc.draft, ...draft }, machine: { version: 2, value: { week: doc.machine?.value.week ?? 'beforeOnboarding', conversation } } };
}
