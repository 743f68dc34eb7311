import { affirmed, near, someTagged, type Reading } from './reading';
import { colourOfSomethingElse } from './colour';

/** Gasping is a sign by itself; struggling needs a breathing word ("strever med å puste"). */
const GASP = /^(gisp|gasp)/;

/** Not breathing: "puster ikke", "pustr ikke", "har sluttet å puste", "stopped breathing", "gisper etter luft". */
export function notBreathing(reading: Reading): boolean {
  if (someTagged(reading, 'noBreath', (_clause, word) => !word.negated)) return true;
  if (someTagged(reading, 'breathHard', (_clause, word) => !word.negated && GASP.test(word.text))) return true;
  return someTagged(reading, 'breath', (clause, word, i) => {
    // "fikk ikke puste ut" is to get no break
    if (clause.words[i + 1]?.text === 'ut') return false;
    if (word.negated) return true;
    return near(clause, i, 'stopVerb', 3, 0, true) || near(clause, i, 'breathHard', 3, 3, true);
  });
}

/** Her breathlessness: "andpusten", "pustebesvær", "short of breath" ("får ikke puste" is not breathing). */
export function breathless(reading: Reading): boolean {
  if (someTagged(reading, 'breathless', (_clause, word) => !word.negated)) return true;
  return someTagged(reading, 'breath', (clause, _word, i) => clause.words[i - 1]?.text === 'of' && clause.words[i - 2]?.text === 'short');
}

/** Grunting or very fast breathing with a dusky, grey or blue colour anywhere in the message. */
export function gruntingWithColour(reading: Reading): boolean {
  const effort =
    someTagged(reading, 'grunt', (_clause, word) => !word.negated) ||
    someTagged(reading, 'fast', (clause, word, i) => !word.negated && near(clause, i, 'breath', 3, 3));
  if (!effort) return false;
  return someTagged(reading, ['blue', 'dusky'], (clause, word, i) => (affirmed(word, 'blue') || affirmed(word, 'dusky')) && !colourOfSomethingElse(clause, i, false));
}
