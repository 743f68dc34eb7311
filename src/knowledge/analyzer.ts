import { newStemmer } from 'snowball-stemmers';
import { foldWord } from '../language/fold-text';
import { rememberedPerWord } from '../language/word-memo';

/**
 * Turns a word into the terms the index compares: folded (æøå optional), split when it is a
 * compound we know the first part of ("håndmelking" -> "hånd" + "melking"), stemmed with the
 * Norwegian Snowball stemmer, and mapped onto one spelling per meaning (bokmål, nynorsk and
 * English synonyms meet). Used alike for the indexed texts and for her question.
 */

const stemmer = newStemmer('norwegian');

/** Words that carry no topic: pronouns, little words, the baby herself. Folded spellings. */
const STOPWORDS = new Set(
  [
    // bokmål
    'jeg', 'du', 'hun', 'han', 'den', 'det', 'de', 'vi', 'dere', 'meg', 'deg', 'henne', 'ham', 'seg', 'oss', 'min', 'mi', 'mitt', 'mine', 'din', 'di', 'ditt', 'dine',
    'sin', 'sitt', 'sine', 'hennes', 'uten', 'ute', 'ved', 'ingen', 'inga', 'er', 'var', 'vært', 'være', 'blir', 'ble', 'bli', 'og', 'i', 'på', 'til', 'for', 'med', 'som', 'at', 'en', 'et', 'ei', 'av', 'fra', 'om',
    'så', 'da', 'men', 'eller', 'hvis', 'nå', 'bare', 'litt', 'noe', 'noen', 'kan', 'kunne', 'skal', 'skulle', 'må', 'måtte', 'vil', 'ville', 'har', 'hadde', 'ha',
    'få', 'får', 'fikk', 'gjør', 'gjøre', 'hva', 'hvilken', 'hvilke', 'hvor', 'her', 'der', 'ikke', 'også', 'sånn', 'slik', 'jo', 'vel', 'hei', 'hallo',
    'takk', 'lurer', 'lure', 'lurte', 'spørsmål', 'spørsmålet', 'spørsmåla', 'spørsmålene', 'question', 'questions', 'egentlig', 'dette', 'disse', 'denne', 'man', 'mange', 'mer', 'mest', 'alle', 'alt', 'bør', 'burde', 'normalt',
    'baby', 'babyen', 'barnet', 'barn', 'spedbarn', 'spedbarnet', 'nyfødt', 'nyfødte', 'lille', 'gutten', 'jenta', 'datteren', 'sønnen', 'vesla', 'minsten', 'ok', 'greit', 'riktig',
    // nynorsk
    'eg', 'ho', 'dei', 'me', 'dykk', 'utan', 'kva', 'kor', 'kvar', 'ikkje', 'eit', 'ein', 'frå', 'no', 'òg', 'berre', 'noko', 'nokon', 'nokre', 'må', 'ha', 'hennar', 'hans', 'dette', 'desse', 'vore', 'vere', 'vert', 'vart', 'barnet', 'veslejenta', 'veslegut',
    'eigentleg', 'eigenleg', 'nyfødd', 'nyfødde', 'ungen', 'ungane', 'ungar',
    // English
    'i', 'you', 'she', 'he', 'it', 'we', 'they', 'me', 'my', 'her', 'his', 'him', 'our', 'your', 'the', 'a', 'an', 'is', 'are', 'am', 'was', 'were', 'be', 'been',
    'do', 'does', 'did', 'to', 'of', 'in', 'on', 'at', 'and', 'or', 'but', 'if', 'so', 'can', 'could', 'should', 'would', 'will', 'what', 'which',
    'where', 'there', 'this', 'that', 'these', 'those', 'with', 'without', 'from', 'for', 'about', 'im', 'ive', 'just', 'any', 'some', 'have', 'has', 'had', 'get', 'got',
    'hi', 'hello', 'thanks', 'please', 'not', 'no', 'it', 'its', 'normal', 'ok', 'okay', 'baby', 'babys', 'babies', 'newborn', 'newborns', 'infant', 'infants', 'little', 'one', 'wondering', 'need', 'needs', 'needed',
    // English contractions typed without the apostrophe, and little words of speech
    'youre', 'youve', 'weve', 'theyve', 'shouldnt', 'couldnt', 'wouldnt', 'lets',
    'hes', 'shes', 'theyre', 'thats', 'whats', 'theres', 'cant', 'wont', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'havent', 'hasnt', 'ill', 'id',
    'want', 'wants', 'wanted', 'than', 'then', 'into', 'onto', 'by', 'as', 'too', 'also', 'us', 'them', 'their', 'anything', 'something', 'someone', 'anyone', 'ones', 'lot', 'lots',
    'says', 'said', 'say', 'told', 'tells', 'actually', 'maybe', 'sure', 'even', 'like', 'kind', 'sort', 'stuff', 'thing', 'things',
    // «a few», like «få»; «does it matter», like «spiller det noen rolle»
    'few', 'matter', 'matters',
    // little words of English chat: «here», «able to», «tho», «pretty much»
    'here', 'able', 'unable', 'tho', 'pretty',
    // words of chat that carry no topic: how sure or honest she is, whom she greets, yes and no
    'literally', 'seriously', 'honestly', 'basically', 'anyway', 'anyways', 'guys', 'ladies', 'kinda', 'sorta', 'probably', 'definitely', 'obviously', 'apparently',
    'yeah', 'yes', 'yep', 'nope', 'idk', 'dunno', 'wtf', 'anybody', 'everybody', 'somebody', 'everyone',
    'plis', 'sikkert', 'sikkert', 'hehe', 'huff', 'uff', 'ass', 'nei', 'ja', 'jepp', 'folkens',
    // little words of English speech and chat, which no topic needs («my own fingers», «while pregnant», «lol»)
    'own', 'while', 'whilst', 'during', 'having', 'being', 'gonna', 'wanna', 'gotta', 'though', 'although', 'because', 'cos', 'cause', 'until', 'till',
    'such', 'either', 'another', 'same', 'lol', 'haha', 'hahaha', 'omg', 'pls', 'plz', 'tbh', 'ugh', 'xx', 'xxx',
    // bokmål and nynorsk little words of speech
    // little words of nynorsk and bokmål speech: verbs of saying and having, «because», «therefore»
    'fekk', 'blei', 'gjekk', 'hatt', 'gjorde', 'sei', 'seie', 'visst', 'altså', 'heller', 'difor', 'derfor', 'fordi', 'dersom', 'etterpå', 'sjølvsagt', 'selvsagt',
    // «til sammen», «i alt»: a sum, no topic (its last letters are no «amme»)
    'tilsammen', 'sammen', 'tilsaman', 'saman', 'totalt',
    'faktisk', 'kanskje', 'liksom', 'typ', 'greia', 'greie', 'ting', 'tingen', 'sa', 'sier', 'seier', 'sagt', 'inni', 'inn', 'hjå', 'hos', 'sånt', 'sant', 'slikt',
    // «hva hjelper mot…», «hud mot hud»: the preposition
    'mot',
    // «per døgn», «per session»: a rate, no topic
    'per',
    // participles and little words of bokmål and nynorsk («har fått», «har blitt», nynorsk «har vorte»: not a nipple)
    'fått', 'blitt', 'vorte', 'vorti', 'meir', 'vesle', 'gut', 'guten', 'jente', 'sonen', 'dottera', 'dotra', 'veslebarnet', 'somme',
    // English little words of linking and place, and chat spellings («ur», «u»): «however» is no «how», «whether» no topic
    'whether', 'ur', 'u', 'r', 'somewhere', 'anywhere', 'everywhere', 'via', 'regarding', 'concerning', 're', 'across', 'among', 'upon', 'within', 'rather', 'instead',
    'otherwise', 'however', 'thus', 'hence', 'therefore', 'meanwhile', 'anymore', 'true', 'super',
    // Norwegian little words of linking and comment: «i all verden», «med tanke på», «uansett», «heldigvis» (no «hold» in it)
    'verden', 'verda', 'hvorvidt', 'uansett', 'iallfall', 'ihvertfall', 'forresten', 'dessverre', 'heldigvis', 'plutselig', 'plutseleg', 'angående', 'ang', 'vedrørende',
    'tanke', 'tanken', 'slags', 'innhold', 'innholdet', 'innhald', 'innhaldet',
    // the people round her, who tell no topic as the baby does not («samboeren spør», «my husband thinks»)
    'samboer', 'samboeren', 'sambuar', 'sambuaren', 'mannen', 'kona', 'partner', 'partneren', 'kjæresten', 'pappa', 'pappaen', 'svigermor', 'svigermora', 'mormor', 'farmor',
    'søster', 'søstera', 'venninne', 'venninna', 'venninnen', 'husband', 'hubby', 'boyfriend', 'girlfriend', 'wife', 'partners', 'dh', 'grandma', 'nan', 'friend', 'friends', 'sister',
  ].map(foldWord),
);

