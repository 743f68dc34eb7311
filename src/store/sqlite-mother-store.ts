import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { canonicalCheckInAt } from './check-in-time';
import { storedTime } from '../mother/time';
import { decodeDueContinuation, encodeDueContinuation } from './due-continuation';
import { LockWaiters } from './lock-waiters';
import { upgradeDocument } from './upgrade-document';
import type { MotherDocument } from './mother-document';
import {
  AlreadyExistsError,
  EtagConflictError,
  StoreUnavailableError,
  type CallOptions,
  type ConditionalReplace,
  type DeleteOptions,
  type DuePage,
  type MeasuredMotherStore,
  type StoredMother,
} from './mother-store';
import { WalTruncation } from './wal-truncation';

export const SQLITE_FILE_NAME = 'mothers.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS mothers (
  id TEXT PRIMARY KEY NOT NULL,
  etag TEXT NOT NULL,
  next_checkin_at TEXT,
  document TEXT NOT NULL
) STRICT;
-- Only mothers with a planned check-in are in this index, so the scheduler's scan never
-- touches the paused, the not yet onboarded or those whose week is over.
CREATE INDEX IF NOT EXISTS mothers_due ON mothers (next_checkin_at, id) WHERE next_checkin_at IS NOT NULL;
`;

/** Exported so a test can ask SQLite for the plan and see the partial index used. */
export const FIND_DUE_FIRST_PAGE_SQL = `
SELECT id, next_checkin_at FROM mothers
WHERE next_checkin_at IS NOT NULL AND next_checkin_at <= @now
ORDER BY next_checkin_at, id LIMIT @limit`;

export const FIND_DUE_NEXT_PAGE_SQL = `
SELECT id, next_checkin_at FROM mothers
WHERE next_checkin_at IS NOT NULL AND next_checkin_at <= @now
  AND (next_checkin_at, id) > (@afterAt, @afterId)
