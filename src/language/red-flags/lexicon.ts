import { foldWord } from '../fold-text';
import { TypoTargets } from '../typos';
import { rememberedPerWord } from '../word-memo';

/** What a word can mean for the red-flag signs. A word may carry several tags. */
export type Tag =
  // reading
  | 'negation' | 'negationDeterminer' | 'reassurance' | 'intensity' | 'hard' | 'want' | 'copula' | 'mother' | 'baby'
  // where on the body, and what is not the body
  | 'centralBody' | 'eyes' | 'periphery' | 'localBody' | 'stool' | 'object' | 'service' | 'nursing' | 'side'
  // breathing
  | 'breath' | 'stopVerb' | 'breathHard' | 'breathless' | 'noBreath' | 'grunt' | 'fast' | 'manner'
  // responding
  | 'respond' | 'contact' | 'unresponsive' | 'stare'
  // colour
  | 'blue' | 'dusky' | 'yellow' | 'jaundice' | 'green' | 'red' | 'redBreast'
  // seizure
  | 'seizure' | 'fit' | 'jerk' | 'passOut'
  // mother
  | 'bleed' | 'heavy' | 'mild' | 'soak' | 'pad' | 'faint' | 'chest' | 'pain' | 'breastSingular' | 'breast' | 'sore'
  // fever
  | 'fever' | 'temperatureContext' | 'chills' | 'notTemperatureUnit' | 'notTemperatureBefore' | 'fahrenheit'
  // sleep and feeding
  | 'tired' | 'sleep' | 'lethargic' | 'wakeOther' | 'wakeSelf' | 'feedVerb' | 'feedObject' | 'takeVerb' | 'refuse'
  // time
  | 'early' | 'dayish' | 'fullDay' | 'hourUnit'
  // vomit and diapers
  | 'vomit' | 'vomitVerb' | 'up' | 'wet' | 'dry' | 'diaper'
  // a listed word that means none of these (blocks prefixes and typo matching)
  | 'none';