/**
 * Words that help pick between close topics ("hvorfor", "hvordan", "når") but say nothing
 * about being in scope: they count for ranking, not for confidence.
 */
const WEAK_WORDS = new Set(
  [
    'hvordan', 'hvorfor', 'når', 'ofte', 'lenge', 'mye', 'mykje', 'mengde', 'korleis', 'kvifor', 'how', 'why', 'when', 'often', 'long', 'many', 'amount',
    'dag', 'dagen', 'dager', 'dagar', 'day', 'days', 'døgn', 'døgnet', 'døgeret', 'ganger', 'gonger', 'gang', 'gong',
    // a session of pumping or expressing is one more time, like «gang»
    'økt', 'økta', 'økten', 'økter', 'øktene', 'øktane', 'session', 'sessions',
    'times', 'begynne', 'byrje', 'start', 'starte', 'best', 'bedre', 'betre', 'better', 'gi', 'give', 'etter', 'after', 'før', 'before',
    'tid', 'tida', 'tiden', 'ta', 'take', 'bruke', 'use', 'using', 'used', 'uses', 'mor', 'mother', 'mamma', 'mum', 'mom', 'god', 'good', 'bra', 'lite', 'little', 'stor', 'big',
    // everyday verbs that fit any question
    'vite', 'vet', 'veit', 'know', 'tell', 'skjønne', 'skjønner', 'skjønte', 'skjønar', 'skjøna', 'understand', 'understood', 'figure',
    'sjekke', 'sjekk', 'check', 'merke', 'merker', 'notice', 'se', 'ser', 'sjå', 'see', 'skje', 'skjer', 'happen', 'happens',
    'vise', 'viser', 'show', 'shows', 'showing',
    'trenge', 'trenger', 'treng', 'prøve', 'prøver', 'try', 'tenke', 'tenker', 'think', 'finne', 'find', 'ligge', 'ligger', 'liggje', 'lie', 'være', 'vere', 'bli',
    'blir', 'become', 'gå', 'går', 'go', 'goes', 'gjøre', 'gjer', 'doing', 'make', 'synes', 'syns', 'feel', 'føle',
    // everyday adverbs and adjectives
    'enda', 'ennå', 'enno', 'fortsatt', 'framleis', 'still', 'yet', 'vanlig', 'vanleg', 'usual', 'normal', 'normalt', 'par', 'couple', 'tror', 'trur', 'believe',
    'exactly', 'nøyaktig', 'important', 'viktig', 'riktig', 'right', 'ordentlig', 'skikkelig', 'skikkeleg', 'ekte', 'genuine', 'proper', 'properly', 'real', 'regular', 'helt', 'veldig', 'very',
    'really', 'lurt', 'smart', 'wise', 'mulig', 'mogleg', 'possible', 'only', 'kun', 'quite', 'tiny', 'small', 'små', 'liten', 'lita', 'getting', 'gets', 'stå', 'står', 'opp', 'up', 'out', 'ganske', 'fine', 'fint', 'alright', 'worried', 'bekymret', 'redd',
    'betyr', 'bety', 'tyder', 'tyde', 'mean', 'means', 'meaning', 'look', 'looks', 'looking',
    // asking for advice in general, and how much it hurts or matters
    'tips', 'tip', 'råd', 'advice', 'well', 'godt', 'kvitt', 'rid', 'fryktelig', 'forferdelig', 'ekstremt', 'sykt', 'utrolig', 'altfor', 'overly', 'crazy', 'terribly', 'awful',
    'vanvittig', 'vanvitig', 'grusomt', 'kjempe', 'insanely',
    'ut', 'feil', 'wrong', 'hele', 'heile', 'whole', 'every', 'each', 'hver', 'hvert', 'kvart', 'lang', 'langt', 'lange', 'everything', 'like', 'tar', 'tok', 'tek', 'takes', 'took',
    // when and how many: they place a question in time but tell no topic
    'hvem', 'kven', 'who', 'igjen', 'att', 'again', 'sist', 'siste', 'last', 'neste', 'next', 'snart', 'soon', 'tidlig', 'tidleg', 'early', 'sent', 'late', 'lenge',
    'time', 'timer', 'timar', 'timen', 'timane', 'timene', 'hour', 'hours', 'minutt', 'minutter', 'minutes', 'minute', 'sekund', 'sekunder', 'seconds',
    'morgen', 'morgenen', 'morges', 'formiddag', 'ettermiddag', 'kveld', 'kvelden', 'kveldinga', 'kvelder', 'morning', 'evening', 'afternoon', 'tonight', 'today', 'yesterday',
    'dagtid', 'dagtida', 'dagtiden', 'daytime', 'daylight',
    // a plan fits any question («lage en plan», «make a plan»); the English «plane» stems to it too
    'plan', 'planen', 'planer', 'plans', 'planlegge', 'planlegg', 'planning',
    'helg', 'helga', 'helgen', 'helgene', 'helgar', 'weekend', 'weekends', 'fridag', 'helligdag', 'høgtid', 'høytid', 'holiday', 'holidays',
    'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'måndag', 'tysdag', 'laurdag', 'sundag',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'går', 'idag', 'igår', 'ages', 'fort', 'fast', 'quickly', 'uke', 'uka', 'uken', 'veke', 'veka', 'week', 'weeks', 'siden', 'sidan', 'since', 'ago', 'ennå', 'nettopp', 'akkurat', 'just', 'now',
    'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'syv', 'åtte', 'ni', 'ti', 'elleve', 'tolv', 'tjue', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty',
    'andre', 'tredje', 'fjerde', 'femte', 'sjette', 'second', 'third', 'fourth', 'fifth', 'sixth',
    // everyday verbs and sizes that fit any question
    'tatt', 'taken', 'put', 'putte', 'putter', 'putta', 'satte', 'satt', 'gave', 'gav', 'gitt', 'trying', 'tried', 'set', 'sets', 'stille', 'bitte', 'bittesmå', 'bittelite', 'bittelitt', 'rett', 'correct',
    // where she is, and that something troubles her: every question may carry it
    'sykehus', 'sykehuset', 'sjukehus', 'sjukehuset', 'hospital', 'barsel', 'barselavdeling', 'barselavdelinga', 'barselavdelingen', 'ward',
    // drinking fits every feeding, and a logged amount too («hun drakk 2,5»)
    'drikke', 'drikker', 'drakk', 'drukket', 'drikk', 'drikka', 'drink', 'drinks', 'drinking', 'drank',
    'problem', 'problemer', 'problemet', 'problema', 'problems', 'trøbbel', 'trouble', 'issue', 'issues', 'badly', 'poorly', 'going', 'annet', 'anna', 'annen', 'other', 'else',
    'virkelig', 'utelukkende', 'exclusively', 'solely', 'sitte', 'sitter', 'sitje', 'sit', 'sitting', 'føles', 'kjennes', 'feels',
    // how she feels about it: every question may carry it
    'worry', 'worries', 'worrying', 'bekymra', 'bekymring', 'farlig', 'farleg', 'dangerous', 'trygt', 'trygg', 'trygge', 'safe', 'safely', 'scared', 'afraid', 'nervous', 'urolig', 'uroleg', 'stressa', 'stresset',
    'livredd', 'nervøs', 'engstelig', 'engsteleg', 'panikk', 'anxious', 'anxiety', 'panicking', 'panicked', 'panic', 'terrified', 'petrified', 'freaking', 'stressed',
    // doing it herself ("få ut selv"): a hand-expression cue that fits other questions too
    'selv', 'sjølv', 'myself', 'yourself', 'herself', 'himself',
    // «hva hjelper», «what helps», «lindrer»: asks for a remedy, which fits many topics (see STEM_AS)
    'lindre', 'lindrer', 'lindra', 'lindring', 'ease', 'eases', 'soothe', 'soothes', 'relieve', 'relieves', 'relief', 'comfort',
    // how much, how usual and how soon, said in passing: «barely», «the entire time», «pleier», «supposed to», «wait till»
    'barely', 'hardly', 'knapt', 'entire', 'entirely', 'straight', 'direct', 'directly', 'direkte', 'pleier', 'pleide', 'plar', 'pla', 'usually', 'normally',
    'typically', 'generally', 'vanligvis', 'supposed', 'ought', 'over', 'way', 'ways', 'wait', 'waiting', 'vente', 'venter', 'ventar', 'all',
    'half', 'halv', 'halve', 'halvt', 'halvparten', 'aldri', 'alltid', 'never', 'always', 'ny', 'nye', 'new',
    // buying fits any question («kjøpe pumpe» is still the pump's)
    'kjøpe', 'kjøper', 'kjøpte', 'kjøp', 'buy', 'buying', 'bought',
    // and so does getting hold of one, borrowing or renting it, or managing with what she has («leie pumpe» is still the pump's)
    'skaffe', 'skaffer', 'skaffet', 'skaffa', 'låne', 'låner', 'lånte', 'lånt', 'leie', 'leier', 'leide', 'leige', 'leigde', 'borrow', 'borrowed', 'rent', 'rented',
    'hire', 'hired', 'loan', 'lent', 'klare', 'klarer', 'klarte', 'greie', 'greier', 'greidde', 'manage', 'manages', 'managed', 'cope', 'coping',
    // how sure, how much, compared with what: said in passing («omtrent», «roughly», «absolutt», «samanlikna med»)
    'omtrent', 'cirka', 'ca', 'roughly', 'approximately', 'around', 'absolutt', 'absolutely', 'totally', 'spesielt', 'spesiell', 'spesielle',
    'especially', 'particularly', 'regnes', 'regnast', 'considered', 'sammenlignet', 'sammenlikna', 'samanlikna', 'sammenligne', 'samanlikne', 'compared', 'compare',
    'begge', 'both', 'folk', 'people',
    // hooking herself up to the pump: the pump says what she does
    'koble', 'kobler', 'koblet', 'kople', 'kopler', 'koplar', 'kopla', 'hook', 'hooked', 'hooking',
    // a sign fits every question («tegn på sult», «signs of a good latch», «teikn på at mjølka har kome»): the group is weak
    'tegn',
    // what she says in passing about how it should be, what goes on and how it turns out: «meningen», «supposed to»,
    // «hva foregår», «going on», «etter hvert», «eventually», «midt på natta», «i midten»
    'meningen', 'meininga', 'mening', 'meant', 'foregå', 'foregår', 'foregikk', 'føregå', 'føregår', 'føregjekk', 'etterhvert', 'etterkvart', 'eventually',
    'gradually', 'gradvis', 'midt', 'midten', 'middle',
    // how it seems or strikes her («seems», «rart», «weird», «stupid question»), how much («masse», «loads»), and asking
    // for others' advice or experience: every question may carry it
    'seem', 'seems', 'seemed', 'rar', 'rart', 'rare', 'merkelig', 'merkeleg', 'weird', 'strange', 'odd', 'stupid', 'silly', 'dumb', 'teit', 'dum', 'dumt',
    'masse', 'haugevis', 'loads', 'tons', 'recommend', 'recommends', 'recommended', 'recommendation', 'recommendations', 'suggest', 'suggestion', 'suggestions',
    'erfaring', 'experience', 'experiences',
    // «har det noe å si», «spiller det noen rolle», «does it make a difference»: whether it matters, said of any question
    'si', 'rolle', 'spiller', 'spelar', 'difference',
    // «forskjellen mellom», nynorsk «skilnaden»: a difference asked about, as «difference»
    'forskjell', 'forskjellen', 'forskjeller', 'skilnad', 'skilnaden', 'skilnader',
    // mending it: «how to fix», «fikse», «improve» (not «løse», which folds to the English «lose»)
    'fix', 'fixed', 'fixing', 'fikse', 'fikser', 'fiksa', 'solve', 'improve', 'improving', 'forbedre', 'forbetre',
    // «blir borte», «går til spille»: lost on the way, said of anything
    'borte', 'bort',
    // how simply she wants it told, and «og så videre»
    'enkelt', 'enkel', 'enkle', 'enklest', 'simple', 'simply', 'easy', 'videre', 'further',
    // crying and screaming: she may name it with any question («før hun begynner å gråte»); by itself it tells no topic
    'gråte', 'gråter', 'gråt', 'gret', 'skrike', 'skriker', 'skrik', 'skreik', 'skrek', 'hyle', 'hyler', 'cry', 'cries', 'crying', 'cried', 'scream', 'screams', 'screaming', 'wail', 'wailing',
    // finishing and settling fit any feed («she didn't finish», «settles on me»)
    'finish', 'finishes', 'finished', 'ferdig', 'settle', 'settles', 'settled', 'settling',
    // a fever is for the red-flag check, which reads every message first: it tells no topic
    'feber', 'fever', 'feverish', 'temperatur', 'temperature', 'temp',
    // the past of weak verbs («prøvde», «trengte», «tenkte», «visste»), words of saying and answering, of hoping, guessing,
    // hearing and reading about it, of not knowing, of failing, of recommending (beside «recommend»), of what comes first
    'prøvde', 'prøvd', 'prøva', 'forsøke', 'forsøker', 'forsøkte', 'forsøkt', 'tenkte', 'tenkt', 'trengte', 'trengt', 'visste', 'svare', 'svarer', 'svarar', 'svar', 'answer',
    'answers', 'answered', 'reply', 'replied', 'nevne', 'nevnt', 'nevnte', 'nemne', 'nemnt', 'nemnde', 'mention', 'mentioned', 'mentions', 'håpe', 'håper', 'håpar', 'håpet',
    'hope', 'hoping', 'hoped', 'guess', 'guessing', 'gjette', 'gjetter', 'høre', 'hører', 'høyrer', 'hørt', 'høyrt', 'hørte', 'høyrde', 'hear', 'heard', 'lese', 'leser',
    'leste', 'lest', 'las', 'read', 'reading', 'nett', 'nettet', 'google', 'googlet', 'googled', 'internett', 'internet', 'online', 'forum', 'app', 'idea', 'ide', 'idé', 'anelse', 'aner', 'peiling',
    'clue', 'confused', 'confusing', 'usikker', 'usikre', 'unsure', 'forvirret', 'forvirra', 'forvirrende', 'realise', 'realised', 'realize', 'realized', 'fail', 'failing',
    'failed', 'feiler', 'mislykkes', 'mislykket', 'mislukka', 'anbefale', 'anbefaler', 'anbefalt', 'anbefalte', 'tilrå', 'tilrår', 'tilrådd', 'tilrådde', 'prioritere',
    'prioriterer', 'prioritet', 'priority', 'priorities', 'prioritise', 'prioritize', 'viktigst', 'viktigaste', 'viktigste',
    // how carefully, how soon and when, in passing: «forsiktig», «gently», «already», «lately», «seint» (nynorsk «sent»)
    'forsiktig', 'forsiktigt', 'varsomt', 'carefully', 'careful', 'allerede', 'allereie', 'already', 'almost', 'currently', 'recently', 'lately', 'sometimes', 'once',
    'twice', 'seint', 'seinare', 'senere', 'later', 'lenger', 'lengre', 'longer',
    // how good or bad, how much or little, said of anything
    // worn out: how she is, said with any question
    'sliten', 'slitne', 'trøtt', 'trøytt', 'tired', 'exhausted', 'knackered',
    'bad', 'worse', 'worst', 'bit', 'tad', 'less', 'least', 'several', 'plenty', 'passe', 'passende', 'aim', 'aiming', 'target', 'tally', 'checklist', 'list', 'liste',
  ].map(foldWord),
);

