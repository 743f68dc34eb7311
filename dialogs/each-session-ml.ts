import { text, type Reply, type Suggestion } from './reply';

/** A few numbers of the length asked for, as the example of a list of ml. */
export const exampleList = (count: number): string => Array.from({ length: count }, (_, i) => [5, 8, 6, 7][i % 4]).join(', ');

/** «pumpet 3 ganger», «3 økter»: the ml of each time, one number for each. */
export const askEachMl = (count: number, suggestions?: Suggestion[]): Reply => text('dialog:log.askEachMl', { count, example: exampleList(count) }, suggestions);
