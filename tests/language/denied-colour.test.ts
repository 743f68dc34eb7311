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