/** Words end in `*` when every word starting so counts. Written with æøå; folded when loaded. */
const WORDS: Record<Tag, string[]> = {
  negation: ['ikke', 'ikkje', 'ikk', 'ike', 'ikek', 'ikkj', 'ikkee', 'ikje', 'ikkke', 'ijke', 'aldri', 'not', 'never', 'isnt', 'doesnt', 'dont', 'didnt', 'wont', 'cant', 'cannot', 'hasnt', 'havent', 'hadnt', 'wasnt', 'arent', 'werent', 'wouldnt', 'couldnt', 'aint'],
  negationDeterminer: ['ingen', 'inga', 'intet', 'ingenting', 'null', 'zero', 'no', 'none', 'nothing', 'without', 'uten', 'utan', 'verken', 'neither', 'nor'],
  reassurance: ['fint', 'fin', 'fine', 'finely', 'normalt', 'normal', 'normally', 'bra', 'godt', 'greit', 'rolig', 'roleg', 'ok', 'okay', 'well', 'good', 'great', 'jevnt', 'regelmessig', 'steady', 'regular', 'regularly'],
  intensity: ['veldig', 'for', 'svært', 'ekstremt', 'very', 'so', 'så', 'unusually', 'unormalt', 'unaturlig', 'uvanleg', 'uvanlig', 'altfor', 'too', 'extremely', 'kjempe', 'helt', 'heilt', 'really', 'super', 'utrolig', 'abnormally', 'much'],
  hard: ['vanskelig', 'vanskeleg', 'vansklig', 'vond', 'hard', 'difficult', 'umulig', 'umogleg', 'impossible', 'tung', 'tungt', 'hardly', 'knapt'],
  want: ['vil', 'ville', 'want', 'wants', 'ønsker', 'ynskjer', 'trenger', 'treng', 'need', 'bør', 'should', 'tør', 'orker'],
  copula: ['er', 'ble', 'blir', 'vart', 'var', 'vert', 'blitt', 'is', 'was', 'are', 'turned', 'turning', 'turns', 'went', 'goes', 'going', 'looks', 'look', 'looking', 'ser', 'became', 'gone', 'getting', 'got', 'seems', 'virker', 'shes', 'hes', 'its'],
  mother: ['jeg', 'eg', 'meg', 'my', 'me', 'myself', 'im', 'ive', 'mamma', 'mor'],
  baby: ['hun', 'han', 'ho', 'henne', 'ham', 'hennes', 'hans', 'babyen', 'baby', 'barnet', 'gutten', 'jenta', 'jenten', 'sønnen', 'sonen', 'datteren', 'dottera', 'dattera', 'minsten', 'vesla', 'veslejenta', 'veslegutten', 'she', 'he', 'shes', 'hes', 'her', 'him', 'his', 'newborn', 'nyfødt*', 'spedbarn*', 'lillegutt*', 'lillejent*', 'lillemann*'],
  centralBody: ['lepper', 'leppene', 'leppane', 'leppa', 'leppen', 'lips', 'lip', 'ansikt', 'ansiktet', 'andlet*', 'face', 'hud', 'huden', 'huda', 'skin', 'munn', 'munnen', 'mouth', 'tunge', 'tunga', 'tungen', 'tongue', 'kropp', 'kroppen', 'fjes', 'fjeset', 'farge', 'fargen', 'color', 'colour', 'overkropp*', 'brystkass*'],
  eyes: ['øyne', 'øynene', 'augo', 'auga', 'augene', 'eyes', 'eye', 'øyehvit*', 'whites'],
  periphery: ['hender', 'hendene', 'hand', 'hånd', 'hånden', 'hånda', 'hands', 'føtter', 'føttene', 'fot', 'foten', 'føter', 'føtene', 'feet', 'foot', 'fingre', 'fingrene', 'fingers', 'tær', 'tærne', 'tåa', 'toes', 'nails', 'negler', 'neglene', 'armer', 'armene', 'armane', 'bein', 'beina', 'beinet', 'legs', 'arms', 'hode', 'hodet', 'head', 'bulen', 'kulen', 'issen'],
  localBody: ['mage', 'magen', 'livmor*', 'legg', 'leggen', 'leggene', 'leggane', 'rygg*', 'tummy', 'stomach', 'belly', 'uterus', 'leg', 'calf', 'etterri*', 'underliv*', 'magekramp*', 'fot', 'foten'],
  stool: ['bæsj*', 'bajs*', 'avføring*', 'stool*', 'poo', 'poos', 'poop*', 'pooey', 'soiled', 'tiss', 'urin*', 'barnebek', 'mekonium', 'meconium', 'melk*', 'mjølk*', 'kolostrum', 'råmelk*', 'råmjølk*', 'colostrum', 'snørr'],
  object: ['body', 'bodyen', 'bodyer', 'lue', 'lua', 'teppe', 'teppet', 'klær', 'dress', 'dressen', 'genser', 'sokker', 'sokkene', 'pysj', 'smekke', 'smokk', 'smokken', 'hat', 'blanket', 'onesie', 'clothes', 'socks', 'vogn*', 'kopp', 'flaske', 'flaska', 'blåmerke*', 'bruise*', 'merke', 'merket'],
  service: ['jordmor*', 'jordmora', 'helsestasjon*', 'helsesøster*', 'helsesykepleier*', 'lege', 'legen', 'legevakt*', 'fastlege*', 'telefon*', 'tlf', 'phone', 'sykehus*', 'sjukehus*', 'fødeavdeling*', 'barsel*', 'ammehjelp*', 'midwife', 'nurse', 'doctor', 'hospital', 'gp', 'clinic', 'melding*', 'du', 'deg', 'dere', 'you', 'spørsmål*', 'question*', 'bot', 'boten', 'chatbot*', 'app', 'appen', 'sms', 'mail', 'epost', 'chat', 'mannen', 'samboer*', 'partner*', 'kjæresten'],
  nursing: ['amme*', 'ammar', 'suger', 'suge', 'sugetak', 'tak', 'vorte*', 'brystvort*', 'melk*', 'mjølk*', 'pump*', 'klump*', 'spreng*', 'breastfeed*', 'nipple*', 'latch*', 'brystene', 'bryster', 'brysta', 'dier', 'die', 'hard', 'hardt', 'harde', 'rødt', 'rød', 'raudt', 'mastitt', 'brystbetennelse*', 'mating', 'mate'],
  side: ['høyre', 'venstre', 'høgre', 'left', 'right', 'eine', 'ene', 'side', 'sida'],
  breath: ['puster', 'puste', 'pust', 'pusten', 'pustar', 'pusta', 'pustet', 'pustade', 'pustr', 'luft', 'lufta', 'air', 'breathing', 'breathe', 'breath', 'breathes', 'breathed', 'respirasjon*'],
  stopVerb: ['sluttet', 'slutta', 'stopped', 'stoppet', 'stoppa', 'slutter', 'sluttar', 'stops', 'stop', 'quit'],
  breathHard: ['anstreng*', 'strever', 'strevar', 'strevde', 'struggling', 'struggles', 'struggle', 'difficulty', 'trouble', 'laboured', 'labored', 'gisper', 'gispar', 'gispe', 'gasping', 'gasps', 'gasp'],
  breathless: ['pustebesvær*', 'pustevansk*', 'andpust*', 'kortpust*', 'tungpust*', 'breathless*'],
  noBreath: ['pustestopp*', 'apné', 'apne', 'apnea', 'apnoea'],
  grunt: ['grynt*', 'grynter', 'stønn*', 'stønner', 'stønnar', 'grunt', 'grunts', 'grunting', 'grunted', 'moaning'],
  fast: ['fort', 'raskt', 'kjapt', 'hurtig*', 'kjempefort', 'superfort', 'fast', 'rapid*', 'quick*', 'peser', 'pesar', 'panting', 'pants'],
  manner: ['fort', 'raskt', 'kjapt', 'fast', 'tungt', 'hardt', 'rart', 'mye', 'lenge', 'ofte', 'heavily', 'hard', 'loudly', 'høyt', 'høgt', 'med'],
  respond: ['reagerer', 'reagere', 'reagerar', 'reagert', 'reagerte', 'reagera', 'reaksjon', 'reaksjonen', 'reaksjoner', 'respons', 'responsen', 'responding', 'respond', 'responds', 'responded', 'responsive', 'responsiv', 'response', 'svarer', 'svarar', 'svare', 'svarte', 'svara', 'answering', 'answer', 'answers', 'reacting', 'react', 'reacts'],
  contact: ['kontakt', 'kontakten', 'contact'],
  unresponsive: ['livløs', 'livlaus', 'bevisstløs', 'bevistløs', 'medvitslaus', 'unresponsive', 'lifeless', 'unconscious'],
  stare: ['stirrer', 'stirrar', 'stares', 'staring', 'blank', 'tomt', 'gjennom', 'ruller', 'rolling', 'rolled'],
  blue: ['blå', 'blått', 'blåe', 'blue', 'grå', 'grått', 'gråe', 'grey', 'gray', 'blåaktig', 'gråaktig', 'blålig', 'blåleg', 'blåfarget', 'blåfarga', 'gråblå*', 'gråblek*', 'gråleg', 'grålig', 'bluish', 'blueish', 'greyish', 'grayish', 'cyanotic', 'cyanose', 'zyanose', 'blåsvart*', 'gråfarget'],
  dusky: ['dusky', 'mørk', 'mørke', 'mørkt', 'mørkere', 'dark', 'darker', 'purple', 'lilla'],
  yellow: ['gul', 'gule', 'gult', 'yellow', 'gulaktig', 'gulleg', 'gulig', 'yellowish', 'gulfarget'],
  jaundice: ['gulsott*', 'gulsot', 'jaundice*', 'icterus', 'ikterus'],
  green: ['grønn', 'grønt', 'grønne', 'grøn', 'grønnaktig', 'grønleg', 'grønlig', 'green', 'greenish', 'galle*', 'bile'],
  red: ['rød', 'rødt', 'røde', 'rødme', 'rødhet', 'rødlig', 'raud', 'raudt', 'raude', 'red', 'redness', 'reddish', 'flushed', 'stripe', 'streak'],
  redBreast: ['brystbetennelse*', 'mastitt*', 'mastitis'],
  seizure: ['kramp*', 'krampar', 'seizure*', 'seized', 'seizing', 'convuls*', 'krampeanfall', 'anfall', 'epilep*', 'krampetrekning*'],
  fit: ['fit', 'fits'],
  passOut: ['pass', 'passed', 'passing'],
  jerk: ['rykk*', 'rykninger', 'rykkjer', 'rykkjingar', 'rykkinger', 'jerk*', 'twitch*', 'spasm*', 'stivner', 'stivnar', 'stivnet', 'stivna', 'stiv', 'stive', 'stiff*', 'rister', 'ristar', 'shaking', 'shakes', 'skaking'],
  bleed: ['blør', 'bløder', 'blødning*', 'blødde', 'blødd', 'bled', 'blod', 'blodet', 'bleeding', 'bleed', 'bleeds', 'blood', 'blø', 'bløding'],
  heavy: ['mye', 'masse', 'kraftig*', 'heavy', 'heavily', 'lot', 'lots', 'mykje', 'voldsom*', 'enormt', 'fosser', 'fossar', 'klumper', 'klumpar', 'clots', 'storblødning', 'gjennom', 'through', 'soaking', 'gushing', 'pouring'],
  mild: ['litt', 'lite', 'little', 'bit', 'slightly', 'mindre', 'less', 'spotting', 'svak', 'svakt', 'normal', 'normalt', 'vanlig'],
  soak: ['soaking', 'soaked', 'soak', 'gjennomblødd*', 'gjennom', 'through'],
  pad: ['pad', 'pads', 'bind', 'bindet', 'binda', 'bindene', 'sanitary'],
  faint: ['besvim*', 'svimte', 'svima', 'svime', 'svimer', 'svimmel', 'svimmelheit', 'svimmelhet', 'dånet', 'dåna', 'faint*', 'svartn*', 'dizzy', 'lightheaded', 'kollaps*', 'collapse*', 'tuppa', 'tuppet'],
  chest: ['chest', 'brystkass*'],
  pain: ['vondt', 'vondt', 'smerte*', 'smerter', 'pain', 'painful', 'hurts', 'hurt', 'trykk', 'press', 'pressure', 'stikker', 'verk', 'tight', 'tightness', 'klemmer', 'aching', 'ache', 'strammer', 'sting*', 'crushing'],
  breastSingular: ['brystet'],
  breast: ['bryst*', 'breast*', 'pupp*'],
  /** Hard, sore or engorged, said of the breasts: with her fever, as a red breast. */
  sore: ['vondt', 'vond', 'vonde', 'sår', 'såre', 'øm', 'ømme', 'ømt', 'verk*', 'smerte*', 'sore', 'tender', 'painful', 'pain', 'hurt*', 'ache*', 'aching', 'hard', 'harde', 'hardt', 'steinhard*', 'hoven', 'hovne', 'swollen', 'stram*', 'tight', 'brystspreng*', 'engorge*'],
  fever: ['feber', 'feberen', 'febersyk', 'febril', 'fever', 'feverish', 'fevers', 'høyfeber'],
  temperatureContext: ['temp', 'tempen', 'temperatur*', 'temperature', 'grader', 'gradar', 'degrees', 'degree', 'målt', 'målte', 'måler', 'measured', 'feber', 'fever', 'c', 'celsius', 'termometer*', 'thermometer', 'rumpa', 'endetarm*', 'armhule*', 'øret', 'rectal', 'rectally', 'armpit', 'underarm', 'ear', 'tempa', 'tempe', 'tempt'],
  chills: ['frysning*', 'frysningar', 'frostri*', 'fryser', 'frys', 'skjelv*', 'skjelver', 'skjelvingar', 'skjalv', 'frøs', 'chill*', 'shiver*', 'shaking', 'rigor*', 'rigour*', 'frys'],
  notTemperatureUnit: ['ml', 'g', 'gr', 'gram', 'kg', 'cl', 'dl', 'l', 'min', 'mins', 'minutt*', 'minute*', 'timer', 'timar', 't', 'h', 'hours', 'hour', 'hrs', 'hr', 'time', 'dager', 'dagar', 'days', 'day', 'døgn', 'uker', 'veker', 'weeks', 'år', 'years', 'måneder', 'mnd', 'months', 'ganger', 'gonger', 'gang', 'times', 'stk', 'cm', 'mm', 'oz', 'ounces', 'prosent', 'percent'],
  notTemperatureBefore: ['uke', 'uka', 'veke', 'week', 'kl', 'klokka', 'klokken', 'nr', 'nummer', 'rom', 'side', 'page', 'veier', 'weighs', 'svangerskapsuke', 'gestational'],
  fahrenheit: ['f', 'fahrenheit'],
  tired: ['trøtt', 'trøtte', 'trøytt', 'trøyt', 'søvnig', 'søvnug', 'døsig', 'sleepy', 'drowsy', 'tired', 'trett'],
  sleep: ['sleep', 'sover', 'sove', 'sov', 'sovet', 'sova', 'søv', 'sleeps', 'sleeping', 'asleep', 'sovner', 'sovnar', 'sovna', 'sovnet'],
  lethargic: ['slapp', 'slappe', 'sløv', 'sløve', 'lethargic', 'floppy', 'limp', 'apatisk', 'apathetic', 'slapt', 'livlaus', 'listless'],
  wakeOther: ['vekke', 'vekker', 'vekkjer', 'vekkes', 'vekket', 'waken', 'wakened', 'vekka', 'vekkje', 'vekkja', 'wake', 'waking', 'woke', 'rouse', 'rousable', 'arouse'],
  wakeSelf: ['våkne', 'våkner', 'våknet', 'våknar', 'vakne', 'våkna', 'vaknar', 'wakes'],
  feedVerb: ['die', 'dier', 'diet', 'diar', 'dia', 'spise', 'spiser', 'spist', 'spiste', 'ete', 'eter', 'drikke', 'drikker', 'drukket', 'drakk', 'feed', 'feeding', 'feeds', 'fed', 'eat', 'eats', 'eating', 'eaten', 'ate', 'suge', 'suger', 'sugd', 'sugde', 'suck', 'sucks', 'sucking', 'nurse', 'nursing', 'amme', 'ammer', 'ammet', 'amma', 'breastfeed', 'breastfeeds', 'breastfed', 'breastfeeding'],
  feedObject: ['brystet', 'puppen', 'puppene', 'pupp', 'flaske', 'flaska', 'flasken', 'bottle', 'breast', 'mat', 'maten', 'food', 'milk', 'melk', 'mjølk'],
  takeVerb: ['ta', 'tar', 'tok', 'take', 'takes', 'took', 'ha', 'tek', 'tatt'],
  refuse: ['nekter', 'nektar', 'nekta', 'nektet', 'refuses', 'refusing', 'refuse', 'refused'],
  early: ['første', 'fyrste', 'first'],
  dayish: ['døgn', 'døgnet', 'døgeret', 'dag', 'dagen', 'day', '24', 'timene', 'hours', 'timar', 'timer', '1'],
  fullDay: ['døgn', 'døgnet', 'døger', 'døgeret', 'yesterday'],
  hourUnit: ['timer', 'timar', 't', 'h', 'hours', 'hrs', 'hr', 'hour', 'tima', 'timane', 'timene', 'time', 'timen'],
  vomit: ['oppkast*', 'gulp*', 'spy', 'spyr', 'spydde', 'spyar', 'spydd', 'spytt*', 'vomit*', 'puke*', 'puking', 'brekk*', 'sick'],
  vomitVerb: ['kaster', 'kastet', 'kasta', 'kastar', 'kast', 'threw', 'throwing', 'throws', 'throw', 'brought'],
  up: ['opp', 'up'],
  wet: ['våt', 'våte', 'vått', 'tiss', 'tisset', 'tissa', 'tisse', 'tisser', 'tissar', 'wet', 'pee', 'peed', 'wee', 'weed', 'urine', 'urinated', 'urinert', 'urinere', 'peeing', 'weeing', 'tissebleie*'],
  dry: ['tørr', 'tørre', 'tørt', 'dry'],
  diaper: ['bleie*', 'bleia', 'bleiar', 'diaper*', 'nappy', 'nappies'],
  none: ['feberfri', 'feberfritt', 'febernedsettende', 'feberdempande', 'feverfree', 'blåbær', 'blåmerke', 'blabla', 'slapper', 'gulrot', 'gulrøtter', 'vekte', 'vektet', 'vekta', 'vekter', 'vakre', 'kramer', 'krammer', 'kramme', 'klamper', 'fiber', 'feier', 'fewer', 'fiver', 'pusse', 'pusser', 'pusset', 'poster', 'pester', 'sparer', 'breeding', 'grasping', 'blush', 'blushes', 'feeling', 'våken', 'våkent', 'awake', 'pushe',
    // real words one typo away from a sign word (nb, nn, en spelling dictionaries)
    'puten', 'puter', 'pusen', 'puser', 'puset', 'boder', 'blode', 'kamper', 'kampar', 'kampe', 'kramar', 'krame', 'vaner', 'vanker', 'vanke',
    'vaker', 'sårer', 'sårar', 'søving', 'stoner', 'sønner', 'gryter', 'gryner', 'bolder', 'lilos', 'ryker', 'stiver',
    // compounds that start like a sign word: "krampaktig" (strained), "krampegråt" (sobbing), "galleri"
    'krampaktig*', 'krampelatt*', 'krampegråt*', 'krampong*', 'rykkerbrev*', 'rykkjarbrev*', 'rykkarbrev*', 'galleri*', 'rigorøs*', 'rigoris*'],
};

