/**
 * The red-flag table: how tired mothers really type (nb, nn, en; short, long, rambling; typos;
 * no æøå; negations), each phrasing labelled by the red-flag rows of RULES.md.
 * Written before the detector was reworked (issue 22); a label is only changed when it was
 * wrong, never to fit the detector.
 */

export type Level = 'emergency' | 'urgent' | 'none';
export type Language = 'nb' | 'nn' | 'en';

export type Category =
  // emergency: 113
  | 'baby-not-breathing'
  | 'baby-not-responding'
  | 'baby-blue-grey'
  | 'baby-seizure'
  | 'baby-floppy-not-responding'
  | 'baby-grunting-dusky'
  | 'mother-bleeding-fainting'
  | 'mother-chest-pain'
  | 'mother-breathless'
  // urgent: legevakt 116 117
  | 'baby-fever'
  | 'baby-sleepy'
  | 'baby-not-feeding'
  | 'baby-yellow-early'
  | 'baby-yellow-sleepy'
  | 'baby-green-vomit'
  | 'baby-no-wet-diaper'
  | 'mother-fever-chills'
  | 'mother-breast-red-fever'
  | 'mother-heavy-bleeding'
  // quiet
  | 'negation'
  | 'normal'
  | 'borderline'
  | 'time-bound'
  | 'question';

export interface Phrasing {
  text: string;
  level: Level;
  category: Category;
  language: Language;
  /** Hours since the reported birth, for the signs RULES.md ties to time. */
  hoursSinceBirth?: number;
  /** Why, where the label is a decision. */
  why?: string;
}

const e = (language: Language, category: Category, text: string, extra: Partial<Phrasing> = {}): Phrasing => ({ text, level: 'emergency', category, language, ...extra });
const u = (language: Language, category: Category, text: string, extra: Partial<Phrasing> = {}): Phrasing => ({ text, level: 'urgent', category, language, ...extra });
const q = (language: Language, category: Category, text: string, extra: Partial<Phrasing> = {}): Phrasing => ({ text, level: 'none', category, language, ...extra });

