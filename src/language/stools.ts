import type { StoolKind } from '../mother/events';

const COLOURS: Readonly<Record<string, Exclude<StoolKind, 'none'>>> = {
  svart: 'meconium', sort: 'meconium', tjæreaktig: 'meconium', tjære: 'meconium', barnebek: 'meconium', mekonium: 'meconium',
  mekoniet: 'meconium', black: 'meconium', tarry: 'meconium', meconium: 'meconium',
  grønn: 'transitional', brun: 'transitional', grønnbrun: 'transitional', brungrønn: 'transitional', overgangs: 'transitional',
  overgangsbæsj: 'transitional', overgangsavføring: 'transitional', green: 'transitional', brown: 'transitional',
  greenish: 'transitional', brownish: 'transitional', transitional: 'transitional', olivengrønn: 'transitional',
  grøn: 'transitional', grønbrun: 'transitional', brungrøn: 'transitional',
  gul: 'yellow', sennepsgul: 'yellow', lysegul: 'yellow', yellow: 'yellow', mustard: 'yellow',
  sennep: 'yellow', gulaktig: 'yellow', yellowish: 'yellow',
};

/** Endings a colour word takes: "grønbrunt", "grønne", "gulleg" (nynorsk "-ish"), "gulaktig", "yellowish". */
const COLOUR_ENDINGS = ['aktig', 'leg', 'lig', 'ish', 't', 'e'];

/** The stool kind a colour word names: black/tarry -> meconium, green/brown -> transitional, yellow -> yellow. */
export function stoolColour(word: string): Exclude<StoolKind, 'none'> | undefined {
  const colour = colourOf(word);
  if (colour) return colour;
  for (const ending of COLOUR_ENDINGS) {
    if (word.length > ending.length + 2 && word.endsWith(ending)) {
      const stem = colourOf(word.slice(0, -ending.length));
      if (stem) return stem;
    }
  }
  return undefined;
}

/** Own keys only: "constructor" is no colour. */
function colourOf(word: string): Exclude<StoolKind, 'none'> | undefined {
  return Object.hasOwn(COLOURS, word) ? COLOURS[word] : undefined;
}

/** Words that alone say the diaper held meconium. */
export function isMeconiumNoun(word: string): boolean {
  return word === 'barnebek' || word === 'mekonium' || word === 'meconium' || word === 'mekoniet';
}
