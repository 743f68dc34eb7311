import type { DiaperEvent } from '../../src/mother/events';
import type { Finding } from '../../src/mother/findings';
import { activationSigns, activationWatch } from '../../src/mother/rules/activation';
import { colostrumDay1 } from '../../src/mother/rules/colostrum';
import { wetDiapersLow } from '../../src/mother/rules/diapers';
import { feedFrequency } from '../../src/mother/rules/feeds';
import { firstHour } from '../../src/mother/rules/first-hour';
import { handExpressionOnly } from '../../src/mother/rules/hand-expression';
import { pumpFrequency, pumpSingle } from '../../src/mother/rules/pump';
import { stoolsLowDay4, stoolsMeconiumDay5 } from '../../src/mother/rules/stools';
import { checkin, codes, diaper, expression, feed, h, input, milkIn, minutes, profileOf, pump, spread, wet, yellow } from './support';

const breast = profileOf('breast');
const pumping = profileOf('pump');
const both = profileOf('both');

describe('first-hour', () => {
  it.each([
    ['feed at 59 min', [{ type: 'feed', at: minutes(59) }], 'first-hour.done'],
    ['feed at exactly 60 min', [{ type: 'feed', at: minutes(60) }], 'first-hour.done'],
    ['feed at 61 min', [{ type: 'feed', at: minutes(61) }], 'first-hour.missed'],
    ['pump at 30 min', [{ type: 'pump', at: minutes(30), ml: 1 }], 'first-hour.done'],
    ['expression at 45 min, a feed at 3 h', [feed(3), { type: 'expression', at: minutes(45), ml: 1 }], 'first-hour.done'],
  ] as const)('%s -> %s', (_name, events, expected) => {
    expect(codes(firstHour(input(breast, 5, [...events])))).toEqual([expected]);
  });

  it('her onboarding answer decides when she logged no early session', () => {
    expect(codes(firstHour(input(profileOf('pump', { firstHour: 'yes' }), 5)))).toEqual(['first-hour.done']);
    expect(codes(firstHour(input(profileOf('pump', { firstHour: 'no' }), 5)))).toEqual(['first-hour.missed']);
    // A feed logged at 5 h is not necessarily her first: her answer "yes" stands.
    expect(codes(firstHour(input(profileOf('breast', { firstHour: 'yes' }), 6, [feed(5)])))).toEqual(['first-hour.done']);
  });

  it('a logged session within the hour decides even against her answer', () => {
    expect(codes(firstHour(input(profileOf('breast', { firstHour: 'no' }), 2, [{ type: 'feed', at: minutes(40) }])))).toEqual(['first-hour.done']);
  });

  it('cannot be judged with nothing logged and no answer', () => {
    expect(firstHour(input(breast, 5))).toBeNull();
  });
});

describe('feeds.frequency-*', () => {
  it.each([
    ['breast', 7, 'feeds.frequency-low'],
    ['breast', 8, 'feeds.frequency-ok'],
  ] as const)('mode %s with %i feeds in 24 h -> %s', (mode, feeds, expected) => {
    expect(codes(feedFrequency(input(profileOf(mode), 48, [], [checkin(48, { feeds })])))).toEqual([expected]);
  });

  it('does not apply to a mother who only pumps', () => {
    expect(feedFrequency(input(pumping, 48, [], [checkin(48, { feeds: 2 })]))).toBeNull();
  });

  it('starts at hour 24', () => {
    expect(feedFrequency(input(breast, 23.9, [], [checkin(23.9, { feeds: 2 })]))).toBeNull();
    expect(codes(feedFrequency(input(breast, 24, [], [checkin(24, { feeds: 2 })])))).toEqual(['feeds.frequency-low']);
  });

  it('takes the larger of her answer and the logged feeds, never the sum', () => {
    const fourLogged = spread(4, 48, feed);
    const low = feedFrequency(input(breast, 48, fourLogged, [checkin(48, { feeds: 5 })]));
    expect(low).toEqual([expect.objectContaining({ code: 'feeds.frequency-low', data: { count: 5 } })]);
    const eightLogged = spread(8, 48, feed);
    expect(feedFrequency(input(breast, 48, eightLogged, [checkin(48, { feeds: 3 })]))).toEqual([
      expect.objectContaining({ code: 'feeds.frequency-ok', data: { count: 8 } }),
    ]);
  });

  it('counts only feeds in the 24 h before the answer', () => {
    const events = [...spread(7, 48, feed), feed(23.5)];
    expect(codes(feedFrequency(input(breast, 48, events, [checkin(48, { feeds: 1 })])))).toEqual(['feeds.frequency-low']);
    expect(codes(feedFrequency(input(breast, 48, [...events, feed(24.5)], [checkin(48, { feeds: 0 })])))).toEqual(['feeds.frequency-ok']);
  });

  it('is not judged when she skipped the question', () => {
    expect(feedFrequency(input(breast, 48, [], [checkin(48, { wetDiapers: 3 })]))).toBeNull();
  });
});

