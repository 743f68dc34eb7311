import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { upgradeDocument } from '../../src/store/upgrade-document';
import { randomUUID } from 'node:crypto';
import { newMotherDocument, type MotherDocument } from '../../src/store/mother-document';
import { AlreadyExistsError, EtagConflictError, type MeasuredMotherStore, type MotherStore } from '../../src/store/mother-store';

export const NOW = '2026-11-26T08:00:00.000Z';

export function sampleMother(id: string, overrides: Partial<MotherDocument> = {}): MotherDocument {
  return {
    ...newMotherDocument(id, NOW, 'nb'),
    consent: 'given',
    profile: {
      birthAt: '2026-11-24T02:10:00.000Z',
      feedingMode: 'both',
      timezone: 'Europe/Oslo',
      checkInTime: '09:00',
      locale: 'nb',
    },
    events: [{ type: 'feed', at: '2026-11-26T07:30:00.000Z', side: 'left', id: 'e1', entry: 'n1', loggedAt: NOW }],
    nextCheckInAt: '2026-11-27T08:00:00.000Z',
    ...overrides,
  };
}

export function uniqueId(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}

/** Read, change, write with the etag; on a conflict read again and redo the change. */
export async function readModifyWrite(
  store: MotherStore,
  id: string,
  change: (doc: MotherDocument) => MotherDocument,
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const current = await store.get(id);
    if (!current) throw new Error(`mother ${id} vanished`);
    try {
      await store.replace(change(current.doc), current.etag);
      return attempt;
    } catch (error) {
      if (!(error instanceof EtagConflictError) || attempt >= 200) throw error;
    }
  }
}

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(items.slice(start, start + size).map(work));
  }
}

/**
 * The behaviour every MotherStore must show. `makeStore` gives a fresh, empty store for
 * each test; the suite closes it.
 */
