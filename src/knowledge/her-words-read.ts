import { withCountsRead } from './counted-occasions';
import { withHandBesidePumpRead } from './hand-beside-pump';
import { withMilkComingRead } from './her-milk-coming';
import { withIdiomsRead } from './idioms';
import { withSessionAmountsRead } from './session-amounts';
import { withTyposRead } from './typo-reading';

/**
 * Her question with its typos mended and its everyday phrases («går svolten», «ta meg gjennom») put in the
 * words the topics use: what both the rules and the learned reading look at.
 */
export function herWordsRead(text: string): string {
  return withSessionAmountsRead(withHandBesidePumpRead(withMilkComingRead(withCountsRead(withIdiomsRead(withTyposRead(text))))));
}