const EMERGENCY: Phrasing[] = [
  // not breathing (typos, no æøå, doubt about breathing)
  e('nb', 'baby-not-breathing', 'babyen pustr ikke!!'),
  e('nb', 'baby-not-breathing', 'hun puster ikk'),
  e('nb', 'baby-not-breathing', 'HJELP hun puster ikke'),
  e('nb', 'baby-not-breathing', 'han sluttet plutselig å puste'),
  e('nb', 'baby-not-breathing', 'jeg tror ikke hun puster'),
  e('nb', 'baby-not-breathing', 'jeg vet ikke om hun puster, hun ligger helt stille', { why: 'she cannot tell whether the baby breathes: treated as not breathing' }),
  e('nb', 'baby-not-breathing', 'hun strever med å puste og gisper etter luft'),
  e('nb', 'baby-not-breathing', 'puster ikke ordentlig, hjelp'),
  e('nb', 'baby-not-breathing', 'hun puster ikek'),
  e('nn', 'baby-not-breathing', 'veslejenta pustar ikkje!'),
  e('nn', 'baby-not-breathing', 'han har slutta å pusta'),
  e('nn', 'baby-not-breathing', 'eg trur ikkje ho pustar'),
  e('en', 'baby-not-breathing', 'shes not breathing'),
  e('en', 'baby-not-breathing', 'he stopped breathing for like 20 seconds and went pale'),
  e('en', 'baby-not-breathing', "I can't tell if she's breathing", { why: 'doubt about breathing is treated as not breathing' }),
  e('en', 'baby-not-breathing', 'baby isnt breathng properly, gasping'),
  // not responding
  e('nb', 'baby-not-responding', 'hun svarer ikke pa noe'),
  e('nb', 'baby-not-responding', 'han reagerer ikke når jeg roper på han'),
  e('nb', 'baby-not-responding', 'får ingen kontakt med henne, hun bare ligger der'),
  e('nb', 'baby-not-responding', 'hun er helt livløs'),
  e('nb', 'baby-not-responding', 'reagerer ikke naar jeg tar paa henne'),
  e('nb', 'baby-not-responding', 'han reagrer ikke'),
  e('nn', 'baby-not-responding', 'ho reagerer ikkje når eg tek på ho'),
  e('nn', 'baby-not-responding', 'han svarar ikkje på noko'),
  e('en', 'baby-not-responding', "he's not responding to anything"),
  e('en', 'baby-not-responding', 'she wont respond when i touch her'),
  e('en', 'baby-not-responding', 'baby is unresponsve'),
  // blue / grey
  e('nb', 'baby-blue-grey', 'leppene er blaa'),
  e('nb', 'baby-blue-grey', 'hun ble gra i ansiktet'),
  e('nb', 'baby-blue-grey', 'han er blålig rundt munnen'),
  e('nb', 'baby-blue-grey', 'hun ble helt blå mens hun lå ved brystet'),
  e('nb', 'baby-blue-grey', 'huden ser grå ut og hun er kald'),
  e('nb', 'baby-blue-grey', 'ikke feber, men hun er blå rundt munnen'),
  e('nn', 'baby-blue-grey', 'ho er blå rundt munnen'),
  e('nn', 'baby-blue-grey', 'andletet hans vart gråblått'),
  e('en', 'baby-blue-grey', 'her lips look blue'),
  e('en', 'baby-blue-grey', 'his face went grey'),
  e('en', 'baby-blue-grey', 'shes kinda bluish around the mouth'),
  // seizure: the word, or jerking / stiffening with no response
  e('nb', 'baby-seizure', 'armene og beina rykker og hun svarer ikke'),
  e('nb', 'baby-seizure', 'han stivner i hele kroppen og reagerer ikke'),
  e('nb', 'baby-seizure', 'tror hun har krampeanfall'),
  e('nb', 'baby-seizure', 'det rykker i armen hennes hele tiden og hun ser ikke på meg, får ikke kontakt'),
  e('nn', 'baby-seizure', 'ho rykkjer i armar og bein og reagerer ikkje'),
  e('nn', 'baby-seizure', 'eg trur han har krampe'),
  e('en', 'baby-seizure', 'his arms and legs keep jerking and he doesnt respond'),
  e('en', 'baby-seizure', 'she went stiff and started shaking and wont respond'),
  e('en', 'baby-seizure', 'i think hes having a siezure'),
  // floppy and not responding
  e('nb', 'baby-floppy-not-responding', 'hun er helt slapp og reagerer ikke'),
  e('nb', 'baby-floppy-not-responding', 'han henger helt slapp i armene mine og vil ikke våkne', { why: 'floppy and will not wake: not responding, not only hard to wake' }),
  e('nn', 'baby-floppy-not-responding', 'ho er heilt slapp og svarar ikkje'),
  e('en', 'baby-floppy-not-responding', 'hes really floppy and not responding'),
  // grunting or very fast breathing with dusky / grey / blue colour
  e('nb', 'baby-grunting-dusky', 'hun stønner ved hver pust og er grå rundt munnen'),
  e('nb', 'baby-grunting-dusky', 'han grynter når han puster og leppene ser mørke ut'),
  e('nb', 'baby-grunting-dusky', 'puster kjempefort og er blålig i ansiktet'),
  e('nn', 'baby-grunting-dusky', 'ho stønnar for kvar pust og er gråleg i andletet'),
  e('en', 'baby-grunting-dusky', 'hes grunting with every breath and his lips look dusky'),
  e('en', 'baby-grunting-dusky', 'breathing super fast and her skin looks greyish'),
  // mother: heavy bleeding with fainting, chest pain, breathlessness
  e('nb', 'mother-bleeding-fainting', 'jeg blor kraftig og svimte av'),
  e('nb', 'mother-bleeding-fainting', 'blør veldig mye og holdt på å besvime'),
  e('nn', 'mother-bleeding-fainting', 'eg blør mykje og har svima av'),
  e('en', 'mother-bleeding-fainting', 'im bleeding heavily and i fainted'),
  e('en', 'mother-bleeding-fainting', 'soaking through pads every hour and feel like im going to pass out'),
  e('nb', 'mother-chest-pain', 'jeg har sterke smerter i brystkassen'),
  e('nb', 'mother-chest-pain', 'trykk i brystet og jeg er kvalm'),
  e('nb', 'mother-chest-pain', 'jeg har vondt i brystet', { why: '"vondt i brystet" is the Norwegian for chest pain; with no word of feeding, a side or the breasts it is read as chest pain' }),
  e('nn', 'mother-chest-pain', 'eg har vondt i brystkassa'),
  e('en', 'mother-chest-pain', 'sudden chest pain, hurts to breathe'),
  e('nb', 'mother-breathless', 'jeg får ikke puste'),
  e('nb', 'mother-breathless', 'jeg er så andpusten at jeg ikke klarer å gå'),
  e('nn', 'mother-breathless', 'eg får ikkje puste skikkeleg'),
  e('en', 'mother-breathless', 'i cant breathe properly and my heart is racing'),
  // emergency wins over urgent, a negated sign does not cancel another
  e('nb', 'baby-not-breathing', 'ingen feber men hun puster ikke'),
  e('nb', 'baby-not-breathing', 'hun har 39 i feber og nå puster hun ikke'),
  e('nb', 'baby-not-breathing', 'han puster ikke og er ikke blå'),
  e('en', 'baby-not-responding', "she has a fever and now she's not responding"),
  // long and rambling
  e('nb', 'baby-floppy-not-responding', 'Hei, beklager at jeg skriver så mye, vi kom hjem fra sykehuset i går og ammingen har gått greit, men i kveld er hun så rar, helt slapp i armene og reagerer nesten ikke når jeg snakker til henne'),
  e('en', 'baby-grunting-dusky', "ok so she fed at 2 for 20 min on the left, then slept, diaper was wet, but now her lips are going kind of blue and she's making grunting noises"),
  e('nn', 'baby-seizure', 'Vi har hatt ein fin dag og ho har ete godt, men no rykkjer det i armane og beina hennar og ho ser rett gjennom meg, reagerer ikkje når eg snakkar til ho'),
];

