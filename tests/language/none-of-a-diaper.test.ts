import { NOW, logOf } from './support/log-of';

describe('that there were no wet diapers is a count of none, not a diaper (found in a walk)', () => {
  it.each<[string, 'nb' | 'nn' | 'en']>([
    ['he hasnt had a wet nappy since yesterday morning', 'en'],
    ["she didn't have any wet diapers", 'en'],
    ['ingen våte bleier siden i går', 'nb'],
    ['har ikke hatt noen våte bleier i dag', 'nb'],
    ['ho har ikkje hatt våt bleie', 'nn'],
  ])('"%s"', (text, locale) => {
    const log = logOf(text, locale);
    expect(log.events).toEqual([]);
    expect(log.counts).toMatchObject([{ type: 'diaper', count: 0, none: 'wet' }]);
  });

  it.each<[string, 'nb' | 'en']>([
    ["nappy wasn't wet", 'en'],
    ['nappy wasnt wet', 'en'],
    ['bleia var ikke våt', 'nb'],
  ])('"%s" is one dry diaper', (text, locale) => {
    expect(logOf(text, locale).events).toEqual([{ type: 'diaper', at: NOW, wet: false, stool: 'none' }]);
  });
});
