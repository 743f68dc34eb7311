import { CosmosMotherStore } from '../../src/store/cosmos-mother-store';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmos-server';
import { sampleMother, uniqueId } from './store-contract';

let server: CosmosTestServer;

beforeAll(async () => {
  server = await startCosmosServer();
});
afterAll(async () => {
  await server?.close();
});

describe('Cosmos DB store opened by several instances at once', () => {
  it('starts every instance when they all create the missing database and container together', async () => {
    const instances = 4;
    // A client per instance, as separate processes have.
    const opened = await Promise.allSettled(
      Array.from({ length: instances }, () =>
        CosmosMotherStore.open({ endpoint: server.endpoint, key: server.key, database: 'fresh-account', container: 'mothers', clientOptions: { agent: server.agent } }),
      ),
    );
    const stores = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    try {
      expect(opened.map((o) => (o.status === 'rejected' ? String(o.reason) : 'open'))).toEqual(Array.from({ length: instances }, () => 'open'));
      const id = uniqueId('m');
      await stores[0]!.create(sampleMother(id));
      expect((await stores[instances - 1]!.get(id))?.doc.id).toBe(id);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });
});
