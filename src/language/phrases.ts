import { normalize } from './normalize';
import { tokenize } from './tokens';

/** Phrases as the readers match them: each normalized and split into its words. */
export const phrases = (list: readonly string[]): string[][] => list.map((phrase) => tokenize(normalize(phrase)).map((token) => token.text));