export function describeStoreContract(name: string, makeStore: () => Promise<MeasuredMotherStore>): void {
  describe(`${name}: MotherStore contract`, () => {
    let store: MeasuredMotherStore;

    beforeEach(async () => {
      store = await makeStore();
    });

    afterEach(async () => {
      await store.close();
    });

    it('gives back exactly the document that was created, with an etag', async () => {
      const doc = sampleMother(uniqueId('m'));
      const etag = await store.create(doc);

      const stored = await store.get(doc.id);

      expect(etag).toEqual(expect.any(String));
      expect(etag).not.toBe('');
      expect(stored).toEqual({ doc, etag });
    });

    it('gives a document written by version 1 back in the shape of today, nothing she answered lost', async () => {
      const v1 = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'v1', 'mid-checkin.json'), 'utf8')) as MotherDocument;
      const id = uniqueId('v1');
      await store.create({ ...v1, id });
      const stored = await store.get(id);
      expect(stored?.doc).toEqual({ ...upgradeDocument(v1), id });
      expect(stored?.doc).toMatchObject({ schemaVersion: 2, draft: { checkin: { values: { feeds: 7, pumpMl: [15, 20] } } } });
    });

    it('knows nothing of a mother never stored', async () => {
      await expect(store.get(uniqueId('nobody'))).resolves.toBeUndefined();
    });

    it('refuses to create a mother twice and keeps the first', async () => {
      const doc = sampleMother(uniqueId('m'));
      const etag = await store.create(doc);

      await expect(store.create({ ...doc, locale: 'en' })).rejects.toBeInstanceOf(AlreadyExistsError);

      expect(await store.get(doc.id)).toEqual({ doc, etag });
    });

    it('replaces with the current etag and hands out a new one', async () => {
      const doc = sampleMother(uniqueId('m'));
      const first = await store.create(doc);
      const changed = { ...doc, locale: 'nn' as const, updatedAt: '2026-11-26T09:00:00.000Z' };

      const second = await store.replace(changed, first);

      expect(second).not.toBe(first);
      expect(await store.get(doc.id)).toEqual({ doc: changed, etag: second });
    });

    it('refuses a stale etag and changes nothing', async () => {
      const doc = sampleMother(uniqueId('m'));
      const stale = await store.create(doc);
      const winner = { ...doc, checkInsPaused: true, nextCheckInAt: null };
      const current = await store.replace(winner, stale);

      const loser = { ...doc, events: [], findings: [], locale: 'en' as const };
      await expect(store.replace(loser, stale)).rejects.toBeInstanceOf(EtagConflictError);

      expect(await store.get(doc.id)).toEqual({ doc: winner, etag: current });
    });

    it('replaces a batch: every current etag is written, a stale or deleted one is refused alone', async () => {
      const [fresh, stale, gone, alsoFresh] = ['fresh', 'stale', 'gone', 'also'].map((name) => sampleMother(uniqueId(name)));
      const etags = await Promise.all([fresh!, stale!, gone!, alsoFresh!].map((doc) => store.create(doc)));
      const winner = { ...stale!, checkInsPaused: true };
      const winnerEtag = await store.replace(winner, etags[1]!);
      await store.delete(gone!.id);
      const changed = (doc: typeof fresh) => ({ ...doc!, locale: 'nn' as const, nextCheckInAt: '2026-11-25T07:00:00.000Z' });

      const results = await store.replaceEach([
        { doc: changed(fresh), etag: etags[0]! },
        { doc: changed(stale), etag: etags[1]! },
        { doc: changed(gone), etag: etags[2]! },
        { doc: changed(alsoFresh), etag: etags[3]! },
      ]);

      expect(results.map((r) => (r instanceof EtagConflictError ? 'conflict' : typeof r))).toEqual(['string', 'conflict', 'conflict', 'string']);
      expect(await store.get(fresh!.id)).toEqual({ doc: changed(fresh), etag: results[0] });
      expect(await store.get(alsoFresh!.id)).toEqual({ doc: changed(alsoFresh), etag: results[3] });
      expect(await store.get(stale!.id)).toEqual({ doc: winner, etag: winnerEtag });
      expect(await store.get(gone!.id)).toBeUndefined();
      expect((await store.findDue('2026-11-25T07:00:00.000Z', 50)).ids).toEqual(expect.arrayContaining([fresh!.id, alsoFresh!.id]));
    });

    it('treats a replace of a mother deleted meanwhile as a conflict', async () => {
      const doc = sampleMother(uniqueId('m'));
      const etag = await store.create(doc);
      await store.delete(doc.id);

      await expect(store.replace(doc, etag)).rejects.toBeInstanceOf(EtagConflictError);
      expect(await store.get(doc.id)).toBeUndefined();
    });

    it('loses no change when 20 writers update one mother at once', async () => {
      const doc = sampleMother(uniqueId('m'), { events: [] });
      await store.create(doc);

      const attempts = await Promise.all(
        Array.from({ length: 20 }, (_, writer) =>
          readModifyWrite(store, doc.id, (current) => ({
            ...current,
            events: [
              ...current.events,
              { type: 'diaper', at: NOW, wet: true, stool: 'yellow', id: `w${writer}`, entry: `w${writer}`, loggedAt: NOW },
            ],
          })),
        ),
      );

      const stored = await store.get(doc.id);
      expect(stored?.doc.events.map((event) => event.id).sort()).toEqual(Array.from({ length: 20 }, (_, writer) => `w${writer}`).sort());
      // The writers really did collide: some had to read again.
      expect(attempts.some((count) => count > 1)).toBe(true);
    });

    it('finds exactly the due mothers, page by page, none twice and none missed', async () => {
      const minute = (n: number): string => new Date(Date.parse('2026-11-26T05:00:00.000Z') + n * 60_000).toISOString();
      // 250 due, five per minute so that pages end in the middle of equal times.
      const due = Array.from({ length: 250 }, (_, i) => sampleMother(`due-${String(i).padStart(3, '0')}`, { nextCheckInAt: minute(Math.floor(i / 5)) }));
      const later = Array.from({ length: 20 }, (_, i) => sampleMother(`later-${i}`, { nextCheckInAt: minute(181 + i) }));
      const none = Array.from({ length: 20 }, (_, i) => sampleMother(`none-${i}`, { nextCheckInAt: null }));
      await inBatches([...due, ...later, ...none], 25, (doc) => store.create(doc));
      const now = minute(180);

      const pages: string[][] = [];
      let continuation: string | undefined;
      do {
        const page = await store.findDue(now, 100, continuation);
        pages.push(page.ids);
        continuation = page.continuation;
      } while (continuation !== undefined && pages.length < 20);

      const found = pages.flat();
      expect(pages.every((ids) => ids.length <= 100)).toBe(true);
      expect(pages.length).toBeGreaterThanOrEqual(3);
      expect(new Set(found).size).toBe(found.length);
      expect([...found].sort()).toEqual(due.map((doc) => doc.id).sort());
      // Oldest first: the order of nextCheckInAt never goes back.
      const times = found.map((id) => due.find((doc) => doc.id === id)?.nextCheckInAt ?? '');
      expect([...times].sort()).toEqual(times);
    });

    it('compares check-in times as instants, whatever offset they were written with', async () => {
      const doc = sampleMother(uniqueId('m'), { nextCheckInAt: '2026-11-27T09:00:00+01:00' });
      await store.create(doc);

      expect((await store.findDue('2026-11-27T07:59:59.000Z', 10)).ids).toEqual([]);
      expect((await store.findDue('2026-11-27T08:00:00.000Z', 10)).ids).toEqual([doc.id]);
    });

    it('drops a mother from the due list once her check-ins are paused', async () => {
      const doc = sampleMother(uniqueId('m'), { nextCheckInAt: '2026-11-26T07:00:00.000Z' });
      const etag = await store.create(doc);
      expect((await store.findDue(NOW, 10)).ids).toEqual([doc.id]);

      await store.replace({ ...doc, checkInsPaused: true, nextCheckInAt: null }, etag);

      expect(await store.findDue(NOW, 10)).toEqual({ ids: [] });
    });

    it('keeps her check-in time through writes that leave it, and moves it with writes that change it', async () => {
      const doc = sampleMother(uniqueId('m'), { nextCheckInAt: '2026-11-26T07:00:00.000Z' });
      await store.create(doc);
      const dueNow = async () => (await store.findDue(NOW, 10)).ids;

      await readModifyWrite(store, doc.id, (current) => ({ ...current, events: [] }));
      expect(await dueNow()).toEqual([doc.id]);

      // A writer that read before another moved her check-in is refused, not allowed to move it back.
      const early = await store.get(doc.id);
      await readModifyWrite(store, doc.id, (current) => ({ ...current, nextCheckInAt: '2026-11-27T08:00:00.000Z' }));
      await expect(store.replace({ ...early!.doc, updatedAt: NOW }, early!.etag)).rejects.toBeInstanceOf(EtagConflictError);
      expect(await dueNow()).toEqual([]);

      await readModifyWrite(store, doc.id, (current) => ({ ...current, updatedAt: NOW }));
      expect(await dueNow()).toEqual([]);
      expect((await store.findDue('2026-11-27T08:00:00.000Z', 10)).ids).toEqual([doc.id]);

      await readModifyWrite(store, doc.id, (current) => ({ ...current, nextCheckInAt: '2026-11-26T06:00:00.000Z' }));
      expect(await dueNow()).toEqual([doc.id]);
    });

    it('deletes every record of a mother, and deleting again is fine', async () => {
      const doc = sampleMother(uniqueId('m'), { nextCheckInAt: '2026-11-26T07:00:00.000Z' });
      const other = sampleMother(uniqueId('other'), { nextCheckInAt: '2026-11-26T07:00:00.000Z' });
      await store.create(doc);
      await store.create(other);

      await store.delete(doc.id);
      await store.delete(doc.id);

      expect(await store.get(doc.id)).toBeUndefined();
      expect((await store.findDue(NOW, 10)).ids).toEqual([other.id]);
      // She can start over afterwards.
      await expect(store.create(doc)).resolves.toEqual(expect.any(String));
    });

    it('deletes with an etag only while it still matches', async () => {
      const doc = sampleMother(uniqueId('m'));
      const first = await store.create(doc);
      const current = await store.replace({ ...doc, locale: 'en' }, first);

      await expect(store.delete(doc.id, { etag: first })).rejects.toBeInstanceOf(EtagConflictError);
      expect((await store.get(doc.id))?.etag).toBe(current);
      await store.delete(doc.id, { etag: current });
      expect(await store.get(doc.id)).toBeUndefined();
      // Gone counts as changed too: the caller reads again.
      await expect(store.delete(doc.id, { etag: current })).rejects.toBeInstanceOf(EtagConflictError);
    });

    it('answers a ping, and lists every id page by page', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
      const ids = Array.from({ length: 7 }, (_, i) => uniqueId(`listed-${i}`));
      await inBatches(ids, 7, (id) => store.create(sampleMother(id)));
      const listed: string[] = [];
      let continuation: string | undefined;
      let pages = 0;
      do {
        const page = await store.listIds(3, continuation);
        listed.push(...page.ids);
        continuation = page.continuation;
        pages += 1;
      } while (continuation !== undefined && pages < 10);
      expect(listed.sort()).toEqual([...ids].sort());
      expect(pages).toBeGreaterThanOrEqual(3);
    });
  });
}
