import { execFileSync } from 'node:child_process';
import path from 'node:path';
import nock from 'nock';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { AggregationTemporality, MetricReader, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import { startCaptureServer, type CaptureServer } from '../support/capture-server';
import { mother, onboardCard, postJson, startTestApp, type RunningApp } from '../support/test-app';

/** Collects the distro's metrics when asked, beside its own Azure Monitor exporter. */
class OnDemandReader extends MetricReader {
  constructor() {
    super({ aggregationTemporalitySelector: () => AggregationTemporality.CUMULATIVE });
  }
  protected async onShutdown(): Promise<void> {}
  protected async onForceFlush(): Promise<void> {}
}

const INGESTION = 'https://ingest.telemetry.test';
const CONNECTION_STRING = `InstrumentationKey=00000000-0000-4000-8000-000000000000;IngestionEndpoint=${INGESTION}/`;

interface MetricPoint {
  name: string;
  attributes: Record<string, unknown>;
  value: unknown;
}

function pointsOf(collected: ResourceMetrics): MetricPoint[] {
  return collected.scopeMetrics.flatMap((scope) =>
    scope.metrics.flatMap((metric) => metric.dataPoints.map((point) => ({ name: metric.descriptor.name, attributes: { ...point.attributes }, value: point.value }))),
  );
}

describe('telemetry to Application Insights (APPLICATIONINSIGHTS_CONNECTION_STRING set)', () => {
  const spans = new InMemorySpanExporter();
  const reader = new OnDemandReader();
  const sentToAzure: string[] = [];
  let capture: CaptureServer;
  let bot: RunningApp;
  let ingrid: ReturnType<typeof mother>;
  let metrics: MetricPoint[];
  let finished: ReadableSpan[];

  const said = ['pumpet 37 ml fra venstre bryst', 'hvordan melker jeg ut for hånd?', 'vondt i brystet og feber 39,5'];

  beforeAll(async () => {
    // Everything the distro sends leaves through here (the exporter's posts, and its probes of Azure's
    // instance metadata at 169.254.169.254); the bot's own HTTP stays on loopback.
    // As on App Service (where the bot runs): the distro then does not probe for an Azure VM.
    process.env.WEBSITE_SITE_NAME = 'lactation-telemetry-test';
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    const outside = nock(/^https?:\/\/(?!127\.0\.0\.1|localhost)/).persist();
    outside.get(/.*/).reply(404);
    outside.post(/.*/).reply(200, (_uri: string, body: unknown) => {
      sentToAzure.push(typeof body === 'string' ? body : JSON.stringify(body));
      return { itemsReceived: 1, itemsAccepted: 1, errors: [] };
    });
    capture = await startCaptureServer();
    bot = await startTestApp(
      { APPLICATIONINSIGHTS_CONNECTION_STRING: CONNECTION_STRING, CHECKIN_LOOP: 'off' },
      { telemetryReaders: { spanProcessors: [new SimpleSpanProcessor(spans)], metricReaders: [reader] } },
    );
    await postJson(bot.base, '/dev/clock', { now: '2026-11-25T14:00:00+01:00' });
    ingrid = mother(bot.base, capture, { name: 'Ingrid' });
    await ingrid.send(onboardCard('2026-11-24T03:10:00+01:00', 'both', { firstHour: 'yes' }));
    for (const text of said) await ingrid.send(text);
    await ingrid.send('ammet nå', 'one-activity');
    await ingrid.send('ammet nå', 'one-activity');
    await fetch(`${bot.base}/no/such/path/${ingrid.userId}`);
    await postJson(bot.base, '/dev/clock', { now: '2026-11-26T09:01:00+01:00' });
    await postJson(bot.base, '/dev/checkins/run', {});
    await new Promise((resolve) => setTimeout(resolve, 100)); // the last request's 'after' event
    const { resourceMetrics } = await reader.collect();
    metrics = pointsOf(resourceMetrics);
    finished = spans.getFinishedSpans();
    await bot.stop(); // flushes the distro: the Azure Monitor exporter sends what it holds
  });

  afterAll(async () => {
    await capture.close();
    delete process.env.WEBSITE_SITE_NAME;
    nock.cleanAll();
    // Still loopback only: a probe the distro left on a timer must not reach another address.
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  });

  it('measures every HTTP request by route template, method and status; its spans (sampled) carry those and nothing else', () => {
    const requests = metrics.filter((m) => m.name === 'http.server.request.duration');
    const countOf = (route: string, status: number) =>
      requests.filter((m) => m.attributes['http.route'] === route && m.attributes['http.response.status_code'] === status).reduce((total, m) => total + (m.value as { count: number }).count, 0);
    expect(countOf('/api/messages', 200)).toBe(6);
    expect(countOf('/dev/clock', 200)).toBe(2);
    expect(countOf('/dev/checkins/run', 200)).toBe(1);
    expect(countOf('unmatched', 404)).toBe(1);
    expect(requests.reduce((total, m) => total + (m.value as { count: number }).count, 0)).toBe(10);
    const spanNames = new Set(['POST /api/messages', 'POST /dev/clock', 'POST /dev/checkins/run', 'GET unmatched', 'check-in pass']);
    expect(finished.length).toBeGreaterThan(0);
    for (const span of finished) expect(spanNames).toContain(span.name);
    // Besides ours, only the distro's own markers (_MS.ProcessedByMetricExtractors, microsoft.sample_rate).
    const ours = (span: ReadableSpan) => Object.keys(span.attributes).filter((key) => !/^(_MS\.ProcessedByMetricExtractors|microsoft\.sample_rate)$/.test(key)).sort();
    for (const span of finished.filter((s) => s.name !== 'check-in pass')) expect(ours(span)).toEqual(['http.request.method', 'http.response.status_code', 'http.route']);
    for (const pass of finished.filter((s) => s.name === 'check-in pass')) expect(Object.fromEntries(ours(pass).map((key) => [key, pass.attributes[key]]))).toEqual({ 'lactation.checkins.due': 1, 'lactation.checkins.sent': 1, 'lactation.checkins.failed': 0 });
  });

  it('counts turns by outcome, findings by code and severity, check-ins by outcome, and times the store', () => {
    const sum = (name: string, attributes: Record<string, unknown>) =>
      metrics.filter((m) => m.name === name && Object.entries(attributes).every(([k, v]) => m.attributes[k] === v)).reduce((total, m) => total + Number(m.value), 0);
    expect(new Set(metrics.map((m) => m.name))).toEqual(new Set(['http.server.request.duration', 'lactation.turns', 'lactation.findings', 'lactation.checkins', 'lactation.store.duration']));
    expect(sum('lactation.turns', { outcome: 'replied' })).toBe(5);
    expect(sum('lactation.turns', { outcome: 'duplicate' })).toBe(1);
    expect(sum('lactation.findings', { code: 'first-hour.done', severity: 'info' })).toBe(1);
    expect(metrics.some((m) => m.name === 'lactation.findings' && String(m.attributes.code).startsWith('red-flag.'))).toBe(true);
    expect(sum('lactation.checkins', { outcome: 'sent' })).toBe(1);
    const storeCalls = metrics.filter((m) => m.name === 'lactation.store.duration');
    expect(new Set(storeCalls.map((m) => m.attributes.operation))).toEqual(new Set(['get', 'create', 'replace', 'replaceEach', 'findDue']));
    for (const call of storeCalls) expect(call.attributes).toMatchObject({ store: 'embedded', outcome: 'ok' });
    const allowed: Record<string, string[]> = {
      'http.server.request.duration': ['http.request.method', 'http.response.status_code', 'http.route'],
      'lactation.turns': ['outcome'],
      'lactation.findings': ['code', 'severity'],
      'lactation.checkins': ['outcome'],
      'lactation.store.duration': ['operation', 'outcome', 'store'],
    };
    for (const m of metrics) expect(Object.keys(m.attributes).sort()).toEqual(allowed[m.name]);
  });

  it('never sends her words, her name, her values or a raw or hashed id, in spans, metrics or what reached Application Insights', () => {
    expect(sentToAzure.length).toBeGreaterThan(0);
    const everything = JSON.stringify({ spans: finished.map((s) => ({ name: s.name, attributes: s.attributes, events: s.events })), metrics }) + sentToAzure.join('\n');
    const forbidden = [...said, 'Ingrid', 'Test', 'ammet', '37 ml', '39,5', ingrid.userId, ingrid.conversationId, ingrid.motherId, 'one-activity', '2026-11-24T03:10', 'no/such/path'];
    for (const value of forbidden) expect(everything).not.toContain(value);
  });

});

describe('telemetry without APPLICATIONINSIGHTS_CONNECTION_STRING', () => {
  it('loads no OpenTelemetry module at all (the bot starts as before)', () => {
    const script = `
      const { createApp } = require('./src/edge/app');
      const { loadConfig } = require('./src/config');
      const dataDir = require('node:fs').mkdtempSync(require('node:path').join(require('node:os').tmpdir(), 'lactation-test-'));
      createApp(loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' })).then(async (app) => {
        const loaded = Object.keys(require.cache).filter((file) => /@opentelemetry|monitor-opentelemetry/.test(file));
        console.log(JSON.stringify({ enabled: app.telemetry.enabled, loaded: loaded.length, app: Object.keys(require.cache).some((file) => file.endsWith('src/edge/app.ts')) }));
        await app.close();
      });`;
    const env = { ...process.env };
    delete env.APPLICATIONINSIGHTS_CONNECTION_STRING;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: path.join(__dirname, '..', '..'), env, encoding: 'utf8' });
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ enabled: false, loaded: 0, app: true });
  });
});
