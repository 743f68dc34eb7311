import { withBotAndChannel } from '../support/test-app';
import { alarmsWithoutWhomToCall, codesOf, weekScenario } from './support/week-scenario';

describe('scenario: a pumping mother whose sessions grow to 3 × 20 ml', () => {
  const env = withBotAndChannel();

  it('suggests double pumping after a single-side session, and says the milk is in exactly once', async () => {
    const week = weekScenario(env.bot, env.capture, { birthAt: '2026-11-24T08:00:00+01:00', feedingMode: 'pump' });
    await week.at('+3h');
    await week.onboard();
    const first = await week.log('pump', { at: '+0h40m', ml: 2, double: true });
    expect(codesOf(first.fired)).toEqual(['first-hour.done']);

    // Day 1: drops of colostrum, a little more each time.
    for (const [hour, ml] of [[6, 3], [10, 4], [14, 4], [18, 5], [22, 5]] as const) {
      await week.at(`+${hour}h`);
      await week.log('pump', { ml, double: true });
    }
    // Day 2 09:00: the sessions she did not log one by one come with her answer.
    await week.at('day 2 09:00');
    const day2 = await week.checkin({ wetDiapers: 3, pumpMl: [6, 7] });
    expect(codesOf(day2.fired)).toContain('colostrum.day1-in-range');

    const session = async (hour: number, ml: number, double = true) => {
      await week.at(`+${hour}h`);
      return week.log('pump', { ml, double });
    };
    for (const [hour, ml] of [[28, 8], [31, 10], [34, 10], [37, 12], [40, 12], [43, 14], [46, 15]] as const) await session(hour, ml);

    const singleSide = await session(49, 16, false);
    expect(codesOf(singleSide.fired)).toEqual(['pump.single']);
    await session(52, 18);
    await session(55, 21);
    const second20 = await session(58, 22);
    expect(codesOf(second20.fired)).not.toContain('activation.pump-3x20');
    const third20 = await session(61, 24);
    expect(codesOf(third20.fired)).toEqual(['activation.pump-3x20']);

    // More sessions of 20 ml and over, logged and answered at the check-in: no second "milk is in".
    for (const [hour, ml] of [[64, 26], [67, 28], [70, 25]] as const) await session(hour, ml);
    await week.at('day 4 09:00');
    await week.checkin({ wetDiapers: 4, pumpMl: [30, 32, 30] });
    await session(76, 35);
    await session(79, 36, false);

    const data = await week.exportData();
    const codes = codesOf(data.findings);
    expect(codes.filter((c) => c === 'activation.pump-3x20')).toHaveLength(1);
    expect(codes.filter((c) => c === 'first-hour.done')).toHaveLength(1);
    // Two single-side sessions with double ones between them: two separate suggestions, not one per message.
    expect(codes.filter((c) => c === 'pump.single')).toHaveLength(2);
    expect(codes).not.toContain('activation.watch-72h');
    expect(codes.some((c) => c.startsWith('feeds.') || c.startsWith('stools.'))).toBe(false);
    expect(data.events.filter((e) => e.type === 'pump')).toHaveLength(1 + 5 + 2 + 7 + 5 + 3 + 3 + 2);
    expect(await week.stage()).toBe('activationReached');
    expect(alarmsWithoutWhomToCall(week.turns)).toEqual([]);
  });
});
