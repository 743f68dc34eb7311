import { foldWord } from '../language/fold-text';
import { wordsOf } from './analyzer';
import { BLOOD_IN_A_DIAPER } from '../language/blood-in-a-diaper';

/**
 * Her own body after the birth, not the feeding: her weight and diet («lose the baby weight», «slanke meg»), what
 * she drinks or smokes («a glass of wine», «kaffe», «snus»), her own illness («I have a cold») and her recovery
 * («stitches», «bleeding after the birth», «mensen», «prevensjon»). No topic covers them (TOPICS.md), and their words are topics' words («vekt» the
 * baby's weight, «drink» and «feed» feeding, «hurt» sore nipples): such a question is declined honestly, never
 * answered with the nearest topic.
 */
const HER_OWN_WORDS = [
  // her diet and weight
  'diet', 'diets', 'dieting', 'dietting', 'slanke', 'slanker', 'slanking', 'slankekur', 'slankekurar', 'slankekurer',
  // what she drinks or smokes
  'alkohol', 'alcohol', 'alcoholic', 'vin', 'wine', 'øl', 'beer', 'beers', 'prosecco', 'champagne', 'cocktail', 'cocktails', 'gin', 'vodka',
  'kaffe', 'coffee', 'koffein', 'caffeine', 'cola', 'energidrikk', 'tea', 'snus', 'røyke', 'røyker', 'røyking', 'smoke', 'smoking', 'vape', 'vaping', 'nicotine', 'nikotin',
  // her own illness
  'forkjølet', 'forkjølelse', 'forkjøla', 'influensa', 'omgangssyke', 'covid', 'korona', 'flu',
  // her recovery after the birth (her hair falling out; «hår» alone folds to «har»)
  'hair', 'håret', 'håra', 'hårtap', 'håravfall', 'stitches', 'stingene', 'rift', 'rifter', 'perineum', 'episiotomy', 'lochia', 'etterblødning', 'etterblødninga', 'barselblødning',
  'epidural', 'epiduralen', 'epiduralbedøvelse', 'epiduralbedøvelsen', 'epiduralbedøving', 'epiduralbedøvinga',
  'keisersnittsåret', 'keisersnittsår', 'keisersnittarret', 'keisersnittarr', 'keisarsnittsåret', 'keisarsnittarret',
  'mensen', 'menstruasjon', 'periods', 'prevensjon', 'contraception', 'contraceptive', 'sex', 'samleie',
].map(foldWord);
const HER_OWN_PREFIXES = ['kalori', 'calori'];
/** «bleeding after the birth», «blør fortsatt etter fødselen»: her bleeding, not a nipple's. */
const HER_BLEEDING = /\b(?:bleed|bleeding|blør|blødning|blødningen|blødninga)\s+(?:\p{L}+\s+){0,2}?(?:after|since|etter|sidan|siden)\s+(?:the\s+|giving\s+)?(?:birth|delivery|fødselen|fødsel|fødinga)\b/iu;

/**
 * «vondt i magen etter keisersnitt», «såret etter keisersnittet», «my c-section scar hurts»: her own belly or wound
 * after a caesarean, not feeding after one («kan jeg amme rett etter keisersnitt» stays the first hour's).
 */
const HER_CAESAREAN =
  /\b(?:magen|maga|mage|såret|arret|arr|snittet|stingene|stinga|scar|wound|incision|tummy|belly|stomach)(?:\s+\p{L}+){0,3}?\s+(?:keisersnitt|keisarsnitt|c-?\s?section|caesarean|cesarean)\p{L}*|\b(?:keisersnitt|keisarsnitt|c-?\s?section|caesarean|cesarean)\p{L}*(?:\s+\p{L}+){0,2}?\s+(?:scar|wound|incision|arret|arr|såret|snittet)\b/iu;

/**
 * «melka renner av seg selv», «mjølka renn av seg sjølv om natta», «mjølka renn heile tida»: milk leaking on its own
 * or all the time, no topic's (not hand expression). «hele tiden» only where the sentence ends with it: «melka renner
 * hele tiden når jeg pumper» is about pumping. «rener» is the common slip for «renner».
 */
/** «lekker melk overalt», «leaking milk everywhere»: milk leaking told outright (its flow while she expresses is no leak). */
const LEAKING_MILK = /\b(?:lekker|lek)\s+(?:\p{L}+\s+)?(?:melk|mjølk)\b|\b(?:melk|mjølk|melka|mjølka|melken)\s+(?:\p{L}+\s+)?(?:lekker|lek)\b|\bleak(?:s|ing|ed)?\s+(?:\p{L}+\s+)?milk\b|\bmilk\s+(?:is\s+)?leak(?:s|ing)\b/iu;
const LEAKING =
  /\b(?:renner|rener|renn|rann|drypper|dryp|drypp|lekker|lek)\s+(?:\p{L}+\s+){0,2}?(?:(?:av\s+seg\s+(?:selv|sjølv|sjøl)|by\s+itself|on\s+its\s+own)(?=$|[\s.,!?])|(?:hele\s+tiden|heile\s+tida|all\s+the\s+time)(?=\s*(?:$|[.,!?])))/iu;

