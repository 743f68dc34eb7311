import fs from 'node:fs';
import path from 'node:path';
import { SqliteMotherStore } from '../../src/store/sqlite-mother-store';
import { newMotherDocument } from '../../src/store/mother-document';
import { tempDataDir } from '../support/test-app';

describe('deletion on request in the embedded store', () => {
  it('leaves nothing of her in the database files, the write-ahead log included', async () => {
    const dir = tempDataDir();
    const store = SqliteMotherStore.open(dir);
    const marker = 'marker-4f1c9a7e-her-event';
    const doc = { ...newMotherDocument('to-delete', '2026-11-24T10:00:00.000Z', 'nb'), consent: 'given' as const };
    let etag = await store.create(doc);
    for (let i = 0; i < 5; i++) {
      etag = await store.replace({ ...doc, events: [{ type: 'feed', at: '2026-11-24T10:00:00.000Z', id: `${marker}-${i}`, entry: 'e', loggedAt: '2026-11-24T10:00:00.000Z' }] }, etag);
    }
    await store.delete('to-delete');
    expect(await store.get('to-delete')).toBeUndefined();
    const files = fs.readdirSync(dir).map((f) => path.join(dir, f));
    const holding = files.filter((f) => fs.readFileSync(f).includes(Buffer.from(marker)));
    await store.close();
    expect(holding).toEqual([]);
  });
});
