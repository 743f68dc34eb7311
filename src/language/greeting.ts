import { normalize } from './normalize';
import { tokenize } from './tokens';

/** Words that greet, or say good night («natta»), in nb, nn and en. */
const GREETS = new Set(['hei', 'heisann', 'heia', 'hallo', 'halla', 'hallais', 'heihei', 'morn', 'morna', 'natta', 'hi', 'hello', 'hey', 'hiya', 'heya']);
const GOOD = new Set(['god', 'good']);
/** Words that may stand with a greeting: «god morgen», «hei du», «hei igjen», «hi there», «good night». */
const WITH_A_GREETING = new Set(['god', 'morgen', 'morgon', 'kveld', 'dag', 'natt', 'du', 'der', 'igjen', 'att', 'good', 'morning', 'evening', 'afternoon', 'night', 'there', 'all', 'again']);
/** «hei, er du våken?», «hi are you there»: a greeting that asks if she is heard. */
const ARE_YOU_THERE = new Set(['er', 'du', 'våken', 'vaken', 'der', 'are', 'you', 'awake', 'there', 'up']);

/** Whole messages that say goodbye: the same kind line as a greeting, never «I did not understand». */
const GOODBYES = new Set([
  'ha det', 'ha det bra', 'ha det fint', 'ha det godt', 'ha de', 'hadet', 'hade', 'snakkes', 'snakkast', 'snakkes senere', 'adjø', 'ha ein fin dag', 'ha en fin dag',
  'bye', 'bye bye', 'goodbye', 'see you', 'see ya', 'talk later', 'later', 'cya',
]);

/** Her message only greets: «hei», «hei du!», «hi there», «god morgen 😊», or says goodbye («ha det bra»). */
export function onlyGreets(text: string): boolean {
  const words = tokenize(normalize(text)).filter((token) => token.kind !== 'symbol');
  if (GOODBYES.has(words.filter((token) => !/^[.!,]$/.test(token.text)).map((token) => token.text).join(' '))) return true;
  // «god morgen», «good evening» greet without a greeting word
  const greets = words.some((token) => GREETS.has(token.text)) || (GOOD.has(words[0]?.text ?? '') && words.length === 2);
  const rest = words.filter((token) => !/^[?.!,]$/.test(token.text));
  if (greets && rest.length <= 4 && rest.every((token) => GREETS.has(token.text) || ARE_YOU_THERE.has(token.text))) return true;
  return greets && words.length <= 3 && words.every((token) => GREETS.has(token.text) || WITH_A_GREETING.has(token.text));
}
