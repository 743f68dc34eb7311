import type { Locale } from '../mother/profile';

/**
 * Which of our languages a message is written in, from its small everyday words, or undefined when
 * that is not clear. Pure and cheap: the first 60 words of her message, three word lists.
 *
 * Words that are the same or nearly so in both languages count for neither: "i" (English "I",
 * Norwegian "in"), "to" (two), "at", "for", "men", "me", "no" (nynorsk "now"), "baby", "ok", "status".
 * Yes and no ("ja", "nei", "yes", "no") count for neither either: the consent buttons send "ja" and
 * "nei" in every language, and an answer says nothing about which language she wants.
 * A greeting is a word like any other: a bare "hei", "hallo" or "heisann" is Norwegian (no English
 * speaker writes them), a bare "hi" or "hello" is English.
 */

/** Norwegian in both written forms (bokmål and nynorsk). */
const NORWEGIAN = new Set([
  'hei', 'heisann', 'heia', 'hallo', 'halla', 'hallais', 'heihei', 'morn', 'morna', 'morgen', 'morgon', 'kveld', 'kveldar', 'natt',
  'dag', 'takk', 'tusen', 'og', 'er', 'på', 'med', 'til', 'av', 'om', 'det', 'den', 'har', 'hadde', 'fått', 'meg', 'deg', 'seg',
  'oss', 'vi', 'du', 'som', 'litt', 'veldig', 'kan', 'vil', 'skal', 'må', 'bør', 'lurer', 'lurte', 'gutt', 'jente', 'gutten', 'jenta',
  'babyen', 'barnet', 'mamma', 'amme', 'ammet', 'amma', 'ammer', 'amming', 'pumpet', 'pumpa', 'pumper', 'bleie', 'bleier',
  'bleia', 'bleiene', 'bæsj', 'tiss', 'bryst', 'brystet', 'brystene', 'brysta', 'fødsel', 'fødselen', 'hjelp', 'går', 'gikk', 'sover',
  'sove', 'sulten', 'sår', 'sårt', 'nettopp', 'akkurat', 'også', 'etter', 'før', 'mitt', 'første', 'mange', 'spørsmål', 'blir',
  'okei', 'greit', 'snakke', 'snakker', 'norsk', 'god', 'godt', 'natta', 'barsel', 'jordmor', 'ved', 'eller',
]);
/** Bokmål only. */
const BOKMAL = new Set([
  'jeg', 'ikke', 'hva', 'hvordan', 'hvorfor', 'hvor', 'hvem', 'hvilken', 'hvis', 'noe', 'noen', 'nå', 'mye', 'melk', 'melken', 'hun',
  'født', 'fødte', 'bare', 'hjemme', 'hjem', 'sykehus', 'sykehuset', 'kommet', 'kommer', 'gjør', 'vet', 'sier', 'en', 'et', 'fikk',
  'sammen', 'fra', 'mer', 'uke', 'uka', 'uken', 'dem', 'deres', 'helt', 'ganger', 'tror', 'trenger', 'synes', 'ble', 'vært', 'disse',
  'ennå', 'selv', 'siden', 'lille', 'morges',
]);
/** Nynorsk only. */
const NYNORSK = new Set([
  'eg', 'ikkje', 'kva', 'korleis', 'kvifor', 'kvar', 'kven', 'kor', 'noko', 'nokon', 'nokre', 'mykje', 'mjølk', 'mjølka', 'ho', 'dei',
  'berre', 'fødd', 'fødde', 'heilt', 'kome', 'kjem', 'ein', 'eit', 'meir', 'frå', 'gjer', 'veit', 'seier', 'òg', 'vore', 'vart',
  'enno', 'heime', 'sjukehus', 'sjukehuset', 'veke', 'veka', 'trur', 'treng', 'gonger', 'gong', 'saman', 'fekk', 'hugsar', 'sjølv',
  'sidan', 'desse', 'morgonen', 'synest', 'ammar', 'pumpar', 'søv',
]);
const ENGLISH = new Set([
  'hi', 'hello', 'hey', 'hiya', 'good', 'morning', 'evening', 'afternoon', 'night', 'thanks', 'thank', 'please', 'the', 'an', 'is',
  'are', 'am', 'was', 'were', 'been', 'what', 'how', 'why', 'when', 'where', 'who', 'which', 'my', 'you', 'your', 'we', 'she', 'he',
  'it', 'its', "it's", 'this', 'that', 'these', 'those', 'and', 'or', 'of', 'in', 'on', 'with', 'from', 'just', 'have', 'has', 'had',
  'do', 'does', 'did', "don't", 'dont', "i'm", 'im', "i've", "i'd", "i'll", 'can', 'could', 'should', 'would', 'will', 'not', 'birth',
  'born', 'gave', 'give', 'breastfeed', 'breastfeeding', 'breastfed', 'fed', 'feed', 'feeding', 'feeds', 'pumped', 'diaper',
  'diapers', 'nappy', 'nappies', 'poo', 'poop', 'pee', 'wet', 'milk', 'much', 'many', 'some', 'any', 'there', 'here', 'they', 'his',
  'him', 'our', 'us', 'out', 'about', 'today', 'yesterday', 'tonight', 'now', 'speak', 'english', 'help', 'hungry', 'sleep',
  'sleeping', 'tired', 'sore', 'nipple', 'nipples', 'breast', 'breasts', 'latch', 'know', 'think', 'want', 'need', 'get', 'got',
  'feel', 'mom', 'mum', 'mother', 'son', 'daughter', 'boy', 'girl', 'hours', 'hour', 'times', 'day', 'days', 'week', 'first',
  'little', 'very', 'really', 'but', 'if', 'then', 'still', 'also', 'again', 'tell', 'explain', 'newborn', 'home', 'question', 'okay',
]);

