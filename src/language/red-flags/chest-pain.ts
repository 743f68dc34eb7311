import { has, near, someTagged, type Reading } from './reading';

/**
 * Chest pain: "smerter i brystkassen", "chest pain", "brystsmerter", and "vondt i brystet" /
 * "trykk i brystet" ("brystet" is both chest and breast) unless the clause speaks of feeding, a
 * side or redness: "vondt i brystet når hun tar tak" is a sore breast.
 */
export function chestPain(reading: Reading): boolean {
  return someTagged(reading, ['chest', 'breast'], (clause, word, i) => {
    if (word.negated) return false;
    if (has(word, 'chest')) return near(clause, i, 'pain', 4, 4, true);
    // "brystet" and "brystsmerter" are chest or breast: feeding, a side or redness make them the breast
    if (clause.tags.has('nursing')) return false;
    if (word.text.startsWith('brystsmert')) return true;
    return has(word, 'breastSingular') && near(clause, i, 'pain', 3, 0, true) && !clause.tags.has('side') && !clause.tags.has('red');
  });
}