ORDER BY next_checkin_at, id LIMIT @limit`;

/** Reads not (yet) followed by a write are forgotten past this many; a forgotten one only costs the full update. */
const PLANNED_AT_READ_MAX = 1_024;

const UNAVAILABLE_CODES = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY|PROTOCOL|NOMEM)/;
/**
 * How long SQLite itself waits for another connection's lock, blocking the thread: enough for a
 * commit by another connection (another instance, a CLI). Past it the call waits on timers (LockWaiters).
 */
const LOCK_WAIT_MS = 5;
/** A call without a deadline of its own (the scheduler's) gives up on a locked file after this long. */
const DEFAULT_CALL_MS = 10_000;

interface DueRow {
  id: string;
  next_checkin_at: string;
}

/** Prepared once per store: preparing is SQLite parsing and planning, paid again on every call otherwise. */
interface Statements {
  get: Database.Statement<[string]>;
  create: Database.Statement<[{ id: string; etag: string; next: string | null; document: string }]>;
  replace: Database.Statement<[{ id: string; etag: string; newEtag: string; next: string | null; document: string }]>;
  replaceDocument: Database.Statement<[{ id: string; etag: string; newEtag: string; document: string }]>;
  delete: Database.Statement<[string]>;
  deleteIf: Database.Statement<[string, string]>;
  ping: Database.Statement<[]>;
  listIds: Database.Statement<[{ after: string; limit: number }]>;
  findDueFirstPage: Database.Statement<[{ now: string; limit: number }]>;
  findDueNextPage: Database.Statement<[{ now: string; limit: number; afterAt: string; afterId: string }]>;
}

function prepareStatements(db: Database.Database): Statements {
  return {
    get: db.prepare('SELECT etag, next_checkin_at, document FROM mothers WHERE id = ?'),
    create: db.prepare(
      `INSERT INTO mothers (id, etag, next_checkin_at, document) VALUES (@id, @etag, @next, @document)
       ON CONFLICT (id) DO NOTHING`,
    ),
    replace: db.prepare(
      `UPDATE mothers SET etag = @newEtag, next_checkin_at = @next, document = @document
       WHERE id = @id AND etag = @etag`,
    ),
    // Setting an indexed column rewrites its index entry even to the same value: a write that leaves
    // her check-in as it was (most turns) costs a fifth less without it (measured, 4 KB documents).
    replaceDocument: db.prepare('UPDATE mothers SET etag = @newEtag, document = @document WHERE id = @id AND etag = @etag'),
    delete: db.prepare('DELETE FROM mothers WHERE id = ?'),
    deleteIf: db.prepare('DELETE FROM mothers WHERE id = ? AND etag = ?'),
    ping: db.prepare('SELECT 1 FROM mothers LIMIT 1'),
    listIds: db.prepare('SELECT id FROM mothers WHERE id > @after ORDER BY id LIMIT @limit'),
    findDueFirstPage: db.prepare(FIND_DUE_FIRST_PAGE_SQL),
    findDueNextPage: db.prepare(FIND_DUE_NEXT_PAGE_SQL),
  };
}

/**
 * The embedded default: one SQLite file under the data directory, one row per mother.
 * better-sqlite3 is synchronous; the async methods keep the MotherStore shape and turn
 * every throw into a rejection. A call that meets another connection's lock waits on timers, never
 * blocking the thread for more than LOCK_WAIT_MS, until its deadline.
 */
export class SqliteMotherStore implements MeasuredMotherStore {
  private requests = 0;
  /** Her planned check-in in the version of her row last read (by etag), until it is written, deleted or read again (forgotten in bulk past PLANNED_AT_READ_MAX). */
  private readonly plannedAtRead = new Map<string, { etag: string; next: string | null }>();
  private readonly lockWaiters = new LockWaiters();
  private readonly walTruncation: WalTruncation;

  private constructor(
    private readonly db: Database.Database,
    private readonly statements: Statements,
  ) {
    this.walTruncation = new WalTruncation(db);
  }

  /** Opens (and creates when missing) the store in `dataDir`; `:memory:` keeps it in memory for tests. */
  static open(dataDir: string): SqliteMotherStore {
    let file = ':memory:';
    if (dataDir !== ':memory:') {
      mkdirSync(dataDir, { recursive: true });
      file = join(dataDir, SQLITE_FILE_NAME);
    }
    let db: Database.Database;
    let statements: Statements;
    try {
      db = new Database(file);
      // Takes effect only while the file is still empty (an existing file keeps its page size). A
      // 4-8 KB document then fits one page, or spills into half as many overflow pages. Measured on
      // the scheduler bench, both sizes run side by side five times: 15 % less CPU per claim than
      // SQLite's default 4 KB in a first pass, a quarter less in a running process, and half the
      // read and write calls; 16 KB pages were no better.
      db.pragma('page_size = 8192');
      db.pragma('journal_mode = WAL');
      // NORMAL, not FULL. In WAL mode a commit has written its frames to the WAL file before it
      // returns, so every write the bot has answered for survives a restart and a killed process
      // (the kernel still holds the pages; tests/store checks this with SIGKILL). Only an OS crash
      // or power cut before the next checkpoint can lose the last commits (never corrupt the file).
      // FULL would also cover that with one fsync per commit: measured on the scheduler bench
      // (10,000 claims, bench/scheduler.ts) it cost 0.25-0.3 ms more CPU and 1.5-2.5 ms more wall per
      // claim, while the requirement is restarts and killed processes.
      db.pragma('synchronous = NORMAL');
      // 8 MB of pages, half this build's default: set when a turn worker held a second connection,
      // and kept because resident memory is a target (bench/memory.ts) and no figure asks for more.
      db.pragma('cache_size = -8000');
      // Opening may wait for another instance's lock: it happens before this thread serves anything.
      db.pragma('busy_timeout = 5000');
      // Deleted on request means gone from the file too: freed rows and pages are overwritten with zeros.
      db.pragma('secure_delete = ON');
      db.exec(SCHEMA);
      statements = prepareStatements(db);
      db.pragma(`busy_timeout = ${LOCK_WAIT_MS}`);
    } catch (error) {
      throw unavailable(error) ?? error;
    }
    return new SqliteMotherStore(db, statements);
  }

  requestCount(): number {
    return this.requests;
  }

  async get(id: string, options?: CallOptions): Promise<StoredMother | undefined> {
    return this.runWith(this.readRow, id, options);
  }

  private readonly readRow = (id: string): StoredMother | undefined => {
    const row = this.statements.get.get(id) as { etag: string; next_checkin_at: string | null; document: string } | undefined;
    if (!row) return undefined;
    if (this.plannedAtRead.size >= PLANNED_AT_READ_MAX) this.plannedAtRead.clear();
    this.plannedAtRead.set(id, { etag: row.etag, next: row.next_checkin_at });
    return { doc: upgradeDocument(JSON.parse(row.document) as MotherDocument), etag: row.etag };
  };

  async create(doc: MotherDocument, options?: CallOptions): Promise<string> {
    return this.run(() => {
      const stored = withCanonicalCheckIn(doc);
      const etag = randomUUID();
      const result = this.statements.create.run({ id: stored.id, etag, next: stored.nextCheckInAt, document: JSON.stringify(stored) });
      if (result.changes === 0) throw new AlreadyExistsError(doc.id);
      return etag;
    }, options);
  }

  async replace(doc: MotherDocument, etag: string, options?: CallOptions): Promise<string> {
    return this.runWith(this.replaceOne, { doc, etag }, options);
  }

  private readonly replaceOne = ({ doc, etag }: ConditionalReplace): string => {
    const written = this.replaceRow(doc, etag);
    if (written instanceof EtagConflictError) throw written;
    return written;
  };

  async replaceEach(writes: readonly ConditionalReplace[], options?: CallOptions): Promise<Array<string | Error>> {
    // One transaction: one commit to the write-ahead log for the whole batch instead of one per row.
    // IMMEDIATE takes the write lock first, so a locked file is met before anything is done, never halfway.
    return this.run(() => this.db.transaction(() => writes.map(({ doc, etag }) => this.replaceRow(doc, etag))).immediate(), options);
  }

  private replaceRow(doc: MotherDocument, etag: string): string | EtagConflictError {
    const stored = withCanonicalCheckIn(doc);
    const newEtag = randomUUID();
    const read = this.plannedAtRead.get(stored.id);
    this.plannedAtRead.delete(stored.id);
    // The row is only written when its etag is still the one read, so then its check-in is the one read too.
    const unchanged = read !== undefined && read.etag === etag && read.next === stored.nextCheckInAt;
    const document = JSON.stringify(stored);
    const result = unchanged
      ? this.statements.replaceDocument.run({ id: stored.id, etag, newEtag, document })
      : this.statements.replace.run({ id: stored.id, etag, newEtag, next: stored.nextCheckInAt, document });
    // No row: either somebody wrote first or she was deleted; both mean "re-read".
    return result.changes === 0 ? new EtagConflictError(doc.id) : newEtag;
  }

  async delete(id: string, options?: DeleteOptions): Promise<void> {
    const deleted = await this.run(() => {
      this.plannedAtRead.delete(id);
      const etag = options?.etag;
      const { changes } = etag === undefined ? this.statements.delete.run(id) : this.statements.deleteIf.run(id, etag);
      if (changes === 0 && etag !== undefined) throw new EtagConflictError(id);
      return changes > 0;
    }, options);
    if (deleted) this.walTruncation.request();
  }

  async ping(options?: CallOptions): Promise<void> {
    await this.run(() => this.statements.ping.get(), options);
  }

  async listIds(pageSize: number, continuation?: string, options?: CallOptions): Promise<{ ids: string[]; continuation?: string }> {
    return this.run(() => {
      const ids = (this.statements.listIds.all({ after: continuation ?? '', limit: pageSize }) as Array<{ id: string }>).map((row) => row.id);
      const last = ids[ids.length - 1];
      return ids.length === pageSize && last !== undefined ? { ids, continuation: last } : { ids };
    }, options);
  }

  async findDue(now: string, pageSize: number, continuation?: string, options?: CallOptions): Promise<DuePage> {
    return this.run(() => {
      if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive whole number (got ${pageSize})`);
      const params = { now: storedTime(now), limit: pageSize + 1 };
      const rows = (
        continuation === undefined
          ? this.statements.findDueFirstPage.all(params)
          : this.statements.findDueNextPage.all({ ...params, ...afterPosition(continuation) })
      ) as DueRow[];
      const page = rows.slice(0, pageSize);
      const last = page[page.length - 1];
      const hasMore = rows.length > pageSize && last !== undefined;
      return {
        ids: page.map((row) => row.id),
        ...(hasMore ? { continuation: encodeDueContinuation({ at: last.next_checkin_at, id: last.id }) } : {}),
      };
    }, options);
  }

  async close(): Promise<void> {
    this.lockWaiters.close(new StoreUnavailableError('the embedded store is closed'));
    this.walTruncation.stop();
    if (this.db.open) this.db.close();
  }

  /** The call at once; when another connection holds the lock, again on timers until the deadline. */
  private run<T>(operation: () => T, options: CallOptions | undefined): T | Promise<T> {
    return this.runWith(callOf, operation, options);
  }

  /**
   * The same, with the operation's argument apart: a turn's read and write are operations made once per
   * store, since a closure made on every call loses its optimized code (and what was inlined into it:
   * the parsing or writing of her row) at each full garbage collection and is compiled again.
   */
  private runWith<A, T>(operation: (arg: A) => T, arg: A, options: CallOptions | undefined): T | Promise<T> {
    if (!this.db.open) throw new StoreUnavailableError('the embedded store is closed');
    this.requests += 1;
    try {
      return operation(arg);
    } catch (error) {
      if (!isLocked(error)) throw unavailable(error) ?? error;
      const deadline = options?.deadline ?? Date.now() + DEFAULT_CALL_MS;
      return this.lockWaiters.wait(() => operation(arg), isLocked, deadline).catch((failed: unknown) => {
        throw unavailable(failed) ?? failed;
      });
    }
  }
}

const callOf = <T>(operation: () => T): T => operation();

function isLocked(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

function afterPosition(continuation: string): { afterAt: string; afterId: string } {
  const position = decodeDueContinuation(continuation);
  return { afterAt: position.at, afterId: position.id };
}

function withCanonicalCheckIn(doc: MotherDocument): MotherDocument {
  if (typeof doc.id !== 'string' || doc.id === '') throw new RangeError('a mother document needs an id');
  return { ...doc, nextCheckInAt: canonicalCheckInAt(doc.nextCheckInAt) };
}

function unavailable(error: unknown): StoreUnavailableError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.test(code)) {
    return new StoreUnavailableError(`embedded store unavailable (${code})`, error);
  }
  return undefined;
}