/** Words a typo may be read as (one letter missing, added, swapped or wrong): the signs themselves. */
const TYPO_TARGETS: string[] = [
  'puster', 'puste', 'pustar', 'pusta', 'pusten', 'breathing', 'breathe', 'reagerer', 'reagere', 'reagerar', 'responding', 'respond',
  'unresponsive', 'bevisstløs', 'livløs', 'kramper', 'krampe', 'krampar', 'krampeanfall', 'seizure', 'seizures', 'convulsion', 'convulsions',
  'feber', 'fever', 'frysninger', 'frysningar', 'shivering', 'vanskelig', 'vanskeleg', 'vekke', 'vekkje', 'våkne', 'våkner', 'søvnig',
  'sleepy', 'floppy', 'lethargic', 'gulsott', 'jaundice', 'oppkast', 'vomit', 'vomiting', 'besvimte', 'besvime', 'fainted', 'blødning',
  'bløder', 'bleeding', 'andpusten', 'pustebesvær', 'brystsmerter', 'brystkassen', 'blålig', 'bluish', 'unconscious', 'svarer', 'svarar',
  'temperatur', 'temperature', 'tempen', 'grynter', 'grunting', 'stønner', 'rykker', 'jerking', 'stivner',
];

const MIN_TYPO_LENGTH = 5;
const MAX_WORD = 40;