/** One spelling per meaning. The first word of each group is the one kept. */
const SYNONYM_GROUPS: string[][] = [
  ['råmelk', 'råmjølk', 'kolostrum', 'colostrum', 'råmelka', 'råmelken', 'råmjølka'],
  ['melk', 'mjølk', 'milk', 'morsmelk', 'morsmjølk', 'brystmelk', 'breastmilk',
    // the milk she makes, as an amount over time: «produksjonen», «my supply»
    'produksjon', 'produksjonen', 'melkeproduksjon', 'melkeproduksjonen', 'mjølkeproduksjon', 'mjølkeproduksjonen', 'production', 'supply'],
  ['melke', 'mjølke', 'melking', 'mjølking', 'express', 'expressing', 'expression', 'expressed', 'utmelking', 'utmjølking', 'melker', 'mjølkar'],
  ['hånd', 'hand', 'hender', 'hendene', 'hands', 'manuell', 'manuelt', 'manual'],
  ['finger', 'fingrer', 'fingre', 'fingrene', 'fingrane', 'fingers', 'tommel', 'tommelen', 'thumb'],
  ['trykke', 'trykk', 'presse', 'press', 'klemme', 'klem', 'squeeze', 'klype', 'squeezed', 'squeezing', 'squeezes', 'klemt', 'klemmer', 'trykker', 'klyper', 'pressed', 'pressing'],
  ['bedre', 'best', 'beste', 'betre', 'better'],
  // poor: «dårlig sugetak», «a poor latch» (not «bad», Norwegian for a bath)
  ['dårlig', 'dårleg', 'dårlige', 'dårlege', 'poor'],
  ['holde', 'holder', 'held', 'halde', 'holdt'],
  // whom she may ask (where to get help); «spørsmål», a question, is a little word
  ['spørre', 'spør', 'spørje', 'spørja', 'spurte', 'ask', 'asks', 'asking'],
  ['nummer', 'nummeret', 'nr', 'number', 'telefon', 'telefonnummer', 'phone', 'ringe', 'ring', 'ringje', 'call', 'kontakte', 'kontakt', 'contact'],
  ['helsestasjon', 'helsestasjonen', 'helsesøster', 'helsesykepleier', 'helsesjukepleiar', 'helsesøstra', 'helsesøsteren', 'clinic'],
  ['jordmor', 'jordmora', 'jordmoren', 'jordmødre', 'midwife', 'midwives', 'mw'],
  ['bleie', 'bleier', 'bleiar', 'bleia', 'bleien', 'bleiene', 'bleiane', 'diaper', 'diapers', 'nappy', 'nappies'],
  ['bæsj', 'bæsje', 'bæsjen', 'bæsjer', 'avføring', 'avføringa', 'avføringen', 'bajs', 'bajsen', 'poo', 'poop', 'stool', 'stools', 'skitne', 'dirty'],
  ['amme', 'ammer', 'amming', 'ammar', 'ammet', 'die', 'dier', 'diar', 'breastfeed', 'breastfeeding', 'nurse', 'nursing', 'feed', 'feeding', 'feeds', 'mate', 'mater', 'spise', 'spiser', 'ete', 'et', 'eat', 'måltid', 'måltider', 'måltidene', 'fed', 'suge', 'suger', 'syg', 'suck', 'sucks', 'sucking',
    // «et mål», «kor mange mål», «pupp-mål»: a meal at the breast, a feed
    'mål', 'målet', 'målene', 'målane'],
  ['pumpe', 'pumper', 'pumping', 'pump', 'pumpar', 'pumpet', 'pumpa', 'pumped', 'brystpumpe', 'breastpump', 'pumps', 'maskin', 'maskinen', 'maskina', 'maskiner', 'machine', 'machines',
    // at the breast, the electric thing is the pump
    'elektrisk', 'elektriske', 'electric', 'elpumpe'],
  ['oppbevare', 'oppbevaring', 'lagre', 'lagring', 'lagrer', 'lagra', 'storing', 'storage', 'holdbar', 'holdbarhet', 'keep', 'keeps', 'kept', 'spare'],
  ['kjøleskap', 'kjøleskapet', 'kjøleskåp', 'kjøleskåpet', 'fridge', 'refrigerator', 'kjøl', 'kjøles'],
  ['fryse', 'fryser', 'fryseren', 'frysar', 'frysaren', 'frys', 'fryst', 'frosset', 'frossen', 'freeze', 'freezer', 'frozen', 'frysast', 'fryses', 'refreeze', 'refrozen', 'refreezing', 'fryseboks', 'dypfryser', 'frysen'],
  ['tine', 'tint', 'tiner', 'tining', 'thaw', 'thawed', 'thawing', 'defrost', 'defrosted'],
  // without «temperature», whose stem is the fever's «temperatur» (a weak word): it would make the whole group weak
  ['romtemperatur', 'romtemp', 'benken', 'room', 'benk', 'kjøkkenbenk', 'kjøkkenbenken', 'kjøkken', 'kjøkkenet', 'kitchen', 'counter', 'worktop', 'bord', 'bordet', 'table'],
  ['pose', 'posen', 'poser', 'posene', 'posar', 'posane', 'frysepose', 'fryseposer', 'bag', 'bags', 'beholder', 'beholdere', 'container', 'containers'],
  // «annenhver time», «every other hour»: how often
  ['ofte', 'often', 'hyppig', 'hyppighet', 'frequency', 'frequently', 'annenhver', 'annahver', 'annankvar', 'annakvar', 'kvarannan',
    // «for sjelden», «too rarely»: how often, asked from the other side
    'sjelden', 'sjeldan', 'sjeldnere', 'sjeldnare', 'rarely', 'seldom', 'infrequently'],
  ['natt', 'natten', 'natta', 'night', 'nights', 'nattestid'],
  ['dråpe', 'dråper', 'dropar', 'drope', 'drops', 'drop', 'perler', 'beads', 'dråpevis'],
  ['sprøyte', 'sprøyta', 'sprøyten', 'syringe', 'syringes'],
  // headed by «teskje»: a bare «skje» is read as the weak verb (to happen), not the spoon
  ['teskje', 'skjea', 'skjeen', 'skjeer', 'skjeene', 'skei', 'skeia', 'spoon', 'spoons', 'teaspoon', 'teskjea', 'teskjeen', 'teskei', 'teskeia', 'teskeiar', 'teskjeer'],
  ['kopp', 'koppen', 'cup', 'beger'],
  ['gravid', 'graviditet', 'graviditeten', 'svangerskap', 'svangerskapet', 'pregnancy', 'pregnant', 'gravide'],
  ['bryst', 'brystene', 'bryster', 'brysta', 'brystet', 'breast', 'breasts', 'pupper', 'pupp', 'puppen', 'puppene', 'puppar', 'puppane', 'boob', 'boobs', 'chest', 'boobies', 'tits'],
  // naked on her chest is skin to skin
  ['hud', 'skin', 'huden', 'huda', 'naken', 'nakne', 'nakent', 'naked', 'nude', 'undressed', 'avkledd', 'avkledde'],
  ['første', 'fyrste', 'først', 'fyrst', 'first'],
  // growing breasts (breast-changes), nynorsk «veks», «vaks» beside bokmål «vokser», «vokste»
  ['vokse', 'vokser', 'vokste', 'vokst', 'veks', 'vekse', 'vaks', 'vakse', 'vekst', 'grow', 'grows', 'grew', 'grown', 'growing'],
  ['fødsel', 'fødselen', 'fødte', 'født', 'fødd', 'birth', 'born', 'delivery', 'forløsning', 'keisersnitt', 'keisersnittet', 'snitt', 'caesarean', 'cesarean', 'csection',
    // «c section», «c-section» (the «c» too short to count), nynorsk «keisarsnitt»
    'section', 'sectioned', 'keisarsnitt', 'keisarsnittet',
    // giving birth, the verb («føder om to uker», «when I give birth»)
    'føde', 'føder', 'føda', 'fødast', 'fødes', 'fødsla', 'føding', 'fødinga', 'labour', 'labor'],
  // the hormones of the first hour (TOPICS.md: high oxytocin right after birth), by their everyday name
  ['oksytocin', 'oxytocin', 'hormon', 'hormoner', 'hormona', 'hormonene', 'hormonane', 'hormone', 'hormones', 'hormonal', 'kjærlighetshormon', 'kjærleikshormon'],
  ['hvorfor', 'kvifor', 'why', 'vits', 'vitsen', 'poeng', 'poenget', 'point', 'nytte', 'nyttig', 'useful', 'fordel', 'fordeler', 'benefit', 'benefits',
    // «is it worth it», «er det verdt det»: what it is for
    'worth', 'worthwhile', 'verdt', 'verd'],
  ['tegn', 'teikn', 'sign', 'signs', 'signal', 'signaler', 'signala', 'indication', 'indications'],
  ['hvordan', 'korleis', 'how', 'teknikk', 'technique', 'metode', 'fremgangsmåte', 'steg', 'step', 'steps',
    // asking to have it explained is asking how: «forklar», «forklaring på», «explain», «beskriv», «describe»
    'forklare', 'forklar', 'forklarer', 'forklart', 'forklaring', 'forklaringa', 'forklaringen', 'explain', 'explains', 'explained', 'explanation', 'beskrive', 'beskriv', 'describe'],
  ['mye', 'mykje', 'mengde', 'mengd', 'much', 'amount', 'volum', 'volume', 'ml', 'milliliter'],
  // «how long» meets «hvor lenge», as «how» and «why» do («when», mostly «when she feeds» in English, stays apart)
  ['lenge', 'long'],
  ['nok', 'tilstrekkelig', 'enough', 'sufficient', 'mett'],
  ['vekt', 'vekta', 'vekten', 'veie', 'veier', 'veies', 'veid', 'veiing', 'vege', 'veg', 'weigh', 'weighs', 'weighed', 'weighing', 'weight', 'vektøkning', 'gain', 'gains', 'gained', 'gaining'],
  ['sulten', 'sultne', 'svolten', 'svoltne', 'hungry', 'hunger', 'starving', 'sult', 'svolt'],
  ['tap', 'tapt', 'taper', 'mistet', 'mista', 'miste', 'lost', 'lose', 'loses', 'losing', 'loss', 'nedgang',
    // nynorsk and spoken «misse», «misser», «mist»
    'misse', 'misser', 'missar', 'misst', 'mist'],
  ['prosent', 'percent', 'prosentar'],
  ['gram', 'grams', 'gr', 'kg', 'kilo'],
  ['brystvorte', 'brystvorter', 'brystvortene', 'brystvorta', 'brystvorten', 'vorte', 'vorter', 'vortene', 'vorta', 'vorten', 'nipple', 'nipples', 'nips', 'tupp', 'tuppen', 'tuppene', 'tuppane'],
  ['sår', 'såre', 'sårt', 'sore', 'øm', 'ømme', 'ømt', 'tender', 'vondt', 'vond', 'vonde', 'smerte', 'smerter', 'smertefull', 'pain', 'painful', 'hurt', 'hurts', 'verk', 'verker', 'verkjer', 'ache', 'aches', 'aching', 'svir', 'svie'],
  // broken skin, in everyday words
  ['sprukken', 'ødelagt', 'ødelagte', 'øydelagd', 'øydelagde', 'øydelagt', 'skadet', 'skada', 'skadd', 'damaged', 'ruined', 'wrecked', 'shredded', 'sprukne', 'sprokken', 'sprokne', 'sprekk', 'sprekker', 'sprukket', 'cracked', 'crack', 'cracks',
    'revne', 'revner', 'revnet', 'revna', 'sønderrevne', 'sønderrevet', 'torn', 'ripped', 'split'],
  ['blø', 'blør', 'blod', 'blødende', 'bleed', 'bleeding', 'bleeds', 'blood'],
  ['hard', 'harde', 'hardt', 'steinhard', 'steinharde', 'stein', 'steiner', 'steinar', 'rock', 'rocks'],
  ['spreng', 'brystspreng', 'sprengfull', 'sprengfulle', 'sprengt', 'engorged', 'engorgement', 'overfylt', 'overfylte'],
  ['hoven', 'hovne', 'hovent', 'hevelse', 'hevelsen', 'heving', 'hevinga', 'swollen', 'swelling'],
  ['kald', 'kaldt', 'kalde', 'cold'],
  ['omslag', 'kompress', 'compress', 'pack', 'packs'],
  ['flaske', 'flaska', 'flasken', 'tåteflaske', 'tåteflaska', 'tåteflasken', 'bottle', 'bottles'],
  ['posisjon', 'position', 'positions', 'positioning', 'posisjonen', 'posisjoner'],
  ['mykne', 'mykner', 'myknet', 'mykna'],
  ['sugetak', 'sugetaket', 'latch', 'latching', 'latched', 'latches', 'attach', 'attachment'],
  ['gape', 'gaper', 'gapar', 'gaping', 'wide'],
  // a deep latch, in each language («dypt», nynorsk «djupt»)
  ['dyp', 'dypt', 'dype', 'djup', 'djupt', 'djupe', 'deep', 'deeper', 'deeply'],
  ['munn', 'munnen', 'mouth', 'munnfull', 'mouthful'],
  ['svelge', 'svelger', 'svelgje', 'svelgjer', 'svelging', 'swallow', 'swallows', 'swallowing'],
  ['kinn', 'kinnene', 'kinna', 'cheek', 'cheeks'],
  ['hake', 'haken', 'haka', 'chin'],
  ['våt', 'våte', 'vått', 'wet', 'tiss', 'tisse', 'tisser', 'tisset', 'pee', 'urine', 'wee'],
  ['fastlege', 'fastlegen', 'lege', 'legen', 'doctor', 'gp'],
  ['legevakt', 'legevakta', 'legevakten'],
  ['program', 'programmet', 'pumpeprogram', 'innstilling', 'innstillinger', 'setting', 'settings', 'mode'],
  ['kommer', 'kjem', 'komme', 'kome', 'come', 'comes', 'coming', 'arrive', 'arrives', 'arrived', 'arriving', 'kommet', 'komen'],
  // what she sees and hears at the breast, in her everyday words (latch, TOPICS.md)
  // headed by a long word, so that a typo's reach («kolikk») does not meet it
  ['klikkelyd', 'klikk', 'klikker', 'klikke', 'klikkar', 'klikking', 'klikkelyder', 'klikkelydar', 'click', 'clicks', 'clicking', 'smatte', 'smatter', 'smattar', 'smatting', 'smattelyd', 'smattelyder', 'smack', 'smacking', 'smacks'],
  // what eases it: «hjelper» and «helps» are stemmed so (STEM_AS); weak
  ['lindre', 'lindrer', 'lindra', 'lindring', 'ease', 'eases', 'soothe', 'soothes', 'relieve', 'relieves', 'relief', 'comfort'],
  ['lyd', 'lyder', 'lydar', 'lyden', 'sound', 'sounds', 'noise', 'noises'],
  ['leppe', 'lepper', 'leppene', 'leppane', 'lip', 'lips'],
  ['flat', 'flate', 'flatt', 'flattened', 'flattens', 'flatklemt', 'flattrykt', 'misformet', 'lipstick', 'squashed', 'squished', 'creased', 'wedged', 'slanted', 'skeiv', 'skjev', 'skeive', 'skjeve'],
  ['slippe', 'slipper', 'sleppe', 'slepp', 'slepper', 'sluppet', 'unlatch', 'unlatches', 'unlatching'],
  // the colours and feel of stools and of colostrum (diapers, colostrum)
  // golden and orange-yellow are yellow too («liquid gold», «gyllen»)
  ['gul', 'gule', 'gult', 'yellow', 'yellowish', 'gulaktig', 'gulaktige', 'gulig', 'gold', 'golden', 'goldish', 'gyllen', 'gylne', 'gyllent', 'gullfarget', 'gullfarga',
    'orange', 'orangey', 'orangish', 'oransje'],
  ['grønn', 'grønne', 'grønt', 'grøn', 'grøne', 'green', 'greenish', 'grønnlig', 'grønnaktig'],
  ['brun', 'brune', 'brunt', 'brown', 'brownish', 'brunlig', 'brunaktig'],
  ['svart', 'svarte', 'black', 'blackish', 'tjæreaktig', 'tarry'],
  ['tykk', 'tykke', 'tykt', 'tjukk', 'tjukke', 'tjukt', 'thick', 'seig', 'seige', 'seigt', 'klissete', 'klisset', 'sticky', 'klebrig', 'kremaktig', 'creamy'],
  // the breasts before and after the milk comes in (milk-coming-in, engorgement)
  ['myk', 'myke', 'mykt', 'mjuk', 'mjuke', 'mjukt', 'soft', 'softer', 'slapp', 'slappe'],
  ['tung', 'tunge', 'tungt', 'heavy', 'heavier'],
  ['full', 'fulle', 'fullt', 'fuller', 'fyldig', 'fyldige', 'kjempefull', 'kjempefulle', 'stappfull', 'stappfulle'],
  ['stram', 'stramme', 'stramt', 'tight', 'spent', 'spenner', 'spenne', 'spennt'],
  ['varm', 'varme', 'varmt', 'warm', 'warmth', 'hot', 'glovarm', 'glovarme', 'glohet', 'glohete', 'brennhet', 'brennhete'],
  // the baby's weight in everyday words (baby-weight)
  ['lett', 'lettere', 'lettare', 'lighter', 'light', 'tyngre'],
  ['kilo', 'kilogram'],
  // waking and how often (feeding-frequency)
  ['vekke', 'vekker', 'vekkje', 'vekkjer', 'vakne', 'våkne', 'våkner', 'vaknar', 'wake', 'wakes', 'waking', 'woken', 'awake'],
  ['konstant', 'stadig', 'kontinuerlig', 'constantly', 'nonstop', 'continuously', 'klyngemating', 'clusterfeeding', 'cluster'],
  ['mellom', 'between', 'intervall', 'intervaller', 'apart'],
  // the baby cannot feed at the breast: in hospital apart from her (hand-expression.when, pumping-frequency)
  ['nyfødtintensiv', 'nyfødtavdeling', 'nyfødtavdelinga', 'nyfødtavdelingen', 'intensiv', 'kuvøse', 'kuvøsa', 'kuvøsen', 'nicu', 'incubator', 'neonatal', 'scbu', 'separert', 'separated'],
  // whom to ask, and who comes to her (where-to-get-help)
  ['besøk', 'hjemmebesøk', 'heimebesøk', 'visit', 'visits', 'visitor', 'besøke'],
  ['ammehjelp', 'ammehjelpen', 'ammehjelper', 'ammehjelpar', 'ammerådgiver', 'ammerådgjevar', 'ammeveileder', 'ammekyndig', 'lactation', 'consultant'],
];

