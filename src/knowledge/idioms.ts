/**
 * Meanings carried by little words only, which the analyzer drops one by one: «får hun i seg noe»
 * (is she getting anything in) asks whether the baby gets enough, as «is he getting anything» does.
 * Each idiom is read as a word that carries its meaning, added after it.
 */
const IDIOMS: readonly (readonly [idiom: RegExp, meaning: string])[] = [
  // «får (hun) i seg», «fekk ho i seg», «fått i seg»: what the baby takes in
  [/\b(?:få|faa|fa|får|faar|far|fikk|fekk|fått|faatt|fatt)\s+(?:\p{L}+\s+)?i\s+seg\b/giu, 'nok'],
  // «is she getting anything», «did he get any», «taking anything in»
  [/\b(?:get|gets|getting|got)\s+(?:anything|any|something)\b/giu, 'enough'],
  [/\b(?:take|takes|taking|took)\s+(?:anything|any|something)\s+in\b/giu, 'enough'],
];

/** The text with each idiom's meaning written out after it. */
export function withIdiomsRead(text: string): string {
  return IDIOMS.reduce((read, [idiom, meaning]) => read.replace(idiom, (found) => `${found} ${meaning}`), text);
}
