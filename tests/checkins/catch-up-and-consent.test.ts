import type { MotherDocument } from '../../src/store/mother-document';
import type { ConditionalReplace, DuePage, MotherStore, StoredMother } from '../../src/store/mother-store';
import { SqliteMotherStore } from '../../src/store/sqlite-mother-store';
import { withChannelAndStore, botConnectorSender, clockAt, plannedMother, scheduler } from './support';

const SLOT = '2026-11-26T08:00:00.000Z'; // 09:00 in Oslo
const NEXT_SLOT = '2026-11-27T08:00:00.000Z';

/**
 * The real store, with her own turn written once: right after the scheduler has found her due, or
 * after it has read her for the claim and before the claim is written.
 */
class StoreWithHerTurn implements MotherStore {
  private turned = false;
  constructor(
    private readonly inner: SqliteMotherStore,
    private readonly turn: () => Promise<void>,
    private readonly when: 'after-find' | 'before-claim-write' = 'after-find',
  ) {}
  private async once(moment: typeof this.when): Promise<void> {
    if (moment !== this.when || this.turned) return;
    this.turned = true;
    await this.turn();
  }
  async findDue(now: string, pageSize: number, continuation?: string): Promise<DuePage> {
    const page = await this.inner.findDue(now, pageSize, continuation);
    await this.once('after-find');
    return page;
  }
  get(id: string): Promise<StoredMother | undefined> {
    return this.inner.get(id);
  }
  create(doc: MotherDocument): Promise<string> {
    return this.inner.create(doc);
  }
  replace(doc: MotherDocument, etag: string): Promise<string> {
    return this.inner.replace(doc, etag);
  }
  async replaceEach(writes: readonly ConditionalReplace[]): Promise<Array<string | Error>> {
    await this.once('before-claim-write');
    return this.inner.replaceEach(writes);
  }
  delete(id: string): Promise<void> {
    return this.inner.delete(id);
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

describe('check-ins after downtime, and her last word before the send', () => {
  const env = withChannelAndStore();

  it('sends a check-in 2 h late once, and plans the next slot', async () => {
    await env.store.create(plannedMother('late-2h', { serviceUrl: env.capture.url, nextCheckInAt: SLOT }));
    const first = await scheduler({ store: env.store, clock: clockAt('2026-11-26T10:00:00.000Z'), send: botConnectorSender() }).runPass();
    const again = await scheduler({ store: env.store, clock: clockAt('2026-11-26T10:05:00.000Z'), send: botConnectorSender() }).runPass();
    expect(first.sent).toBe(1);
    expect(again.due).toBe(0);
    const sent = env.capture.for('conv-late-2h');
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((a) => (a.attachments ?? []).length > 0)).toHaveLength(1);
    expect((await env.store.get('late-2h'))!.doc.nextCheckInAt).toBe(NEXT_SLOT);
  });

  it('skips a check-in 5 h late, sends nothing, and plans the next slot', async () => {
    await env.store.create(plannedMother('late-5h', { serviceUrl: env.capture.url, nextCheckInAt: SLOT }));
    const result = await scheduler({ store: env.store, clock: clockAt('2026-11-26T13:00:00.000Z'), send: botConnectorSender() }).runPass();
    expect(result).toMatchObject({ sent: 0, skippedLate: 1 });
    expect(env.capture.for('conv-late-5h')).toHaveLength(0);
    expect((await env.store.get('late-5h'))!.doc.nextCheckInAt).toBe(NEXT_SLOT);
  });

  it("after two days down sends only today's slot, once, when it is less than 3 h old", async () => {
    await env.store.create(plannedMother('down-2d', { serviceUrl: env.capture.url, nextCheckInAt: SLOT }));
    const at = (iso: string) => scheduler({ store: env.store, clock: clockAt(iso), send: botConnectorSender() }).runPass();
    const first = await at('2026-11-28T09:30:00.000Z'); // 10:30 in Oslo: today's 09:00 is 1.5 h old
    const second = await at('2026-11-28T09:35:00.000Z');
    expect(first.sent).toBe(1);
    expect(second.due).toBe(0);
    expect(env.capture.for('conv-down-2d').filter((a) => (a.attachments ?? []).length > 0)).toHaveLength(1);
    const doc = (await env.store.get('down-2d'))!.doc;
    expect(doc.lastCheckInSlot).toBe('2026-11-28T08:00:00.000Z');
    expect(doc.nextCheckInAt).toBe('2026-11-29T08:00:00.000Z');
  });

  it("after two days down skips when today's slot is more than 3 h old too", async () => {
    await env.store.create(plannedMother('down-2d-late', { serviceUrl: env.capture.url, nextCheckInAt: SLOT }));
    const result = await scheduler({ store: env.store, clock: clockAt('2026-11-28T12:00:00.000Z'), send: botConnectorSender() }).runPass();
    expect(result).toMatchObject({ sent: 0, skippedLate: 1 });
    expect(env.capture.for('conv-down-2d-late')).toHaveLength(0);
    expect((await env.store.get('down-2d-late'))!.doc.nextCheckInAt).toBe('2026-11-29T08:00:00.000Z');
  });

  it.each([
    ['withdraws her consent', (doc: MotherDocument): MotherDocument => ({ ...doc, consent: 'refused' })],
    ['says "stopp"', (doc: MotherDocument): MotherDocument => ({ ...doc, checkInsPaused: true })],
  ])('sends nothing when she %s between planning and sending', async (_what, change) => {
    const id = `race-${Math.random().toString(36).slice(2, 8)}`;
    await env.store.create(plannedMother(id, { serviceUrl: env.capture.url, nextCheckInAt: SLOT }));
    const herTurn = async () => {
      const current = (await env.store.get(id))!;
      // Her turn changes only what she said; the planned slot is still in the document.
      await env.store.replace(change(current.doc), current.etag);
    };
    const racing = new StoreWithHerTurn(env.store, herTurn);
    const result = await scheduler({ store: racing, clock: clockAt('2026-11-26T08:00:20.000Z'), send: botConnectorSender() }).runPass();
    expect(result).toMatchObject({ due: 1, sent: 0, skippedNoConsent: 1 });
    expect(env.capture.for(`conv-${id}`)).toHaveLength(0);
    expect((await env.store.get(id))!.doc.nextCheckInAt).toBeNull();
  });

  it('keeps her turn when it lands between the claim read and the claim write, and sends her check-in in the next pass; the others are sent at once', async () => {
    const ids = Array.from({ length: 3 }, (_, i) => `batch-${i}-${Math.random().toString(36).slice(2, 8)}`);
    for (const id of ids) await env.store.create(plannedMother(id, { serviceUrl: env.capture.url, nextCheckInAt: SLOT }));
    const her = ids[1]!;
    const herTurn = async () => {
      const current = (await env.store.get(her))!;
      await env.store.replace({ ...current.doc, events: [...current.doc.events, { type: 'feed', at: SLOT, id: 'typed', entry: 'typed', loggedAt: SLOT }] }, current.etag);
    };
    const racing = new StoreWithHerTurn(env.store, herTurn, 'before-claim-write');
    const first = await scheduler({ store: racing, clock: clockAt('2026-11-26T08:00:20.000Z'), send: botConnectorSender() }).runPass();
    expect(first).toMatchObject({ due: 3, sent: 2, claimedElsewhere: 1 });
    expect(env.capture.for(`conv-${her}`)).toHaveLength(0);
    expect((await env.store.get(her))!.doc.events.map((e) => e.id)).toContain('typed');

    const next = await scheduler({ store: env.store, clock: clockAt('2026-11-26T08:01:00.000Z'), send: botConnectorSender() }).runPass();
    expect(next).toMatchObject({ due: 1, sent: 1 });
    for (const id of ids) expect(env.capture.for(`conv-${id}`).filter((a) => (a.attachments ?? []).length > 0)).toHaveLength(1);
  });

  it('counts a mother whose stored document cannot be read as failed, keeps her due, and still sends the others', async () => {
    const damaged = `damaged-${Math.random().toString(36).slice(2, 8)}`;
    const healthy = `healthy-${Math.random().toString(36).slice(2, 8)}`;
    // Due first, so a pass that stopped at her would reach nobody after her.
    await env.store.create(plannedMother(damaged, { serviceUrl: env.capture.url, nextCheckInAt: '2026-11-26T07:59:00.000Z', profile: { birthAt: 'not a time' } }));
    await env.store.create(plannedMother(healthy, { serviceUrl: env.capture.url, nextCheckInAt: SLOT }));

    const result = await scheduler({ store: env.store, clock: clockAt('2026-11-26T08:00:20.000Z'), send: botConnectorSender() }).runPass();

    expect(result).toMatchObject({ due: 2, sent: 1, failed: 1 });
    expect(env.capture.for(`conv-${healthy}`).filter((a) => (a.attachments ?? []).length > 0)).toHaveLength(1);
    expect(env.capture.for(`conv-${damaged}`)).toHaveLength(0);
    expect((await env.store.get(damaged))!.doc.nextCheckInAt).toBe('2026-11-26T07:59:00.000Z');
  });
});