describe('pump.frequency-low', () => {
  it.each([
    ['pump', 7, ['pump.frequency-low']],
    ['pump', 8, []],
    ['both', 2, null],
    ['breast', 2, null],
  ] as const)('mode %s with %i logged sessions -> %j', (mode, n, expected) => {
    const events = spread(n, 48, (hours) => pump(hours, 5));
    expect(codes(pumpFrequency(input(profileOf(mode), 48, events, [checkin(48, { pumpMl: [] })])))).toEqual(expected);
  });

  it('counts the sessions of pumpMl when they were not stored as events, without adding them to the logged ones', () => {
    expect(pumpFrequency(input(pumping, 48, [], [checkin(48, { pumpMl: [5, 5, 5, 5, 5, 5, 5, 5] })]))).toEqual([]);
    const fourLogged = spread(4, 48, (hours) => pump(hours, 5));
    expect(codes(pumpFrequency(input(pumping, 48, fourLogged, [checkin(48, { pumpMl: [5, 5, 5, 5] })])))).toEqual(['pump.frequency-low']);
  });

  it('is not judged before hour 24 or when the pump question was skipped', () => {
    expect(pumpFrequency(input(pumping, 23, [], [checkin(23, { pumpMl: [] })]))).toBeNull();
    expect(pumpFrequency(input(pumping, 48, [], [checkin(48, { feeds: 1 })]))).toBeNull();
  });
});

describe('pump.single', () => {
  it('holds while her latest pump session was single', () => {
    expect(codes(pumpSingle(input(pumping, 5, [pump(4, 3, false)])))).toEqual(['pump.single']);
    expect(codes(pumpSingle(input(pumping, 6, [pump(4, 3, false), pump(5, 3, true)])))).toEqual([]);
    expect(codes(pumpSingle(input(pumping, 6, [{ type: 'pump', at: h(5), ml: 3 }])))).toEqual([]);
  });
});

describe('colostrum.day1-*', () => {
  const sessionsOf = (total: number) => [pump(2, total - 4), expression(10, 4)];
  it.each([
    [9, ['colostrum.day1-low']],
    [10, ['colostrum.day1-in-range']],
    [50, ['colostrum.day1-in-range']],
    [51, []],
  ])('pumped + expressed total %i ml in [0, 24) h', (total, expected) => {
    expect(codes(colostrumDay1(input(pumping, 25, sessionsOf(total))))).toEqual(expected);
  });

  it('is judged from hour 24 on, and counts only hours [0, 24)', () => {
    expect(colostrumDay1(input(pumping, 23.9, sessionsOf(20)))).toBeNull();
    const events = [pump(23.5, 5), pump(24, 30)];
    expect(colostrumDay1(input(pumping, 24, events))).toEqual([expect.objectContaining({ code: 'colostrum.day1-low', data: { ml: 5 } })]);
  });

  it('applies to any mode that pumped or expressed on day 1, and not to one who only breastfed', () => {
    expect(codes(colostrumDay1(input(breast, 25, [expression(3, 12)])))).toEqual(['colostrum.day1-in-range']);
    expect(codes(colostrumDay1(input(both, 25, [pump(3, 2)])))).toEqual(['colostrum.day1-low']);
    expect(colostrumDay1(input(breast, 25, [feed(1), feed(4)]))).toEqual([]);
  });
});

describe('activation.pump-3x20', () => {
  it.each([
    [[20, 20, 19], false],
    [[20, 20, 20], true],
    [[20, 20], false],
    [[20, 20, 10, 20], false],
    [[25, 10, 20, 20, 20], true],
    [[19, 30, 40], false],
  ])('sessions %j -> %p', (volumes, holds) => {
    const events = volumes.map((ml, i) => pump(30 + i * 3, ml));
    expect(codes(activationSigns(input(pumping, 60, events)))).toEqual(holds ? ['activation.pump-3x20'] : []);
  });

  it('orders sessions by time, not by logging order', () => {
    const events = [pump(36, 25), pump(30, 25), pump(33, 10), pump(39, 25)];
    expect(codes(activationSigns(input(pumping, 60, events)))).toEqual([]);
  });
});