const URGENT: Phrasing[] = [
  // fever from 38.0 (baby)
  u('nb', 'baby-fever', 'hun har 38,0'),
  u('nb', 'baby-fever', 'tempen er 38.0 i rumpa'),
  u('nb', 'baby-fever', 'han har 38 grader'),
  u('nb', 'baby-fever', 'målte 38,4 i endetarmen nå'),
  u('nb', 'baby-fever', 'babyen er varm og har feber'),
  u('nb', 'baby-fever', 'feber 39,1 og hun er 5 dager'),
  u('nb', 'baby-fever', 'hun har feeber'),
  u('nn', 'baby-fever', 'ho har 38,2 i feber'),
  u('nn', 'baby-fever', 'veslegutten har feber'),
  u('en', 'baby-fever', 'temp is 38.0'),
  u('en', 'baby-fever', 'she has a temp of 38 degrees'),
  u('en', 'baby-fever', 'baby feels hot, thermometer says 38.6'),
  u('en', 'baby-fever', 'her temp is 100.8F', { why: '100.8 °F is 38.2 °C' }),
  // very sleepy / hard to wake
  u('nb', 'baby-sleepy', 'klarer nesten ikke å vekke ham'),
  u('nb', 'baby-sleepy', 'hun er unormalt søvnig i dag og våkner ikke til måltidene'),
  u('nb', 'baby-sleepy', 'får ikke vekket henne til mating'),
  u('nb', 'baby-sleepy', 'han er sløv og vil bare sove'),
  u('nb', 'baby-sleepy', 'vanskelig a vekke henne i dag'),
  u('nb', 'baby-sleepy', 'hun har ikke feber men er veldig vansklig å vekke'),
  u('nn', 'baby-sleepy', 'det er vanskeleg å vekkje han i dag'),
  u('nn', 'baby-sleepy', 'ho er så trøytt og slapp'),
  u('en', 'baby-sleepy', "she's really hard to wake up"),
  u('en', 'baby-sleepy', 'hes so sleepy he wont wake for feeds'),
  // not feeding
  u('nb', 'baby-not-feeding', 'hun nekter å ta brystet og vil ikke ha flaske heller'),
  u('nb', 'baby-not-feeding', 'vil ikke spise noe'),
  u('nb', 'baby-not-feeding', 'hun har ikke spist på over et døgn'),
  u('nn', 'baby-not-feeding', 'ho vil ikkje ete i det heile'),
  u('en', 'baby-not-feeding', "he won't feed at all"),
  u('en', 'baby-not-feeding', 'she hasnt fed since yesterday'),
  // yellow skin in the first 36 h
  u('nb', 'baby-yellow-early', 'hun er gul i huden', { hoursSinceBirth: 20 }),
  u('nb', 'baby-yellow-early', 'han ser litt gul ut', { hoursSinceBirth: 30 }),
  u('nb', 'baby-yellow-early', 'ble gul allerede første døgnet'),
  u('nn', 'baby-yellow-early', 'ho er gul i huda', { hoursSinceBirth: 18 }),
  u('en', 'baby-yellow-early', 'his skin looks yellow', { hoursSinceBirth: 24 }),
  // yellow and sleepy
  u('nb', 'baby-yellow-sleepy', 'hun er gul og sover hele tiden', { hoursSinceBirth: 80 }),
  u('nb', 'baby-yellow-sleepy', 'gulsott og veldig søvnig', { hoursSinceBirth: 96 }),
  u('nb', 'baby-yellow-sleepy', 'han er gul i øynene og trøtt', { hoursSinceBirth: 70 }),
  u('nb', 'baby-yellow-sleepy', 'hun er sovnig og gul', { hoursSinceBirth: 60 }),
  u('nn', 'baby-yellow-sleepy', 'ho er gul og søv heile tida', { hoursSinceBirth: 90 }),
  u('en', 'baby-yellow-sleepy', 'shes yellow and really sleepy', { hoursSinceBirth: 100 }),
  // green vomit
  u('nb', 'baby-green-vomit', 'hun kastet opp noe grønt'),
  u('nb', 'baby-green-vomit', 'gulper grønn galle'),
  u('nb', 'baby-green-vomit', 'spydde grønt slim'),
  u('nb', 'baby-green-vomit', 'gront oppkast'),
  u('nn', 'baby-green-vomit', 'han kastar opp grønt'),
  u('en', 'baby-green-vomit', 'she threw up green stuff'),
  u('en', 'baby-green-vomit', 'green vomit twice this morning'),
  // no wet diaper in 24 h after day 3
  u('nb', 'baby-no-wet-diaper', 'ingen våte bleier siden i går', { hoursSinceBirth: 80 }),
  u('nb', 'baby-no-wet-diaper', 'hun har ikke tisset på 24 timer', { hoursSinceBirth: 100 }),
  u('nb', 'baby-no-wet-diaper', 'tørr bleie hele døgnet', { hoursSinceBirth: 90 }),
  u('nb', 'baby-no-wet-diaper', 'ingen vate bleier pa et dogn', { hoursSinceBirth: 90 }),
  u('nn', 'baby-no-wet-diaper', 'ingen våte bleier på eit døgn', { hoursSinceBirth: 84 }),
  u('en', 'baby-no-wet-diaper', 'no wet nappies for a whole day', { hoursSinceBirth: 96 }),
  u('en', 'baby-no-wet-diaper', 'hasnt peed in 24 hrs', { hoursSinceBirth: 110 }),
  // mother: fever with chills
  u('nb', 'mother-fever-chills', 'jeg har frysninger og 38,9'),
  u('nb', 'mother-fever-chills', 'jeg skjelver og har feber'),
  u('nn', 'mother-fever-chills', 'eg har feber og skjelv'),
  u('en', 'mother-fever-chills', 'i have a fever and the chills'),
  u('en', 'mother-fever-chills', 'im shivering and my temp is 38.7'),
  // mother: breast redness getting worse, with fever
  u('nb', 'mother-breast-red-fever', 'venstre bryst er rødt og varmt og jeg har 38,5'),
  u('nb', 'mother-breast-red-fever', 'rød stripe på brystet som blir verre, og feber'),
  u('nn', 'mother-breast-red-fever', 'brystet er raudt og eg har feber'),
  u('en', 'mother-breast-red-fever', 'my breast is red and getting worse and i have a fever'),
  // mother: heavy bleeding without fainting
  u('nb', 'mother-heavy-bleeding', 'jeg blør kraftig', { why: 'heavy bleeding alone: not 113 (RULES asks fainting with it) but never quiet (NICE CG37: profuse loss needs a doctor now)' }),
  u('nb', 'mother-heavy-bleeding', 'blor veldig mye, gjennom bindet på en time', { why: 'as above' }),
  u('nn', 'mother-heavy-bleeding', 'eg blør kraftig', { why: 'as above' }),
  u('en', 'mother-heavy-bleeding', 'im bleeding really heavily', { why: 'as above' }),
  // long and rambling
  u('nb', 'baby-fever', 'ammet kl 3 og 6, våt bleie og gul bæsj, hun sover mye, men nå har hun 38,3 og er varm i hodet'),
  u('nn', 'baby-green-vomit', 'Vi har hatt ei fin natt, ho har ete kvar tredje time og hatt fire våte bleier, men no i ettermiddag har ho kasta opp noko grønt to gonger'),
  u('en', 'baby-sleepy', 'so tired, she fed ok yesterday but today she is really hard to wake and just falls asleep at the breast without sucking'),
];

