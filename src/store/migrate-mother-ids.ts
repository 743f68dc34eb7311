import { legacyMotherIdOf, motherIdOf, whoInReference } from './mother-identity';
import type { MeasuredMotherStore } from './mother-store';
import { moveMother } from './move-mother';

const PAGE_SIZE = 500;

export interface MigrationCounts {
  /** Moved from her unkeyed id to her keyed id. */
  moved: number;
  alreadyKeyed: number;
  /**
   * Without a conversation reference (she never consented: only the onboarding step and her language)
   * or whose reference does not give back its id: left as they are. One of hers is moved by the bot
   * when she writes again (src/edge/turn-pipeline.ts).
   */
  leftAsTheyAre: number;
}

/**
 * The one-off move of every document stored under the unkeyed id (before MOTHER_ID_KEY) to the keyed
 * id of the same key. Her stored conversation reference names her channel and user, which is what
 * both ids are made of. Safe to run again, and beside running bots (each move is conditional).
 */
export async function migrateMotherIds(store: MeasuredMotherStore, key: string): Promise<MigrationCounts> {
  const counts: MigrationCounts = { moved: 0, alreadyKeyed: 0, leftAsTheyAre: 0 };
  // Every id first: the moves add ids that a scan still under way would meet again.
  const ids: string[] = [];
  let continuation: string | undefined;
  do {
    const page = await store.listIds(PAGE_SIZE, continuation);
    ids.push(...page.ids);
    continuation = page.continuation;
  } while (continuation !== undefined);

  for (const id of ids) {
    const stored = await store.get(id);
    const reference = stored?.doc.conversation;
    if (!stored) continue;
    const who = reference ? whoInReference(reference) : undefined;
    if (who && motherIdOf(who, key) === id) counts.alreadyKeyed += 1;
    else if (who && legacyMotherIdOf(who) === id) {
      await moveMother(store, stored, motherIdOf(who, key));
      counts.moved += 1;
    } else counts.leftAsTheyAre += 1;
  }
  return counts;
}