describe('activation.stools-ok', () => {
  it.each([
    ['3 yellow within 24 h after 72 h', 96, [72.5, 80, 90], true],
    ['only 2 after 72 h', 96, [70, 75, 80], false],
    ['3 yellow spread over more than 24 h', 100, [73, 90, 98], false],
    ['before hour 72', 71.9, [60, 65, 70], false],
  ])('%s', (_name, now, stools, holds) => {
    expect(codes(activationSigns(input(breast, now, stools.map(yellow))))).toEqual(holds ? ['activation.stools-ok'] : []);
  });

  it('counts a check-in answer whose whole 24 h is after hour 72', () => {
    expect(codes(activationSigns(input(breast, 96, [], [checkin(96, { yellowStools: 3 })])))).toEqual(['activation.stools-ok']);
    expect(codes(activationSigns(input(breast, 95, [], [checkin(95, { yellowStools: 3 })])))).toEqual([]);
  });
});

describe('activation.self-reported', () => {
  it('holds once she says her milk has come in', () => {
    expect(codes(activationSigns(input(breast, 50, [milkIn(49)])))).toEqual(['activation.self-reported']);
    expect(codes(activationSigns(input(breast, 48, [milkIn(49)])))).toEqual([]);
  });
});

describe('activation.watch-72h and activation.delayed-120h', () => {
  it.each([
    [71.9, []],
    [72, ['activation.watch-72h']],
    [119.9, ['activation.watch-72h']],
    [120, ['activation.delayed-120h']],
  ])('at hour %p -> %j', (hours, expected) => {
    expect(codes(activationWatch(input(breast, hours)))).toEqual(expected);
  });

  it('stays silent once an activation finding exists', () => {
    const activated: Finding = { code: 'activation.self-reported', severity: 'info', at: h(60) };
    expect(activationWatch({ ...input(breast, 130), findings: [activated] })).toEqual([]);
  });
});

describe('stools.low-day4', () => {
  it.each([
    ['breast', 95.9, 0, null],
    ['breast', 96, 2, ['stools.low-day4']],
    ['breast', 96, 3, []],
    ['both', 100, 2, ['stools.low-day4']],
    ['pump', 100, 0, null],
  ] as const)('mode %s at hour %p with %i yellow stools answered -> %j', (mode, hours, yellowStools, expected) => {
    expect(codes(stoolsLowDay4(input(profileOf(mode), hours, [], [checkin(hours, { yellowStools })])))).toEqual(expected);
  });

  it('counts logged yellow stools in the window, not those before it', () => {
    const answer = [checkin(100, { yellowStools: 1 })];
    expect(codes(stoolsLowDay4(input(breast, 100, [yellow(80), yellow(90), yellow(99)], answer)))).toEqual([]);
    expect(codes(stoolsLowDay4(input(breast, 100, [yellow(75), yellow(76), yellow(99)], answer)))).toEqual(['stools.low-day4']);
  });

  it('does not hold when activation.stools-ok fired within the window', () => {
    const answer = [checkin(100, { yellowStools: 1 })];
    const within: Finding = { code: 'activation.stools-ok', severity: 'info', at: h(90) };
    const before: Finding = { code: 'activation.stools-ok', severity: 'info', at: h(75) };
    expect(stoolsLowDay4({ ...input(breast, 100, [], answer), findings: [within] })).toEqual([]);
    expect(codes(stoolsLowDay4({ ...input(breast, 100, [], answer), findings: [before] }))).toEqual(['stools.low-day4']);
  });
});

describe('stools.meconium-day5', () => {
  it.each([
    [95.9, [diaper(90, 'meconium')], null],
    [96, [diaper(90, 'meconium')], ['stools.meconium-day5']],
    [96, [diaper(80, 'meconium'), diaper(90, 'transitional')], []],
    [96, [diaper(80, 'yellow'), diaper(90, 'meconium'), wet(95)], ['stools.meconium-day5']],
  ])('%#: at hour %p', (hours, events, expected) => {
    expect(codes(stoolsMeconiumDay5(input(pumping, hours, events)))).toEqual(expected);
    expect(codes(stoolsMeconiumDay5(input(breast, hours, events)))).toEqual(expected);
  });
});

