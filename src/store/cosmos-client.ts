import { createHash } from 'node:crypto';
import { CosmosClient, type CosmosClientOptions, type RetryOptions } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';

export interface CosmosConnection {
  endpoint: string;
  /** Account key; without it the client signs in with DefaultAzureCredential (managed identity in Azure). */
  key?: string;
  /** Throttling (429) retries done by the SDK, which waits as long as the server's x-ms-retry-after-ms says. */
  retry?: RetryOptions;
  /** Time to wait for one answer from the service. */
  requestTimeoutMs?: number;
  /** Extra client options, e.g. an https Agent that trusts a test server's certificate (tests only). */
  clientOptions?: Partial<CosmosClientOptions>;
}

/** Bounded so that a throttled turn gives up well within the channel's patience. */
export const DEFAULT_RETRY: Required<Pick<RetryOptions, 'maxRetryAttemptCount' | 'maxWaitTimeInSeconds'>> = {
  maxRetryAttemptCount: 5,
  maxWaitTimeInSeconds: 8,
};
/** One attempt; a read that times out is tried again by the SDK, within the call's deadline (cosmos-mother-store.ts). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 4_000;

interface SharedClient {
  client: CosmosClient;
  users: number;
}

const clients = new Map<string, SharedClient>();
const optionIdentities = new WeakMap<object, number>();
let nextOptionIdentity = 1;

export interface LeasedCosmosClient {
  client: CosmosClient;
  /** Gives the client back; the last user disposes of it. */
  release(): void;
}

/**
 * One CosmosClient per account and credential for the whole process: the client keeps the
 * connection pool, the account's regions and the partition-key caches, so a second one would
 * only double the work.
 */
export function leaseCosmosClient(connection: CosmosConnection): LeasedCosmosClient {
  const cacheKey = clientCacheKey(connection);
  let shared = clients.get(cacheKey);
  if (!shared) {
    shared = { client: new CosmosClient(clientOptions(connection)), users: 0 };
    clients.set(cacheKey, shared);
  }
  shared.users += 1;
  const leased = shared;
  let released = false;
  return {
    client: leased.client,
    release() {
      if (released) return;
      released = true;
      leased.users -= 1;
      if (leased.users === 0) {
        clients.delete(cacheKey);
        leased.client.dispose();
      }
    },
  };
}

function clientOptions(connection: CosmosConnection): CosmosClientOptions {
  const extra = connection.clientOptions ?? {};
  return {
    ...extra,
    endpoint: connection.endpoint,
    ...(connection.key ? { key: connection.key } : { aadCredentials: new DefaultAzureCredential() }),
    connectionPolicy: {
      ...extra.connectionPolicy,
      requestTimeout: connection.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      retryOptions: { ...DEFAULT_RETRY, ...connection.retry },
    },
  };
}

function clientCacheKey(connection: CosmosConnection): string {
  const credential = connection.key ? createHash('sha256').update(connection.key).digest('hex') : 'default-azure-credential';
  const options = connection.clientOptions ? identityOf(connection.clientOptions) : 0;
  const retry = JSON.stringify([connection.retry ?? null, connection.requestTimeoutMs ?? null]);
  return [connection.endpoint, credential, options, retry].join('|');
}

function identityOf(value: object): number {
  let identity = optionIdentities.get(value);
  if (identity === undefined) {
    identity = nextOptionIdentity++;
    optionIdentities.set(value, identity);
  }
  return identity;
}
