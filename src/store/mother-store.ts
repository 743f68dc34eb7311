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

/** When a call must have ended, as Date.now() milliseconds: past it the call gives up with StoreUnavailableError. */
export interface CallOptions {
  deadline?: number;
}

/** A delete with `etag` removes her only while that etag still matches (EtagConflictError otherwise). */
export interface DeleteOptions extends CallOptions {
  etag?: string;
}

/** A document and the etag it was read with. */
export interface ConditionalReplace {
  doc: MotherDocument;
  etag: string;
}

/**
 * One document per mother with optimistic concurrency by etag. Every call ends by its deadline
 * (the caller's, or the store's own default) with StoreUnavailableError when the database does not answer.
 */
export interface MotherStore {
  get(id: string, options?: CallOptions): Promise<StoredMother | undefined>;
  /** Creates; AlreadyExistsError when a document with that id exists. Returns the new etag. */
  create(doc: MotherDocument, options?: CallOptions): Promise<string>;
  /** Replaces when `etag` still matches; EtagConflictError otherwise. Returns the new etag. */
  replace(doc: MotherDocument, etag: string, options?: CallOptions): Promise<string>;
  /**
   * Replaces each document whose etag still matches (the scheduler's claims). Per document, in
   * order: the new etag, an EtagConflictError for that document alone, or another Error when
   * that write failed (nothing written for her). A store with transactions commits the batch
   * at once and rejects as a whole when the commit fails (then nothing is written).
   */
  replaceEach(writes: readonly ConditionalReplace[], options?: CallOptions): Promise<Array<string | Error>>;
  /** Removes every record of that mother, from the files too. No error when she is not there. */
  delete(id: string, options?: DeleteOptions): Promise<void>;
  /** Mothers due for a check-in at `now` (nextCheckInAt <= now), in pages, served by an index. */
  findDue(now: string, pageSize: number, continuation?: string, options?: CallOptions): Promise<DuePage>;
  close(): Promise<void>;
}

/** What the app holds: both implementations, with what the edges (readiness, maintenance) ask of them. */
export interface MeasuredMotherStore extends MotherStore {
  /** Requests sent to the database since the store opened: point reads, writes, deletes and query pages. */
  requestCount(): number;
  /** One cheap read that shows the database answers (GET /readyz). */
  ping(options?: CallOptions): Promise<void>;
  /** Every stored id, a page at a time (the one-off id migration; never on a turn). */
  listIds(pageSize: number, continuation?: string, options?: CallOptions): Promise<{ ids: string[]; continuation?: string }>;
}
