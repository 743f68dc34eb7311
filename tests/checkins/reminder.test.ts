import { startCaptureServer, type CaptureServer } from '../support/capture-server';
import type { SqliteMotherStore } from '../../src/store/sqlite-mother-store';
import { botConnectorSender, clockAt, openEmbeddedStore, plannedMother, scheduler } from './support';

const SLOT = '2026-11-26T08:00:00.000Z'; // 09:00 in Oslo
const REMINDER = '2026-11-26T11:00:00.000Z'; // three hours later
const NEXT_SLOT = '2026-11-27T08:00:00.000Z';

describe('a gentle reminder for an unanswered check-in', () => {
  let capture: CaptureServer;
  let store: SqliteMotherStore;
  beforeAll(async () => {
    capture = await startCaptureServer();
  });
  afterAll(() => capture.close());
  beforeEach(() => {
    store = openEmbeddedStore();
  });
  afterEach(() => store.close());

  const pass = (at: string, reminderAfterHours: number) => scheduler({ store, clock: clockAt(at), send: botConnectorSender(), reminderAfterHours }).runPass();
  const reminders = (conversationId: string) => capture.for(conversationId).filter((a) => /påminnelse/.test(a.text ?? ''));

  it('comes once, 3 h after a check-in she has not answered, and then the next slot is planned', async () => {
    await store.create(plannedMother('quiet', { serviceUrl: capture.url, nextCheckInAt: SLOT }));
    expect((await pass(SLOT, 3)).sent).toBe(1);
    expect((await store.get('quiet'))!.doc.nextCheckInAt).toBe(REMINDER);
    expect((await pass('2026-11-26T10:59:00.000Z', 3)).due).toBe(0);
    expect((await pass(REMINDER, 3)).sent).toBe(1);
    expect((await pass('2026-11-26T11:05:00.000Z', 3)).due).toBe(0);
    expect(reminders('conv-quiet')).toHaveLength(1);
    expect((await store.get('quiet'))!.doc.nextCheckInAt).toBe(NEXT_SLOT);
  });

  it('is not sent when she answered in the meantime', async () => {
    await store.create(plannedMother('answered', { serviceUrl: capture.url, nextCheckInAt: SLOT }));
    await pass(SLOT, 3);
    const stored = (await store.get('answered'))!;
    await store.replace({ ...stored.doc, dialog: undefined }, stored.etag); // her answer closes the check-in
    const result = await pass(REMINDER, 3);
    expect(result.sent).toBe(0);
    expect(reminders('conv-answered')).toHaveLength(0);
    expect((await store.get('answered'))!.doc.nextCheckInAt).toBe(NEXT_SLOT);
  });

  it('is off by default: the next due time is the next slot', async () => {
    await store.create(plannedMother('default', { serviceUrl: capture.url, nextCheckInAt: SLOT }));
    await pass(SLOT, 0);
    expect((await store.get('default'))!.doc.nextCheckInAt).toBe(NEXT_SLOT);
    expect(reminders('conv-default')).toHaveLength(0);
  });
});
