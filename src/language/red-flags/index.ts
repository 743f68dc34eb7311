import type { RedFlagCode } from '../../mother/events';
import { gruntingWithColour, breathless, notBreathing } from './breathing';
import { fainting, heavyBleeding } from './bleeding';
import { chestPain } from './chest-pain';
import { blueOrGrey } from './colour';
import type { RedFlagContext } from './context';
import { noWetDiaperForADay } from './diapers';
import { notFeeding } from './feeding';
import { feverSign } from './fever';
import { jaundiceSign } from './jaundice';
import { read, type Reading } from './reading';
import { floppyAndNotWaking, notResponding } from './responding';
import { seizure } from './seizure';
import { hardToWake, verySleepy } from './sleepy';
import { greenVomit } from './vomit';

export type { RedFlagContext } from './context';

/**
 * Spots the urgent and emergency signs of RULES.md in a free-text message (nb, nn, en), by
 * meaning: a sign said not to be there ("puster fint", "ingen feber", "ikke blå") or only asked
 * about ("hva er tegn på gulsott?") does not alarm; typos, missing æøå and everyday descriptions do.
 * It runs on every message, so the message is read once into clauses and each sign looks at a few
 * words around each word: linear in the length of the text, and it never throws.
 */

type Sign = (reading: Reading, context: RedFlagContext) => boolean;

/** 113: baby not breathing, not responding, blue or grey, seizure, floppy and not waking, grunting with colour; her heavy bleeding with fainting, chest pain, breathlessness. */
const EMERGENCY: Sign[] = [
  notBreathing,
  notResponding,
  blueOrGrey,
  seizure,
  floppyAndNotWaking,
  gruntingWithColour,
  (reading) => heavyBleeding(reading) && fainting(reading),
  chestPain,
  breathless,
];

/**
 * Legevakt 116 117: fever, hard to wake or very sleepy, not feeding, early or sleepy jaundice, green
 * vomit, no wet diaper for a day after day 3; her fever with chills or a red breast. Her heavy
 * bleeding without fainting is read as urgent too: RULES.md asks fainting with it for 113, and
 * NICE CG37 asks a doctor now for profuse loss, so it is never quiet.
 */
const URGENT: Sign[] = [feverSign, hardToWake, verySleepy, notFeeding, jaundiceSign, greenVomit, noWetDiaperForADay, heavyBleeding];

function detect(text: string, context: RedFlagContext): RedFlagCode | null {
  const reading = read(text);
  if (EMERGENCY.some((sign) => sign(reading, context))) return 'red-flag.emergency';
  if (URGENT.some((sign) => sign(reading, context))) return 'red-flag.urgent';
  return null;
}

/** `red-flag.emergency` (call 113), `red-flag.urgent` (legevakt 116 117) or null. Emergency wins. */
export function detectRedFlag(text: string, context: RedFlagContext = {}): RedFlagCode | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  try {
    return detect(text, context ?? {});
  } catch {
    return null;
  }
}