describe('diapers.wet-low', () => {
  it.each([
    [2, 2, 'advice'],
    [3, 3, 'advice'],
    [4, 4, 'contact'],
    [5, 6, 'contact'],
    [6, 6, 'contact'],
  ])('day %i expects %i wet diapers (%s below that)', (day, expected, severity) => {
    const hours = 24 * (day - 1) + 12;
    const below = wetDiapersLow(input(pumping, hours, [], [checkin(hours, { wetDiapers: expected - 1 })]));
    expect(below).toEqual([expect.objectContaining({ code: 'diapers.wet-low', severity, data: { count: expected - 1, expected, day } })]);
    expect(wetDiapersLow(input(breast, hours, [], [checkin(hours, { wetDiapers: expected })]))).toEqual([]);
  });

  it('moves to day 5 thresholds at hour 96, not at a calendar midnight', () => {
    expect(wetDiapersLow(input(breast, 95.9, [], [checkin(95.9, { wetDiapers: 5 })]))).toEqual([]);
    expect(codes(wetDiapersLow(input(breast, 96, [], [checkin(96, { wetDiapers: 5 })])))).toEqual(['diapers.wet-low']);
  });

  it('takes the larger of answer and logged wet diapers', () => {
    const fourLogged = spread(4, 80, wet);
    expect(wetDiapersLow(input(breast, 80, fourLogged, [checkin(80, { wetDiapers: 2 })]))).toEqual([]);
    expect(codes(wetDiapersLow(input(breast, 80, spread(2, 80, wet), [checkin(80, { wetDiapers: 2 })])))).toEqual(['diapers.wet-low']);
  });
});

describe('hand-expression.only', () => {
  it.each([
    ['pump', 10, [expression(9, 2)], ['hand-expression.only']],
    ['both', 71.9, [expression(70, 2)], ['hand-expression.only']],
    ['pump', 72, [expression(71, 2)], []],
    ['pump', 10, [pump(5, 2), expression(9, 2)], []],
    ['pump', 40, [pump(5, 2), expression(39, 2)], ['hand-expression.only']],
    ['breast', 10, [expression(9, 2)], []],
  ] as const)('%#: mode %s at hour %p', (mode, hours, events, expected) => {
    expect(codes(handExpressionOnly(input(profileOf(mode), hours, [...events])))).toEqual(expected);
  });
});

describe('feeds in mode both: breastfeeds and pump sessions are milk removals together', () => {
  it.each([
    [10, [5, 5], 'feeds.frequency-ok', 12],
    [6, [5, 5], 'feeds.frequency-ok', 8],
    [5, [5, 5], 'feeds.frequency-low', 7],
    [0, [5, 5, 5, 5, 5, 5, 5, 5], 'feeds.frequency-ok', 8],
    [0, [], 'feeds.frequency-low', 0],
  ] as const)('%i breastfeeds and %j pumped -> %s (%i removals)', (feeds, pumpMl, expected, count) => {
    const result = feedFrequency(input(both, 48, [], [checkin(48, { feeds, pumpMl: [...pumpMl] })]));
    expect(result).toEqual([expect.objectContaining({ code: expected, data: { count, feeds, pumps: pumpMl.length } })]);
  });

  it('counts logged pump sessions when the pump question was skipped, and never the sum of answer and log', () => {
    const threeLogged = spread(3, 48, (hours) => pump(hours, 5));
    expect(feedFrequency(input(both, 48, threeLogged, [checkin(48, { feeds: 5 })]))).toEqual([
      expect.objectContaining({ code: 'feeds.frequency-ok', data: { count: 8, feeds: 5, pumps: 3 } }),
    ]);
    expect(feedFrequency(input(both, 48, threeLogged, [checkin(48, { feeds: 4, pumpMl: [5, 5, 5] })]))).toEqual([
      expect.objectContaining({ code: 'feeds.frequency-low', data: { count: 7, feeds: 4, pumps: 3 } }),
    ]);
  });

  it('a mother who breastfeeds ten times and pumps twice is never told to aim for 8 pump sessions', () => {
    const answer = [checkin(48, { feeds: 10, pumpMl: [10, 10] })];
    expect(pumpFrequency(input(both, 48, [], answer))).toBeNull();
    expect(codes(feedFrequency(input(both, 48, [], answer)))).toEqual(['feeds.frequency-ok']);
  });

  it('0 breastfeeds in mode both is not feeds.none: her milk removals are the pump sessions', () => {
    expect(codes(feedFrequency(input(both, 48, [], [checkin(48, { feeds: 0, pumpMl: [] })])))).toEqual(['feeds.frequency-low']);
  });
});

