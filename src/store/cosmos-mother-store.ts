import type { Container, IndexingPolicy, ItemDefinition } from '@azure/cosmos';
import { canonicalCheckInAt } from './check-in-time';
import { storedTime } from '../mother/time';
import { leaseCosmosClient, type CosmosConnection, type LeasedCosmosClient } from './cosmos-client';
import type { MotherDocument } from './mother-document';
import { upgradeDocument } from './upgrade-document';
import {
  AlreadyExistsError,
  EtagConflictError,
  StoreUnavailableError,
  type CallOptions,
  type ConditionalReplace,
  type DeleteOptions,
  type DuePage,
  type MeasuredMotherStore,
  type StoredMother,
} from './mother-store';
import { DEFAULT_RETENTION_DAYS, retentionTtlSeconds } from './retention';

export const DEFAULT_COSMOS_CONTAINER = 'mothers';

export interface CosmosStoreSettings extends CosmosConnection {
  database: string;
  container?: string;
  /** Days her document is kept after the later of her last activity and the end of her first week. */
  retentionDays?: number;
  /** A call without a deadline of its own (the scheduler's) gives up after this long. */
  callTimeoutMs?: number;
}

const DEFAULT_CALL_TIMEOUT_MS = 10_000;
/** Creating the database and container at start, retries included. */
const OPEN_TIMEOUT_MS = 30_000;
/** Read by GET /readyz: never stored, so the answer is a cheap 404 from her container. */
const PING_ID = 'readiness-probe';

/** The scheduler's query is the only one, so only its path is indexed; events, machine snapshots and the rest are not. */
export const MOTHERS_INDEXING_POLICY: IndexingPolicy = {
  indexingMode: 'consistent',
  automatic: true,
  includedPaths: [{ path: '/nextCheckInAt/?' }],
  excludedPaths: [{ path: '/*' }, { path: '/"_etag"/?' }],
};

export const FIND_DUE_QUERY =
  'SELECT c.id, c.nextCheckInAt FROM c WHERE IS_DEFINED(c.nextCheckInAt) AND c.nextCheckInAt != null ' +
  'AND c.nextCheckInAt <= @now ORDER BY c.nextCheckInAt';

/** A page may come back empty with a continuation (one partition had nothing); this many are fetched at most per call. */
const MAX_EMPTY_PAGES = 10;

type MotherItem = MotherDocument & { ttl: number };

const HTTP_CONFLICT = 409;
const HTTP_PRECONDITION_FAILED = 412;
const HTTP_NOT_FOUND = 404;
const HTTP_REQUEST_TIMEOUT = 408;
const HTTP_TOO_MANY_REQUESTS = 429;

/**
 * MotherStore on Azure Cosmos DB (NoSQL): one item per mother in a container partitioned
 * by /id, so each mother's data is one logical partition and every turn is a point read
 * and a conditional replace.
 */
export class CosmosMotherStore implements MeasuredMotherStore {
  private requests = 0;
  private closed = false;

  private constructor(
    private readonly lease: LeasedCosmosClient,
    private readonly container: Container,
    private readonly retentionDays: number,
    private readonly callTimeoutMs: number,
  ) {}

  /** Connects and creates the database and container when they are missing. */
  static async open(settings: CosmosStoreSettings): Promise<CosmosMotherStore> {
    const retentionDays = settings.retentionDays ?? DEFAULT_RETENTION_DAYS;
    if (!(retentionDays > 0)) throw new RangeError(`retentionDays must be positive (got ${retentionDays})`);
    const lease = leaseCosmosClient(settings);
    const abortSignal = AbortSignal.timeout(OPEN_TIMEOUT_MS);
    try {
      const { database } = await existingOrCreated(() => lease.client.databases.createIfNotExists({ id: settings.database }, { abortSignal }));
      const { container } = await existingOrCreated(() =>
        database.containers.createIfNotExists(
          {
            id: settings.container ?? DEFAULT_COSMOS_CONTAINER,
            partitionKey: { paths: ['/id'] },
            // -1: expiry is on, and each item says when in its own `ttl`.
            defaultTtl: -1,
            indexingPolicy: MOTHERS_INDEXING_POLICY,
          },
          { abortSignal },
        ),
      );
      return new CosmosMotherStore(lease, container, retentionDays, settings.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS);
    } catch (error) {
      lease.release();
      throw asStoreError(error) ?? error;
    }
  }

