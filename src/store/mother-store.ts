import type { MotherDocument } from './mother-document';

export interface StoredMother {
  doc: MotherDocument;
  etag: string;
}

export interface DuePage {
  /** Ids of mothers whose nextCheckInAt <= now, oldest first. */
  ids: string[];
  /** Pass back to get the next page; undefined on the last page. */
  continuation?: string;
}

/** Thrown when a write's etag no longer matches: somebody else wrote first. Never merged silently. */
export class EtagConflictError extends Error {
  constructor(id: string) {
    super(`etag conflict on mother ${id}`);
    this.name = 'EtagConflictError';
  }
}

/** Thrown when create() finds a document already there. */
export class AlreadyExistsError extends Error {
  constructor(id: string) {
    super(`mother ${id} already exists`);
    this.name = 'AlreadyExistsError';
  }
}

/** Thrown when the store is unavailable or throttling beyond the retries it makes itself. */
export class StoreUnavailableError extends Error {
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

/** A document and the etag it was read with. */
export interface ConditionalReplace {
  doc: MotherDocument;
  etag: string;
}

/** One document per mother with optimistic concurrency by etag. */
export interface MotherStore {
  get(id: string): Promise<StoredMother | undefined>;
  /** Creates; AlreadyExistsError when a document with that id exists. Returns the new etag. */
  create(doc: MotherDocument): Promise<string>;
  /** Replaces when `etag` still matches; EtagConflictError otherwise. Returns the new etag. */
  replace(doc: MotherDocument, etag: string): Promise<string>;
  /**
   * Replaces each document whose etag still matches (the scheduler's claims). Per document, in
   * order: the new etag, an EtagConflictError for that document alone, or another Error when
   * that write failed (nothing written for her). A store with transactions commits the batch
   * at once and rejects as a whole when the commit fails (then nothing is written).
   */
  replaceEach(writes: readonly ConditionalReplace[]): Promise<Array<string | Error>>;
  /** Removes every record of that mother. No error when she is not there. */
  delete(id: string): Promise<void>;
  /** Mothers due for a check-in at `now` (nextCheckInAt <= now), in pages, served by an index. */
  findDue(now: string, pageSize: number, continuation?: string): Promise<DuePage>;
  close(): Promise<void>;
}

/** Both implementations also tell how many requests they have made (one read and one write per turn is the target). */
export interface MeasuredMotherStore extends MotherStore {
  /** Requests sent to the database since the store opened: point reads, writes, deletes and query pages. */
  requestCount(): number;
}
