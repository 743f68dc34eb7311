/**
 * What the bot tells an operator about itself: durations, statuses, outcomes, finding codes and
 * counts. Never her words, her name, a health value or an id: every call site passes only these
 * labels, and tests/telemetry lists exactly what is sent.
 */
export type TurnOutcomeLabel = 'replied' | 'silent' | 'duplicate' | 'failed';
export type StoreOperation = 'get' | 'create' | 'replace' | 'replaceEach' | 'delete' | 'findDue';
export type StoreCallOutcome = 'ok' | 'conflict' | 'error';

/** What one check-in pass did, as the scheduler (src/checkins/scheduler.ts) counts it. */
export interface CheckinPassCounts {
  due: number;
  sent: number;
  skippedLate: number;
  skippedNoConsent: number;
  claimedElsewhere: number;
  blocked: number;
  timedOut: number;
  failed: number;
}

export interface Telemetry {
  /** False when nothing is sent: callers skip work (timing the store) that only telemetry needs. */
  readonly enabled: boolean;
  /** One HTTP request, answered: `route` is the route's template, never the path a client sent. */
  request(request: { method: string; route: string; status: number; startedAt: number; endedAt: number }): void;
  turn(outcome: TurnOutcomeLabel): void;
  findingsFired(findings: ReadonlyArray<{ code: string; severity: string }>): void;
  checkinPass(counts: CheckinPassCounts, startedAt: number, endedAt: number): void;
  storeCall(operation: StoreOperation, milliseconds: number, outcome: StoreCallOutcome): void;
  /** Sends what is still buffered and stops. */
  shutdown(): Promise<void>;
}

export const NO_TELEMETRY: Telemetry = {
  enabled: false,
  request: () => {},
  turn: () => {},
  findingsFired: () => {},
  checkinPass: () => {},
  storeCall: () => {},
  shutdown: async () => {},
};
