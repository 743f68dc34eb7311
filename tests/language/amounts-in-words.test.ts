import { understand } from '../../src/language';
import { NOW, ctx, logOf } from './support/log-of';

describe('an amount from each breast is twice that amount in all (RULES.md: pump ml is both breasts combined)', () => {
  it.each<[string, 'nb' | 'nn' | 'en', number]>([
    ['pumpa 18 ml fra hvert av brystene', 'nb', 18],
    ['pumpet 7 ml per side', 'nb', 7],
    ['pumpa 11 ml i kvart bryst', 'nn', 11],
    ['pumped 9 ml from each of the breasts', 'en', 9],
  ])('"%s"', (text, locale, each) => {
    expect(logOf(text, locale).events).toEqual([{ type: 'pump', at: NOW, ml: 2 * each, leftMl: each, rightMl: each }]);
  });

  it('a bare number after the pump word counts per breast too', () => {
    expect(logOf('pumpet 12 fra hvert bryst').events).toMatchObject([{ type: 'pump', ml: 24, leftMl: 12, rightMl: 12 }]);
  });

  it('an amount from both breasts stays the amount she gave', () => {
    expect(logOf('pumpet 26 ml fra begge bryst').events).toEqual([{ type: 'pump', at: NOW, ml: 26 }]);
  });
});

describe('minutes on each breast are a feed on both, twice as long', () => {
  it.each<[string, 'nb' | 'nn' | 'en']>([
    ['ammet 10 min på hver side', 'nb'],
    ['ammet begge sider 10 min hver', 'nb'],
    ['amma 10 min på kvart bryst', 'nn'],
    ['fed 10 min each side', 'en'],
  ])('"%s"', (text, locale) => {
    expect(logOf(text, locale).events).toEqual([{ type: 'feed', at: NOW, side: 'both', minutes: 20 }]);
  });

  it.each<[string, 'nb' | 'nn' | 'en', 'left' | 'right']>([
    ['venstre 10 min', 'nb', 'left'],
    ['hø side 10 min', 'nb', 'right'],
    ['høgre 10 min', 'nn', 'right'],
    ['left side 10 mins', 'en', 'left'],
  ])('a side and its minutes with no verb, "%s", are a feed', (text, locale, side) => {
    expect(logOf(text, locale).events).toEqual([{ type: 'feed', at: NOW, side, minutes: 10 }]);
  });

  it.each<[string, 'nb' | 'nn' | 'en']>([
    ['ammingen går ikke', 'nb'],
    ['amminga går ikkje så bra', 'nn'],
    ['breastfeeding is so hard', 'en'],
  ])('how breastfeeding goes, "%s", is no feed logged', (text, locale) => {
    expect(understand(text, ctx(locale)).kind).not.toBe('log');
  });

  it('with a time it is still the feed she logs', () => {
    expect(logOf('ammingen gikk fint kl 13').events).toEqual([{ type: 'feed', at: '2026-11-26T12:00:00Z' }]);
  });

  it('a question about a side and minutes stays a question', () => {
    expect(understand('er det normalt at venstre side tar 40 min?', ctx('nb')).kind).toBe('question');
  });

  it('«hver» alone after one side is not read as both', () => {
    expect(logOf('ammet venstre 10 min hver').events).toEqual([{ type: 'feed', at: NOW, side: 'left', minutes: 10 }]);
  });

  it.each<[string, 'nb' | 'nn']>([['ammet hø 15 min', 'nb'], ['amma høgre 15 min', 'nn']])('the right side written short or in nynorsk, "%s", is kept', (text, locale) => {
    expect(logOf(text, locale).events).toEqual([{ type: 'feed', at: NOW, side: 'right', minutes: 15 }]);
  });
});

describe('spoons, drops and syringes are asked for in ml, never read as ml', () => {
  it.each<[string, 'nb' | 'nn' | 'en', 'pump' | 'expression']>([
    ['pumpet 3 spiseskjeer', 'nb', 'pump'],
    ['håndmelket et par dråper', 'nb', 'expression'],
    ['handmjølka ei teskei', 'nn', 'expression'],
    ['pumped half a syringe', 'en', 'pump'],
  ])('"%s" asks for the amount', (text, locale, type) => {
    const log = logOf(text, locale);
    expect(log.events).toEqual([]);
    expect(log.pending).toEqual([expect.objectContaining({ type, missing: ['ml'] })]);
  });
});

describe('by hand is hand expression, even without the verb', () => {
  it.each<[string, 'nb' | 'nn' | 'en', number]>([
    ['tok ut 4 ml for hånd', 'nb', 4],
    ['klemte ut 0,5 ml med hendane', 'nn', 0.5],
    ['got 2 ml with my hands', 'en', 2],
  ])('"%s"', (text, locale, ml) => {
    expect(logOf(text, locale).events).toEqual([{ type: 'expression', at: NOW, ml }]);
  });

  it('a pumping with one amount stays a pumping ("pumpet 20 ml for hånd" may be a hand pump)', () => {
    expect(logOf('pumpet 20 ml for hånd').events).toEqual([{ type: 'pump', at: NOW, ml: 20 }]);
  });

  it('"fikk ut litt med hendene" asks how much she got by hand', () => {
    expect(logOf('fikk ut litt med hendene').pending).toEqual([{ type: 'expression', at: NOW, missing: ['ml'] }]);
  });
});

describe('the last amount of a list without its unit is one more session, never dropped (found in a walk)', () => {
  it.each<[string, 'nb' | 'nn' | 'en']>([
    ['10ml, 15 ml og 12', 'nb'],
    ['pumpa 10 ml, 15 ml og 12', 'nn'],
    ['10ml, 15 ml and 12', 'en'],
  ])('"%s" is three sessions, the unit of the last one said to be assumed', (text, locale) => {
    const log = logOf(text, locale);
    expect(log.events.map((event) => (event.type === 'pump' ? event.ml : event.type))).toEqual([10, 15, 12]);
    expect(log.concerns).toEqual([{ code: 'volume-unit-assumed', ml: 12 }]);
  });

  it('a number followed by another word is not taken as an amount', () => {
    expect(logOf('pumpet 20 ml og 2 ganger').events.map((event) => (event.type === 'pump' ? event.ml : 0))).toEqual([20, 20]);
  });
});
