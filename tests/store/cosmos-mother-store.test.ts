import type https from 'node:https';
import { CosmosMotherStore, type CosmosStoreSettings } from '../../src/store/cosmos-mother-store';
import { StoreUnavailableError } from '../../src/store/mother-store';
import { retentionTtlSeconds } from '../../src/store/retention';
import { startFaultProxy, type FaultProxy } from '../support/cosmos-fault-proxy';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmos-server';
import { describeStoreContract, NOW, sampleMother, uniqueId } from './store-contract';

let server: CosmosTestServer;
let proxy: FaultProxy;
// One options object per endpoint, so that every store on it shares one client, as in the bot.
let directOptions: { agent: https.Agent };
let proxiedOptions: { agent: https.Agent };
let containerNumber = 0;
const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

beforeAll(async () => {
  server = await startCosmosServer();
  proxy = await startFaultProxy(server);
  directOptions = { agent: server.agent };
  proxiedOptions = { agent: proxy.agent };
});

afterAll(async () => {
  await proxy?.close();
  await server?.close();
});

function settings(overrides: Partial<CosmosStoreSettings> = {}): CosmosStoreSettings {
  containerNumber += 1;
  return {
    endpoint: server.endpoint,
    key: server.key,
    database: 'companion',
    container: `mothers-${containerNumber}`,
    clientOptions: directOptions,
    ...overrides,
  };
}

describeStoreContract('Cosmos DB (protocol server)', () => CosmosMotherStore.open(settings()));

