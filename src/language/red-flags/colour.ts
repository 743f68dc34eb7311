import { affirmed, has, near, someTagged, type Clause, type Reading } from './reading';

const BODY_REACH = 5;
const THING_BEFORE = 3;

type Owner = 'central' | 'periphery' | 'thing';

const PREPOSITIONS = new Set(['i', 'pa', 'in', 'on']);

function ownerOf(clause: Clause, j: number, i: number, eyesAreSkin: boolean): Owner | undefined {
  const word = clause.words[j];
  if (!word) return undefined;
  // a thing named right after the colour ("grå bæsj", "blue eyes", "en blå body", "blå i bleia") or before it ("bæsjen er grå")
  const thingPlace = j === i + 1 || (j === i + 2 && PREPOSITIONS.has(clause.words[i + 1]?.text ?? '')) || (j < i && i - j <= THING_BEFORE);
  if (thingPlace && (has(word, 'stool') || has(word, 'object') || has(word, 'diaper') || (!eyesAreSkin && has(word, 'eyes')))) return 'thing';
  if (has(word, 'centralBody') || (eyesAreSkin && has(word, 'eyes'))) return 'central';
  // blue hands and feet are normal in a newborn; yellow ones are still jaundice
  if (has(word, 'periphery') && !eyesAreSkin) return 'periphery';
  return undefined;
}

/**
 * "grå bæsj", "blå øyne", "en blå body", "hender og føtter er litt blå": a colour of something
 * else, or of hands and feet (normal in a newborn), not the baby turning blue, grey or yellow. The
 * nearest of these to the colour decides, the body when as near: "hendene er blå og leppene også"
 * is about the lips too.
 */
export function colourOfSomethingElse(clause: Clause, i: number, eyesAreSkin: boolean): boolean {
  for (let distance = 1; distance <= BODY_REACH; distance += 1) {
    const owners = [ownerOf(clause, i - distance, i, eyesAreSkin), ownerOf(clause, i + distance, i, eyesAreSkin)];
    if (owners.includes('central')) return false;
    if (owners.includes('thing') || owners.includes('periphery')) return true;
  }
  return false;
}

/** Blue or grey lips, face, skin or body, or "ble blå", "turned grey"; dusky lips or face. */
export function blueOrGrey(reading: Reading): boolean {
  return someTagged(reading, ['blue', 'dusky'], (clause, word, i) => {
    const blue = affirmed(word, 'blue');
    if (!blue && !affirmed(word, 'dusky')) return false;
    if (colourOfSomethingElse(clause, i, false)) return false;
    if (near(clause, i, 'centralBody', 4, 4)) return true;
    return blue && near(clause, i, 'copula', 4, 0);
  });
}
