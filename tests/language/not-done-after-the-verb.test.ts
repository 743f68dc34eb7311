import { readAt, itIsNoLog } from './support/log-of';

/**
 * A walk found «pumpet ikke» answered «Hvor mye fikk du?», and «ammet ikke» stored a feed: Norwegian
 * puts the verb first and its «ikke» after it, which says nothing was done, as «har ikke pumpet» does.
 */
describe('a feed or a pumping with «ikke» right after the verb is no log', () => {
  itIsNoLog([
    ['pumpet ikke', 'nb'],
    ['jeg pumpet ikke i dag', 'nb'],
    ['ammet ikke', 'nb'],
    ['hun ammet ikke på 4 timer', 'nb'],
    ['pumpa ikkje', 'nn'],
    ['eg amma ikkje i natt', 'nn'],
  ]);

  it('still logs what she did, with a «not» elsewhere in it', () => {
    expect(readAt('ammet nå', 'nb')).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
    expect(readAt('pumpet 20 ml, ikke mer', 'nb')).toMatchObject({ kind: 'log', events: [{ type: 'pump', ml: 20 }] });
    expect(readAt('amma venstre, ikkje høgre', 'nn')).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
  });
});
