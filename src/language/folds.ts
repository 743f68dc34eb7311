import { newStemmer } from 'snowball-stemmers';
import { rememberedPerWord } from './word-memo';

/**
 * Word folds: typos, missing æøå, inflections and nynorsk forms mapped to one
 * canonical spelling, so the rest of the layer knows one word per concept.
 * Ambiguous words stay as they are ("melka" is both "the milk" and "milked").
 */
const WORD_FOLDS: Readonly<Record<string, string>> = {
  // diapers
  baesj: 'bæsj', basj: 'bæsj', bæsjen: 'bæsj', bæsja: 'bæsj', bæsjet: 'bæsj', bæsjer: 'bæsj', bæsjete: 'bæsj',
  blei: 'bleie', tiss: 'tiss', tissen: 'tiss', tisset: 'tiss', tissa: 'tiss', tisser: 'tiss',
  vat: 'våt', vaat: 'våt', våt: 'våt', våte: 'våt', vate: 'våt', vått: 'våt', vatt: 'våt',
  avforing: 'avføring', avføringen: 'avføring', avføringa: 'avføring',
  tjaereaktig: 'tjæreaktig', tjæraktig: 'tjæreaktig', tjaeraktig: 'tjæreaktig',
  gronn: 'grønn', grønt: 'grønn', grønne: 'grønn', gront: 'grønn', gronne: 'grønn',
  brunt: 'brun', brune: 'brun', gult: 'gul', gule: 'gul', svarte: 'svart', svarta: 'svart', sorte: 'sort', sorta: 'sort',
  tor: 'tørr', torr: 'tørr', tørt: 'tørr', tørre: 'tørr',
  // feeding
  amma: 'ammet', amde: 'ammet', ammde: 'ammet', amte: 'ammet', ammer: 'ammet', amme: 'ammet', ammes: 'ammet',
  amming: 'ammet', ammingen: 'ammet', amminga: 'ammet', ammet: 'ammet', ammat: 'ammet',
  // pumping
  pumpa: 'pumpet', pumpe: 'pumpet', pumper: 'pumpet', pumpte: 'pumpet', pumping: 'pumpet', pumpingen: 'pumpet',
  pumpinga: 'pumpet', pumpar: 'pumpet', pumpes: 'pumpet', pumpet: 'pumpet',
  // milk and hand expression
  melken: 'melk', mjølk: 'melk', mjolk: 'melk', mjølki: 'melk', melk: 'melk',
  mjølka: 'melka', mjolka: 'melka', melka: 'melka',
  mjølket: 'melket', mjølke: 'melket', mjølkte: 'melket', melkte: 'melket', melke: 'melket', melket: 'melket',
  hand: 'hånd', haand: 'hånd', handa: 'hånd', hånda: 'hånd', hånden: 'hånd', hånd: 'hånd',
  // coming in
  kome: 'kommet', komme: 'kommet', kommen: 'kommet', komen: 'kommet', kom: 'kommet', kommer: 'kommet', kjem: 'kommet',
  kommi: 'kommet', kommet: 'kommet', komet: 'kommet',
  // time words
  naa: 'nå', gaar: 'går', gar: 'går', igår: 'i går', igaar: 'i går', igar: 'i går', idag: 'i dag', inatt: 'i natt',
  imorges: 'i morges', imorgest: 'i morges', imorgens: 'i morges', ikveld: 'i kveld', ikvell: 'i kveld', kvell: 'kveld',
  morgest: 'morges', morgens: 'morges', sia: 'siden', sidan: 'siden', siden: 'siden',
  føremiddag: 'formiddag', foremiddag: 'formiddag', føremiddagen: 'formiddag', formiddagen: 'formiddag', ettermiddagen: 'ettermiddag',
  klokka: 'kl', klokken: 'kl', klokke: 'kl',
  // numbers
  aatte: 'åtte', atte: 'åtte', forti: 'førti', forr: 'førr', syv: 'sju', tyve: 'tjue', tredve: 'tretti',
  // sides and misc
  hoyre: 'høyre', høgre: 'høyre', hogre: 'høyre', vinstre: 'venstre',
  fodsel: 'fødsel', fødselen: 'fødsel', fodselen: 'fødsel', fodt: 'født', fødd: 'født', fodd: 'født', fødde: 'født', fødte: 'født',
  bokmaal: 'bokmål', bokmal: 'bokmål', sprak: 'språk', spraak: 'språk',
  sjekk: 'sjekk', innsjekk: 'innsjekk', innsjekking: 'innsjekk', innsjekkingen: 'innsjekk', innsjekken: 'innsjekk',
  paminnelse: 'påminnelse', påminnelser: 'påminnelse', påminning: 'påminnelse', påminningar: 'påminnelse',
  hvordan: 'hvordan', hvorden: 'hvordan', hordan: 'hvordan', korleis: 'korleis', koss: 'korleis',
  eksporter: 'eksporter', eksportere: 'eksporter', exporter: 'eksporter', eksport: 'eksporter',
};

