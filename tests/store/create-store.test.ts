import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMotherStore } from '../../src/store/create-store';
import { CosmosMotherStore } from '../../src/store/cosmos-mother-store';
import { SqliteMotherStore, SQLITE_FILE_NAME } from '../../src/store/sqlite-mother-store';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmos-server';
import { sampleMother } from './store-contract';

describe('createMotherStore', () => {
  let parent: string;

  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), 'create-store-'));
  });

  afterEach(() => {
    rmSync(parent, { recursive: true, force: true });
  });

  it('opens the embedded store in the data directory, creating it when missing', async () => {
    const dataDir = join(parent, 'nested', 'data');
    const store = await createMotherStore({ storage: 'embedded', dataDir });
    try {
      expect(store).toBeInstanceOf(SqliteMotherStore);
      await store.create(sampleMother('a'));
      expect(existsSync(join(dataDir, SQLITE_FILE_NAME))).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('explains what is missing when Cosmos DB is chosen without an endpoint', async () => {
    await expect(createMotherStore({ storage: 'cosmos', dataDir: parent, cosmos: { database: 'db' } })).rejects.toThrow(/COSMOS_ENDPOINT/);
  });

  describe('with Cosmos DB', () => {
    let server: CosmosTestServer;

    beforeAll(async () => {
      server = await startCosmosServer();
    });

    afterAll(async () => {
      await server.close();
    });

    it('creates the database and container and stores mothers there', async () => {
      const config = {
        storage: 'cosmos' as const,
        dataDir: parent,
        cosmos: { endpoint: server.endpoint, key: server.key, database: 'fresh-db', clientOptions: { agent: server.agent } },
      };
      const first = await createMotherStore(config);
      await first.create(sampleMother('b'));
      await first.close();

      // Opening again finds the same container (createIfNotExists) and her document in it.
      const second = await createMotherStore(config);
      try {
        expect(second).toBeInstanceOf(CosmosMotherStore);
        expect((await second.get('b'))?.doc).toEqual(sampleMother('b'));
      } finally {
        await second.close();
      }
    });
  });
});
