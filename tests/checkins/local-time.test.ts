import { DateTime } from 'luxon';
import type { MeasuredMotherStore } from '../../src/store/mother-store';
import { withChannelAndStore, botConnectorSender, clockAt, plannedMother, scheduler } from './support';

/** Runs passes day by day at each planned slot and returns the slots, as local wall-clock times in her zone. */
async function walkSlots(store: MeasuredMotherStore, id: string, zone: string, days: number): Promise<string[]> {
  const seen: string[] = [];
  for (let day = 0; day < days; day++) {
    const planned = (await store.get(id))!.doc.nextCheckInAt;
    if (!planned) break;
    seen.push(DateTime.fromISO(planned, { zone }).toFormat("yyyy-MM-dd HH:mm"));
    await scheduler({ store, clock: clockAt(planned), send: botConnectorSender() }).runPass();
  }
  return seen;
}

describe('check-ins at her chosen local time', () => {
  const env = withChannelAndStore();

  it.each([
    ['Europe/Oslo, into summer time on 2026-03-29', 'Europe/Oslo', '2026-03-27T01:00:00.000Z', '2026-03-28T08:00:00.000Z', ['2026-03-28 09:00', '2026-03-29 09:00', '2026-03-30 09:00']],
    ['Europe/Oslo, out of summer time on 2026-10-25', 'Europe/Oslo', '2026-10-23T01:00:00.000Z', '2026-10-24T07:00:00.000Z', ['2026-10-24 09:00', '2026-10-25 09:00', '2026-10-26 09:00']],
    ['America/New_York, into summer time on 2026-03-08', 'America/New_York', '2026-03-06T12:00:00.000Z', '2026-03-07T14:00:00.000Z', ['2026-03-07 09:00', '2026-03-08 09:00', '2026-03-09 09:00']],
    ['Asia/Tokyo, no summer time', 'Asia/Tokyo', '2026-03-27T01:00:00.000Z', '2026-03-28T00:00:00.000Z', ['2026-03-28 09:00', '2026-03-29 09:00', '2026-03-30 09:00']],
  ])('stays at 09:00 local in %s', async (_name, zone, birthAt, firstSlot, expected) => {
    const id = `m-${zone.replace('/', '-')}`;
    await env.store.create(plannedMother(id, { serviceUrl: env.capture.url, nextCheckInAt: firstSlot, profile: { timezone: zone, birthAt } }));
    expect(await walkSlots(env.store, id, zone, 3)).toEqual(expected);
    expect(env.capture.for(`conv-${id}`).length).toBeGreaterThan(0);
  });

  it('keeps 09:00 when the clock changes in the night before (2026-03-29: 07:00Z, 2026-10-25: 08:00Z)', async () => {
    await env.store.create(plannedMother('spring', { serviceUrl: env.capture.url, nextCheckInAt: '2026-03-28T08:00:00.000Z', profile: { birthAt: '2026-03-27T01:00:00.000Z' } }));
    await env.store.create(plannedMother('autumn', { serviceUrl: env.capture.url, nextCheckInAt: '2026-10-24T07:00:00.000Z', profile: { birthAt: '2026-10-23T01:00:00.000Z' } }));
    await scheduler({ store: env.store, clock: clockAt('2026-03-28T08:00:05.000Z'), send: botConnectorSender() }).runPass();
    expect((await env.store.get('spring'))!.doc.nextCheckInAt).toBe('2026-03-29T07:00:00.000Z');
    await env.store.delete('spring');
    await scheduler({ store: env.store, clock: clockAt('2026-10-24T07:00:05.000Z'), send: botConnectorSender() }).runPass();
    expect((await env.store.get('autumn'))!.doc.nextCheckInAt).toBe('2026-10-25T08:00:00.000Z');
  });

  it('ends the week with the summary and goodbye at the first slot at or after hour 168, and plans nothing after', async () => {
    // Born 03:10 Oslo time on 24 Nov: hour 168 is 03:10 on 1 Dec, so the last slot is 09:00 on 1 Dec.
    const birthAt = '2026-11-24T02:10:00.000Z';
    await env.store.create(plannedMother('last', { serviceUrl: env.capture.url, nextCheckInAt: '2026-11-30T08:00:00.000Z', profile: { birthAt } }));
    const slots = await walkSlots(env.store, 'last', 'Europe/Oslo', 5);
    expect(slots).toEqual(['2026-11-30 09:00', '2026-12-01 09:00']);
    expect((await env.store.get('last'))!.doc.nextCheckInAt).toBeNull();
    const texts = env.capture.for('conv-last').map((a) => a.text ?? '');
    expect(texts.some((t) => /ha det|farvel|lykke til/i.test(t))).toBe(true);
  });
});