const COMPOUND_HEADS = ['hand', 'bryst', 'melk', 'melke', 'mjolk', 'mjolke', 'pump', 'pumpe', 'blei', 'bleie', 'dobbel', 'dobbelt', 'ut', 'fryse', 'basj', 'mors', 'hud', 'natt', 'rom', 'tisse', 'tiss', 'vekt', 'spreng'].map(foldWord);
const MIN_COMPOUND = 6;
const MIN_PART = 3;
/** A first part known from a synonym group, followed by a word we do not know, is this long at least. */
const MIN_HEAD = 4;
/** A last part alone, after a first part we do not know, is a word of five letters or more. */
const MIN_TAIL = 5;
/** Inflection endings, which make no second part of a compound. */
const ENDINGS = new Set(['ene', 'ane', 'ens', 'ets', 'ers', 'ars', 'ing', 'inga', 'ingen', 'este', 'ende', 'ande']);

/**
 * Words stemmed as another word: English words whose Norwegian stem is a Norwegian word of another
 * meaning («storing» and «stored» stem to «stor», big, a weak word, which would make the whole storage
 * group weak), and verbs whose stem is a noun of another meaning («hjelper», helps, is no «hjelp»).
 */
const STEM_AS: ReadonlyMap<string, string> = new Map([
  // «vite» (to know) stems as «vits» (the point of it, a «why» word): it is «vet»
  ['vite', 'vet'],
  // «forstå», «forstår» (to understand; folded) stem as «første» (first, the first hour's): it is knowing, «vet»
  ['forsta', 'vet'],
  ['forstar', 'vet'],
  ['forsto', 'vet'],
  ['forstod', 'vet'],
  // «hva hjelper mot», «what helps»: a remedy asked for, not someone to help her («hjelp»)
  ['hjelper', 'lindrer'],
  ['hjelpar', 'lindrer'],
  ['helps', 'lindrer'],
  // «fastlege» stems to «fast», which is English «fast» (a weak word): the doctor is the «lege»
  ['fastlege', 'lege'],
  ['fastlegen', 'lege'],
  ['fastlegar', 'lege'],
  ['fastleger', 'lege'],
  // «nytt» (new, «på nytt»: again) stems to «nytte» (what it is for, a «why» word)
  ['nytt', 'ny'],
  // to soften (engorgement's areola) is no soft breast (the milk not in yet): «soften» stems to «soft»
  ['soften', 'mykne'],
  ['softens', 'mykne'],
  ['softening', 'mykne'],
  ['softened', 'mykne'],
  // «stilling» (a position at the breast) stems to «still», the weak English «still»
  ['stilling', 'position'],
  ['stillinga', 'position'],
  ['stillingen', 'position'],
  ['stillinger', 'position'],
  ['stillingar', 'position'],
  ['ammestilling', 'position'],
  ['ammestillinger', 'position'],
  ['ammestillingar', 'position'],
  // the English «stings» stems to the Norwegian «sting» (stitches): it is a stinging pain
  ['stings', 'svir'],
  ['stinging', 'svir'],
  ['stung', 'svir'],
  // «tunga», «tungen» (the tongue) stem to «tung», heavy (full breasts): it is the tongue
  ['tunga', 'tongue'],
  ['tungen', 'tongue'],
  ['tungene', 'tongue'],
  ['tungo', 'tongue'],
  // «sette», «setter» (to put, to set) stem to «sett», a pump's «setting»: it is putting
  ['sette', 'put'],
  ['setter', 'put'],
  ['settes', 'put'],
  ['settle', 'put'],
  ['settles', 'put'],
  ['settled', 'put'],
  ['settling', 'put'],
  // «count», «counting» (how many she counts) stem to «count», the kitchen «counter»: it is counting, «teller»
  ['count', 'teller'],
  ['counts', 'teller'],
  ['counting', 'teller'],
  ['counted', 'teller'],
  ['storing', 'storage'],
  ['stored', 'storage'],
  ['stores', 'storage'],
]);

