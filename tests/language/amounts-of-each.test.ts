import { logOf } from './support/log-of';

/**
 * A helper found «pumpa to ganger i dag, 15 og 20 ml» stored as two pumpings of 35 ml (70 ml in all), and
 * «pumpa 15 på venstre og 20 på høyre» as 15 ml: as many amounts as times are one each, and an amount from
 * each breast with no unit said is millilitres, as after «pumpet».
 */
describe('as many amounts as times are one each', () => {
  it.each([
    ['pumpa to ganger i dag, 15 og 20 ml', 'nb'],
    ['pumpa to gonger i natt 15 og 20 ml', 'nn'],
    ['pumped twice today 15 and 20ml', 'en'],
  ] as const)('«%s» (%s) is 15 ml, then 20 ml', (text, locale) => {
    expect(logOf(text, locale).events.map((event) => (event.type === 'pump' ? event.ml : undefined))).toEqual([15, 20]);
  });

  it('keeps one amount said of every time, and both breasts of one session, as they were', () => {
    expect(logOf('pumpet 2 ganger 20 ml').events.map((event) => (event.type === 'pump' ? event.ml : undefined))).toEqual([20, 20]);
    expect(logOf('pumpet 2 ganger 10 ml fra hvert bryst').events).toMatchObject([{ ml: 20, leftMl: 10, rightMl: 10 }, { ml: 20 }]);
    expect(logOf('pumpet 12 og 10 ml').events).toMatchObject([{ type: 'pump', ml: 22 }]);
  });
});

describe('an amount from each breast, no unit said', () => {
  it.each([
    ['pumpa 15 på venstre og 20 på høyre', 'nb'],
    ['pumpa 15 på venstre og 20 på høgre', 'nn'],
    ['pumped 15 left and 20 right', 'en'],
  ] as const)('«%s» (%s) is one session of 35 ml, 15 left and 20 right', (text, locale) => {
    expect(logOf(text, locale).events).toMatchObject([{ type: 'pump', ml: 35, leftMl: 15, rightMl: 20 }]);
  });

  it('not beside a feed, where such numbers are no millilitres', () => {
    expect(logOf('ammet 15 på venstre og 10 på høyre').events.every((event) => event.type === 'feed')).toBe(true);
  });
});
