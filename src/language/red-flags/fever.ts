import { affirmed, has, near, someTagged, subjectOf, type Clause, type Reading } from './reading';

const FEVER_FROM_CELSIUS = 38;
const MIN_CELSIUS = 34;
const MAX_CELSIUS = 44.5;
const MIN_FAHRENHEIT = 90;
const MAX_FAHRENHEIT = 113;
/** "hun har 38": a bare number after "har" is her temperature. */
const HAS = new Set(['har', 'has', 'hadde', 'had', 'hatt']);

/** The temperature in Celsius written at word `i`, if it is one: not "38 ml", "uke 38", "38+2". */
export function temperatureAt(clause: Clause, i: number): number | undefined {
  const word = clause.words[i];
  const value = word?.number;
  if (word === undefined || value === undefined) return undefined;
  const next = clause.words[i + 1];
  const previous = clause.words[i - 1];
  if (has(next, 'notTemperatureUnit') || next?.text === '+' || has(previous, 'notTemperatureBefore')) return undefined;
  if (has(next, 'fahrenheit') || (next?.text === '°' && has(clause.words[i + 2], 'fahrenheit'))) {
    return value >= MIN_FAHRENHEIT && value <= MAX_FAHRENHEIT ? ((value - 32) * 5) / 9 : undefined;
  }
  if (value < MIN_CELSIUS || value > MAX_CELSIUS) return undefined;
  if (word.decimals || near(clause, i, 'temperatureContext', 3, 3) || HAS.has(previous?.text ?? '')) return value;
  return undefined;
}

interface Fever {
  present: boolean;
  /** Every sign of fever is in a clause about her own body. */
  motherOnly: boolean;
}

/**
 * Fever from 38.0: a measured temperature decides for its clause ("er 37,8 feber" is not),
 * otherwise a fever word that is not denied ("ingen feber"). Hers only when both the clause and
 * the nearest word before say so ("jeg har feber"; not "jeg målte 38,4 på henne").
 */
export function fever(reading: Reading): Fever {
  let present = false;
  let motherOnly = true;
  for (const clause of reading.clauses) {
    if (!clause.tags.has('fever') && !clause.words.some((word) => word.number !== undefined)) continue;
    let measured = false;
    const hot: boolean[] = [];
    const words: boolean[] = [];
    clause.words.forEach((word, i) => {
      const hers = clause.aboutMother && subjectOf(clause, i) === 'mother';
      const celsius = temperatureAt(clause, i);
      if (celsius !== undefined) {
        measured = true;
        if (celsius >= FEVER_FROM_CELSIUS) hot.push(hers);
      }
      if (affirmed(word, 'fever')) words.push(hers);
    });
    const signs = measured ? hot : words;
    if (!signs.length) continue;
    present = true;
    motherOnly &&= signs.every(Boolean);
  }
  return { present, motherOnly: present && motherOnly };
}

/** Chills: "frysninger", "skjelver", "shivering". */
export function chills(reading: Reading): boolean {
  return someTagged(reading, 'chills', (_clause, word) => !word.negated);
}

/** A red breast: "brystet er rødt", "rød stripe på brystet", "mastitt". */
export function redBreast(reading: Reading): boolean {
  return someTagged(reading, ['redBreast', 'red'], (clause, word) => !word.negated && (word.tags.has('redBreast') || clause.tags.has('breast')));
}

/**
 * Hard, sore or engorged breasts: "brystene er harde og vonde", "brystspreng", "engorged". With her
 * fever they are answered as a red breast is (TOPICS.md engorgement: fever is the red-flag rule's).
 */
export function soreBreast(reading: Reading): boolean {
  return someTagged(reading, 'sore', (clause, word) => !word.negated && (clause.tags.has('breast') || word.text.startsWith('engorge')));
}

/** The baby's fever (she is under 3 months in her first week): a fever not only in clauses about her own body. */
export function babyFever(reading: Reading): boolean {
  const found = fever(reading);
  return found.present && !found.motherOnly;
}

/** Her own fever with chills, a red breast or sore, engorged breasts. */
export function motherFever(reading: Reading): boolean {
  return fever(reading).motherOnly && (chills(reading) || redBreast(reading) || soreBreast(reading));
}
