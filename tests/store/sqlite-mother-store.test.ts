import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  FIND_DUE_FIRST_PAGE_SQL,
  FIND_DUE_NEXT_PAGE_SQL,
  SQLITE_FILE_NAME,
  SqliteMotherStore,
} from '../../src/store/sqlite-mother-store';
import { EtagConflictError, StoreUnavailableError } from '../../src/store/mother-store';
import { describeStoreContract, NOW, sampleMother } from './store-contract';

const dirs: string[] = [];

function freshDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mother-store-'));
  dirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describeStoreContract('embedded (SQLite)', async () => SqliteMotherStore.open(freshDataDir()));

describe('embedded (SQLite) store on disk', () => {
  it('refuses a stale write from a second instance that would put her check-in time back', async () => {
    const dir = freshDataDir();
    const [a, b] = [SqliteMotherStore.open(dir), SqliteMotherStore.open(dir)];
    const doc = sampleMother('two-instances', { nextCheckInAt: '2026-11-26T07:00:00.000Z' });
    await a.create(doc);

    // A reads, B moves her check-in on, A writes back what it read with the check-in as it was then.
    const readByA = await a.get(doc.id);
    const readByB = await b.get(doc.id);
    await b.replace({ ...readByB!.doc, nextCheckInAt: '2026-11-27T08:00:00.000Z' }, readByB!.etag);
    await expect(a.replace({ ...readByA!.doc, updatedAt: NOW }, readByA!.etag)).rejects.toBeInstanceOf(EtagConflictError);

    expect((await a.findDue(NOW, 10)).ids).toEqual([]);
    expect((await a.findDue('2026-11-27T08:00:00.000Z', 10)).ids).toEqual([doc.id]);
    const row = new Database(join(dir, SQLITE_FILE_NAME), { readonly: true }).prepare('SELECT next_checkin_at, document FROM mothers').get() as { next_checkin_at: string; document: string };
    expect(row.next_checkin_at).toBe(JSON.parse(row.document).nextCheckInAt);
    await a.close();
    await b.close();
  });

  it('keeps her data when the store is closed and opened again', async () => {
    const dir = freshDataDir();
    const first = SqliteMotherStore.open(dir);
    const doc = sampleMother('reopened');
    const etag = await first.replace({ ...doc, locale: 'en' }, await first.create(doc));
    await first.close();

    const second = SqliteMotherStore.open(dir);
    try {
      expect(await second.get('reopened')).toEqual({ doc: { ...doc, locale: 'en' }, etag });
      expect((await second.findDue('2026-11-28T00:00:00.000Z', 10)).ids).toEqual(['reopened']);
    } finally {
      await second.close();
    }
  });

  it('creates a new file with 8 KB pages, and keeps serving a file made with 4 KB pages as it is', async () => {
    const fresh = freshDataDir();
    await SqliteMotherStore.open(fresh).close();
    const pageSize = (dir: string): number => {
      const db = new Database(join(dir, SQLITE_FILE_NAME), { readonly: true });
      try {
        return db.pragma('page_size', { simple: true }) as number;
      } finally {
        db.close();
      }
    };
    expect(pageSize(fresh)).toBe(8192);

    const older = freshDataDir();
    const made = new Database(join(older, SQLITE_FILE_NAME));
    made.pragma('page_size = 4096');
    made.pragma('journal_mode = WAL');
    made.exec('CREATE TABLE mothers (id TEXT PRIMARY KEY NOT NULL, etag TEXT NOT NULL, next_checkin_at TEXT, document TEXT NOT NULL) STRICT');
    made.close();
    const store = SqliteMotherStore.open(older);
    try {
      const doc = sampleMother('on-an-older-file', { nextCheckInAt: '2026-11-26T07:00:00.000Z' });
      await store.replace({ ...doc, locale: 'nn' }, await store.create(doc));
      expect((await store.get(doc.id))?.doc.locale).toBe('nn');
      expect((await store.findDue(NOW, 10)).ids).toEqual([doc.id]);
    } finally {
      await store.close();
    }
    expect(pageSize(older)).toBe(4096);
  });

  it('keeps a write that returned, even when the process is killed right after', async () => {
    const dir = freshDataDir();
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', join(__dirname, 'fixtures', 'write-then-wait.ts'), dir, 'killed'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const etag = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /written (\S+)\n/.exec(out);
        if (match?.[1]) {
          child.kill('SIGKILL');
          resolve(match[1]);
        }
      });
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.on('exit', (code) => reject(new Error(`child ended before writing (code ${code}): ${err}`)));
    });
    await new Promise((resolve) => child.once('exit', resolve));
    expect(child.signalCode).toBe('SIGKILL');

    const store = SqliteMotherStore.open(dir);
    try {
      const stored = await store.get('killed');
      expect(stored?.etag).toBe(etag);
      expect(stored?.doc.locale).toBe('nn');
    } finally {
      await store.close();
    }
  });

  it('serves findDue from the partial index, never by scanning every mother', () => {
    const dir = freshDataDir();
    SqliteMotherStore.open(dir).close();
    const db = new Database(join(dir, SQLITE_FILE_NAME), { readonly: true });
    try {
      const plan = (sql: string, params: object): string =>
        (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((row) => row.detail).join('; ');
      const now = { now: '2026-11-26T08:00:00.000Z', limit: 101 };
      const indexes = db.pragma('index_list(mothers)') as { name: string; partial: number }[];
      expect(indexes.find((index) => index.name === 'mothers_due')?.partial).toBe(1);

      for (const detail of [plan(FIND_DUE_FIRST_PAGE_SQL, now), plan(FIND_DUE_NEXT_PAGE_SQL, { ...now, afterAt: '2026-11-26T07:00:00.000Z', afterId: 'x' })]) {
        expect(detail).toMatch(/SEARCH mothers USING COVERING INDEX mothers_due/);
        expect(detail).not.toMatch(/SCAN|TEMP B-TREE/);
      }
    } finally {
      db.close();
    }
  });

  it('uses one read and one write for a turn', async () => {
    const store = SqliteMotherStore.open(':memory:');
    try {
      await store.create(sampleMother('counted'));
      const before = store.requestCount();
      const current = await store.get('counted');
      if (!current) throw new Error('not stored');
      await store.replace({ ...current.doc, locale: 'en' }, current.etag);
      expect(store.requestCount() - before).toBe(2);
    } finally {
      await store.close();
    }
  });
});

