import { checkinDue } from '../../dialogs/handle-turn';
import { SqliteMotherStore } from '../../src/store/sqlite-mother-store';
import { startCaptureServer, type CaptureServer } from '../support/capture-server';
import { tempDataDir } from '../support/test-app';
import { botConnectorSender, clockAt, plannedMother, scheduler } from './support';
import { openDialog } from '../dialogs/support/open-dialog';

const SLOT = '2026-11-26T08:00:00.000Z'; // 09:00 in Oslo
const NOW = '2026-11-26T08:00:30.000Z';
const MOTHERS = 12;

describe('two scheduler instances on one embedded store', () => {
  let capture: CaptureServer;
  const dataDir = tempDataDir();
  // Two connections to one file: what two bot instances sharing the store see.
  const storeA = SqliteMotherStore.open(dataDir);
  const storeB = SqliteMotherStore.open(dataDir);

  beforeAll(async () => {
    capture = await startCaptureServer();
    for (let i = 0; i < MOTHERS; i++) await storeA.create(plannedMother(`m${i}`, { serviceUrl: capture.url, nextCheckInAt: SLOT }));
  });
  afterAll(async () => {
    await capture.close();
    await storeA.close();
    await storeB.close();
  });

  it('sends exactly one check-in per mother per slot across two concurrent passes and a second round', async () => {
    const expected = checkinDue(plannedMother('x', { serviceUrl: capture.url, nextCheckInAt: SLOT }), NOW).replies.length;
    const a = scheduler({ store: storeA, clock: clockAt(NOW), send: botConnectorSender() });
    const b = scheduler({ store: storeB, clock: clockAt(NOW), send: botConnectorSender() });

    const first = await Promise.all([a.runPass(), b.runPass()]);
    const second = await Promise.all([a.runPass(), b.runPass()]);

    expect(first[0].sent + first[1].sent).toBe(MOTHERS);
    expect(second[0].sent + second[1].sent).toBe(0);
    for (let i = 0; i < MOTHERS; i++) {
      const activities = capture.for(`conv-m${i}`);
      expect(activities).toHaveLength(expected);
      expect(activities.filter((x) => (x.attachments ?? []).some((att) => att.contentType === 'application/vnd.microsoft.card.adaptive'))).toHaveLength(1);
      const stored = await storeA.get(`m${i}`);
      expect(stored?.doc.lastCheckInSlot).toBe(SLOT);
      expect(stored?.doc.nextCheckInAt).toBe('2026-11-27T08:00:00.000Z');
      expect(openDialog(stored?.doc)?.name).toBe('checkin');
    }
  });
});
