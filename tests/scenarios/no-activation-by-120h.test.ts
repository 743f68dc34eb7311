import { withBotAndChannel } from '../support/test-app';
import { alarmsWithoutWhomToCall, codesOf, textOf, weekScenario } from './support/week-scenario';

describe('scenario: a mother with no sign that her milk has come in by 120 h', () => {
  const env = withBotAndChannel();

  it('gets a gentle watch after 72 h, then a same-day contact at the first turn after 120 h, each once', async () => {
    const week = weekScenario(env.bot, env.capture, { birthAt: '2026-11-24T08:00:00+01:00', feedingMode: 'breast' });
    await week.at('+3h');
    await week.onboard();
    await week.log('feed', { at: '+1h30m', side: 'both' });

    await week.at('day 2 09:00');
    await week.checkin({ feeds: 9, wetDiapers: 2, yellowStools: 0 });
    await week.at('day 3 09:00');
    await week.checkin({ feeds: 9, wetDiapers: 3, yellowStools: 0 });
    await week.at('+71h50m');
    const justBefore72 = await week.log('feed', { side: 'left' });
    expect(codesOf(justBefore72.fired)).toEqual([]);

    await week.at('+72h10m');
    const after72 = await week.log('feed', { side: 'right' });
    expect(after72.fired).toEqual([expect.objectContaining({ code: 'activation.watch-72h', severity: 'advice' })]);
    expect(await week.stage()).toBe('activationWindow');

    await week.at('day 4 09:00');
    const day4 = await week.checkin({ feeds: 9, wetDiapers: 4, yellowStools: 1 });
    expect(codesOf(day4.fired)).not.toContain('activation.watch-72h');
    await week.at('day 5 09:00');
    await week.checkin({ feeds: 9, wetDiapers: 6, yellowStools: 2 });

    await week.at('+119h50m');
    const justBefore120 = await week.log('diaper', { wet: true, stool: 'transitional' });
    expect(codesOf(justBefore120.fired)).toEqual([]);
    await week.at('+120h05m');
    const after120 = await week.log('feed', { side: 'left' });
    expect(after120.fired).toEqual([expect.objectContaining({ code: 'activation.delayed-120h', severity: 'contact' })]);
    expect(textOf(after120.replies)).toMatch(/jordmor|helsestasjon/i);
    expect(await week.stage()).toBe('activationDelayed');

    await week.at('day 6 09:00');
    const day6 = await week.checkin({ feeds: 10, wetDiapers: 6, yellowStools: 2 });
    expect(codesOf(day6.fired)).not.toContain('activation.delayed-120h');

    const data = await week.exportData();
    const watch = data.findings.filter((f) => f.code === 'activation.watch-72h');
    const delayed = data.findings.filter((f) => f.code === 'activation.delayed-120h');
    expect(watch).toEqual([{ code: 'activation.watch-72h', severity: 'advice', at: week.instant('+72h10m') }]);
    expect(delayed).toEqual([{ code: 'activation.delayed-120h', severity: 'contact', at: week.instant('+120h05m') }]);
    expect(codesOf(data.findings).some((c) => ['activation.pump-3x20', 'activation.stools-ok', 'activation.self-reported'].includes(c))).toBe(false);
    expect(alarmsWithoutWhomToCall(week.turns)).toEqual([]);
  });

  it('is told at her first turn after 120 h even when that turn is a question, not a log', async () => {
    const week = weekScenario(env.bot, env.capture, { birthAt: '2026-11-24T08:00:00+01:00', feedingMode: 'breast' });
    await week.at('+2h');
    await week.onboard();
    await week.log('feed', { at: '+0h50m' });
    await week.at('+122h');
    const before = (await week.exportData()).findings.length;
    const { replies } = await week.her.send('når kommer melken?');
    const findings = (await week.exportData()).findings.slice(before);
    expect(findings).toEqual([{ code: 'activation.delayed-120h', severity: 'contact', at: week.instant('+122h') }]);
    expect(textOf(replies)).toMatch(/jordmor|helsestasjon/i);
  });

  it('leaves the delayed stage when the milk comes in late', async () => {
    const week = weekScenario(env.bot, env.capture, { birthAt: '2026-11-24T08:00:00+01:00', feedingMode: 'pump' });
    await week.at('+2h');
    await week.onboard();
    await week.at('+121h');
    const late = await week.log('pump', { ml: 5, double: true });
    expect(codesOf(late.fired)).toContain('activation.delayed-120h');
    expect(codesOf(late.fired)).not.toContain('activation.watch-72h');
    await week.at('+130h');
    const milkIn = await week.log('milk-in');
    expect(codesOf(milkIn.fired)).toEqual(['activation.self-reported']);
    expect(await week.stage()).toBe('activationReached');
  });
});
