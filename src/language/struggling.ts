/**
 * She says she is struggling herself: «jeg orker ikke mer», «eg er så sliten», «I can't cope», «jeg vil
 * ikke leve mer», or only crying faces. Asked only of a message that matched no topic and no red flag;
 * the answer is a kind line and whom to talk to, never «I did not understand». A false match costs a
 * kind line; a miss leaves her alone, so the words are many. A tired or crying baby is not her.
 */
const ABOUT_HER = new Set(['jeg', 'eg', 'je', 'æ', 'meg', 'mæ', 'me', 'myself', 'im', 'ive', 'id']);
/** English «i» only as her «I» («i cant», «i am»): in Norwegian «i» is «in». */
const AFTER_ENGLISH_I = new Set(['am', 'm', 'cant', 'cannot', 'can', 'feel', 'just', 'dont', 'want', 'have', 'really', 'need', 'wish', 'hate', 'keep', 'think', 'so']);
/** Said of her, these could be said of the baby too: they count only when the baby is not named. */
const ALSO_OF_A_BABY = new Set(['sliten', 'slitne', 'gråter', 'gråte', 'gråt', 'græt', 'gret', 'grine', 'griner', 'grin', 'tired', 'cry', 'crying']);
const STRUGGLING = new Set([
  ...ALSO_OF_A_BABY,
  'utslitt', 'utsliten', 'utmattet', 'utmatta', 'orker', 'orkar', 'orke', 'orka', 'sliter', 'slit', 'deppa', 'deprimert', 'fortvilet', 'fortvila',
  'overveldet', 'overvelda', 'ensom', 'einsam', 'trist', 'angst', 'panikk', 'håpløs', 'håplaus',
  'exhausted', 'overwhelmed', 'struggling', 'hopeless', 'depressed', 'lonely', 'sad', 'anxious', 'scared', 'failure', 'worn', 'breaking',
]);
/**
 * Thoughts of not living or of harming herself: answered before any topic, never «I did not understand».
 * Whole phrases, since «skade» and «hurt» alone are in ordinary questions («kan pumping skade brystvortene»).
 */
const HARM =
  /(?<!\p{L})(?:selvmord|sjølvmord|suicide|suicidal|(?:ikke|ikkje)\s+(?:lenger\s+|lengre\s+)?(?:leve|orke\s+å\s+leve)|(?:vil|ville|lyst\s+(?:til\s+)?å)\s+dø|(?:want|wanna|wish\s+i\s+could|rather)\s+(?:to\s+)?die|(?:skade|ta\s+livet\s+av)\s+(?:meg|mæ)(?:\s+(?:selv|sjølv))?|(?:hurt|kill)\s+myself|end\s+it\s+all)(?!\p{L})/u;
/** Words that struggle only with a «not»: «klarer ikke mer», «can't cope», «lei meg». */
const WITH_NOT = new Set(['klarer', 'klarar', 'greier', 'greiar', 'cope', 'coping']);
const NOT = new Set(['ikke', 'ikkje', 'cant', 'cannot', 'not', 'dont', 'isnt']);
const BABY = new Set(['baby', 'babyen', 'barnet', 'hun', 'han', 'ho', 'she', 'he', 'shes', 'hes', 'her', 'him', 'lillemor', 'gutten', 'jenta']);
const CRYING_FACES = /^(?:[\s.!]|\p{Extended_Pictographic}|\uFE0F|\u200D)+$/u;
const SAD_FACE = /[😭😢😞😔🥺💔😩😫☹🙁]/u;

/** How she says she is struggling: with thoughts of harm (answered before any topic), otherwise, or not at all. */
export function struggleIn(text: string): 'harm' | 'struggling' | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 400) return undefined;
  if (CRYING_FACES.test(trimmed)) return SAD_FACE.test(trimmed) ? 'struggling' : undefined;
  const words = trimmed.toLowerCase().replace(/[’']/g, '').split(/[^\p{L}]+/u).filter(Boolean);
  const aboutHer = words.some((word, at) => ABOUT_HER.has(word) || (word === 'i' && AFTER_ENGLISH_I.has(words[at + 1] ?? '')));
  if (!aboutHer) return undefined;
  if (HARM.test(words.join(' '))) return 'harm';
  const babyNamed = words.some((word) => BABY.has(word));
  const struggling = words.some((word) => STRUGGLING.has(word) && !(babyNamed && ALSO_OF_A_BABY.has(word)));
  const notCoping = words.some((word) => WITH_NOT.has(word)) && words.some((word) => NOT.has(word));
  const sorry = words.some((word, at) => word === 'lei' && (words[at + 1] === 'meg' || words[at + 1] === 'mæ'));
  return struggling || notCoping || sorry ? 'struggling' : undefined;
}