const QUIET: Phrasing[] = [
  // negations
  q('nb', 'negation', 'hun puster fint'),
  q('nb', 'negation', 'ingen feber'),
  q('nb', 'negation', 'ikke blå'),
  q('nb', 'negation', 'puster fint, ikke noe feber, bare litt gulping'),
  q('nb', 'negation', 'han puster normalt og har ikke feber lenger'),
  q('nb', 'negation', 'hun er ikke blå rundt munnen lenger, fin farge nå'),
  q('nb', 'negation', 'ingen kramper, bare litt urolig'),
  q('nb', 'negation', 'han er ikke slapp, han spreller masse'),
  q('nb', 'negation', 'ikke gul i huden lenger', { hoursSinceBirth: 30 }),
  q('nb', 'negation', 'har ikke kastet opp noe grønt'),
  q('nb', 'negation', 'ikke noe feber og ingen frysninger'),
  q('nb', 'negation', 'hun reagerer fint på lyd og lys'),
  q('nb', 'negation', 'puster fint og har god farge, ikke blaa'),
  q('nb', 'negation', 'hun ble ikke blå, bare rød i fjeset av å gråte'),
  q('nb', 'negation', 'tempen er normal, 36,9'),
  q('nb', 'negation', 'pustr fint'),
  q('nb', 'negation', 'puster fint ikke noe feber bare litt gulping', { why: 'the same message without commas, as it is often typed' }),
  q('nb', 'negation', 'hun puster fint ikke blå ikke slapp'),
  q('nn', 'negation', 'ho pustar fint'),
  q('nn', 'negation', 'inga feber i dag'),
  q('nn', 'negation', 'ho er ikkje blå'),
  q('nn', 'negation', 'han har ikkje feber lenger, pustar fint'),
  q('nn', 'negation', 'ho er ikkje slapp i det heile'),
  q('nn', 'negation', 'ho pustar fint ikkje feber'),
  q('en', 'negation', 'breathing fine, no fever, just a bit of spit up'),
  q('en', 'negation', 'not blue, just red from crying'),
  q('en', 'negation', "no fever and he's feeding well"),
  q('en', 'negation', "she isn't floppy, she's kicking like crazy"),
  q('en', 'negation', 'no green vomit, just normal spit up'),
  q('en', 'negation', 'breathing fine not blue no fever'),
  // normal things
  q('nb', 'normal', 'hun sover mye mellom måltidene'),
  q('nb', 'normal', 'gul bæsj'),
  q('nb', 'normal', 'grønn bæsj'),
  q('nb', 'normal', 'litt gulping etter måltidet'),
  q('nb', 'normal', 'han har hikke'),
  q('nb', 'normal', 'hun nyser mye'),
  q('nb', 'normal', 'rykker litt i søvne men våkner når jeg tar på henne', { why: 'a startle in sleep that ends when touched' }),
  q('nb', 'normal', 'ammet 20 min på venstre bryst kl 14'),
  q('nb', 'normal', 'pumpet 38 ml'),
  q('nb', 'normal', 'hun ble født i uke 38+2'),
  q('nb', 'normal', 'hun veier 3800 gram'),
  q('nb', 'normal', 'hender og føtter er litt blå og kalde', { why: 'blue hands and feet are normal in a newborn (acrocyanosis); lips, face, tongue or body are not' }),
  q('nb', 'normal', 'hun har så fine blå øyne'),
  q('nb', 'normal', 'brystene er harde og varme, melken har kommet'),
  q('nb', 'normal', 'jeg er så trøtt'),
  q('nb', 'normal', 'etterriene er vonde når jeg ammer'),
  q('nb', 'normal', 'hun grynter og stønner mens hun sover', { why: 'newborn noises in sleep, with no colour change' }),
  q('nb', 'normal', 'puster litt fort når hun sover'),
  q('nb', 'normal', 'hun skvetter når det smeller'),
  q('nb', 'normal', 'skjelver på haka når hun gråter'),
  q('nb', 'normal', 'hun har på seg en blå body'),
  q('nb', 'normal', 'hun ble helt rød i ansiktet da hun bæsjet'),
  q('nb', 'normal', 'hun gråter mye om kvelden'),
  q('nb', 'normal', 'jeg har ikke spist frokost'),
  q('nb', 'normal', 'jeg vil ikke vekke henne når hun sover så godt'),
  q('nb', 'normal', 'jeg har kramper i leggen'),
  q('nb', 'normal', 'ingen bæsj i dag'),
  q('nb', 'normal', 'bare én våt bleie i dag', { why: 'few wet diapers is the diapers.wet-low advice of the check-in, not a red flag' }),
  q('nn', 'normal', 'ho søv mykje mellom måltida'),
  q('nn', 'normal', 'grøn bæsj'),
  q('nn', 'normal', 'ho gulpar litt etter måltida'),
  q('nn', 'normal', 'han har hikke heile tida'),
  q('nn', 'normal', 'ho nys mykje'),
  q('nn', 'normal', 'ho rykkjer litt i søvne men vaknar når eg tek på ho'),
  q('nn', 'normal', 'temp 37,9'),
  q('en', 'normal', 'she sleeps a lot between feeds'),
  q('en', 'normal', 'yellow poop'),
  q('en', 'normal', 'green poop is that normal'),
  q('en', 'normal', 'hiccups after every feed'),
  q('en', 'normal', 'he sneezes a lot'),
  q('en', 'normal', 'temp 37.9 under the arm'),
  q('en', 'normal', 'my nipples hurt when she latches'),
  q('en', 'normal', 'he has the most beautiful blue eyes'),
  q('en', 'normal', 'he startles and jerks his arms when he sleeps but wakes up fine'),
  q('en', 'normal', "i'm so tired"),
  q('en', 'normal', 'pumped 38 ml'),
  q('en', 'normal', 'she grunts a lot in her sleep'),
  // borderline
  q('nb', 'borderline', 'temp 37,8'),
  q('nb', 'borderline', 'jeg blør litt'),
  q('nb', 'borderline', 'har litt vondt i brystet når hun tar tak', { why: 'breast soreness at the latch, not chest pain' }),
  q('nb', 'borderline', 'grå bæsj i bleia i dag', { why: 'grey is a stool colour here, not the baby\'s colour' }),
  q('nb', 'borderline', 'brystvorten er sår og rød'),
  q('nb', 'borderline', 'jeg har feber', { why: 'the mother\'s fever alone is not a red-flag row (with chills or a red breast it is)' }),
  q('nb', 'borderline', 'hun har små pustepauser når hun sover, er det normalt?', { why: 'short pauses in a sleeping newborn\'s breathing are normal; a stop in breathing is not' }),
  q('nb', 'borderline', 'hun vil ikke die på venstre side'),
  q('nb', 'borderline', 'jordmora svarer ikke på telefonen'),
  q('nb', 'borderline', 'hun har ikke spist på tre timer, skal jeg vekke henne?'),
  q('nb', 'borderline', 'jeg fryser litt'),
  q('nb', 'borderline', 'brystet er rødt men jeg har ikke feber', { why: 'redness without fever is not the urgent row' }),
  q('nb', 'borderline', 'jeg er litt svimmel når jeg reiser meg fort'),
  q('nb', 'borderline', 'jeg blør mindre nå enn i går'),
  q('nb', 'borderline', 'har hun fått nok melk? hun er litt gul i bæsjen'),
  q('nn', 'borderline', 'eg blør litt framleis'),
  q('nn', 'borderline', 'eg har litt vondt i brystet når ho tek tak'),
  q('nn', 'borderline', 'jordmora svarar ikkje på telefonen'),
  q('en', 'borderline', 'temp 37.5'),
  q('en', 'borderline', 'im bleeding a little'),
  q('en', 'borderline', 'her hands and feet look a bit blue'),
  q('en', 'borderline', 'my midwife isnt answering her phone'),
  // time-bound signs outside their time
  q('nb', 'time-bound', 'hun er gul i huden', { hoursSinceBirth: 80, why: 'yellow after 36 h, and not sleepy' }),
  q('nb', 'time-bound', 'han har litt gulsott men spiser godt', { hoursSinceBirth: 100 }),
  q('nb', 'time-bound', 'ingen våte bleier siden i går', { hoursSinceBirth: 40, why: 'before day 3 this is the wet-diaper advice, not the urgent row' }),
  q('nn', 'time-bound', 'ho er gul i huda', { hoursSinceBirth: 90 }),
  q('en', 'time-bound', 'her skin is a bit yellow', { hoursSinceBirth: 72 }),
  // questions about signs in general: no sign is said to be there
  q('nb', 'question', 'når skal jeg ringe 113?', { why: 'names no sign; the where-to-get-help topic answers it (113 when life is at risk)' }),
  q('nb', 'question', 'hva er tegn på gulsott?', { why: 'a question about a sign, not a sign' }),
  q('nb', 'question', 'hvor høy feber er farlig for en nyfødt?', { why: 'a question about a sign, not a sign' }),
  q('nb', 'question', 'hva gjør jeg hvis hun slutter å puste?', { why: 'a "hvis" (if) question: RULES alarms when the text says a sign is there' }),
  q('nb', 'question', 'er det normalt å blø mye de første dagene?', { why: 'a question about normal bleeding after birth' }),
  q('nn', 'question', 'kva gjer eg om ho får feber?', { why: 'a question about what to do if' }),
  q('nn', 'question', 'når skal eg ringje legevakta?'),
  q('en', 'question', 'what temperature counts as a fever for a newborn?'),
  q('en', 'question', 'what are the signs of mastitis?'),
  q('en', 'question', 'what should i do if he gets a fever?'),
  q('en', 'question', 'when should I call 113?'),
  // long and rambling
  q('nb', 'normal', 'Hei! Her går det fint, hun puster fint og har fin farge, ingen feber (37,2 i morges), sover mye mellom måltidene men våkner av seg selv, gul bæsj og fire våte bleier i dag. Er det normalt at hun nyser og har hikke?'),
  q('en', 'normal', 'ok update: fed at 2, 5 and 8, wet nappy each time, one yellow poop, no fever, breathing fine, she did spit up a little and had hiccups for ages, is that normal?'),
  q('nn', 'normal', 'Ho har ete godt i dag, pustar roleg, ikkje feber, litt gulping og grøn bæsj ein gong, elles alt fint'),
];

export const PHRASINGS: readonly Phrasing[] = [...EMERGENCY, ...URGENT, ...QUIET];
