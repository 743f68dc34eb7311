import { readAt, itIsNoLog } from './support/log-of';

/**
 * «jeg skal pumpe snart» asked how much she got, «I'm going to feed her» and «hun vil amme hele tiden»
 * stored a feed at the time she wrote it: what she will, wants, has to or refuses to do, and how often
 * she feeds, are no log of one feed.
 */
describe('a feed or a pumping to come, wanted or habitual is no log', () => {
  itIsNoLog([
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
  ]);

  it('still logs what she did, also with such a word before another verb', () => {
    expect(readAt('jeg må si jeg ammet kl 3', 'nb')).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
    expect(readAt('ammet 10 min hver side', 'nb')).toMatchObject({ kind: 'log', events: [{ type: 'feed', minutes: 20 }] });
    expect(readAt('nå ammet jeg', 'nb')).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
    expect(readAt('amma no', 'nn')).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
    expect(readAt('i have fed her', 'en')).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
  });
});