describe('embedded (SQLite) store while another connection holds the write lock', () => {
  let dir: string;
  let store: SqliteMotherStore;
  let other: Database.Database;

  beforeEach(() => {
    dir = freshDataDir();
    store = SqliteMotherStore.open(dir);
    other = new Database(join(dir, SQLITE_FILE_NAME));
  });

  afterEach(async () => {
    if (other.inTransaction) other.exec('ROLLBACK');
    other.close();
    await store.close();
  });

  /** The longest the event loop went without running a 5 ms interval, while `work` was under way. */
  async function longestStall<T>(work: Promise<T>): Promise<{ result: PromiseSettledResult<T>; stallMs: number }> {
    let last = performance.now();
    let stallMs = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      stallMs = Math.max(stallMs, now - last);
      last = now;
    }, 5);
    const [result] = await Promise.allSettled([work]);
    clearInterval(ticker);
    return { result, stallMs };
  }

  it('waits for it off the event loop, 100 writes at once, and writes every one once it is released', async () => {
    const docs = Array.from({ length: 100 }, (_, i) => sampleMother(`waiting-${i}`));
    other.exec('BEGIN IMMEDIATE');
    setTimeout(() => other.exec('COMMIT'), 1_000);
    const started = Date.now();

    const { result, stallMs } = await longestStall(Promise.all(docs.map((doc) => store.create(doc))));

    expect(result.status).toBe('fulfilled');
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(stallMs).toBeLessThan(50);
    expect((await store.listIds(200)).ids).toHaveLength(100);
  });

  it('gives up at the deadline with StoreUnavailableError and writes nothing', async () => {
    const doc = sampleMother('past-the-deadline');
    const etag = await store.create(doc);
    other.exec('BEGIN IMMEDIATE');
    const started = Date.now();

    const { result, stallMs } = await longestStall(store.replace({ ...doc, locale: 'en' }, etag, { deadline: Date.now() + 300 }));

    expect(result.status === 'rejected' && result.reason).toBeInstanceOf(StoreUnavailableError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(295);
    expect(Date.now() - started).toBeLessThan(450);
    expect(stallMs).toBeLessThan(50);
    other.exec('COMMIT');
    expect(await store.get(doc.id)).toEqual({ doc, etag });
  });

  it('writes a batch whole once the lock is released, and fails waiting calls when it is closed', async () => {
    const docs = ['batch-a', 'batch-b'].map((id) => sampleMother(id));
    const etags = await Promise.all(docs.map((doc) => store.create(doc)));
    other.exec('BEGIN IMMEDIATE');
    const batch = store.replaceEach(docs.map((doc, i) => ({ doc: { ...doc, locale: 'nn' as const }, etag: etags[i]! })));
    await new Promise((resolve) => setTimeout(resolve, 100));
    other.exec('COMMIT');
    expect((await batch).every((r) => typeof r === 'string')).toBe(true);
    expect((await store.get('batch-a'))?.doc.locale).toBe('nn');

    other.exec('BEGIN IMMEDIATE');
    const waiting = store.create(sampleMother('never'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await store.close();
    await expect(waiting).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
