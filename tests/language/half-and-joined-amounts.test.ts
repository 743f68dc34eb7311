import { logOf } from './support/log-of';

describe('half a millilitre (found in a walk: «pumpet en halv ml» was stored as 1 ml)', () => {
  it.each<[string, 'nb' | 'nn' | 'en', number]>([
    ['pumpet en halv ml', 'nb', 0.5],
    ['pumpa ein halv ml', 'nn', 0.5],
    ['pumped half a ml', 'en', 0.5],
    ['pumpet 1 og en halv ml', 'nb', 1.5],
    ['pumped 2 and a half ml', 'en', 2.5],
    ['pumpet halv dl', 'nb', 50],
  ])('"%s" is %d ml', (text, locale, ml) => {
    const log = logOf(text, locale);
    expect(log.events).toMatchObject([{ type: 'pump', ml }]);
    expect(log.concerns).toEqual([]);
  });

  it('«ammet en halv time» stays a feed of 30 minutes', () => {
    expect(logOf('ammet en halv time', 'nb').events).toMatchObject([{ type: 'feed', minutes: 30 }]);
  });
});

describe('two amounts joined without a unit (found in a walk: «pumpa 10 og 15» stored 10 ml and lost the 15)', () => {
  it.each<[string, 'nb' | 'nn' | 'en']>([
    ['pumpa 10 og 15', 'nn'],
    ['pumpet 10 og 15 kl 3', 'nb'],
    ['pumped 10 and 15 at 2', 'en'],
  ])('"%s" is one session of 25 ml, both breasts, the unit noted as assumed', (text, locale) => {
    const log = logOf(text, locale);
    expect(log.events).toMatchObject([{ type: 'pump', ml: 25 }]);
    expect(log.concerns).toMatchObject([{ code: 'volume-unit-assumed', ml: 25 }]);
  });

  it('«pumpet 20 og ammet» stays a pumping of 20 ml and a feed', () => {
    expect(logOf('pumpet 20 og ammet', 'nb').events).toMatchObject([{ type: 'pump', ml: 20 }, { type: 'feed' }]);
  });
});

describe('an amount from each side, the second without its unit (found in a walk: «pumpa 4 ml frå venstre og 6 frå høgre» stored 4 ml and lost the 6)', () => {
  it.each<[string, 'nb' | 'nn' | 'en']>([
    ['pumpa 4 ml frå venstre og 6 frå høgre', 'nn'],
    ['pumpet 4 ml venstre og 6 høyre', 'nb'],
    ['pumpet 4 ml venstre side og 6 høyre side', 'nb'],
    ['pumped 4 ml from the left and 6 from the right', 'en'],
  ])('"%s" is one session of 10 ml, 4 left and 6 right', (text, locale) => {
    expect(logOf(text, locale).events).toEqual([expect.objectContaining({ type: 'pump', ml: 10, leftMl: 4, rightMl: 6 })]);
  });

  it('with both units, as before: «pumpet 4 ml fra venstre og 6 ml fra høyre»', () => {
    expect(logOf('pumpet 4 ml fra venstre og 6 ml fra høyre', 'nb').events).toEqual([expect.objectContaining({ ml: 10, leftMl: 4, rightMl: 6 })]);
  });
});