const MAX_WORDS = 60;

/** Her words, lower-cased: letters and apostrophes (as in "i'm"), typographic apostrophes made plain. */
function wordsOf(text: string): string[] {
  return text
    .slice(0, 1000)
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .split(/[^\p{L}\p{M}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word.length > 0)
    .slice(0, MAX_WORDS);
}

/**
 * The language of her message when it is clear, else undefined. Clear: words of one language only,
 * or at least twice as many of it as of the other and two more ("hello, jeg har nettopp født").
 * Norwegian is nynorsk when it has more nynorsk-only words than bokmål-only ones ("eg har nettopp
 * fødd"), bokmål when the other way round, and `norwegian` (the variant she already has, bokmål
 * by default) when the words are common to both ("hei", "god morgen").
 */
export function detectLocale(text: string, norwegian: 'nb' | 'nn' = 'nb'): Locale | undefined {
  let no = 0;
  let en = 0;
  let nb = 0;
  let nn = 0;
  for (const word of wordsOf(text)) {
    const bokmal = BOKMAL.has(word);
    const nynorsk = NYNORSK.has(word);
    if (bokmal || nynorsk || NORWEGIAN.has(word)) no += 1;
    else if (ENGLISH.has(word)) en += 1;
    if (bokmal && !nynorsk) nb += 1;
    if (nynorsk && !bokmal) nn += 1;
  }
  const isNorwegian = no > 0 && (en === 0 || (no >= 2 * en && no - en >= 2));
  const isEnglish = en > 0 && (no === 0 || (en >= 2 * no && en - no >= 2));
  if (isEnglish) return 'en';
  if (!isNorwegian) return undefined;
  if (nn > nb) return 'nn';
  if (nb > nn) return 'nb';
  return norwegian;
}

/**
 * The written form of Norwegian her words are in, when they show it (more bokmål-only than
 * nynorsk-only words, or the other way round), else undefined: «hei», «ja», «i går kl 22» are both.
 */
export function norwegianVariant(text: string): 'nb' | 'nn' | undefined {
  let nb = 0;
  let nn = 0;
  for (const word of wordsOf(text)) {
    const bokmal = BOKMAL.has(word);
    const nynorsk = NYNORSK.has(word);
    if (bokmal && !nynorsk) nb += 1;
    if (nynorsk && !bokmal) nn += 1;
  }
  return nn > nb ? 'nn' : nb > nn ? 'nb' : undefined;
}
