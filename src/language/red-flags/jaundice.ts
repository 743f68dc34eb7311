import { EARLY_JAUNDICE_BEFORE_HOUR } from '../../mother/limits';
import type { RedFlagContext } from './context';
import { colourOfSomethingElse } from './colour';
import { near, someTagged, type Reading } from './reading';
import { sleepy } from './sleepy';

/** Yellow skin or eyes, or jaundice; not yellow stool, colostrum or clothes. */
export function yellowSkin(reading: Reading): boolean {
  return someTagged(reading, ['jaundice', 'yellow'], (clause, word, i) => {
    if (word.negated) return false;
    if (word.tags.has('jaundice')) return !near(clause, i, 'stool', 2, 2);
    // "gul bæsj", "råmelken er gul", "gul lue": not the skin; yellow eyes are jaundice
    if (colourOfSomethingElse(clause, i, true)) return false;
    return near(clause, i, 'centralBody', 4, 4) || near(clause, i, 'eyes', 4, 4) || near(clause, i, 'copula', 4, 0);
  });
}

/** "første døgnet", "first day": said when the time since birth is not known. */
function saysFirstDay(reading: Reading): boolean {
  return someTagged(reading, 'early', (clause, _word, i) => near(clause, i, 'dayish', 0, 2));
}

/** Yellow in the first 36 hours, or yellow and sleepy. */
export function jaundiceSign(reading: Reading, context: RedFlagContext): boolean {
  if (!yellowSkin(reading)) return false;
  const hours = context.hoursSinceBirth;
  const early = hours !== undefined ? hours < EARLY_JAUNDICE_BEFORE_HOUR : saysFirstDay(reading);
  return early || sleepy(reading);
}