describe('feeds.none', () => {
  it.each([
    [23.9, 0, [], null],
    [24, 0, [], ['feeds.none']],
    [30, 0, [], ['feeds.none']],
    [30, 1, [], ['feeds.frequency-low']],
    [30, 0, [feed(5)], ['feeds.none']],
    [30, 0, [feed(20)], ['feeds.frequency-low']],
  ] as const)('mode breast at hour %p, answered %i, logged %j -> %j', (hours, feeds, events, expected) => {
    expect(codes(feedFrequency(input(breast, hours, [...events], [checkin(hours, { feeds })])))).toEqual(expected);
  });

  it('is urgent', () => {
    expect(feedFrequency(input(breast, 50, [], [checkin(50, { feeds: 0 })]))).toEqual([expect.objectContaining({ code: 'feeds.none', severity: 'urgent' })]);
  });
});

describe('diapers.none-after-day3 and the first day', () => {
  it.each([
    [6, 0, null],
    [23.9, 0, null],
    [24, 0, ['diapers.wet-low']],
    [71.9, 0, ['diapers.wet-low']],
    [72, 0, ['diapers.none-after-day3']],
    [72, 1, ['diapers.wet-low']],
    [120, 0, ['diapers.none-after-day3']],
  ] as const)('at hour %p with %i wet diapers answered -> %j', (hours, wetDiapers, expected) => {
    for (const profile of [breast, pumping, both]) {
      expect(codes(wetDiapersLow(input(profile, hours, [], [checkin(hours, { wetDiapers })])))).toEqual(expected);
    }
  });

  it('is urgent, and a wet diaper she logged in the window counts', () => {
    expect(wetDiapersLow(input(breast, 80, [], [checkin(80, { wetDiapers: 0 })]))).toEqual([expect.objectContaining({ code: 'diapers.none-after-day3', severity: 'urgent' })]);
    expect(codes(wetDiapersLow(input(breast, 80, [wet(70)], [checkin(80, { wetDiapers: 0 })])))).toEqual(['diapers.wet-low']);
    expect(codes(wetDiapersLow(input(breast, 80, [wet(50)], [checkin(80, { wetDiapers: 0 })])))).toEqual(['diapers.none-after-day3']);
  });
});

describe('a stool diaper whose wetness she did not say (typed "gul bæsj")', () => {
  const stoolOnly = (hours: number): DiaperEvent => ({ type: 'diaper', at: h(hours), stool: 'yellow' });

  it('is no wet diaper: after day 3, none answered and only stools logged is still the urgent sign', () => {
    expect(codes(wetDiapersLow(input(breast, 80, spread(4, 80, stoolOnly), [checkin(80, { wetDiapers: 0 })])))).toEqual(['diapers.none-after-day3']);
  });

  it('is not a dry diaper either: it never lowers the wet diapers she answered', () => {
    expect(wetDiapersLow(input(breast, 80, spread(4, 80, stoolOnly), [checkin(80, { wetDiapers: 4 })]))).toEqual([]);
  });

  it('still counts as the yellow stool it is', () => {
    expect(codes(activationSigns(input(breast, 96, [stoolOnly(80), stoolOnly(85), stoolOnly(90)])))).toEqual(['activation.stools-ok']);
  });
});

describe('stools.meconium-day5 never contradicts the yellow stools she just counted', () => {
  it.each([
    ['yellow stools counted after the black one', [diaper(90, 'meconium')], [checkin(100, { yellowStools: 2 })], []],
    ['0 yellow stools counted', [diaper(90, 'meconium')], [checkin(100, { yellowStools: 0 })], ['stools.meconium-day5']],
    ['a black stool logged after the yellow count', [diaper(99.5, 'meconium')], [checkin(99, { yellowStools: 2 }), checkin(100, {})], ['stools.meconium-day5']],
    ['only a yellow count, nothing logged', [], [checkin(100, { yellowStools: 1 })], []],
    ['nothing at all to hold', [], [checkin(100, {})], null],
  ] as const)('%s', (_name, events, checkins, expected) => {
    expect(codes(stoolsMeconiumDay5(input(breast, 100, [...events], [...checkins])))).toEqual(expected);
  });
});
