import { randomUUID } from 'node:crypto';

/**
 * The id of a logged event or of a logging action (LoggedEvent.id / .entry). It only has to be
 * unique within her own document ("angre" takes back one entry; the export lists each event's
 * id), so it is 12 hex characters instead of a whole UUID: 48 random bits, so the chance of a
 * clash among the few hundred ids of her week is about one in three billion. Two UUIDs per event
 * were a third of a logged week's document, which every turn reads, parses and writes, and which
 * Cosmos DB charges for by size.
 */
export function newEntryId(): string {
  const uuid = randomUUID();
  // The first 8 + 4 hex digits of a v4 UUID are all random (its version digit comes after them).
  return uuid.slice(0, 8) + uuid.slice(9, 13);
}
