import { foldedTokens } from './fold-text';

/** The words that say one amount was had each time: «hver gang», «kvar gong», «each», «per økt». */
const EACH: ReadonlySet<string> = new Set(['hver', 'hvert', 'kvar', 'kvart', 'each', 'every', 'per', 'apiece']);

/** «5 ml hver gang», «5 kvar gong», «5 each»: one amount said of each of several sessions, never their sum. */
export function saysEachTime(message: string): boolean {
  return foldedTokens(message).some((token) => EACH.has(token));
}
