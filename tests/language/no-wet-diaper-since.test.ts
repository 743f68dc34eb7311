import { understand } from '../../src/language/intents';
import type { Locale } from '../../src/mother/profile';

const ctx = (locale: Locale) => ({ now: '2026-11-24T13:00:00Z', timezone: 'Europe/Oslo', locale });

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
    const intent = understand(text, ctx(locale));
    expect(intent).toMatchObject({ kind: 'log', events: [], counts: [{ type: 'diaper', count: 0, none: 'wet' }] });
  });

  it('still stores one diaper that was not wet, and a wet one', () => {
    expect(understand('bleia var ikke våt', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'diaper', wet: false }] });
    expect(understand('her nappy was dry', ctx('en'))).toMatchObject({ kind: 'log', events: [{ type: 'diaper', wet: false }] });
    expect(understand('hun har tisset', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'diaper', wet: true }] });
  });
});
