import { readAt, itIsNoLog } from './support/log-of';

/**
 * «hun drakk 30 ml fra flaska» was stored as 30 ml pumped: an amount with no word for what it was is
 * taken as pumping, and three such could have shown milk production started (activation.pump-3x20). What
 * the baby drank or was given is no pumping.
 */
describe('an amount the baby had from a bottle, a cup or a spoon is no pumping', () => {
  itIsNoLog([
    ['hun drakk 30 ml fra flaska', 'nb'],
    ['ga henne 20 ml morsmelk på flaske', 'nb'],
    ['hun fikk 30 ml', 'nb'],
    ['han fekk 20 ml på kopp', 'nn'],
    ['ho drakk 10 ml', 'nn'],
    ['she drank 30 ml from a bottle', 'en'],
    ['gave her 20 ml formula', 'en'],
  ]);

  it('still takes an amount she got, alone or with a pumping named, as pumped', () => {
    expect(readAt('fikk 20 ml', 'nb')).toMatchObject({ kind: 'log', events: [{ type: 'pump', ml: 20 }] });
    expect(readAt('jeg fikk 15 ml', 'nb')).toMatchObject({ kind: 'log', events: [{ type: 'pump', ml: 15 }] });
    expect(readAt('pumpet 30 ml og ga henne det på flaske', 'nb')).toMatchObject({ kind: 'log', events: [{ type: 'pump', ml: 30 }] });
    expect(readAt('got 25 ml', 'en')).toMatchObject({ kind: 'log', events: [{ type: 'pump', ml: 25 }] });
  });
});
