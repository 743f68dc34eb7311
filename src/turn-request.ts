import { handleTurn } from '../dialogs/handle-turn';
import type { Reply } from '../dialogs/reply';
import type { TurnContextInfo, TurnInput, TurnOutcome } from '../dialogs/turn';
import { newEntryId } from './entry-id';
import type { Locale } from './mother/profile';
import type { MotherDocument, StoredConversationReference } from './store/mother-document';
import type { MotherStore } from './store/mother-store';
import { runTurn } from './turn-pipeline';

/** One turn as plain data, read from the activity by the bot edge: the same whichever thread runs it. */
export interface TurnRequest {
  motherId: string;
  activityId: string | undefined;
  input: TurnInput;
  context: Omit<TurnContextInfo, 'newId'>;
  /** Where this activity says she can be reached. */
  reference: StoredConversationReference;
}

export interface TurnResult {
  /** The activity was handled before (a redelivery): nothing was done or said. */
  duplicate: boolean;
  attempts: number;
  replies: Reply[];
  locale?: Locale;
}

const sameReference = (a: StoredConversationReference | undefined, b: StoredConversationReference): boolean =>
  !!a && a.serviceUrl === b.serviceUrl && a.conversation.id === b.conversation.id && a.bot.id === b.bot.id && a.user.id === b.user.id;

/** The pure decision of a turn: the dialogs, and where to reach her kept up to date. */
function decide(doc: MotherDocument | undefined, request: TurnRequest): TurnOutcome {
  const outcome = handleTurn(doc, request.input, { ...request.context, newId: newEntryId });
  // Teams can move a conversation to another serviceUrl.
  const next: MotherDocument | undefined = outcome.doc ?? (outcome.doc === undefined ? doc : undefined);
  if (next && next.consent === 'given' && !sameReference(next.conversation, request.reference)) outcome.doc = { ...next, conversation: request.reference };
  return outcome;
}

/** Reads her document, decides, writes (replayed on a conflict): see runTurn. */
export async function runTurnRequest(store: MotherStore, request: TurnRequest): Promise<TurnResult> {
  const result = await runTurn(store, request.motherId, request.activityId, (doc) => decide(doc, request));
  return {
    duplicate: result.duplicate,
    attempts: result.attempts,
    replies: result.outcome?.replies ?? [],
    ...(result.outcome ? { locale: result.outcome.locale } : {}),
  };
}