describe('Cosmos DB store', () => {
  let direct: CosmosMotherStore;
  let proxied: CosmosMotherStore;

  beforeEach(async () => {
    const container = settings();
    direct = await CosmosMotherStore.open(container);
    proxied = await CosmosMotherStore.open({
      ...container,
      endpoint: proxy.endpoint,
      clientOptions: proxiedOptions,
      retry: { maxRetryAttemptCount: 4, maxWaitTimeInSeconds: 2 },
    });
  });

  afterEach(async () => {
    proxy.clear();
    await proxied.close();
    await direct.close();
  });

  async function turn(store: CosmosMotherStore, id: string): Promise<string> {
    const current = await store.get(id);
    if (!current) throw new Error('not stored');
    return store.replace({ ...current.doc, locale: 'en', updatedAt: '2026-11-26T08:30:00.000Z' }, current.etag);
  }

  it('answers for each write of a batch: one that keeps failing does not hide those that went through', async () => {
    const ids = [uniqueId('ok'), uniqueId('down'), uniqueId('ok')];
    const etags = await Promise.all(ids.map((id) => direct.create(sampleMother(id))));
    proxy.inject({ answer: 503, times: 1000, matches: (method, path) => method === 'PUT' && path.endsWith(`/docs/${ids[1]}`) });

    const results = await proxied.replaceEach(ids.map((id, i) => ({ doc: { ...sampleMother(id), locale: 'en' as const }, etag: etags[i]! })));

    expect(typeof results[0]).toBe('string');
    expect(results[1]).toBeInstanceOf(StoreUnavailableError);
    expect(typeof results[2]).toBe('string');
    expect((await direct.get(ids[0]!))?.doc.locale).toBe('en');
    expect((await direct.get(ids[1]!))?.doc.locale).toBe('nb');
    expect((await direct.get(ids[2]!))?.doc.locale).toBe('en');
  });

  it('makes a normal turn with exactly one read and one write', async () => {
    const id = uniqueId('m');
    await proxied.create(sampleMother(id));
    const countBefore = proxied.requestCount();
    const seenBefore = proxy.seen.length;

    await turn(proxied, id);

    expect(proxied.requestCount() - countBefore).toBe(2);
    // On the wire too: no hidden metadata lookups in a turn.
    expect(proxy.seen.slice(seenBefore).map((line) => line.split(' ')[0])).toEqual(['GET', 'PUT']);
  });

  it('rides out throttling: 429 with a retry-after three times, then the write succeeds', async () => {
    const id = uniqueId('m');
    await direct.create(sampleMother(id));
    proxy.inject({ answer: 429, times: 3, retryAfterMs: 20, matches: (method) => method === 'PUT' });
    const seenBefore = proxy.seen.length;

    const etag = await turn(proxied, id);

    expect(proxy.seen.slice(seenBefore).filter((line) => line.startsWith('PUT'))).toHaveLength(4);
    expect(await direct.get(id)).toEqual({ doc: expect.objectContaining({ locale: 'en' }), etag });
  });

  it('gives up with StoreUnavailableError when throttling outlasts the retries, and nothing is written', async () => {
    const id = uniqueId('m');
    const before = { doc: sampleMother(id), etag: await direct.create(sampleMother(id)) };
    proxy.inject({ answer: 429, times: 1000, retryAfterMs: 5, matches: (method) => method === 'PUT' });

    await expect(turn(proxied, id)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await direct.get(id)).toEqual(before);
  });

  it('reports a service that keeps answering 503 as StoreUnavailableError and leaves her document as it was', async () => {
    const id = uniqueId('m');
    const before = { doc: sampleMother(id), etag: await direct.create(sampleMother(id)) };
    proxy.inject({ answer: 503, times: 1000, matches: (method) => method === 'PUT' });

    await expect(turn(proxied, id)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await direct.get(id)).toEqual(before);
  });

  it('reports reads and the due query against a service down with 503 as StoreUnavailableError', async () => {
    const id = uniqueId('m');
    await direct.create(sampleMother(id));
    proxy.inject({ answer: 503, times: 1000 });

    await expect(proxied.get(id)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(proxied.findDue('2026-11-28T00:00:00.000Z', 10)).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('reports a dropped connection as StoreUnavailableError', async () => {
    const id = uniqueId('m');
    await direct.create(sampleMother(id));
    proxy.inject({ answer: 'reset', times: 1000, matches: (method) => method === 'PUT' });
    const current = await proxied.get(id);
    if (!current) throw new Error('not stored');

    await expect(proxied.replace({ ...current.doc, locale: 'en' }, current.etag)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect((await direct.get(id))?.etag).toBe(current.etag);
  });

  it('gives each document a ttl from the retention setting, in a container that lets items expire', async () => {
    const container = settings({ retentionDays: 30 });
    const store = await CosmosMotherStore.open(container);
    try {
      const doc = sampleMother(uniqueId('m'));
      await store.create(doc);

      const { CosmosClient } = await import('@azure/cosmos');
      const client = new CosmosClient({ endpoint: server.endpoint, key: server.key, agent: server.agent });
      try {
        const raw = client.database('companion').container(container.container ?? '');
        const { resource: definition } = await raw.read();
        const { resource: item } = await raw.item(doc.id, doc.id).read<{ ttl?: number }>();
        expect(definition?.defaultTtl).toBe(-1);
        expect(definition?.partitionKey?.paths).toEqual(['/id']);
        // Born 24 Nov 02:10, written 26 Nov 08:00: kept until her first week ends (1 Dec 02:10), then 30 days.
        expect(item?.ttl).toBe(retentionTtlSeconds(doc, 30));
        expect(item?.ttl).toBe(4 * DAY + 18 * HOUR + 10 * MINUTE + 30 * DAY);
      } finally {
        client.dispose();
      }
    } finally {
      await store.close();
    }
  });
});

describe('Cosmos DB store against a service that does not answer', () => {
  let direct: CosmosMotherStore;
  let silent: CosmosMotherStore;

  beforeEach(async () => {
    const container = settings();
    direct = await CosmosMotherStore.open(container);
    silent = await CosmosMotherStore.open({ ...container, endpoint: proxy.endpoint, clientOptions: proxiedOptions, callTimeoutMs: 500 });
  });

  afterEach(async () => {
    proxy.clear();
    await silent.close();
    await direct.close();
  });

  /** How long the call took, counted from the moment its deadline was set. */
  async function endsWithin(call: (options: { deadline: number }) => Promise<unknown>): Promise<number> {
    const started = Date.now();
    await expect(call({ deadline: started + 400 })).rejects.toBeInstanceOf(StoreUnavailableError);
    return Date.now() - started;
  }

  it('ends every call at its deadline (its own, or the store\'s) with StoreUnavailableError when requests are taken and never answered', async () => {
    const doc = sampleMother(uniqueId('m'));
    const etag = await direct.create(doc);
    proxy.inject({ answer: 'hang', times: 1000 });

    const took = {
      get: await endsWithin((deadline) => silent.get(doc.id, deadline)),
      replace: await endsWithin((deadline) => silent.replace({ ...doc, locale: 'en' }, etag, deadline)),
      create: await endsWithin((deadline) => silent.create(sampleMother(uniqueId('m')), deadline)),
      delete: await endsWithin((deadline) => silent.delete(doc.id, deadline)),
      findDue: await endsWithin((deadline) => silent.findDue(NOW, 10, undefined, deadline)),
      ping: await endsWithin((deadline) => silent.ping(deadline)),
      withoutDeadline: await endsWithin(() => silent.get(doc.id)),
    };

    const { withoutDeadline, ...withDeadline } = took;
    for (const ms of Object.values(withDeadline)) expect(ms).toBeGreaterThanOrEqual(395);
    for (const ms of Object.values(withDeadline)) expect(ms).toBeLessThan(700);
    expect(withoutDeadline).toBeGreaterThanOrEqual(495);
    expect(withoutDeadline).toBeLessThan(800);
    proxy.clear();
    expect(await direct.get(doc.id)).toEqual({ doc, etag });
  });

  it('ends at the deadline while the SDK waits out a long throttling pause, and writes nothing', async () => {
    const doc = sampleMother(uniqueId('m'));
    const etag = await direct.create(doc);
    proxy.inject({ answer: 429, times: 1000, retryAfterMs: 5_000, matches: (method) => method === 'PUT' });

    expect(await endsWithin((deadline) => silent.replace({ ...doc, locale: 'en' }, etag, deadline))).toBeLessThan(700);
    proxy.clear();
    expect(await direct.get(doc.id)).toEqual({ doc, etag });
  });
});

