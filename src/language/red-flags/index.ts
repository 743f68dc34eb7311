import type { RedFlagCode, RedFlagSign } from '../../mother/events';
import { gruntingWithColour, breathless, notBreathing } from './breathing';
import { fainting, heavyBleeding } from './bleeding';
import { chestPain } from './chest-pain';
import { blueOrGrey } from './colour';
import type { RedFlagContext } from './context';
import { noWetDiaperForADay } from './diapers';
import { notFeeding, refusesOnlyTheBreast } from './feeding';
import { babyFever, motherFever } from './fever';
import { jaundiceSign, yellowSkin } from './jaundice';
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
const EMERGENCY: ReadonlyArray<[RedFlagSign, Sign]> = [
  ['not-breathing', notBreathing],
  ['not-responding', notResponding],
  ['blue-or-grey', blueOrGrey],
  ['seizure', seizure],
  ['floppy', floppyAndNotWaking],
  ['grunting', gruntingWithColour],
  ['bleeding-fainting', (reading) => heavyBleeding(reading) && fainting(reading)],
  ['chest-pain', chestPain],
  ['breathless', breathless],
];

/**
 * Legevakt 116 117: fever, hard to wake or very sleepy, not feeding, early or sleepy jaundice, green
 * vomit, no wet diaper for a day after day 3; her fever with chills or a red breast. Her heavy
 * bleeding without fainting is read as urgent too: RULES.md asks fainting with it for 113, and
 * NICE CG37 asks a doctor now for profuse loss, so it is never quiet.
 */
const URGENT: ReadonlyArray<[RedFlagSign, Sign]> = [
  ['baby-fever', babyFever],
  ['mother-fever', motherFever],
  ['hard-to-wake', hardToWake],
  ['very-sleepy', verySleepy],
  ['not-feeding', notFeeding],
  ['jaundice', jaundiceSign],
  ['green-vomit', greenVomit],
  ['no-wet-diaper', noWetDiaperForADay],
  ['heavy-bleeding', heavyBleeding],
];

/** A red flag in her words: how serious (the most serious sign decides), and every sign they name, the most serious first. */
export interface RedFlag {
  code: RedFlagCode;
  signs: RedFlagSign[];
}

function signsNamed(signs: ReadonlyArray<[RedFlagSign, Sign]>, reading: Reading, context: RedFlagContext): RedFlagSign[] {
  const named: RedFlagSign[] = [];
  for (const [name, sign] of signs) if (sign(reading, context)) named.push(name);
  return named;
}

function detect(text: string, context: RedFlagContext): RedFlag | null {
  const reading = read(text);
  const emergency = signsNamed(EMERGENCY, reading, context);
  const urgent = signsNamed(URGENT, reading, context);
  if (emergency.length) return { code: 'red-flag.emergency', signs: [...emergency, ...urgent] };
  if (urgent.length) return { code: 'red-flag.urgent', signs: urgent };
  return null;
}

/** The red flag her words name, or null. Never throws. */
export function redFlagIn(text: string, context: RedFlagContext = {}): RedFlag | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  try {
    return detect(text, context ?? {});
  } catch {
    return null;
  }
}

/** `red-flag.emergency` (call 113), `red-flag.urgent` (legevakt 116 117) or null. Emergency wins. */
export function detectRedFlag(text: string, context: RedFlagContext = {}): RedFlagCode | null {
  return redFlagIn(text, context)?.code ?? null;
}

/** What her words say beside the red flags, read once (false for no text, or a reading that fails). */
export interface BesideRedFlags {
  /** «vil ikke ta brystet, skriker bare»: the breast refused at this feed, which is no red flag but a latch question. */
  refusesTheBreast: boolean;
  /** «hun er veldig gul», «gul i huden»: yellow skin or eyes, whatever the baby's age (not yellow stool). */
  yellowSkin: boolean;
}

export function besideRedFlags(text: string): BesideRedFlags {
  const none = { refusesTheBreast: false, yellowSkin: false };
  if (typeof text !== 'string' || text.length === 0) return none;
  try {
    const reading = read(text);
    return { refusesTheBreast: refusesOnlyTheBreast(reading), yellowSkin: yellowSkin(reading) };
  } catch {
    return none;
  }
}
