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
    get: timed('get', (id) => store.get(id)),
    create: timed('create', (doc) => store.create(doc)),
    replace: timed('replace', (doc, etag) => store.replace(doc, etag)),
    replaceEach: timed('replaceEach', (writes) => store.replaceEach(writes)),
    delete: timed('delete', (id) => store.delete(id)),
    findDue: timed('findDue', (now, pageSize, continuation) => store.findDue(now, pageSize, continuation)),
    close: () => store.close(),
    requestCount: () => store.requestCount(),
  };
}
