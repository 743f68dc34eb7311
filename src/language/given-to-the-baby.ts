import type { Locale } from '../mother/profile';
import type { Token } from './tokens';
import { readVolume } from './volumes';

/** A bottle, a cup, a syringe, formula: how milk is given to the baby other than at the breast. */
const BOTTLE_WORDS = new Set([
  'flaske', 'flaska', 'flasken', 'flaskemat', 'flaskemåltid', 'bottle', 'bottles', 'kopp', 'koppen', 'cup', 'sprøyte', 'sprøyta',
  'sprøyten', 'syringe', 'spoon', 'tilskudd', 'supplement', 'morsmelkerstatning', 'mme', 'formula',
]);
/** «drakk 30 ml fra flaska», «gave her 20 ml formula»: what the baby had, not milk pumped. */
const GIVEN_WORDS = new Set(['drakk', 'drikker', 'drikke', 'drank', 'drinks', 'drink', 'ga', 'gav', 'gave', 'given', ...BOTTLE_WORDS]);
const THE_BABY = new Set(['hun', 'han', 'ho', 'she', 'he', 'babyen', 'baby', 'barnet']);
const GOT = new Set(['fikk', 'fekk', 'got']);

/** Words that say the baby drank or was given milk: an amount beside them is hers, not pumped. */
export const givenToTheBaby = (tokens: readonly Token[]): boolean =>
  tokens.some((token, at) => GIVEN_WORDS.has(token.text) || (GOT.has(token.text) && THE_BABY.has(tokens[at - 1]?.text ?? '')));

/**
 * «hun drakk 30 ml fra flaska», «ga henne tilskudd»: a bottle feed, which she cannot log here. Given
 * words alone are not enough («jeg ga opp»): an amount or a bottle word must be there.
 */
export function isBottleFeed(tokens: readonly Token[], locale: Locale): boolean {
  if (!givenToTheBaby(tokens)) return false;
  return tokens.some((token, at) => BOTTLE_WORDS.has(token.text) || readVolume(tokens, at, { locale }) !== undefined);
}