function stem(word: string): string {
  let stemmed = stemmer.stem(STEM_AS.get(word) ?? word);
  // Snowball keeps "-ing" ("melking", "pumping"), which would part them from "melke", "pumpe".
  if (stemmed.length >= 7 && stemmed.endsWith('ing')) stemmed = stemmed.slice(0, -3);
  return stemmed;
}

const canonical = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const [head] = group;
  if (head === undefined) continue;
  const target = stem(foldWord(head));
  for (const word of group) canonical.set(stem(foldWord(word)), target);
}

/**
 * Endings the stemmer leaves on short words, above all nynorsk ones («bleiane», «dropane»): a word
 * whose stem is no known word reaches the known word it is an inflection of, when there is one.
 */
const INFLECTIONS = ['ane', 'ene', 'ar', 'er', 'a', 'en', 'et', 'i', 'e', 't'];
const MIN_BASE = 4;
/**
 * English endings the Norwegian stemmer does not know («poos», «pooing», «wees», «peeing»): with the
 * shortest base each may leave. A base reaches a known word as it is or with an «e» («latched»).
 */
const ENGLISH_INFLECTIONS: readonly (readonly [ending: string, minBase: number])[] = [
  ['ing', 3],
  ['ies', 3],
  // «easier», «easiest»: the comparative of a word in «-y» reaches it
  ['iest', 3],
  ['ier', 3],
  ['es', 4],
  ['s', 3],
  ['ed', 4],
  ['d', 4],
];