  requestCount(): number {
    return this.requests;
  }

  async get(id: string, options?: CallOptions): Promise<StoredMother | undefined> {
    try {
      const response = await this.call(options, (abortSignal) => this.container.item(id, id).read<MotherItem>({ abortSignal }));
      const etag = response.etag ?? response.resource?._etag;
      if (response.statusCode === HTTP_NOT_FOUND || !response.resource || !etag) return undefined;
      return { doc: toDocument(response.resource), etag };
    } catch (error) {
      if (statusOf(error) === HTTP_NOT_FOUND) return undefined;
      throw asStoreError(error) ?? error;
    }
  }

  async create(doc: MotherDocument, options?: CallOptions): Promise<string> {
    const item = this.toItem(doc);
    try {
      const response = await this.call(options, (abortSignal) => this.container.items.create<MotherItem>(item, { abortSignal }));
      return requireEtag(response.etag ?? response.resource?._etag, doc.id);
    } catch (error) {
      if (statusOf(error) === HTTP_CONFLICT) throw new AlreadyExistsError(doc.id);
      throw asStoreError(error) ?? error;
    }
  }

  async replace(doc: MotherDocument, etag: string, options?: CallOptions): Promise<string> {
    const item = this.toItem(doc);
    try {
      const response = await this.call(options, (abortSignal) =>
        this.container.item(doc.id, doc.id).replace<MotherItem>(item, { accessCondition: { type: 'IfMatch', condition: etag }, abortSignal }),
      );
      return requireEtag(response.etag ?? response.resource?._etag, doc.id);
    } catch (error) {
      const status = statusOf(error);
      // Gone since she was read counts as a conflict too: the caller re-reads and decides.
      if (status === HTTP_PRECONDITION_FAILED || status === HTTP_NOT_FOUND) throw new EtagConflictError(doc.id);
      throw asStoreError(error) ?? error;
    }
  }

  /**
   * Cosmos DB has no transaction across partitions: each is its own conditional replace, sent
   * together, and each answers for itself (a throttled one does not hide those that went through).
   */
  async replaceEach(writes: readonly ConditionalReplace[], options?: CallOptions): Promise<Array<string | Error>> {
    return Promise.all(
      writes.map(({ doc, etag }) => this.replace(doc, etag, options).catch((error: unknown) => (error instanceof Error ? error : new StoreUnavailableError('a write failed', error)))),
    );
  }

  async delete(id: string, options?: DeleteOptions): Promise<void> {
    const etag = options?.etag;
    try {
      await this.call(options, (abortSignal) =>
        this.container.item(id, id).delete({ abortSignal, ...(etag === undefined ? {} : { accessCondition: { type: 'IfMatch', condition: etag } }) }),
      );
    } catch (error) {
      const status = statusOf(error);
      if (etag !== undefined && (status === HTTP_PRECONDITION_FAILED || status === HTTP_NOT_FOUND)) throw new EtagConflictError(id);
      if (status === HTTP_NOT_FOUND) return;
      throw asStoreError(error) ?? error;
    }
  }

  async ping(options?: CallOptions): Promise<void> {
    try {
      await this.call(options, (abortSignal) => this.container.item(PING_ID, PING_ID).read({ abortSignal }));
    } catch (error) {
      if (statusOf(error) === HTTP_NOT_FOUND) return;
      throw asStoreError(error) ?? error;
    }
  }

  async listIds(pageSize: number, continuation?: string, options?: CallOptions): Promise<{ ids: string[]; continuation?: string }> {
    try {
      const page = await this.call(options, (abortSignal) =>
        this.container.items.query<{ id: string }>('SELECT c.id FROM c', { maxItemCount: pageSize, continuationToken: continuation, abortSignal }).fetchNext(),
      );
      const token = page.continuationToken ?? undefined;
      return { ids: page.resources.map((row) => row.id), ...(token === undefined ? {} : { continuation: token }) };
    } catch (error) {
      throw asStoreError(error) ?? error;
    }
  }

