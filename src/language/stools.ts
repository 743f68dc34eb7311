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

/** The stool kind a colour word names: black/tarry -> meconium, green/brown -> transitional, yellow -> yellow. */
export function stoolColour(word: string): Exclude<StoolKind, 'none'> | undefined {
  return COLOURS[word];
}

/** Words that alone say the diaper held meconium. */
export function isMeconiumNoun(word: string): boolean {
  return word === 'barnebek' || word === 'mekonium' || word === 'meconium' || word === 'mekoniet';
}
