import { handleTurn } from '../../dialogs/handle-turn';
import type { Reply } from '../../dialogs/reply';
import type { TurnContextInfo, TurnInput, TurnOutcome } from '../../dialogs/turn';
import { newEntryId } from '../support/entry-id';
import { legacyMotherIdOf, whoInReference } from '../store/mother-identity';
import type { Finding } from '../mother/findings';
import type { Locale } from '../mother/profile';
import type { MotherDocument, StoredConversationReference } from '../store/mother-document';
import type { MotherStore } from '../store/mother-store';
import { runTurn } from './turn-pipeline';

/** One turn as plain data, read from the activity by the bot edge (src/edge/bot.ts). */
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
  /** Her document after the turn, for the files a reply asks for (never logged, never kept beyond the turn). */
  doc?: MotherDocument;
  /** The findings this turn added to her document (codes and severities only: for telemetry). */
  findingsFired: Array<Pick<Finding, 'code' | 'severity'>>;
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

function findingsAdded(before: MotherDocument | undefined, after: MotherDocument | undefined | null): TurnResult['findingsFired'] {
  if (!after) return [];
  const known = new Set((before?.findings ?? []).map((finding) => `${finding.code} ${finding.at}`));
  return after.findings.filter((finding) => !known.has(`${finding.code} ${finding.at}`)).map(({ code, severity }) => ({ code, severity }));
}

/** Reads her document, decides, writes (replayed on a conflict): see runTurn. */
export async function runTurnRequest(store: MotherStore, request: TurnRequest): Promise<TurnResult> {
  const handle = (doc: MotherDocument | undefined) => {
    const outcome = decide(doc, request);
    return { doc: outcome.doc, outcome, fired: findingsAdded(doc, outcome.doc), after: outcome.doc === undefined ? doc : (outcome.doc ?? undefined) };
  };
  // Stored before keyed ids, she is still under the unkeyed one until moved (src/store/migrate-mother-ids.ts).
  const result = await runTurn(store, request.motherId, request.activityId, handle, () => legacyMotherIdOf(whoInReference(request.reference)));
  return {
    duplicate: result.duplicate,
    attempts: result.attempts,
    replies: result.outcome?.outcome.replies ?? [],
    ...(result.outcome ? { locale: result.outcome.outcome.locale } : {}),
    ...(result.outcome?.after ? { doc: result.outcome.after } : {}),
    findingsFired: result.outcome?.fired ?? [],
  };
}
