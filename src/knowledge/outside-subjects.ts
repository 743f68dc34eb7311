import { foldWord } from '../language/fold-text';
import { wordsOf } from './analyzer';

/**
 * Subjects close to our topics but outside them (TOPICS.md): a question about one of them is
 * declined by name, never answered with the nearest topic as if that covered it. Checked in this
 * order, so that "antibiotika for mastitt" is about mastitis rather than about medicines, and a white coat on
 * the tongue is thrush rather than tongue-tie.
 */
export const OUTSIDE_SUBJECTS = ['thrush', 'tongue-tie', 'mastitis', 'formula', 'vaccines', 'medicines', 'sleep'] as const;
export type OutsideSubject = (typeof OUTSIDE_SUBJECTS)[number];

/**
 * Sleep is named in questions about feeding too ("sovner ved brystet, får hun nok?"): it makes a
 * question outside only when no topic fits it. The other subjects are outside wherever they are named.
 */
export const WEAK_SUBJECTS: ReadonlySet<OutsideSubject> = new Set(['sleep']);

/**
 * The words that name each subject, in bokmål, nynorsk and English: a word ending in `*` stands for
 * every word starting so, two words for a phrase. Written from TOPICS.md's list of what is outside,
 * never from the evaluation set.
 */
const SUBJECT_WORDS: Record<OutsideSubject, readonly string[]> = {
  // Not the tongue alone: «where should his tongue be when he latches» is about the latch.
  'tongue-tie': [
    'tungebånd*', 'tungeband*', 'tongue tie*', 'tongue tied', 'tonguetie*', 'leppebånd*', 'leppeband*', 'lip tie*', 'frenotomi*', 'frenotomy',
    // the tongue described, or its snip
    'frenulum', 'snip', 'snipped', 'snipping', 'heart shaped', 'hjerteformet*', 'klippe under', 'klipt under', 'klipte under', 'klippe tunga', 'klippe tungen',
  ],
  thrush: [
    'trøske*', 'trøyske*', 'sopp*', 'thrush', 'candida*', 'yeast', 'belegg*', 'hvite flekker', 'kvite flekkar', 'white patches', 'white spots', 'white coating',
    // white in the mouth that will not wipe off; itchy, shiny nipples
    'white stuff', 'white film', 'white tongue', 'hvit tunge', 'kvit tunge', 'hvitt i munnen', 'kvitt i munnen', 'hvit i munnen', 'kvit i munnen', 'wipe off', 'rub off', 'tørke bort', 'gni bort',
    'itch', 'itchy', 'itching', 'itches', 'white in her mouth', 'white in his mouth', 'white inside her mouth', 'white inside his mouth', 'klør', 'kløe', 'klåe', 'shiny nipples', 'blanke brystvorter',
  ],
  mastitis: [
    'mastitt*', 'mastitis', 'brystbetennelse*', 'brystbetennels*',
    // the compound written apart: an inflammation or infection in the breast
    'betennelse i brystet', 'betennelse i bryst', 'betennelse i puppen', 'betennelse i brysta', 'betennelse i brystene', 'bryst betennelse', 'betent bryst', 'betente bryst',
    'betent pupp', 'infeksjon i brystet', 'breast infection', 'infection in my breast', 'infection in the breast', 'infected breast', 'inflamed breast', 'inflammation in my breast',
  ],
  formula: [
    'morsmelkerstatning*', 'morsmjølkerstatning*', 'erstatning*', 'mme', 'formula*', 'aptamil', 'similac', 'enfamil', 'kendamil', 'hipp', 'nan', 'tilleggsmat*', 'tilleggsmelk*', 'tilleggsmjølk*',
    'tillegg', 'tillegget', 'gi tillegg', 'gir tillegg', 'får tillegg', 'fått tillegg', 'top up', 'top ups', 'topup*', 'pulvermelk*', 'pulvermjølk*',
    // the tin, the powder and its scoop
    'boksen', 'boksmelk*', 'boksmjølk*', 'pulver*', 'powder*', 'scoop*', 'måleskje*', 'tin of',
    // the tin in English («the tin stuff», «from a tin»; Norwegian «tin» is thawing), ready-made bottles
    'the tin', 'a tin', 'tins', 'tinned', 'tin stuff', 'ready made', 'readymade', 'ready to feed',
  ],
  vaccines: [
    'vaksin*', 'vaccin*', 'immunis*', 'immuniz*', 'rotavirus*', 'stikket', 'stikkene', 'stikka', 'jab', 'jabs', 'shots', 'injection*', 'injeksjon*',
    'bcg', 'hepatitt*', 'hepatitis', 'kikhoste*', 'whooping',
    // «kva stikk får ho», «hvilke stikk skal han ha»: the jabs («får stikk i brystet» is a stabbing pain, no jab)
    'kva stikk', 'hva stikk', 'hvilke stikk', 'kva slags stikk', 'hva slags stikk', 'kva for stikk', 'stikk får', 'stikk skal', 'stikka får', 'stikkene får',
    // «får sprøytene»: the jabs she gets, not the syringe for colostrum
    'får sprøyt*', 'fått sprøyt*', 'fikk sprøyt*', 'fekk sprøyt*', 'sprøyter får', 'sprøytene får', 'sprøyter på helsestasjon*', 'sprøytene på helsestasjon*', 'får hun sprøyt*', 'får han sprøyt*', 'får ho sprøyt*', 'får babyen sprøyt*',
  ],
  medicines: [
    'medisin*', 'medikament*', 'legemid*', 'tablett*', 'tablet*', 'capsule*', 'kapsel*', 'kapsl*', 'pille*', 'piller', 'pill', 'pills', 'hayfever', 'høysnue*',
    // «noe mot hodepine», «something for a headache»
    'mot hodepine', 'mot hovudpine', 'mot hovudverk',
    // «ta noe for smertene», «something for the pain»: a painkiller, whatever its name
    'noe mot smert*', 'noe for smert*', 'noko mot smert*', 'noko for smert*', 'noe mot vondt*', 'noko mot vondt*', 'something for the pain', 'anything for the pain', 'something for pain', 'anything for pain', 'for headache', 'for headaches', 'for a headache', 'for my headache', 'dose', 'doser', 'dosen', 'dosar', 'dosering*', 'dosage', 'doses',
    'paracet*', 'ibux', 'ibuprofen', 'ibumetin', 'pinex', 'voltaren', 'naproxen', 'antibiotika*', 'antibiotic*', 'penicillin*',
    'smertestillande', 'smertestillende', 'painkiller*', 'pain relief', 'medication*', 'medicine*', 'nesespray*', 'nasal spray', 'mg',
    // medicines often asked about («trygt å ta» alone is not one: «varme omslag» are engorgement's)
    'kodein*', 'codein*', 'antihistamin*', 'morfin*', 'morphine',
    'opioid*', 'tramadol', 'aspirin', 'dispril', 'antidepressiv*', 'antidepressant*', 'sertralin*', 'cetirizin*', 'loratadin*',
  ],
  sleep: [
    'sove', 'sover', 'søv', 'sov', 'sovet', 'sovne*', 'søvn*', 'sleep*', 'asleep', 'nap', 'naps', 'napping', 'krybbedød*', 'sids', 'swaddl*', 'svøp*',
    // where she sleeps
    'seng', 'senga', 'sengen', 'senger', 'sprinkelseng*', 'babyseng*', 'vogg*', 'vugg*', 'krybbe*', 'crib*', 'cot', 'cots', 'bassinet*', 'cosleep*', 'samsov*', 'bedshar*', 'bed sharing', 'share a bed',
    // the compounds written apart, and her own bed
    'co sleep*', 'bed shar*', 'sove sammen', 'sove saman', 'our bed', 'big bed', 'senga vår', 'sengen vår', 'dobbeltseng*',
  ],
};

