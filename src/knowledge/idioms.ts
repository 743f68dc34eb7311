/**
 * Meanings carried by little words only, which the analyzer drops one by one: «får hun i seg noe»
 * (is she getting anything in) asks whether the baby gets enough, as «is he getting anything» does;
 * «med en gang hun er ute» is right after the birth; «han vil være på brystet» is feeding. Each idiom
 * is read as words that carry its meaning, added after it.
 */
const IDIOMS: readonly (readonly [idiom: RegExp, meaning: string])[] = [
  // «får (hun) i seg», «fekk ho i seg», «fått i seg»: what the baby takes in
  [/\b(?:få|faa|fa|får|faar|far|fikk|fekk|fått|faatt|fatt)\s+(?:\p{L}+\s+)?i\s+seg\b/giu, 'nok'],
  // «is she getting anything», «did he get any», «taking anything in»
  [/\b(?:get|gets|getting|got)\s+(?:anything|any|something)\b/giu, 'enough'],
  [/\b(?:take|takes|taking|took)\s+(?:anything|any|something)\s+in\b/giu, 'enough'],
  // «med en gang hun er ute», «as soon as he's born»: right after the birth
  [/\b(?:med en gang|med ein gong|straks|rett etter|like etter|så snart|så fort)\s+(?:\p{L}+\s+){0,2}?(?:er|var|kom|blir|vert|kjem|kommer)\s+(?:ute|ut|født|fødd)\b/giu, 'etter fødselen'],
  [/\b(?:as soon as|right after|straight after|once)\s+(?:she's|he's|shes|hes|(?:\p{L}+\s+)?(?:is|was|comes|came))\s+(?:out|born)\b/giu, 'after birth'],
  // «vil bare være på brystet», «vil ha pupp», «wants the breast»: she wants to feed
  [/\b(?:vil|ville|want|wants|wanted)\s+(?:\p{L}+\s+){0,3}?(?:brystet|puppen|pupp|puppa|breast|boob)\b/giu, 'amme'],
];

/** The text with each idiom's meaning written out after it. */
export function withIdiomsRead(text: string): string {
  return IDIOMS.reduce((read, [idiom, meaning]) => read.replace(idiom, (found) => `${found} ${meaning}`), text);
}
