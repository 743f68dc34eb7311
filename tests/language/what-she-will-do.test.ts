import { understand } from '../../src/language/intents';
import type { Locale } from '../../src/mother/profile';

const ctx = (locale: Locale) => ({ now: '2026-11-24T13:00:00Z', timezone: 'Europe/Oslo', locale });

/**
 * «jeg skal pumpe snart» asked how much she got, «I'm going to feed her» and «hun vil amme hele tiden»
 * stored a feed at the time she wrote it: what she will, wants, has to or refuses to do, and how often
 * she feeds, are no log of one feed.
 */
describe('a feed or a pumping to come, wanted or habitual is no log', () => {
  it.each<[string, Locale]>([
    ['jeg skal pumpe snart', 'nb'],
    ['jeg skal amme henne nå', 'nb'],
    ['hun vil amme hele tiden', 'nb'],
    ['vi ammer hver 2. time', 'nb'],
    ['eg skal pumpe snart', 'nn'],
    ['ho vil amme heile tida', 'nn'],
    ['i will feed her soon', 'en'],
    ["I'm going to feed her", 'en'],
    ['she wants to feed all the time', 'en'],
    ['she refused to feed', 'en'],
    ['we feed every 2 hours', 'en'],
  ])('"%s" (%s)', (text, locale) => {
    expect(understand(text, ctx(locale)).kind).not.toBe('log');
  });

  it('still logs what she did, also with such a word before another verb', () => {
    expect(understand('jeg må si jeg ammet kl 3', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
    expect(understand('ammet 10 min hver side', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'feed', minutes: 20 }] });
    expect(understand('nå ammet jeg', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
    expect(understand('amma no', ctx('nn'))).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
    expect(understand('i have fed her', ctx('en'))).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
  });
});
