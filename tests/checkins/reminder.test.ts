import { withChannelAndStore, botConnectorSender, clockAt, plannedMother, scheduler } from './support';
import { withoutDraft } from '../../dialogs/draft';
import { atState } from '../dialogs/support/open-dialog';

const SLOT = '2026-11-26T08:00:00.000Z'; // 09:00 in Oslo
const REMINDER = '2026-11-26T11:00:00.000Z'; // three hours later
const NEXT_SLOT = '2026-11-27T08:00:00.000Z';

describe('a gentle reminder for an unanswered check-in', () => {
  const env = withChannelAndStore();

  const pass = (at: string, reminderAfterHours: number) => scheduler({ store: env.store, clock: clockAt(at), send: botConnectorSender(), reminderAfterHours }).runPass();
  const reminders = (conversationId: string) => env.capture.for(conversationId).filter((a) => /påminnelse/.test(a.text ?? ''));

  it('comes once, 3 h after a check-in she has not answered, and then the next slot is planned', async () => {
    await env.store.create(plannedMother('quiet', { serviceUrl: env.capture.url, nextCheckInAt: SLOT }));
    expect((await pass(SLOT, 3)).sent).toBe(1);
    expect((await env.store.get('quiet'))!.doc.nextCheckInAt).toBe(REMINDER);
    expect((await pass('2026-11-26T10:59:00.000Z', 3)).due).toBe(0);
    expect((await pass(REMINDER, 3)).sent).toBe(1);
    expect((await pass('2026-11-26T11:05:00.000Z', 3)).due).toBe(0);
    expect(reminders('conv-quiet')).toHaveLength(1);
    expect((await env.store.get('quiet'))!.doc.nextCheckInAt).toBe(NEXT_SLOT);
  });

  it('is not sent when she answered in the meantime', async () => {
    await env.store.create(plannedMother('answered', { serviceUrl: env.capture.url, nextCheckInAt: SLOT }));
    await pass(SLOT, 3);
    const stored = (await env.store.get('answered'))!;
    await env.store.replace(atState(withoutDraft(stored.doc, 'checkin'), { onboarded: 'idle' }), stored.etag); // her answer closes the check-in
    const result = await pass(REMINDER, 3);
    expect(result.sent).toBe(0);
    expect(reminders('conv-answered')).toHaveLength(0);
    expect((await env.store.get('answered'))!.doc.nextCheckInAt).toBe(NEXT_SLOT);
  });

  it('is off by default: the next due time is the next slot', async () => {
    await env.store.create(plannedMother('default', { serviceUrl: env.capture.url, nextCheckInAt: SLOT }));
    await pass(SLOT, 0);
    expect((await env.store.get('default'))!.doc.nextCheckInAt).toBe(NEXT_SLOT);
    expect(reminders('conv-default')).toHaveLength(0);
  });
});
