import { withBotAndChannel } from '../support/test-app';
import type { WeekStage } from '../../src/mother/week-stages';
import { alarmsWithoutWhomToCall, codesOf, isAdaptiveCard, weekScenario } from './support/week-scenario';

/** Her daily answers at the 09:00 check-ins, day 2 to 7 (she started at 10:00 on day 1): 8+ feeds, wet diapers rising, 3+ yellow stools from day 4 on (the check-in at 97 h). */
const DAILY = [
  { day: 2, feeds: 9, wetDiapers: 2, yellowStools: 0 },
  { day: 3, feeds: 10, wetDiapers: 3, yellowStools: 0 },
  { day: 4, feeds: 9, wetDiapers: 4, yellowStools: 1 },
  { day: 5, feeds: 11, wetDiapers: 6, yellowStools: 3 },
  { day: 6, feeds: 10, wetDiapers: 6, yellowStools: 4 },
  { day: 7, feeds: 9, wetDiapers: 7, yellowStools: 4 },
];

describe('scenario: a breastfeeding mother on track through her first week', () => {
  const env = withBotAndChannel();

  it('praises her milestones, never asks her to call anyone, and her week machine walks to the end', async () => {
    // Born 08:00, so each 09:00 check-in is one hour past a whole day: day 5 09:00 is 97 h.
    const week = weekScenario(env.bot, env.capture, { birthAt: '2026-11-24T08:00:00+01:00', feedingMode: 'breast' });
    const stages: WeekStage[] = [];

    await week.at('+2h');
    await week.onboard();
    const firstFeed = await week.log('feed', { at: '+0h30m', side: 'both' });
    expect(codesOf(firstFeed.fired)).toEqual(['first-hour.done']);
    stages.push(await week.stage());

    for (const { day, ...answer } of DAILY) {
      await week.at(`day ${day} 09:00`);
      const checkin = await week.runCheckins();
      expect(checkin.toHer.some(isAdaptiveCard)).toBe(true);
      await week.checkin(answer);
      if (day === 3) {
        await week.at('+60h');
        const milkIn = await week.log('milk-in');
        expect(codesOf(milkIn.fired)).toEqual(['activation.self-reported']);
      }
      if (day === 4) await week.log('diaper', { wet: true, stool: 'yellow' });
      stages.push(await week.stage());
    }

    await week.at('day 8 09:00');
    const last = await week.runCheckins();
    expect(last.toHer.some(isAdaptiveCard)).toBe(false);
    await week.log('feed', { side: 'left' });
    stages.push(await week.stage());
    await week.at('+193h');
    await week.log('feed', { side: 'right' });
    stages.push(await week.stage());

    const data = await week.exportData();
    const codes = codesOf(data.findings);
    expect(codes).toEqual(expect.arrayContaining(['first-hour.done', 'feeds.frequency-ok', 'activation.self-reported', 'activation.stools-ok']));
    // One praise for feeding often, not one every day.
    expect(codes.filter((c) => c === 'feeds.frequency-ok')).toHaveLength(1);
    expect(data.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(alarmsWithoutWhomToCall(week.turns)).toEqual([]);

    expect(stages[0]).toBe('firstHours');
    expect(stages[1]).toBe('daysOneToThree'); // day 2
    expect(stages[2]).toBe('activationReached'); // milk-in on day 3
    expect(stages.slice(3, 7)).toEqual(['activationReached', 'activationReached', 'activationReached', 'activationReached']);
    expect(stages.at(-2)).toBe('afterWeek'); // the day 8 check-in sent the summary and goodbye
    expect(stages.at(-1)).toBe('afterWeek');
  });
});
