import { itTellsEach } from './support/answers-per-language';

/**
 * Folding «å» to «a» made «måte» (a way) the verb «mate» (to feed) and «måle» (to measure) a feed («mål»): spelt
 * with «å», each keeps its own meaning. «Den beste måten å», like «the best way to», asks how.
 */
describe('words spelt with å keep their meaning', () => {
  itTellsEach({
    nb: [
      ['beste måten å melke ut for hånd', 'hand-expression.how'],
      ['umulig å måle melka fra brystet', 'enough-milk'],
    ],
    nn: [
      ['beste måten å mjølke ut for hand', 'hand-expression.how'],
      ['uråd å måle mjølka frå brystet', 'enough-milk'],
    ],
  });
});
