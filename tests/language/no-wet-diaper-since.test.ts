import type { Locale } from '../../src/mother/profile';
import { readAt } from './support/log-of';

/**
 * «ikke våt bleie siden i morges» and «ho har ikkje tissa sidan i går» were each stored as one dry diaper
 * at the time she wrote them: they say there was no wet diaper, as «ingen våte bleier siden i går» does.
 */
describe('no wet diaper since a time, or not peed, is a count of none, not a dry diaper', () => {
  it.each<[string, Locale]>([
    ['ikke våt bleie siden i morges', 'nb'],
    ['hun har ikke tisset', 'nb'],
    ['hun har ikke tisset i dag', 'nb'],
    ['ho har ikkje tissa sidan i går', 'nn'],
    ['she has not peed since yesterday', 'en'],
  ])('"%s" (%s)', (text, locale) => {
    const intent = readAt(text, locale);
    expect(intent).toMatchObject({ kind: 'log', events: [], counts: [{ type: 'diaper', count: 0, none: 'wet' }] });
  });

  it('still stores one diaper that was not wet, and a wet one', () => {
    expect(readAt('bleia var ikke våt', 'nb')).toMatchObject({ kind: 'log', events: [{ type: 'diaper', wet: false }] });
    expect(readAt('her nappy was dry', 'en')).toMatchObject({ kind: 'log', events: [{ type: 'diaper', wet: false }] });
    expect(readAt('hun har tisset', 'nb')).toMatchObject({ kind: 'log', events: [{ type: 'diaper', wet: true }] });
  });
});
