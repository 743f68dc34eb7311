import { leaseCosmosClient } from '../../src/store/cosmos-client';

describe('the process-wide Cosmos DB client', () => {
  const connection = { endpoint: 'https://account.documents.azure.com:443/', key: Buffer.from('k').toString('base64') };

  it('is one client for every store on the same account, disposed when the last lets go', () => {
    const first = leaseCosmosClient(connection);
    const second = leaseCosmosClient({ ...connection });
    expect(second.client).toBe(first.client);

    first.release();
    first.release();
    const third = leaseCosmosClient(connection);
    expect(third.client).toBe(first.client);

    second.release();
    third.release();
    const fresh = leaseCosmosClient(connection);
    expect(fresh.client).not.toBe(first.client);
    fresh.release();
  });

  it('signs in with the default Azure credential when no key is given', () => {
    const keyed = leaseCosmosClient(connection);
    const signedIn = leaseCosmosClient({ endpoint: connection.endpoint });
    try {
      expect(signedIn.client).not.toBe(keyed.client);
    } finally {
      signedIn.release();
      keyed.release();
    }
  });
});
