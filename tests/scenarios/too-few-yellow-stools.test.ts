import { withBotAndChannel } from '../support/test-app';
import { alarmsWithoutWhomToCall, codesOf, textOf, weekScenario } from './support/week-scenario';

describe('scenario: a breastfeeding mother with too few yellow stools on day 4', () => {
  const env = withBotAndChannel();

  it.each(['nb-NO', 'nn-NO', 'en-GB'])('is told (%s) at the check-in at 97 h to contact jordmor or helsestasjon today', async (locale) => {
    // Born 08:00: the day 5 check-in at 09:00 is hour 97.
    const week = weekScenario(env.bot, env.capture, { birthAt: '2026-11-24T08:00:00+01:00', feedingMode: 'breast', locale });
    await week.at('+1h');
    await week.onboard();
    await week.log('feed', { at: '+0h20m', side: 'left' });
    await week.at('day 2 09:00');
    await week.checkin({ feeds: 9, wetDiapers: 2, yellowStools: 0 });
    await week.at('day 3 09:00');
    await week.checkin({ feeds: 10, wetDiapers: 3, yellowStools: 0 });
    // She feels the milk come in: activation, yet it does not hide what the diapers say later.
    await week.at('+62h');
    await week.log('milk-in');

    await week.at('day 4 09:00');
    const beforeHour96 = await week.checkin({ feeds: 9, wetDiapers: 4, yellowStools: 1 });
    expect(codesOf(beforeHour96.fired)).not.toContain('stools.low-day4');

    await week.at('day 5 09:00');
    const day5 = await week.checkin({ feeds: 9, wetDiapers: 6, yellowStools: 1 });
    expect(day5.fired).toEqual([expect.objectContaining({ code: 'stools.low-day4', severity: 'contact' })]);
    expect(textOf(day5.replies)).toMatch(/jordmor|helsestasjon/i);

    const data = await week.exportData();
    expect(data.findings.filter((f) => f.code === 'stools.low-day4')).toEqual([{ code: 'stools.low-day4', severity: 'contact', at: week.instant('+97h') }]);
    expect(alarmsWithoutWhomToCall(week.turns)).toEqual([]);
  });

  it('is not told again while the count stays low, and is told again after it had recovered', async () => {
    const week = weekScenario(env.bot, env.capture, { birthAt: '2026-11-24T08:00:00+01:00', feedingMode: 'both' });
    await week.at('+1h');
    await week.onboard();
    await week.log('milk-in', { at: '+1h' });
    const answers = [
      { when: 'day 5 09:00', yellowStools: 1, tellsHer: true },
      { when: 'day 6 09:00', yellowStools: 2, tellsHer: false },
      { when: 'day 6 21:00', yellowStools: 4, tellsHer: false },
      // A fresh 24 h that does not overlap the good one: low again is news again.
      { when: 'day 7 22:00', yellowStools: 1, tellsHer: true },
    ];
    for (const { when, yellowStools, tellsHer } of answers) {
      await week.at(when);
      const turn = await week.checkin({ feeds: 9, wetDiapers: 6, yellowStools });
      expect([when, codesOf(turn.fired).includes('stools.low-day4')]).toEqual([when, tellsHer]);
      if (tellsHer) expect(textOf(turn.replies)).toMatch(/jordmor|helsestasjon/i);
    }
    const data = await week.exportData();
    expect(codesOf(data.findings).filter((c) => c === 'stools.low-day4')).toHaveLength(2);
    expect(alarmsWithoutWhomToCall(week.turns)).toEqual([]);
  });
});