  async findDue(now: string, pageSize: number, continuation?: string, options?: CallOptions): Promise<DuePage> {
    if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive whole number (got ${pageSize})`);
    const query = { query: FIND_DUE_QUERY, parameters: [{ name: '@now', value: storedTime(now) }] };
    // One deadline for the pages of one call.
    const deadline = { deadline: options?.deadline ?? Date.now() + this.callTimeoutMs };
    let token = continuation;
    try {
      for (let attempt = 0; ; attempt++) {
        const page = await this.call(deadline, (abortSignal) =>
          this.container.items.query<{ id: string }>(query, { maxItemCount: pageSize, continuationToken: token, abortSignal }).fetchNext(),
        );
        token = page.continuationToken ?? undefined;
        if (page.resources.length > 0 || token === undefined || attempt + 1 >= MAX_EMPTY_PAGES) {
          return { ids: page.resources.map((row) => row.id), ...(token === undefined ? {} : { continuation: token }) };
        }
      }
    } catch (error) {
      throw asStoreError(error) ?? error;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.lease.release();
  }

  /**
   * One request with its deadline. The signal aborts the request under way; the race ends the call at
   * the deadline even while the SDK sleeps between throttling retries, which it does without the signal.
   */
  private async call<T>(options: CallOptions | undefined, request: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.closed) throw new StoreUnavailableError('the Cosmos DB store is closed');
    this.requests += 1;
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new StoreUnavailableError('Cosmos DB did not answer before the deadline'));
      }, Math.max(0, (options?.deadline ?? Date.now() + this.callTimeoutMs) - Date.now()));
    });
    try {
      return await Promise.race([request(controller.signal), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private toItem(doc: MotherDocument): MotherItem {
    if (typeof doc.id !== 'string' || doc.id === '') throw new RangeError('a mother document needs an id');
    const stored: MotherDocument = { ...stripItemFields(doc), nextCheckInAt: canonicalCheckInAt(doc.nextCheckInAt) };
    return { ...stored, ttl: retentionTtlSeconds(stored, this.retentionDays) };
  }
}

/**
 * createIfNotExists reads, and creates on 404. Instances started together (a scale-out, a
 * deployment slot swap) can all read 404 and all create: every one but the first gets 409.
 * Then it exists, and asking again reads it.
 */
async function existingOrCreated<T>(createIfNotExists: () => Promise<T>): Promise<T> {
  try {
    return await createIfNotExists();
  } catch (error) {
    if (statusOf(error) !== HTTP_CONFLICT) throw error;
    return createIfNotExists();
  }
}

/** Removes what Cosmos DB and the store add (system properties, ttl) so callers get back what they wrote. */
function toDocument(item: MotherItem & ItemDefinition): MotherDocument {
  return upgradeDocument(stripItemFields(item));
}

function stripItemFields(item: object): MotherDocument {
  const doc: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === 'ttl' || key.startsWith('_')) continue;
    doc[key] = value;
  }
  return doc as unknown as MotherDocument;
}

function requireEtag(etag: string | undefined, id: string): string {
  if (!etag) throw new StoreUnavailableError(`Cosmos DB answered without an etag for mother ${id}`);
  return etag;
}

function statusOf(error: unknown): number | string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' || typeof code === 'string' ? code : undefined;
}

/**
 * Throttling that outlasted the SDK's retries, a service that is down, timeouts and network
 * failures become StoreUnavailableError. Other client errors (400, 401, 403 ...) are bugs or
 * configuration mistakes and keep their own shape.
 */
function asStoreError(error: unknown): StoreUnavailableError | undefined {
  if (error instanceof StoreUnavailableError) return error;
  const status = statusOf(error);
  if (typeof status === 'number' && status >= 400 && status < 500 && status !== HTTP_TOO_MANY_REQUESTS && status !== HTTP_REQUEST_TIMEOUT) {
    return undefined;
  }
  if (error instanceof RangeError) return undefined;
  const what = status === undefined ? 'no answer' : `status ${String(status)}`;
  return new StoreUnavailableError(`Cosmos DB unavailable (${what})`, error);
}