/** «lose the baby weight», «shift my pregnancy weight», «I want to lose weight», «how can I lose weight». */
const HER_WEIGHT =
  /\b(?:lose|losing|lost|shed|shedding|shift|drop|dropping|get\s+rid\s+of)\s+(?:the\s+|my\s+|this\s+|all\s+(?:the\s+|my\s+)?|that\s+)?(?:baby|pregnancy|post\s*-?\s*partum|extra)\s+(?:weight|pounds|lbs|kilos|stone)\b|\b(?:weight|kilos|pounds)\s+i\s+(?:put|gained)\s+on\b|\b(?:i\s+(?:want|need|have|would\s+like|wanna|gotta|am\s+trying|m\s+trying|'m\s+trying|try)\s+(?:to\s+)?|(?:can|could|should|do|will)\s+i\s+)lose\s+(?:some\s+|the\s+)?weight\b/iu;
/** «jeg vil gå ned i vekt», «korleis kan eg gå ned i vekt», «kiloene jeg la på meg», «eg har lagt på meg». */
const HER_WEIGHT_NB =
  /\b(?:(?:jeg|eg)\s+(?:vil|skal|må|ønsker|prøver|prøvar|kan|burde|bør|vil\s+gjerne)\s+(?:å\s+)?|(?:kan|skal|bør|må|burde)\s+(?:jeg|eg)\s+)(?:gå|komme|kome)\s+ned\s+(?:\p{L}+\s+){0,2}?(?:vekt|kilo|kiloa|kiloene|kiloane)\b|\b(?:kiloene|kiloane|kiloa|kilo|vekta|vekten)\s+(?:jeg|eg)\s+(?:la|har\s+lagt|la\s+på|gikk\s+opp|gjekk\s+opp)|\b(?:jeg|eg)\s+(?:har\s+)?(?:lagt|la)\s+på\s+meg\b/iu;

/** «I have a cold», «caught a bad cold»: an illness of hers, no cold compress. */
const HER_COLD = /\b(?:have|has|had|got|caught|with|getting|get)\s+a\s+(?:bad\s+|heavy\s+|horrible\s+|stinking\s+|head\s+|chest\s+)?cold\b(?!\s+(?:compress|pack|packs|flannel|cloth|towel|gel))/iu;

/** «jeg har 39 i feber», «eg har feber», «i have a fever of 39»: her own fever (with chills it is a red flag, read before). */
const HER_FEVER = /\b(?:jeg|eg|i)\s+(?:har|have|ve|got|am|m)\s+(?:[\p{L}\d.,]+\s+){0,3}?(?:feber|fever|feverish|temp|temperatur|temperature)\b/iu;

/** «hva bør jeg spise», «what should I eat or drink»: her own diet, not what the baby takes in. */
const HER_DIET = /\b(?:hva|kva|what)\s+(?:(?:bør|skal|kan|burde|må|should|can|do|must)\s+)?(?:jeg|eg|i)\s+(?:(?:helst|ikkje|ikke|not|avoid|unngå)\s+)?(?:spise|ete|eta|eat|eating|drikke|drikka|drink)\b/iu;

/**
 * The baby's health outside every topic (TOPICS.md): jaundice and yellow skin, colic, spitting up, the cord stump,
 * rashes, hiccups, bathing. Their words are topics' words («gul» the stools and colostrum, «etter ammingen» feeding):
 * such a question is declined honestly, never answered with the nearest topic.
 */
const THE_BABYS_HEALTH_WORDS = [
  'gulsott', 'gulsotten', 'jaundice', 'jaundiced', 'bilirubin', 'lysbehandling', 'lysbehandlinga', 'lysbehandlingen', 'phototherapy',
  'kolikk', 'kolikken', 'colic', 'colicky', 'reflux', 'refluks', 'gulper', 'gulpet', 'gulpa', 'gulpe', 'oppgulp', 'oppgulping',
  'navle', 'navlen', 'navlestump', 'navlestumpen', 'navlestreng', 'navlestrengen', 'navlestrengsstumpen', 'umbilical', 'belly button',
  'utslett', 'utslettet', 'eksem', 'rash', 'rashes', 'acne', 'kviser', 'hikke', 'hikker', 'hikka', 'hiccup', 'hiccups', 'hiccuping', 'hiccupping',
  // bathing («bade», folded, is «både»: it is read with the baby after it, BATHING)
  'bading', 'bath', 'bathe', 'bathing', 'bathtime',
].map(foldWord);
/**
 * «hun puster så fort og rart», «she is grunting»: her breathing told, without a red flag's signs. Not a
 * question's subject for the topics (a latch leaves the nose free), only what a message no topic answered was about.
 */
const BREATHING_WORDS = new Set(
  ['puster', 'pustar', 'pust', 'pusten', 'pustet', 'pusta', 'pustepause', 'pustepauser', 'pustepausar', 'breathing', 'breathes', 'breath', 'breaths', 'grunting', 'grunts', 'stønner', 'stønnar', 'stønning'].map(foldWord),
);
/** «yellow skin», «gul i huden», «the whites of his eyes are yellow»: jaundice described. */
const YELLOW_SKIN =
  /\b(?:gul|gule|gult|gulaktig|yellow|yellowish)\s+(?:i\s+)?(?:huden|hud|skin|eyes|øyne|øynene|augo|auga|augene|ansiktet|face)\b|\b(?:huden|hud|skin|eyes|øynene|øyne|augo|auga|ansiktet|face)\s+(?:\p{L}+\s+){0,4}?(?:gul|gule|gult|gulaktig|gulaktige|yellow|yellowish)\b/iu;
/** «spit up», «spitting up», «kaster opp»: bringing milk back up, no topic's. */
const SPITTING_UP = /\b(?:spit|spits|spitting|throw|throws|throwing|threw|bring|brings|bringing|brought)\s+(?:it\s+|milk\s+|some\s+|a\s+lot\s+)?up\b|\b(?:kaster|kasta|kastet|kaste)\s+opp\b/iu;

/** «bade henne», «bade babyen», «badet han»: bathing the baby. */
const BATHING = /\b(?:bade|bader|badet|bada)\s+(?:(?:jeg|eg|vi|me|man|ein)\s+)?(?:henne|han|ham|ho|babyen|barnet|den\s+lille|en\s+nyfødt|ein\s+nyfødd|nyfødte|spedbarn|spedbarnet)\b/iu;

/**
 * Getting her partner to help more («få mannen min til å hjelpe mer om natta», «get my husband to do more»): her
 * family life, no topic's, though «hjelp» and «om natta» are topics' words.
 */
const HER_PARTNER =
  /\b(?:mannen|samboeren|sambuaren|kjæresten|partneren|pappaen|ektemannen|husband|hubby|partner|boyfriend|fiance|fiancé|other\s+half)\b(?:\s+\p{L}+){0,4}?\s+(?:(?:til\s+å|to)\s+)?(?:hjelpe|hjelpa|help|gjøre\s+mer|gjere\s+meir|do\s+more|avlaste|step\s+up|pitch\s+in|ta\s+(?:mer|meir)\s+ansvar|take\s+(?:over|more))\b/iu;

/** Her own body or the baby's health outside every topic: declined honestly, never answered with the nearest topic. */
/** Words after it that say her breathing is fine («puster fint», «breathing normally»): no worry told. */
const FINE = new Set(['fint', 'normalt', 'bra', 'godt', 'greit', 'roleg', 'rolig', 'fine', 'normally', 'normal', 'ok', 'okay', 'well'].map(foldWord));

/** Her words tell of the baby's breathing, not that it is fine. */
export function toldTheBabysBreathing(text: string): boolean {
  const words = wordsOf(text).map(foldWord);
  return words.some((word, at) => BREATHING_WORDS.has(word) && !FINE.has(words[at + 1] ?? ''));
}

export function aboutHerBodyOrTheBabysHealth(text: string): boolean {
  return asksAboutHerOwnBody(text) || asksAboutTheBabysHealth(text);
}

/** The question is about her own body: her weight, diet, drink, recovery after the birth or milk leaking by itself. */
function asksAboutHerOwnBody(text: string): boolean {
  const words = wordsOf(text).map(foldWord);
  if (words.some(isHerOwnWord)) return true;
  return anyFoundIn(HER_OWN_PATTERNS, text);
}

const isHerOwnWord = (word: string): boolean => HER_OWN_WORDS.includes(word) || startsWithAny(word, HER_OWN_PREFIXES);
const isTheBabysHealthWord = (word: string): boolean => THE_BABYS_HEALTH_WORDS.includes(word);
const HER_OWN_PATTERNS = [HER_WEIGHT, HER_WEIGHT_NB, HER_BLEEDING, HER_COLD, HER_FEVER, HER_DIET, HER_CAESAREAN, LEAKING, LEAKING_MILK];
const THE_BABYS_HEALTH_PATTERNS = [YELLOW_SKIN, SPITTING_UP, BATHING, HER_PARTNER, BLOOD_IN_A_DIAPER];

function startsWithAny(word: string, prefixes: readonly string[]): boolean {
  for (const prefix of prefixes) if (word.startsWith(prefix)) return true;
  return false;
}

function anyFoundIn(patterns: readonly RegExp[], text: string): boolean {
  for (const pattern of patterns) if (pattern.test(text)) return true;
  return false;
}

/** The question is about the baby's health outside every topic (jaundice, colic, spitting up, the cord, a rash), or her partner's help. */
function asksAboutTheBabysHealth(text: string): boolean {
  const words = wordsOf(text).map(foldWord);
  if (words.some(isTheBabysHealthWord)) return true;
  return anyFoundIn(THE_BABYS_HEALTH_PATTERNS, text);
}
