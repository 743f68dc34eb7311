import { withBotAndChannel } from '../support/test-app';
import { t } from '../../src/support/i18n';
import { isAdaptiveCard, textOf, weekScenario } from './support/week-scenario';

describe('scenario: the daily check-in through a week with a change to summer time', () => {
  const env = withBotAndChannel();

  it('reaches her at 09:00 local once a day, then the summary and goodbye after hour 168, then nothing', async () => {
    // Born 22:00 on 25 March 2027; clocks go forward on 28 March (day 4), so 09:00 moves from 08:00 to 07:00 UTC.
    const week = weekScenario(env.bot, env.capture, { birthAt: '2027-03-25T22:00:00+01:00', feedingMode: 'breast' });
    await week.at('+1h');
    await week.onboard();
    await week.log('feed', { at: '+0h45m', side: 'both' });

    const received: Record<string, number> = {};
    for (let day = 2; day <= 11; day++) {
      for (const time of ['08:59', '09:00', '09:00', '21:00']) {
        await week.at(`day ${day} ${time}`);
        const pass = await week.runCheckins();
        expect(pass.sent).toBe(pass.toHer.length > 0 ? 1 : 0);
        if (pass.toHer.length === 0) continue;
        received[`day ${day} ${time}`] = (received[`day ${day} ${time}`] ?? 0) + 1;

        const isWeekOver = week.instant(`day ${day} ${time}`) >= week.instant('+168h');
        if (isWeekOver) {
          expect(pass.toHer.some(isAdaptiveCard)).toBe(false);
          expect(textOf(pass.toHer)).toContain(t('nb', 'checkin:goodbye'));
        } else {
          expect(pass.toHer.some(isAdaptiveCard)).toBe(true);
          // She answers some days and not others; the next day's check-in comes all the same.
          if (day % 2 === 1) await week.checkin({ feeds: 9, wetDiapers: day, yellowStools: day > 4 ? 3 : 0 });
        }
      }
    }

    // Days 2–8 (26 March – 1 April) a check-in, day 9 (2 April, hour 179) the goodbye; days 10 and 11 nothing.
    expect(received).toEqual(Object.fromEntries([2, 3, 4, 5, 6, 7, 8, 9].map((day) => [`day ${day} 09:00`, 1])));
  });
});
