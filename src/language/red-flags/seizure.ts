import { aboutHer, someTagged, type Reading } from './reading';
import { notLookingAtHer, notResponding } from './responding';

/** "having a fit", "has fits"; "it fits" is not. */
const HAVING = new Set(['a', 'having', 'has', 'had', 'have']);

/**
 * A seizure: the word ("kramper", "krampeanfall", "seizure", "having a fit"), or what she sees:
 * jerking or stiffening with no response ("armene rykker og hun svarer ikke", "stivner og ser
 * tomt ut"). Cramps in her leg or tummy are not.
 */
export function seizure(reading: Reading): boolean {
  const named =
    someTagged(reading, 'seizure', (clause, word, i) => !word.negated && !clause.tags.has('localBody') && !aboutHer(clause, i)) ||
    someTagged(reading, 'fit', (clause, word, i) => !word.negated && HAVING.has(clause.words[i - 1]?.text ?? '') && !aboutHer(clause, i));
  if (named) return true;
  if (!someTagged(reading, 'jerk', (_clause, word) => !word.negated)) return false;
  return notResponding(reading) || notLookingAtHer(reading) || someTagged(reading, 'stare', (_clause, word) => !word.negated);
}