/** The weak words' own stems: an inflection may reach one («making», «stort»). */
const plainWeakStems = new Set([...WEAK_WORDS].map((word) => canonical.get(stem(word)) ?? stem(word)));
const knownStem = (stemmed: string): string | undefined => canonical.get(stemmed) ?? (plainWeakStems.has(stemmed) ? stemmed : undefined);

function normalizeStem(word: string): string {
  const stemmed = stem(word);
  const known = knownStem(stemmed);
  if (known !== undefined) return known;
  // A word stemmed as another word is that word: its own endings reach nothing («tung|a» is no heavy breast)
  if (STEM_AS.has(word)) return stemmed;
  const endings = [...INFLECTIONS.map((ending) => [ending, MIN_BASE] as const), ...ENGLISH_INFLECTIONS];
  for (const [ending, minBase] of endings) {
    if (!word.endsWith(ending) || word.length - ending.length < minBase) continue;
    const base = ending === 'ies' || ending === 'ier' || ending === 'iest' ? `${word.slice(0, -ending.length)}y` : word.slice(0, -ending.length);
    const reached = knownStem(stem(base)) ?? knownStem(stem(`${base}e`));
    if (reached !== undefined) return reached;
  }
  return stemmed;
}

const weakStems = new Set([...WEAK_WORDS].map(normalizeStem));