/** Stems the Norwegian Snowball stemmer gives for inflections not in the table above. */
const STEM_FOLDS: Readonly<Record<string, string>> = {
  amm: 'ammet',
  pump: 'pumpet',
  håndmelk: 'håndmelket',
  handmjølk: 'håndmelket',
  dobbeltpump: 'dobbeltpumpet',
  enkeltpump: 'enkeltpumpet',
  bæsjeblei: 'bæsjebleie',
  tisseblei: 'tissebleie',
};

/**
 * Typos in the short words she logs with most ("amet", "ammmet", "komt", "pumet"): a word one letter
 * away from one of these, its doubled letters counted once, is that word. Only words of four letters
 * or more that begin with the same letter, and never a word of its own that is that close.
 */
const TYPO_TARGETS: ReadonlyArray<readonly [string, string]> = [
  ['ammet', 'ammet'], ['pumpet', 'pumpet'], ['pumpte', 'pumpet'], ['kommet', 'kommet'], ['håndmelket', 'håndmelket'],
  ['breastfed', 'breastfed'], ['pumped', 'pumped'], ['nursed', 'nursed'],
  // A side misspelt must not be dropped silently: the feed would be stored without it.
  ['venstre', 'venstre'], ['høyre', 'høyre'], ['left', 'left'], ['right', 'right'],
  // Long command words, so one typo still finds the command («oppsumering»).
  ['oppsummering', 'oppsummering'], ['samandrag', 'samandrag'], ['eksporter', 'eksporter'],
];
/** Real words one typo away from a target. */
const NOT_TYPOS = new Set(['amen', 'ammen', 'aket', 'komst', 'komet', 'pumper', 'pumpen', 'nurses', 'pumps', 'høre', 'høyere', 'lift', 'loft', 'lest', 'lent', 'lefts', 'rights']);
const squeeze = (word: string): string => word.replace(/(\p{L})\1+/gu, '$1');
const SQUEEZED_TARGETS = TYPO_TARGETS.map(([target, canonical]) => ({ squeezed: squeeze(target), canonical }));

/** At most one insertion, deletion, substitution or swap of neighbours between a and b. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function typoOf(word: string): string | undefined {
  if (word.length < 4 || NOT_TYPOS.has(word) || !/^\p{L}+$/u.test(word)) return undefined;
  const squeezed = squeeze(word);
  const match = SQUEEZED_TARGETS.find(({ squeezed: target }) => target[0] === squeezed[0] && oneEditApart(squeezed, target));
  return match?.canonical;
}

let stemmer: ReturnType<typeof newStemmer> | undefined;
function stem(word: string): string {
  stemmer ??= newStemmer('norwegian');
  return stemmer.stem(word);
}

const MAX_WORD_LENGTH = 40;

/** The canonical spelling of one lower-cased word. */
export const foldWord = rememberedPerWord(canonicalSpelling);

function canonicalSpelling(word: string): string {
  if (word.length > MAX_WORD_LENGTH) return word;
  const folded = WORD_FOLDS[word];
  if (folded !== undefined) return folded;
  const ascii = word.replace(/aesj/g, 'æsj').replace(/blei(?:e|er|a|en|ene|ar|ane|er)?$/, 'bleie');
  if (/^(?:bæsj|baesj)e?bleie$/.test(ascii)) return 'bæsjebleie';
  if (/^tisse?bleie$/.test(ascii)) return 'tissebleie';
  if (/bleie$/.test(ascii) && /^(?:bleie|våtbleie|vatbleie)$/.test(ascii)) return ascii === 'bleie' ? 'bleie' : 'våtbleie';
  if (/^(?:hånd|hand|haand)(?:melk|mjølk|mjolk)/.test(ascii)) return 'håndmelket';
  if (/^dobbel(?:t)?pump/.test(ascii)) return 'dobbeltpumpet';
  if (/^enkel(?:t)?pump/.test(ascii)) return 'enkeltpumpet';
  if (ascii !== word) return WORD_FOLDS[ascii] ?? ascii;
  if (/^\p{L}+$/u.test(word) && word.length > 3) {
    const stemmed = STEM_FOLDS[stem(word)];
    if (stemmed !== undefined) return stemmed;
  }
  return typoOf(word) ?? word;
}
