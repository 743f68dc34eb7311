import { NO_WET_DIAPER_URGENT_FROM_HOUR } from '../../mother/limits';
import type { RedFlagContext } from './context';
import { has, near, someTagged, someWord, type Clause, type Reading, type Word } from './reading';

const DAY_HOURS = 24;
const WHOLE = new Set(['hele', 'heile', 'all', 'whole', 'full', 'a', 'en', 'ein', 'et', 'eit']);

/** "ingen våte bleier", "0 våte bleier", "ikke tisset", "hasn't peed", "tørr bleie". */
function noWetDiaper(reading: Reading): boolean {
  if (someTagged(reading, 'wet', (clause, word, i) => (word.negated || clause.words[i - 1]?.number === 0) && !near(clause, i, 'want', 3, 0))) return true;
  return someTagged(reading, 'dry', (clause, word, i) => !word.negated && near(clause, i, 'diaper', 2, 2));
}

/** "et døgn", "24 timer", "siden i går", "since yesterday", "hele dagen", "a whole day". */
function aFullDay(clause: Clause, word: Word, i: number): boolean {
  if (word.number !== undefined) return word.number >= DAY_HOURS && has(clause.words[i + 1], 'hourUnit');
  if (has(word, 'fullDay')) return true;
  if (word.text === 'gar') return clause.words[i - 1]?.text === 'i';
  if (word.text === 'dagen' || word.text === 'day') return WHOLE.has(clause.words[i - 1]?.text ?? '');
  return false;
}

/** No wet diaper in 24 hours, after day 3 (or when the time since birth is not known). */
export function noWetDiaperForADay(reading: Reading, context: RedFlagContext): boolean {
  const hours = context.hoursSinceBirth;
  if (hours !== undefined && hours < NO_WET_DIAPER_URGENT_FROM_HOUR) return false;
  return noWetDiaper(reading) && someWord(reading, aFullDay);
}