/**
 * A subject described rather than named: a thing of hers or the baby's together with a sign that makes it that
 * subject, anywhere in the message. The tongue with a heart shape, a tight band or a tip that cannot lift or reach
 * past the lip is a tongue-tie; a lump in the breast that is red or asks for treatment is mastitis. The tongue
 * alone («where should his tongue be») stays with the latch, a lump alone with her breasts as they fill.
 */
const DESCRIBED: Partial<Record<OutsideSubject, readonly [things: readonly string[], signs: readonly string[]]>> = {
  'tongue-tie': [
    // not «tunge», which is heavy too («brystene er tunge»)
    ['tunga', 'tungen', 'tungespiss*', 'tungetupp*', 'tongue', 'tongues'],
    [
      'hjerte*', 'hjarte*', 'heart*', 'stram*', 'tight*', 'løfte', 'løfter', 'løftet', 'løfta', 'løft', 'lyfte', 'lyftar', 'lyfta', 'lift', 'lifts', 'lifted', 'lifting',
      'forbi', 'past', 'beyond', 'stikke ut', 'stikk ut', 'stikker ut', 'stick out', 'sticks out', 'stick it out', 'rekke ut', 'rekkje ut', 'kort', 'korte', 'short', 'fast', 'stuck',
      'tied', 'bundet', 'hakk', 'notch', 'notched', 'v shape', 'kløft', 'kloft',
      // cannot reach out over the gums
      'tannkjøt*', 'tannkjøtt*', 'gum', 'gums', 'gumline', 'ut over', 'out over',
    ],
  ],
  mastitis: [
    ['klump', 'klumpen', 'klumper', 'klumpar', 'kul', 'kula', 'kulen', 'kule', 'kuler', 'knute', 'knuten', 'knuter', 'knutar', 'lump', 'lumps', 'hard spot', 'hardt område', 'hardt parti'],
    [
      'rød', 'røde', 'rødt', 'rødlig', 'raud', 'raude', 'raudt', 'red', 'reddish', 'redness', 'reddened', 'behandling*', 'behandle*', 'treatment*', 'treat', 'treated',
      'betent*', 'inflam*', 'infeksjon*', 'infection*', 'infected',
    ],
  ],
};