interface Lexicon {
  exact: Map<string, Set<Tag>>;
  /** Words starting so mean none of the tags, whatever other prefix they share. */
  blocked: string[];
  prefixLengths: number[];
  prefixByLength: Map<number, Map<string, Set<Tag>>>;
  /** The sign words a typo may be read as. */
  typoTargets: TypoTargets;
}

let built: Lexicon | undefined;

function add(map: Map<string, Set<Tag>>, key: string, tag: Tag): void {
  const tags = map.get(key) ?? new Set<Tag>();
  if (tag !== 'none') tags.add(tag);
  map.set(key, tags);
}

function lexicon(): Lexicon {
  if (built) return built;
  const result: Lexicon = { exact: new Map(), blocked: [], prefixLengths: [], prefixByLength: new Map(), typoTargets: new TypoTargets(TYPO_TARGETS.map(foldWord)) };
  for (const [tag, words] of Object.entries(WORDS) as Array<[Tag, string[]]>) {
    for (const entry of words) {
      if (entry.endsWith('*') && tag === 'none') {
        result.blocked.push(foldWord(entry.slice(0, -1)));
      } else if (entry.endsWith('*')) {
        const prefix = foldWord(entry.slice(0, -1));
        const byLength = result.prefixByLength.get(prefix.length) ?? new Map<string, Set<Tag>>();
        add(byLength, prefix, tag);
        result.prefixByLength.set(prefix.length, byLength);
      } else {
        add(result.exact, foldWord(entry), tag);
      }
    }
  }
  result.prefixLengths = [...result.prefixByLength.keys()].sort((a, b) => a - b);
  built = result;
  return result;
}

