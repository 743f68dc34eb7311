import type { Locale } from '../../src/mother/profile';
import { readAt, itIsNoLog } from './support/log-of';

/**
 * «ga pupp nå», «hun fikk pupp kl 2», «ho har fått pupp» and «she latched at 3» were not understood:
 * «pupp», the everyday word, is a feed when given or taken, and «latched» is one. The breast named
 * otherwise («puppen lekker», «vondt i puppen») is no feed.
 */
describe('«pupp» given or taken, and «latched», are feeds', () => {
  it.each<[string, Locale, string, number | undefined]>([
    ['ga pupp nå', 'nb', '2026-11-24T02:40:00Z', undefined],
    ['hun fikk pupp kl 2 i 15 min', 'nb', '2026-11-24T01:00:00Z', 15],
    ['ho har fått pupp', 'nn', '2026-11-24T02:40:00Z', undefined],
    ['she latched at 3', 'en', '2026-11-24T02:00:00Z', undefined],
    ['latched for 10 mins', 'en', '2026-11-24T02:40:00Z', 10],
  ])('"%s" (%s)', (text, locale, at, minutes) => {
    const intent = readAt(text, locale, '2026-11-24T02:40:00Z');
    expect(intent).toMatchObject({ kind: 'log', events: [{ type: 'feed', at, ...(minutes ? { minutes } : {}) }] });
  });

  itIsNoLog([
    ['puppen lekker', 'nb'],
    ['vondt i puppen', 'nb'],
    ['puppene er så harde', 'nb'],
    ['hun vil ikke ta puppen', 'nb'],
    ['hun skal få pupp snart', 'nb'],
    ['hun vil ta puppen', 'nb'],
    ['jeg skal gi pupp snart', 'nb'],
    ["she won't latch", 'en'],
  ], '2026-11-24T02:40:00Z');
});