interface Patterns {
  exact: Set<string>;
  prefixes: string[];
  phrases: string[][];
}

function patternsOf(entries: readonly string[]): Patterns {
  const patterns: Patterns = { exact: new Set(), prefixes: [], phrases: [] };
  for (const entry of entries) {
    const words = entry.split(' ').map((word) => (word.endsWith('*') ? `${foldWord(word.slice(0, -1))}*` : foldWord(word)));
    if (words.length > 1) patterns.phrases.push(words);
    else if (words[0]!.endsWith('*')) patterns.prefixes.push(words[0]!.slice(0, -1));
    else patterns.exact.add(words[0]!);
  }
  return patterns;
}

const PATTERNS: ReadonlyMap<OutsideSubject, Patterns> = new Map(OUTSIDE_SUBJECTS.map((subject) => [subject, patternsOf(SUBJECT_WORDS[subject])]));

/**
 * A Norwegian compound ends in what it is: «allergimedisin» is a medicine, «hovudpinetablett» a tablet.
 * A subject's word of six letters or more (and «sopp») also names it as the last part of a compound,
 * after a first part of three letters or more; shorter words would hit inside unrelated words.
 */
const MIN_TAIL_PATTERN = 6;
const TAILS_TOO = new Set(['sopp']);
const MIN_FIRST_PART = 3;
const namesAsTail = (word: string, prefix: string): boolean =>
  (prefix.length >= MIN_TAIL_PATTERN || TAILS_TOO.has(prefix)) && word.indexOf(prefix, MIN_FIRST_PART) !== -1;

const wordMatches = (word: string, pattern: string): boolean => (pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern);

function names(words: readonly string[], patterns: Patterns): boolean {
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    if (patterns.exact.has(word)) return true;
    for (const prefix of patterns.prefixes) if (word.startsWith(prefix) || namesAsTail(word, prefix)) return true;
    for (const phrase of patterns.phrases) if (phraseAt(words, at, phrase)) return true;
  }
  return false;
}

function phraseAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  for (let i = 0; i < phrase.length; i++) if (!wordMatches(words[at + i] ?? '', phrase[i]!)) return false;
  return true;
}

const DESCRIBED_PATTERNS: ReadonlyMap<OutsideSubject, readonly [Patterns, Patterns]> = new Map(
  OUTSIDE_SUBJECTS.flatMap((subject) => {
    const described = DESCRIBED[subject];
    return described ? [[subject, [patternsOf(described[0]), patternsOf(described[1])] as const] as const] : [];
  }),
);

/** The first subject outside our topics that the text names, or else describes, or null. */
export function outsideSubjectOf(text: string): OutsideSubject | null {
  const words = wordsOf(text).map(foldWord);
  for (const subject of OUTSIDE_SUBJECTS) if (names(words, PATTERNS.get(subject)!)) return subject;
  for (const subject of OUTSIDE_SUBJECTS) {
    const described = DESCRIBED_PATTERNS.get(subject);
    if (described !== undefined && names(words, described[0]) && names(words, described[1])) return subject;
  }
  return null;
}

/**
 * Sleep named where the baby sleeps, or putting her down to sleep, is the question itself, not a word on the way
 * to a feeding question: «she wakes when I put her down in the cot».
 */
const SLEEP_ITSELF = patternsOf([
  'seng', 'senga', 'sengen', 'senger', 'sprinkelseng*', 'babyseng*', 'vogg*', 'vugg*', 'krybbe*', 'crib*', 'cot', 'cots', 'bassinet*', 'moses basket', 'cosleep*', 'samsov*',
  'bedshar*', 'bed sharing', 'share a bed', 'krybbedød*', 'sids', 'swaddl*', 'svøp*',
  'co sleep*', 'bed shar*', 'sove sammen', 'sove saman', 'our bed', 'big bed', 'senga vår', 'sengen vår', 'dobbeltseng*',
  'put her down', 'put him down', 'lay her down', 'lay him down', 'putting her down', 'putting him down',
  'legge henne ned', 'legger henne ned', 'legge han ned', 'legger han ned', 'legge ham ned', 'legger ham ned', 'legge ho ned', 'legg ho ned', 'leggje ho ned', 'legg han ned',
  'legge henne fra meg', 'legger henne fra meg', 'legge han fra meg', 'legger han fra meg', 'legge ho frå meg', 'legg ho frå meg',
]);

/** The subject makes her message a question outside our topics wherever it is named: always, but for sleep said on the way. */
export function isOutsideWherever(subject: OutsideSubject, text: string): boolean {
  return !WEAK_SUBJECTS.has(subject) || names(wordsOf(text).map(foldWord), SLEEP_ITSELF);
}

/** `topics:ui.outside.<subject>`: the honest decline that names the subject and where to get help. */
export function outsideKey(subject: OutsideSubject): string {
  return `topics:ui.outside.${subject}`;
}
