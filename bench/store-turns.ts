/**
 * Figures for the storage layer: time and requests of a turn (read + replace) and of a
 * findDue pass, on the embedded store and on Cosmos DB's protocol server.
 * Run: npx tsx bench/store-turns.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CosmosMotherStore } from '../src/store/cosmos-mother-store';
import type { MeasuredMotherStore } from '../src/store/mother-store';
import { SqliteMotherStore } from '../src/store/sqlite-mother-store';
import { startCosmosServer } from '../tests/support/cosmos-server';
import { sampleMother } from '../tests/store/store-contract';

const MOTHERS = 500;
const TURNS = 300;

async function measure(name: string, store: MeasuredMotherStore): Promise<void> {
  for (let i = 0; i < MOTHERS; i++) {
    await store.create(sampleMother(`m${i}`, { nextCheckInAt: new Date(Date.UTC(2026, 10, 26, 0, i % 480)).toISOString() }));
  }
  const requestsBefore = store.requestCount();
  const started = performance.now();
  for (let turn = 0; turn < TURNS; turn++) {
    const id = `m${turn % MOTHERS}`;
    const current = await store.get(id);
    if (!current) throw new Error(`missing ${id}`);
    await store.replace({ ...current.doc, updatedAt: new Date(Date.UTC(2026, 10, 26, 9, 0, turn)).toISOString() }, current.etag);
  }
  const turnMs = (performance.now() - started) / TURNS;
  const turnRequests = (store.requestCount() - requestsBefore) / TURNS;

  const scanStarted = performance.now();
  let due = 0;
  let continuation: string | undefined;
  do {
    const page = await store.findDue('2026-11-26T06:00:00.000Z', 100, continuation);
    due += page.ids.length;
    continuation = page.continuation;
  } while (continuation);
  const scanMs = performance.now() - scanStarted;
  console.log(`${name}: turn ${turnMs.toFixed(2)} ms, ${turnRequests} requests/turn; findDue ${due} due in ${scanMs.toFixed(1)} ms`);
  await store.close();
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'store-bench-'));
  try {
    await measure('embedded (SQLite, synchronous=FULL)', SqliteMotherStore.open(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const server = await startCosmosServer();
  try {
    const store = await CosmosMotherStore.open({
      endpoint: server.endpoint,
      key: server.key,
      database: 'bench',
      clientOptions: { agent: server.agent },
    });
    await measure('Cosmos DB protocol server (in memory, loopback HTTPS)', store);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
