/**
 * She says she is struggling herself: «jeg orker ikke mer», «eg er så sliten», «I can't cope»,
 * or only crying faces. Nothing in it is a topic or a red flag; the answer is a kind line and
 * whom to talk to, never «I did not understand». A tired baby («hun er så sliten») is not her.
 */
const ABOUT_HER = new Set(['jeg', 'eg', 'meg', 'i', 'im', 'me', 'myself']);
const STRUGGLING = new Set([
  'sliten', 'slitne', 'utslitt', 'utsliten', 'orker', 'orkar', 'gråter', 'gret', 'grine', 'griner', 'grin', 'deppa', 'deprimert', 'fortvilet',
  'fortvila', 'overveldet', 'overvelda', 'ensom', 'einsam', 'aleine', 'alene', 'exhausted', 'overwhelmed', 'cope', 'crying', 'cry', 'depressed', 'lonely',
  'tired', 'struggling', 'hopeless', 'håpløs',
]);
const CRYING_FACES = /^(?:[\s.!]|\p{Extended_Pictographic}|\uFE0F|\u200D)+$/u;
const SAD_FACE = /[😭😢😞😔🥺💔😩😫☹🙁]/u;

export function saysSheIsStruggling(text: string): boolean {
  if (typeof text !== 'string') return false;
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 400) return false;
  if (CRYING_FACES.test(trimmed)) return SAD_FACE.test(trimmed);
  const words = trimmed.toLowerCase().replace(/[’']/g, '').split(/[^\p{L}]+/u).filter(Boolean);
  return words.some((word) => ABOUT_HER.has(word)) && words.some((word) => STRUGGLING.has(word));
}
