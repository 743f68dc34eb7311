import nock from 'nock';
import { checkinDue } from '../../dialogs/handle-turn';
import { CONNECTOR_RETRIES_PER_CALL, DEFAULT_RETRY } from '../../src/checkins/send-with-retry';
import type { MeasuredMotherStore } from '../../src/store/mother-store';
import { stubConnector, type ConnectorStub } from './bot-connector-stub';
import { botConnectorSender, clockAt, openEmbeddedStore, plannedMother, recordingSleep, scheduler } from './support';

const SLOT = '2026-11-26T08:00:00.000Z';
const NOW = '2026-11-26T08:00:10.000Z';
const NEXT_SLOT = '2026-11-27T08:00:00.000Z';

describe('check-ins against a failing Bot Connector', () => {
  let store: MeasuredMotherStore;
  let connector: ConnectorStub;
  let activitiesPerCheckin: number;

  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
  });
  afterAll(() => nock.enableNetConnect());
  beforeEach(async () => {
    connector = stubConnector();
    store = openEmbeddedStore();
    for (const id of ['faulty', 'calm-1', 'calm-2']) await store.create(plannedMother(id, { serviceUrl: connector.serviceUrl, nextCheckInAt: SLOT }));
    activitiesPerCheckin = checkinDue(plannedMother('x', { serviceUrl: connector.serviceUrl, nextCheckInAt: SLOT }), NOW).replies.length;
  });
  afterEach(async () => {
    nock.abortPendingRequests();
    nock.cleanAll();
    await store.close();
  });

  async function pass(retry: Parameters<typeof scheduler>[0]['retry'] = {}) {
    const recorded = recordingSleep();
    const result = await scheduler({ store, clock: clockAt(NOW), send: botConnectorSender(), retry: { sleep: recorded.sleep, ...retry } }).runPass();
    return { result, waits: recorded.waits };
  }

  function expectCalmMothersServed(): void {
    for (const id of ['calm-1', 'calm-2']) expect(connector.accepted(`conv-${id}`)).toHaveLength(activitiesPerCheckin);
  }

  const postsTo = (id: string) => connector.posts.filter((p) => p.conversationId === `conv-${id}`);

  it('waits as long as Retry-After says on a 429, then delivers once', async () => {
    connector.script('conv-faulty', [{ status: 429, headers: { 'Retry-After': '1' } }]);
    const { result } = await pass();
    expect(result.sent).toBe(3);
    expect(connector.accepted('conv-faulty')).toHaveLength(activitiesPerCheckin);
    const [throttled, retried] = postsTo('faulty');
    expect(throttled?.status).toBe(429);
    expect(retried!.at - throttled!.at).toBeGreaterThanOrEqual(950);
    expect(postsTo('faulty')).toHaveLength(activitiesPerCheckin + 1);
    expectCalmMothersServed();
  });

  it('backs off exponentially with jitter on a 429 without Retry-After, a bounded number of times', async () => {
    connector.script('conv-faulty', Array.from({ length: 10 }, () => ({ status: 429 })));
    const { result, waits } = await pass();
    expect(result).toMatchObject({ sent: 2, failed: 1 });
    // Nobody else retries a 429 without Retry-After: exactly our attempts reach the channel.
    expect(postsTo('faulty')).toHaveLength(DEFAULT_RETRY.maxAttempts);
    expect(waits).toHaveLength(DEFAULT_RETRY.maxAttempts - 1);
    waits.forEach((wait, i) => {
      const step = DEFAULT_RETRY.baseDelayMs * 2 ** i;
      expect(wait).toBeGreaterThanOrEqual(step / 2);
      expect(wait).toBeLessThanOrEqual(step);
    });
    expect(connector.accepted('conv-faulty')).toHaveLength(0);
    expectCalmMothersServed();
  });

  it('delivers once after a 429 without Retry-After followed by success', async () => {
    connector.script('conv-faulty', [{ status: 429 }]);
    const { result, waits } = await pass();
    expect(result.sent).toBe(3);
    expect(waits).toHaveLength(1);
    expect(connector.accepted('conv-faulty')).toHaveLength(activitiesPerCheckin);
  });

  it('retries a 500 and delivers each activity once', async () => {
    connector.script('conv-faulty', [{ status: 500 }]);
    const { result } = await pass();
    expect(result.sent).toBe(3);
    const texts = connector.accepted('conv-faulty').map((a) => JSON.stringify(a));
    expect(new Set(texts).size).toBe(activitiesPerCheckin);
    expect(texts).toHaveLength(activitiesPerCheckin);
    expectCalmMothersServed();
  });

  it('gives up on a connector that keeps failing after a stated number of requests', async () => {
    // 503 with Retry-After: 0 is retried by the connector client itself at once, so the bound shows without waiting.
    connector.script('conv-faulty', Array.from({ length: 50 }, () => ({ status: 503, headers: { 'Retry-After': '0' } })));
    const { result } = await pass();
    expect(result).toMatchObject({ sent: 2, failed: 1 });
    expect(postsTo('faulty')).toHaveLength(DEFAULT_RETRY.maxAttempts * (1 + CONNECTOR_RETRIES_PER_CALL));
    expect(connector.accepted('conv-faulty')).toHaveLength(0);
    // The slot was claimed before the send: she is not sent this slot again, the next one is planned.
    expect((await store.get('faulty'))?.doc.nextCheckInAt).toBe(NEXT_SLOT);
    expectCalmMothersServed();
  });

  it('pauses her check-ins on a 403 (she blocked the bot) and sends nothing more', async () => {
    connector.script('conv-faulty', [{ status: 403 }]);
    const { result } = await pass();
    expect(result).toMatchObject({ sent: 2, blocked: 1 });
    expect(postsTo('faulty')).toHaveLength(1);
    const doc = (await store.get('faulty'))?.doc;
    expect(doc?.checkInsPaused).toBe(true);
    expect(doc?.nextCheckInAt).toBeNull();
    expectCalmMothersServed();
  });

  it('times out a hanging connector without retrying it and still serves the others', async () => {
    connector.script('conv-faulty', [{ status: 'hang' }]);
    const started = Date.now();
    // Long enough for the calm mothers on a loaded machine, far shorter than the hang.
    const { result } = await pass({ timeoutMs: 2_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result).toMatchObject({ sent: 2, timedOut: 1 });
    expect(postsTo('faulty')).toHaveLength(1);
    expect(connector.accepted('conv-faulty')).toHaveLength(0);
    expectCalmMothersServed();
  });
});
