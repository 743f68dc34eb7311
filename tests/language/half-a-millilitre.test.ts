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
