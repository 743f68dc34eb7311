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
const ALSO_OF_A_BABY = new Set(['sliten', 'slitne', 'gråter', 'gråte', 'gråt', 'græt', 'gret', 'grine', 'griner', 'grin', 'tired', 'cry', 'crying', 'alene', 'åleine', 'aleine', 'alone']);
const STRUGGLING = new Set([
  ...ALSO_OF_A_BABY,
  'utslitt', 'utsliten', 'utmattet', 'utmatta', 'orker', 'orkar', 'orke', 'orka', 'sliter', 'slit', 'deppa', 'deprimert', 'fortvilet', 'fortvila',
  'overveldet', 'overvelda', 'ensom', 'einsam', 'trist', 'angst', 'panikk', 'håpløs', 'håplaus', 'nedfor',
  'exhausted', 'overwhelmed', 'struggling', 'hopeless', 'depressed', 'lonely', 'sad', 'anxious', 'scared', 'failure', 'worn', 'breaking',
]);
/**
 * Thoughts of not living or of harming herself: answered before any topic, never «I did not understand»,
 * with or without «jeg» («orker ikke leve lenger», «vil bare forsvinne»). Whole phrases, since «skade» and
 * «hurt» alone are in ordinary questions («kan pumping skade brystvortene»).
 */
const HARM = new RegExp(
  '(?<!\\p{L})(?:' +
    [
      'selvmord', 'sjølvmord', 'suicide', 'suicidal',
      '(?:ikke|ikkje)\\s+(?:lenger\\s+|lengre\\s+)?(?:leve|orke\\s+å\\s+leve)', '(?:orker|orkar)\\s+(?:ikke|ikkje)\\s+(?:å\\s+)?leve',
      '(?:vil|ville|lyst\\s+(?:til\\s+)?å|ønsker\\s+å|ønskjer\\s+å)\\s+dø', '(?:vil|ville)\\s+(?:bare\\s+|berre\\s+)?forsvinne',
      '(?:ikke|ikkje)\\s+(?:vil|ville)\\s+(?:være|vere)\\s+her', '(?:vil|ville)\\s+(?:ikke|ikkje)\\s+(?:være|vere)\\s+her',
      '(?:har|hev)\\s+(?:ikke|ikkje)\\s+(?:noe|noko)\\s+å\\s+leve\\s+for', 'bedre\\s+uten\\s+meg', 'betre\\s+utan\\s+meg',
      '(?:skade|ta\\s+livet\\s+av)\\s+(?:meg|mæ)(?:\\s+(?:selv|sjølv))?',
      '(?:want|wanna|wish\\s+i\\s+could|rather)\\s+(?:to\\s+)?die', '(?:hurt|kill)\\s+myself', 'end\\s+it\\s+all',
      '(?:dont|do\\s+not)\\s+want\\s+to\\s+(?:be\\s+here|live|be\\s+alive|exist)', 'want\\s+to\\s+disappear', 'better\\s+off\\s+without\\s+me',
      'no\\s+reason\\s+to\\s+live',
    ].join('|') +
    ')(?!\\p{L})',
  'u',
);
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
  const babyNamed = words.some((word) => BABY.has(word));
  // Chat drops the «jeg» («orker ikke leve lenger»): without it, such words are hers unless the baby is named.
  if (HARM.test(words.join(' ')) && (aboutHer || !babyNamed)) return 'harm';
  if (!aboutHer) return undefined;
  const struggling = words.some((word) => STRUGGLING.has(word) && !(babyNamed && ALSO_OF_A_BABY.has(word)));
  const notCoping = words.some((word) => WITH_NOT.has(word)) && words.some((word) => NOT.has(word));
  const sorry = words.some((word, at) => word === 'lei' && (words[at + 1] === 'meg' || words[at + 1] === 'mæ'));
  return struggling || notCoping || sorry ? 'struggling' : undefined;
}
