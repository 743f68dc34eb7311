import type { ConversationDraft, MotherDocument } from '../src/store/mother-document';

/** Her document with one part of the draft closed; with nothing left open, no draft at all. */
export function withoutDraft(doc: MotherDocument, ...parts: Array<keyof ConversationDraft>): MotherDocument {
  const { draft, ...rest } = doc;
  const left: ConversationDraft = { ...draft };
  for (const part of parts) delete left[part];
  return Object.keys(left).length ? { ...rest, draft: left } : rest;
}

/** Her document with one part of the draft set. */
export function withDraft<K extends keyof ConversationDraft>(doc: MotherDocument, part: K, value: NonNullable<ConversationDraft[K]>): MotherDocument {
  return { ...doc, draft: { ...doc.draft, [part]: value } };
}
