import { affirmed, has, someTagged, type Clause, type Reading } from './reading';

const REACH = 4;

function vomitingAt(clause: Clause, i: number): boolean {
  const word = clause.words[i];
  if (!word || word.negated) return false;
  return word.tags.has('vomit') || (word.tags.has('vomitVerb') && has(clause.words[i + 1], 'up'));
}

/** Green, and not the stool's green ("grønn bæsj og gulper litt"). */
function greenAt(clause: Clause, j: number): boolean {
  return affirmed(clause.words[j], 'green') && !has(clause.words[j + 1], 'stool') && !has(clause.words[j + 2], 'stool');
}

/**
 * Green vomit: "kaster opp grønt", "gulper grønn galle", "green vomit", "kaster opp alt, og det er
 * grønt"; not "grønn bæsj", not "ikke kastet opp noe grønt".
 */
export function greenVomit(reading: Reading): boolean {
  const vomitSentences = new Set<number>();
  const near = someTagged(reading, ['vomit', 'vomitVerb'], (clause, _word, i) => {
    if (!vomitingAt(clause, i)) return false;
    vomitSentences.add(clause.sentence);
    for (let j = Math.max(0, i - REACH); j <= Math.min(clause.words.length - 1, i + REACH); j += 1) if (j !== i && greenAt(clause, j)) return true;
    return false;
  });
  if (near) return true;
  if (!vomitSentences.size) return false;
  // the colour told in the next clause of the same sentence
  return someTagged(
    reading,
    'green',
    (clause, _word, j) =>
      vomitSentences.has(clause.sentence) && !clause.tags.has('stool') && !clause.tags.has('negation') && !clause.tags.has('negationDeterminer') && greenAt(clause, j),
  );
}
