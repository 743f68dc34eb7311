import { logOf } from './support/log-of';

const hoursOf = (text: string, locale: 'nb' | 'nn' | 'en' = 'nb'): string[] => logOf(text, locale).events.map((event) => new Date(event.at).toISOString().slice(11, 16));

/**
 * At 14:00, a helper found «ammet kl 2 og halv 5 i natt» stored at 14:00 and 04:30, and «ammet kl 2 og 5 i
 * natt» stored three feeds («i natt» was one more): the day said after listed clocks is the day of each.
 * (Times below in UTC: Oslo is an hour ahead.)
 */
describe('listed clocks share the day said after the last', () => {
  it.each([
    ['ammet kl 2 og halv 5 i natt', 'nb', ['01:00', '03:30']],
    ['ammet kl 2 og 5 i natt', 'nb', ['01:00', '04:00']],
    ['ammet kl 1, 3 og 5 i natt', 'nb', ['00:00', '02:00', '04:00']],
    ['amma kl 2 og 5 i natt', 'nn', ['01:00', '04:00']],
    ['she fed at 2 and 4:30 last night', 'en', ['01:00', '03:30']],
  ] as const)('«%s» (%s)', (text, locale, hours) => {
    expect(hoursOf(text, locale)).toEqual(hours);
  });

  it('keeps clocks without a day said, and a day said of the first only, as they were', () => {
    expect(hoursOf('ammet kl 9 og 12')).toEqual(['08:00', '11:00']);
    expect(hoursOf('ammet kl 2 i natt og kl 5')).toEqual(['01:00', '04:00']);
  });
});

describe('English «half 2» is half past two', () => {
  it('at 14:00, «fed at half 2» is 02:30 in the night, as «half past 2» is', () => {
    expect(hoursOf('fed at half 2', 'en')).toEqual(['01:30']);
    expect(hoursOf('fed at half past 2', 'en')).toEqual(['01:30']);
    expect(hoursOf('ammet halv 2')).toEqual(['12:30']);
  });
});

/**
 * «kom hjem i dag og ammet kl 13» stored nothing («I did not see which clock belongs to what»): a day said
 * apart from the clocks is their day, when there are more times than things done.
 */
describe('a day said apart from the clocks', () => {
  it.each([
    ['kom hjem i dag og ammet kl 13', 'nb', ['12:00']],
    ['i dag ammet jeg kl 9 og kl 12', 'nb', ['08:00', '11:00']],
    ['got home today and fed at 1', 'en', ['12:00']],
  ] as const)('«%s» (%s)', (text, locale, hours) => {
    expect(logOf(text, locale).concerns).toEqual([]);
    expect(hoursOf(text, locale)).toEqual(hours);
  });

  it('keeps each thing done at its own time', () => {
    expect(hoursOf('ammet i natt og pumpet 20 ml kl 13')).toEqual(['02:00', '12:00']);
  });
});
