import { AlreadyExistsError, EtagConflictError, type CallOptions, type MotherStore, type StoredMother } from './mother-store';

const MAX_ROUNDS = 5;

/**
 * Moves her document to another id (from her unkeyed id to her keyed one): creates it there, then
 * deletes the old one only while it is still the version copied. When something wrote the old one
 * meanwhile (her turn on another instance, the scheduler's claim), that newer version is copied over
 * and the delete tried again, so nothing written under the old id is lost and no check-in is sent
 * twice. Resolves with her document at the new id (undefined when it was deleted meanwhile).
 */
export async function moveMother(store: MotherStore, from: StoredMother, toId: string, options?: CallOptions): Promise<StoredMother | undefined> {
  let source = from;
  let moved: StoredMother | undefined;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const doc = { ...source.doc, id: toId };
    if (moved) {
      moved = { doc, etag: await store.replace(doc, moved.etag, options) };
    } else {
      try {
        moved = { doc, etag: await store.create(doc, options) };
      } catch (error) {
        if (!(error instanceof AlreadyExistsError)) throw error;
        // Moved already (by another instance, or a move cut short): that copy is hers from now on.
        await store.delete(source.doc.id, options);
        return store.get(toId, options);
      }
    }
    try {
      await store.delete(source.doc.id, { ...options, etag: source.etag });
      return moved;
    } catch (error) {
      if (!(error instanceof EtagConflictError)) throw error;
    }
    const newer = await store.get(source.doc.id, options);
    if (!newer) return moved;
    source = newer;
  }
  throw new EtagConflictError(toId);
}
