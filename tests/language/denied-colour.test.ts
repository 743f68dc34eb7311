import { logOf } from './support/log-of';

describe('a stool colour she denies is never stored as that colour (found in a walk)', () => {
  it.each<[string, 'nb' | 'nn' | 'en', number]>([
    ['2 bæsj men ikkje gule', 'nn', 2],
    ['bæsj, ikke gul', 'nb', 1],
    ['2 bæsjebleier men ikke gule', 'nb', 2],
    ['a poo but not yellow', 'en', 1],
  ])('"%s": nothing stored yet, the colour asked for', (text, locale, diapers) => {
    const log = logOf(text, locale);
    expect(log.events).toEqual([]);
    expect(log.pending).toHaveLength(diapers);
    expect(log.pending.every((pending) => pending.type === 'diaper' && pending.missing.includes('stool'))).toBe(true);
  });

  it.each<[string, 'nb' | 'en', string]>([
    ['ikke gul, mer grønnbrun bæsj', 'nb', 'transitional'],
    ['no yellow, just green poo', 'en', 'transitional'],
    ['bleie med gul bæsj', 'nb', 'yellow'],
  ])('"%s": the colour she names is kept', (text, locale, stool) => {
    expect(logOf(text, locale).events).toMatchObject([{ type: 'diaper', stool }]);
  });
});

describe('a stool colour said last, after a comma (found in a walk: «hun har bæsjet 3 ganger i natt, svart» was asked its colour)', () => {
  it.each<[string, 'nb' | 'nn' | 'en', string, number]>([
    ['hun har bæsjet 3 ganger i natt, svart', 'nb', 'meconium', 3],
    ['ho har bæsja i natt, grøn', 'nn', 'transitional', 1],
    ['she pooped twice last night, yellow', 'en', 'yellow', 2],
  ])('"%s" is the colour of those stools', (text, locale, stool, diapers) => {
    const log = logOf(text, locale);
    expect(log.pending).toEqual([]);
    expect(log.events).toHaveLength(diapers);
    expect(log.events.every((event) => event.type === 'diaper' && event.stool === stool)).toBe(true);
  });

  it('«ammet kl 3, svart» is a feed, and no diaper', () => {
    expect(logOf('ammet kl 3, svart', 'nb').events).toMatchObject([{ type: 'feed' }]);
  });
});
