import { aboutHer, near, someTagged, type Reading } from './reading';

/** "slapp av" is to relax, "slapp taket" to let go. */
const AFTER_LET_GO = new Set(['av', 'taket', 'tak', 'brystet', 'puppen', 'grepet', 'ut', 'inn', 'fri', 'unna', 'los']);

/** Hard to wake: "vanskelig å vekke", "får ikke vekket henne", "våkner ikke til måltidene", "won't wake"; not "jeg vil ikke vekke henne". */
export function hardToWake(reading: Reading): boolean {
  return someTagged(reading, ['wakeOther', 'wakeSelf'], (clause, word, i) => {
    if (near(clause, i, 'hard', 3, 0, true)) return true;
    if (!word.negated) return false;
    return !(word.tags.has('wakeOther') && near(clause, i, 'want', 4, 0));
  });
}

/** Very sleepy or floppy: "veldig søvnig", "så trøytt og slapp", "sløv"; not the mother's own tiredness. */
export function verySleepy(reading: Reading): boolean {
  return someTagged(reading, ['lethargic', 'tired'], (clause, word, i) => {
    if (word.negated || aboutHer(clause, i)) return false;
    if (word.tags.has('lethargic') && !AFTER_LET_GO.has(clause.words[i + 1]?.text ?? '')) return true;
    return word.tags.has('tired') && near(clause, i, 'intensity', 2, 0);
  });
}

/** Sleepy at all, for yellow and sleepy: "sover hele tiden", "trøtt", "søvnig". */
export function sleepy(reading: Reading): boolean {
  if (hardToWake(reading) || verySleepy(reading)) return true;
  return someTagged(reading, ['tired', 'sleep', 'lethargic'], (clause, word, i) => !word.negated && !aboutHer(clause, i));
}
