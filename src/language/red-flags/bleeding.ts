import { has, near, someTagged, type Clause, type Reading } from './reading';

/** "blør litt", "litt blod", "bleeding a little", "bare litt blødning". */
function littleAt(clause: Clause, i: number): boolean {
  const next = clause.words[i + 1];
  if (has(clause.words[i - 1], 'mild') || has(next, 'mild')) return true;
  return (next?.text === 'a' || next?.text === 'bare') && has(clause.words[i + 2], 'mild');
}

/** "blod i bleia", "blood in her diaper", "bæsj blod": the stool or diaper named right by it. */
function theBabysBlood(clause: Clause, i: number): boolean {
  if (has(clause.words[i - 1], 'stool') || has(clause.words[i - 1], 'diaper')) return true;
  for (let j = i + 1; j <= i + 3; j += 1) {
    const word = clause.words[j];
    if (!word || has(word, 'heavy')) return false;
    if (has(word, 'stool') || has(word, 'diaper')) return true;
  }
  return false;
}

/** Her heavy bleeding: "blør kraftig", "blør veldig mye", "soaking through pads"; not "blør litt". */
export function heavyBleeding(reading: Reading): boolean {
  if (someTagged(reading, 'soak', (clause, word, i) => !word.negated && near(clause, i, 'pad', 3, 3))) return true;
  return someTagged(reading, 'bleed', (clause, word, i) => {
    if (word.negated) return false;
    // blood in the diaper is the baby's, and a little is normal
    if (theBabysBlood(clause, i)) return false;
    if (littleAt(clause, i)) return false;
    return near(clause, i, 'heavy', 3, 3, true);
  });
}

/** Fainting or about to: "besvimte", "svimte av", "holdt på å besvime", "passed out", "dizzy". */
export function fainting(reading: Reading): boolean {
  if (someTagged(reading, 'faint', (_clause, word) => !word.negated)) return true;
  return someTagged(reading, 'passOut', (clause, word, i) => !word.negated && clause.words[i + 1]?.text === 'out');
}