/** A first part joined to the next by a linking «-e-» or «-s-»: «melk-e-spreng», «fødsel-s-vekt». */
const LINKS = ['e', 's'];
const FIRST_PARTS = new Set(COMPOUND_HEADS);
const PART_MEMO = new Map<string, boolean>();

/** A word we know the meaning of: one of a synonym group's, in any inflection the stemmer reaches. */
function isKnownWord(part: string): boolean {
  let known = PART_MEMO.get(part);
  if (known === undefined) {
    known = part.length >= MIN_PART && !STOPWORDS.has(part) && !ENDINGS.has(part) && canonical.has(stem(part));
    PART_MEMO.set(part, known);
  }
  return known;
}

/** The first part of a compound, without its linking letter, or undefined when we do not know it. */
function firstPart(head: string): string | undefined {
  if (FIRST_PARTS.has(head) || isKnownWord(head)) return head;
  const bare = head.slice(0, -1);
  return LINKS.includes(head.slice(-1)) && (FIRST_PARTS.has(bare) || isKnownWord(bare)) ? bare : undefined;
}

/**
 * The parts of a Norwegian compound. Two words we both know ("melke|spreng", "natt|amming",
 * "fødsels|vekt", "tisse|bleier") give both, the last of which carries the meaning. Else the longest
 * first part we know, with the rest ("brystvorte|krem"): the first part tells the topic it is about.
 * Else the longest last part we know ("peke|finger"): what the compound is.
 */
