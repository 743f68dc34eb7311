import path from 'node:path';
import Database from 'better-sqlite3';
import { startFaultProxy, type FaultProxy } from '../support/cosmos-fault-proxy';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmos-server';
import { startTestApp, type RunningApp } from '../support/test-app';
import { SQLITE_FILE_NAME } from '../../src/store/sqlite-mother-store';

/** GET /readyz (CONTRACT.md): 200 when the store answers within a second, 503 otherwise. */
async function readyz(base: string): Promise<{ status: number; type: string | null; body: unknown; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${base}/readyz`);
  const body: unknown = await res.json();
  return { status: res.status, type: res.headers.get('content-type'), body, ms: performance.now() - started };
}

describe('GET /readyz on the embedded store', () => {
  let bot: RunningApp;

  beforeAll(async () => {
    bot = await startTestApp();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('answers 200 ready as JSON, also while another connection holds the write lock (readers are not blocked)', async () => {
    expect(await readyz(bot.base)).toMatchObject({ status: 200, body: { status: 'ready' }, type: expect.stringContaining('application/json') });
    const other = new Database(path.join(bot.dataDir, SQLITE_FILE_NAME));
    try {
      other.exec('BEGIN IMMEDIATE');
      const locked = await readyz(bot.base);
      expect(locked).toMatchObject({ status: 200, body: { status: 'ready' } });
      expect(locked.ms).toBeLessThan(100);
    } finally {
      other.exec('COMMIT');
      other.close();
    }
  });

  it('answers 503 once its store is closed, while /healthz still answers 200', async () => {
    await bot.app.store.close();
    expect(await readyz(bot.base)).toMatchObject({ status: 503, body: { status: 'unavailable' } });
    expect((await fetch(`${bot.base}/healthz`)).status).toBe(200);
  });
});

describe('GET /readyz on Cosmos DB', () => {
  let cosmos: CosmosTestServer;
  let proxy: FaultProxy;
  let bot: RunningApp;

  beforeAll(async () => {
    cosmos = await startCosmosServer();
    proxy = await startFaultProxy(cosmos);
    bot = await startTestApp(
      { STORAGE: 'cosmos', COSMOS_ENDPOINT: proxy.endpoint, COSMOS_KEY: cosmos.key, COSMOS_DATABASE: 'readiness' },
      { cosmosClientOptions: { agent: proxy.agent } },
    );
  });
  afterEach(() => proxy.clear());
  afterAll(async () => {
    await bot?.stop();
    await proxy?.close();
    await cosmos?.close();
  });

  it('answers 200 ready when Cosmos DB answers its read', async () => {
    const seenBefore = proxy.seen.length;
    expect(await readyz(bot.base)).toMatchObject({ status: 200, body: { status: 'ready' } });
    // One point read of her container, not the account or container metadata.
    expect(proxy.seen.slice(seenBefore)).toEqual([expect.stringMatching(/^GET \/dbs\/readiness\/colls\/mothers\/docs\//)]);
  });

  it('answers 503 after a second when Cosmos DB takes the request and never answers, and 200 again once it does', async () => {
    proxy.inject({ answer: 'hang', times: 1000 });
    const hung = await readyz(bot.base);
    console.log(`readiness failure after ${hung.ms.toFixed(0)} ms`);
    expect(hung).toMatchObject({ status: 503, body: { status: 'unavailable' } });
    expect(hung.ms).toBeGreaterThanOrEqual(990);
    expect(hung.ms).toBeLessThan(1_500);
    proxy.clear();
    expect(await readyz(bot.base)).toMatchObject({ status: 200, body: { status: 'ready' } });
  });
});
