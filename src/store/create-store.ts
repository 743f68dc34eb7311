import type { CosmosStoreSettings } from './cosmos-mother-store';
import type { MeasuredMotherStore } from './mother-store';
import { SqliteMotherStore } from './sqlite-mother-store';

export interface StoreConfig {
  storage: 'embedded' | 'cosmos';
  /** Where the embedded store keeps its file (created when missing). */
  dataDir: string;
  cosmos?: {
    endpoint?: string;
    key?: string;
    database: string;
    container?: string;
    retentionDays?: number;
    /** Tests only: e.g. an https Agent trusting a test server's certificate. */
    clientOptions?: CosmosStoreSettings['clientOptions'];
  };
}

/** Opens the store the configuration asks for; the caller closes it on shutdown. */
export async function createMotherStore(config: StoreConfig): Promise<MeasuredMotherStore> {
  if (config.storage === 'embedded') return SqliteMotherStore.open(config.dataDir);
  const cosmos = config.cosmos;
  if (!cosmos?.endpoint) throw new Error('storage "cosmos" needs cosmos.endpoint (COSMOS_ENDPOINT)');
  if (!cosmos.database) throw new Error('storage "cosmos" needs cosmos.database (COSMOS_DATABASE)');
  // Loaded only when asked for: @azure/cosmos and @azure/identity cost a second and 20 MB at start.
  const { CosmosMotherStore } = await import('./cosmos-mother-store');
  return CosmosMotherStore.open({
    endpoint: cosmos.endpoint,
    ...(cosmos.key ? { key: cosmos.key } : {}),
    database: cosmos.database,
    ...(cosmos.container ? { container: cosmos.container } : {}),
    ...(cosmos.retentionDays !== undefined ? { retentionDays: cosmos.retentionDays } : {}),
    ...(cosmos.clientOptions ? { clientOptions: cosmos.clientOptions } : {}),
  });
}