function compoundParts(word: string): string[] {
  // A word of a synonym group has its meaning already: "brystvorte" is a nipple, not a breast.
  if (word.length < MIN_COMPOUND || STEM_AS.has(word) || canonical.has(stem(word))) return [];
  // A compound ending in a little word of five letters or more («amme|spørsmål», «pumpe|greia») is what its
  // first part is about: the little word is no part to find, nor is it to be read from its second letter on.
  for (let at = MIN_PART; at <= word.length - MIN_TAIL; at += 1) {
    const head = firstPart(word.slice(0, at));
    if (head !== undefined && head !== 'ut' && STOPWORDS.has(word.slice(at))) return [head];
  }
  for (let at = MIN_PART; at <= word.length - MIN_PART; at += 1) {
    const head = firstPart(word.slice(0, at));
    const tail = word.slice(at);
    if (head !== undefined && head !== 'ut' && isKnownWord(tail)) return [head, tail];
  }
  for (let at = word.length - MIN_PART; at >= 2; at -= 1) {
    const head = word.slice(0, at);
    const tail = word.slice(at);
    // Alone, a first part is a word of four letters or more («hov» is no part of «hovudpine»).
    if (!FIRST_PARTS.has(head) && (head.length < MIN_HEAD || !isKnownWord(head))) continue;
    // "brystene" is the word "bryst" with its ending, not "bryst" + "ene".
    if (STOPWORDS.has(tail) || ENDINGS.has(tail)) continue;
    return head === 'ut' ? [tail] : [head, tail];
  }
  // A first part we do not know: a compound still ends in what it is («peke|finger», «sykehus|pumpe»).
  for (let at = MIN_PART; at <= word.length - MIN_TAIL; at += 1) {
    const tail = word.slice(at);
    if (isKnownWord(tail)) return [tail];
  }
  return [];
}

/**
 * Words that folding (å→a) makes into another word: «måte» (a way) folds to «mate» (to feed), «måle» (to measure)
 * to «male», which stems as «mål» (a feed). Spelt with «å», each is read by its own meaning before it is folded.
 */
const SPELT_WITH_AA: ReadonlyMap<string, string> = new Map([
  ...['måte', 'måten', 'måter', 'måtar', 'måtane', 'måtene'].map((word) => [word, 'way'] as const),
  ...['måle', 'måler', 'målar', 'målte', 'målt', 'måla', 'måling', 'målinga', 'målingen'].map((word) => [word, 'measure'] as const),
]);

/** A whole number in this range is read as a newborn's weight in grams. */
const GRAMS_WEIGHT = { min: 1500, max: 6000 } as const;

/** The terms of one word, or an empty list for a stopword. */
export const termsOfWord = rememberedPerWord((rawWord: string): readonly string[] => {
  // «baby's», «it's»: the word without its English «'s»
  const bare = rawWord.replace(/['’]s$/iu, '');
  const word = foldWord(SPELT_WITH_AA.get(bare.toLowerCase()) ?? bare);
  if (word.length < 2 && !/\d/.test(word)) return [];
  if (STOPWORDS.has(word)) return [];
  const terms = new Set<string>([normalizeStem(word)]);
  // «3500» (and «g» after it, too short to count) is a baby's weight in grams.
  if (/^\d{4}$/.test(word) && Number(word) >= GRAMS_WEIGHT.min && Number(word) <= GRAMS_WEIGHT.max) terms.add(normalizeStem('gram'));
  for (const part of compoundParts(word)) terms.add(normalizeStem(part));
  // Frozen: one remembered list is handed to every caller.
  return Object.freeze([...terms]);
});

/** Words of a text, as MiniSearch gets them before `termsOfWord`. */
export function wordsOf(text: string): string[] {
  // «didn't», «she's» stay one word («didnt», a little word), not «didn» and «t»
  return text.match(/\d+(?:[.,]\d+)?|\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
}

export function termsOf(text: string): string[] {
  return wordsOf(text).flatMap(termsOfWord);
}

/** Terms that help ranking only: a question made of them alone is not in scope. */
export function isWeakTerm(term: string): boolean {
  return weakStems.has(term);
}

/** Numbers count for confidence only when a topic knows them ("3 x 20 ml"), not against it ("38,5"). */
export function isNumberTerm(term: string): boolean {
  return /^\d/.test(term);
}

const canonicalTerms = new Set(canonical.values());

/** A term that stands for a group of synonyms ("bryst"): its variants are already in it, so it is no prefix of other words ("brystvort"). */
export function isCanonicalTerm(term: string): boolean {
  return canonicalTerms.has(term);
}

/** Every word the analyzer knows by name (little words, weak words, synonyms), folded: a typo may be read as one. */
export function knownWords(): string[] {
  return [...STOPWORDS, ...WEAK_WORDS, ...SYNONYM_GROUPS.flat().map(foldWord)];
}

/** A word the analyzer reads: a little word, or one whose terms it knows (a synonym, a weak word, a compound of known parts). */
export function hasKnownTerms(word: string): boolean {
  const terms = termsOfWord(word);
  return !terms.length || terms.length > 1 || canonicalTerms.has(terms[0]!) || weakStems.has(terms[0]!);
}
