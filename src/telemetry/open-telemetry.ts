import type * as OpenTelemetryApi from '@opentelemetry/api';
import type { CheckinPassCounts, Telemetry } from './telemetry';

const CHECKIN_OUTCOMES: ReadonlyArray<[keyof CheckinPassCounts, string]> = [
  ['sent', 'sent'],
  ['failed', 'failed'],
  ['timedOut', 'timed-out'],
  ['blocked', 'blocked'],
  ['skippedLate', 'skipped-late'],
  ['skippedNoConsent', 'skipped-no-consent'],
];

/**
 * The Telemetry of the bot on the OpenTelemetry API: a SERVER span per HTTP request (Application
 * Insights' requests; the distro samples them, 5 a second by default), an INTERNAL span per
 * check-in pass, and metrics, which are never sampled: request duration and status, turns,
 * check-ins, findings and the store. Whatever SDK is registered (the Azure Monitor distro, or a
 * test's in-memory one) receives them.
 */
export function openTelemetry(api: typeof OpenTelemetryApi, version: string, store: 'embedded' | 'cosmos', shutdown: () => Promise<void>): Telemetry {
  const tracer = api.trace.getTracer('lactation-companion', version);
  const meter = api.metrics.getMeter('lactation-companion', version);
  const requestDuration = meter.createHistogram('http.server.request.duration', { description: 'HTTP requests, by route template and status', unit: 's' });
  const turns = meter.createCounter('lactation.turns', { description: 'Her turns, by outcome' });
  const findings = meter.createCounter('lactation.findings', { description: 'Findings fired, by code and severity' });
  const checkins = meter.createCounter('lactation.checkins', { description: 'Daily check-ins, by outcome' });
  const storeDuration = meter.createHistogram('lactation.store.duration', { description: 'One call to the store', unit: 'ms' });

  return {
    enabled: true,
    request({ method, route, status, startedAt, endedAt }) {
      const attributes = { 'http.request.method': method, 'http.route': route, 'http.response.status_code': status };
      requestDuration.record((endedAt - startedAt) / 1000, attributes);
      const span = tracer.startSpan(`${method} ${route}`, { kind: api.SpanKind.SERVER, startTime: startedAt, attributes });
      if (status >= 500) span.setStatus({ code: api.SpanStatusCode.ERROR });
      span.end(endedAt);
    },
    turn(outcome) {
      turns.add(1, { outcome });
    },
    findingsFired(fired) {
      for (const { code, severity } of fired) findings.add(1, { code, severity });
    },
    checkinPass(counts, startedAt, endedAt) {
      for (const [field, outcome] of CHECKIN_OUTCOMES) if (counts[field] > 0) checkins.add(counts[field], { outcome });
      const span = tracer.startSpan('check-in pass', { kind: api.SpanKind.INTERNAL, startTime: startedAt, attributes: { 'lactation.checkins.due': counts.due, 'lactation.checkins.sent': counts.sent, 'lactation.checkins.failed': counts.failed + counts.timedOut } });
      if (counts.failed + counts.timedOut > 0) span.setStatus({ code: api.SpanStatusCode.ERROR });
      span.end(endedAt);
    },
    storeCall(operation, milliseconds, outcome) {
      storeDuration.record(milliseconds, { operation, outcome, store });
    },
    shutdown,
  };
}
