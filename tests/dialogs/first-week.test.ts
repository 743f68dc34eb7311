import { DateTime } from 'luxon';
import { onboardCard } from '../support/test-app';
import { chat, setClock, stageForTests } from './support/chat';
import { openDialog } from './support/open-dialog';

const ZONE = 'Europe/Oslo';
const BIRTH = '2026-11-24T03:10:00+01:00';
const at = (day: number, time: string): string => {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.fromISO(BIRTH, { zone: ZONE }).startOf('day').plus({ days: day - 1 }).set({ hour, minute }).toUTC().toISO()!;
};
/** What she types to each check-in question. */
const TYPED_ANSWER: Record<string, string> = { feeds: '9', pumpMl: '22, 25, 30', wetDiapers: '6', yellowStools: '3' };

describe('a whole first week', () => {
  const stage = stageForTests();

  it('by typing alone: onboarding, logs, seven check-ins answered by text, goodbye, export', async () => {
    await setClock(stage(), at(1, '04:00'));
    const c = chat(stage(), 'nb-NO');
    for (const line of ['hei', 'ja', 'i dag kl 03.10', 'begge', 'ja', '09:00']) await c.say(line);
    expect((await c.document())?.profile).toMatchObject({ feedingMode: 'both', checkInTime: '09:00' });
    await c.say('ammet nå');
    await c.say('håndmelket 2 ml');

    let checkinsAnswered = 0;
    for (let day = 2; day <= 8; day++) {
      await setClock(stage(), at(day, '09:00'));
      const checkin = await c.runCheckins();
      expect(checkin.replies.length).toBeGreaterThan(0);
      for (let question = 0; question < 5 && openDialog(await c.document())?.name === 'checkin'; question++) {
        const step = openDialog(await c.document())!.step;
        const reply = await c.say(TYPED_ANSWER[step]!);
        expect(reply.replies.length).toBeGreaterThan(0);
      }
      if ((await c.document())!.checkins.length > checkinsAnswered) checkinsAnswered++;
      await setClock(stage(), at(day, '14:00'));
      await c.say('ammet nå');
      await c.say(day === 3 ? 'melken har kommet' : 'våt bleie og gul bæsj');
    }

    const data = await c.her.exportData();
    expect(checkinsAnswered).toBe(6);
    expect(data.events.filter((e) => e.type === 'feed')).toHaveLength(8);
    expect(data.events.filter((e) => e.type === 'pump').length).toBeGreaterThanOrEqual(6 * 3);
    expect(data.events.some((e) => e.type === 'milk-in')).toBe(true);
    expect(data.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['first-hour.done', 'activation.self-reported']));
    expect((await c.document())?.nextCheckInAt).toBeNull();
  });

  it('by cards alone: onboarding card, log cards, check-in cards, goodbye, export', async () => {
    await setClock(stage(), at(1, '04:00'));
    const c = chat(stage(), 'nn-NO');
    await c.say('hei');
    await c.say(onboardCard(BIRTH, 'pump', { firstHour: 'no' }));
    await c.say({ action: 'log', type: 'expression', ml: 1.5 });

    for (let day = 2; day <= 8; day++) {
      await setClock(stage(), at(day, '09:00'));
      const checkin = await c.runCheckins();
      if (day < 8) {
        expect(checkin.card).toBe(true);
        await c.say({ action: 'checkin', pumpMl: [day * 4, day * 5], wetDiapers: Math.min(day, 6), ...(day >= 3 ? { yellowStools: 3 } : {}) });
      } else {
        expect(checkin.card).toBe(false);
      }
      await setClock(stage(), at(day, '15:00'));
      await c.say({ action: 'log', type: 'pump', ml: day * 6, double: true });
      await c.say({ action: 'log', type: 'diaper', wet: true, stool: day < 3 ? 'transitional' : 'yellow' });
    }

    const data = await c.her.exportData();
    expect(data.mother).toMatchObject({ feedingMode: 'pump', locale: 'nn' });
    expect(data.events.filter((e) => e.type === 'pump')).toHaveLength(6 * 2 + 7);
    expect(data.events.filter((e) => e.type === 'diaper')).toHaveLength(7);
    expect(data.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['first-hour.missed', 'activation.pump-3x20']));
    expect((await c.document())?.checkins).toHaveLength(6);
  });
});