const NO_TAGS: ReadonlySet<Tag> = new Set();

function listedTags(word: string, lex: Lexicon): Set<Tag> | undefined {
  const exact = lex.exact.get(word);
  // A listed word with no tag ("feberfri", "blåmerke", "vekte") blocks the prefixes and typo reading.
  if (exact && exact.size === 0) return exact;
  if (lex.blocked.some((prefix) => word.startsWith(prefix))) return new Set();
  let found: Set<Tag> | undefined = exact ? new Set(exact) : undefined;
  for (const length of lex.prefixLengths) {
    if (length > word.length) break;
    const tags = lex.prefixByLength.get(length)?.get(word.slice(0, length));
    if (tags) {
      found ??= new Set<Tag>();
      for (const tag of tags) found.add(tag);
    }
  }
  return found;
}

/** The tags of one folded word: listed, by prefix, or as a typo of a sign word (5 letters or more). */
export const tagsOf = rememberedPerWord((word: string): ReadonlySet<Tag> => {
  const lex = lexicon();
  const listed = listedTags(word, lex);
  if (listed) return listed.size ? listed : NO_TAGS;
  if (word.length < MIN_TYPO_LENGTH || word.length > MAX_WORD || /\d/.test(word)) return NO_TAGS;
  const found = new Set<Tag>();
  for (const target of lex.typoTargets.targetsOf(word)) {
    for (const tag of listedTags(target, lex) ?? []) found.add(tag);
  }
  return found.size ? found : NO_TAGS;
});
