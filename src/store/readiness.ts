import type { MeasuredMotherStore } from './mother-store';

/** GET /readyz: ready when the store answers within this (CONTRACT.md). */
export const READY_WITHIN_MS = 1_000;

export function storeAnswers(store: MeasuredMotherStore): Promise<boolean> {
  return store.ping({ deadline: Date.now() + READY_WITHIN_MS }).then(
    () => true,
    () => false,
  );
}
