import { phrases } from './phrases';
import { longestPhraseAt, type Token } from './tokens';

/** «vi kom hjem fra sykehuset i dag», «we're home now», «ble skrevet ut»: home from the hospital. */
const HOME = phrases([
  'kom hjem', 'kommet hjem', 'komme hjem', 'kom heim', 'komne heim', 'kome heim', 'hjemme nå', 'hjemme no', 'heime no', 'heime nå', 'er hjemme', 'er heime',
  'reiste hjem', 'reiste heim', 'skrevet ut', 'skrivne ut', 'utskrevet', 'utskriven',
  'home now', 'got home', 'came home', 'are home', 're home', 'back home', 'at home now', 'discharged', 'went home',
]);

/** Her message tells that she is home from the hospital. */
export function saysHomeAgain(tokens: readonly Token[]): boolean {
  return tokens.some((_, at) => longestPhraseAt(tokens, at, HOME) > 0);
}
