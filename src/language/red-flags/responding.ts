import { aboutHer, near, someTagged, type Reading } from './reading';

/** "svarer ikke" and "ingen kontakt" may be about the midwife, the phone or this chat; "reagerer ikke" never is. */
const MAY_BE_A_SERVICE = /^(svar|answer|kontakt|contact)/;
/** "jeg reagerte ikke", "I didn't answer": her own response, not the baby's. */
const HER_OR_US = new Set(['jeg', 'eg', 'i', 'vi', 'we', 'du', 'you']);

/** Not responding: "reagerer ikke", "svarer ikke pa noe", "får ingen kontakt", "unresponsive", "livløs". */
export function notResponding(reading: Reading): boolean {
  if (someTagged(reading, 'unresponsive', (_clause, word) => !word.negated)) return true;
  return someTagged(reading, ['respond', 'contact'], (clause, word, i) => {
    if (!word.negated) return false;
    if (HER_OR_US.has(clause.words[i - 1]?.text ?? '') || HER_OR_US.has(clause.words[i - 2]?.text ?? '')) return false;
    return !(MAY_BE_A_SERVICE.test(word.text) && near(clause, i, 'service', 3, 3));
  });
}

/** Floppy and will not wake: "helt slapp og vil ikke våkne". */
export function floppyAndNotWaking(reading: Reading): boolean {
  const floppy = someTagged(reading, 'lethargic', (clause, word, i) => !word.negated && !aboutHer(clause, i));
  if (!floppy) return false;
  return someTagged(reading, ['wakeSelf', 'wakeOther'], (clause, word, i) => word.negated && (word.tags.has('wakeSelf') || !near(clause, i, 'want', 4, 0)));
}

/** "ser ikke på meg", "won't look at me". */
export function notLookingAtHer(reading: Reading): boolean {
  return someTagged(reading, 'copula', (clause, word, i) => {
    if (!word.negated || !/^(ser|look|looks|looking)$/.test(word.text)) return false;
    const after = [clause.words[i + 1]?.text, clause.words[i + 2]?.text, clause.words[i + 3]?.text];
    return after.includes('meg') || after.includes('me') || clause.words[i + 1]?.tags.has('stare') === true;
  });
}
