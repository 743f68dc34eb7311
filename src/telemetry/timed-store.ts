import { AlreadyExistsError, EtagConflictError, type MeasuredMotherStore } from '../store/mother-store';
import type { StoreOperation, Telemetry } from './telemetry';

/** The store with each call's duration and outcome told to telemetry (used only when telemetry is on). */
export function timedStore(store: MeasuredMotherStore, telemetry: Telemetry): MeasuredMotherStore {
  const timed =
    <A extends unknown[], R>(operation: StoreOperation, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const started = performance.now();
      try {
        const result = await call(...args);
        telemetry.storeCall(operation, performance.now() - started, 'ok');
        return result;
      } catch (error) {
        const conflict = error instanceof EtagConflictError || error instanceof AlreadyExistsError;
        telemetry.storeCall(operation, performance.now() - started, conflict ? 'conflict' : 'error');
        throw error;
      }
    };
  return {
    get: timed('get', (id, options) => store.get(id, options)),
    create: timed('create', (doc, options) => store.create(doc, options)),
    replace: timed('replace', (doc, etag, options) => store.replace(doc, etag, options)),
    replaceEach: timed('replaceEach', (writes, options) => store.replaceEach(writes, options)),
    delete: timed('delete', (id, options) => store.delete(id, options)),
    findDue: timed('findDue', (now, pageSize, continuation, options) => store.findDue(now, pageSize, continuation, options)),
    close: () => store.close(),
    requestCount: () => store.requestCount(),
    // Not timed: readiness probes and the one-off migration are not her turns.
    ping: (options) => store.ping(options),
    listIds: (pageSize, continuation, options) => store.listIds(pageSize, continuation, options),
  };
}
