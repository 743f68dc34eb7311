import type { RedFlagCode } from '../../src/mother/events';
import type { Locale } from '../../src/mother/profile';
import type { TopicId } from '../../src/knowledge/topic-ids';

/**
 * Held-out questions, written the way mothers type on a phone (short, misspelt, without
 * æøå or question marks). Nothing here may be copied into the index, the keyword lists or
 * the synonym lists: it measures how well retrieval generalises.
 */
/** The topics of issue 24 are written here before they exist in the code, so that the set comes first. */
export type ExpectedTopic = TopicId | 'sore-nipples' | 'engorgement' | 'latch' | 'baby-weight';

export interface TopicQuestions {
  topic: ExpectedTopic;
  nb: string[];
  nn: string[];
  en: string[];
}

export const TOPIC_QUESTIONS: TopicQuestions[] = [
  {
    topic: 'hand-expression.why',
    nb: [
      'hvorfor må jeg kunne håndmelke når jeg har pumpe',
      'hva er poenget med å melke for hånd',
      'vits å lære seg håndmelking',
      'hvorfor sier jordmora at jeg burde lære å melke ut med hånda',
      'hvorfor handmelking',
      'er håndmelking noe alle mødre bør lære seg',
      'hva hjelper det å melke ut manuelt',
      'hvorfor er det lurt å kunne handmelke',
    ],
    nn: ['kvifor bør eg kunne handmjølke', 'kva er vitsen med handmjølking', 'kvifor læra seg å mjølke for hand'],
    en: ['why bother learning to hand express', 'whats the benefit of hand expressing', 'why is hand expression a useful skill'],
  },
  {
    topic: 'hand-expression.how',
    nb: [
      'hvordan handmelker jeg',
      'hvordan gjør man håndmelking',
      'hvordan melke ut for hånd',
      'vis meg hvordan jeg melker ut med hendene',
      'hvor skal tommelen være når jeg håndmelker',
      'klarer ikke å få ut noe med hånda, hva gjør jeg feil',
      'hvordan presser jeg ut råmelk for hånd',
      'teknikk for håndmelking',
    ],
    nn: ['korleis handmjølkar ein', 'korleis får eg ut mjølk med handa', 'kvar skal fingrane vere når eg mjølkar for hand'],
    en: ['how to express milk by hand', 'how do you hand express properly', 'steps for hand expressing colostrum'],
  },
  {
    topic: 'hand-expression.when',
    nb: [
      'når bør jeg starte med håndmelking',
      'hvor ofte bør jeg handmelke',
      'hvor mange ganger i dognet skal jeg håndmelke',
      'skal jeg håndmelke på natta også',
      'når etter fødselen skal jeg begynne å melke ut for hånd',
      'hvor tidlig kan jeg begynne med håndmelking',
      'hvor ofte melke ut med hånda når hun ikke vil die',
      'må jeg håndmelke hver natt',
    ],
    nn: ['når skal eg starte å handmjølke', 'kor ofte bør ein handmjølke', 'må eg handmjølke om natta'],
    en: ['when do i start hand expressing after birth', 'how many times a day should i hand express', 'should i hand express during the night'],
  },
  {
    topic: 'hand-expression.how-much',
    nb: [
      'hvor mye skal jeg få ut når jeg håndmelker',
      'får bare et par dråper er det nok',
      'det kommer så lite råmelk når jeg melker ut',
      'hvor mye råmelk er normalt første dagen',
      'bare noen små dråper kommer ut er det normalt',
      'hvor mange ml bør jeg få ut med håndmelking',
      'håndmelker men får nesten ingenting',
      'er det normalt at det bare kommer dråper',
    ],
    nn: ['kor mykje skal eg få ut ved handmjølking', 'det kjem berre nokre dropar, er det normalt', 'kor mange ml råmjølk er vanleg'],
    en: ['how much should i get when hand expressing', 'only getting tiny drops of colostrum', 'how many ml of colostrum is normal on day one'],
  },
  {
    topic: 'hand-expression.vs-pump',
    nb: [
      'hånd eller pumpe hva er best',
      'skal jeg bruke pumpa eller hendene',
      'er pumpe bedre enn å melke for hånd',
      'kan jeg bare håndmelke og droppe pumpa',
      'handmelking vs pumping',
      'bør jeg pumpe i tillegg til håndmelking',
      'holder det å melke ut for hånd eller må jeg ha pumpe',
      'er det lurt å bruke både hånd og pumpe',
    ],
    nn: ['er handmjølking eller pumpe best', 'held det med handmjølking', 'bør eg kombinere pumpe og handmjølking'],
    en: ['hand expressing or pumping which is better', 'is hand expression enough or do i need a pump', 'should i combine hand expression with the pump'],
  },
  {
    topic: 'hand-expression.giving',
    nb: [
      'hvordan gi babyen råmelken',
      'hva skal jeg samle råmelken i',
      'kan jeg gi råmelk med sproyte',
      'hvordan få råmelken i babyen uten flaske',
      'gi råmelk med skje',
      'hvordan mate med kopp',
      'hva bruker jeg for å gi den utmelka råmelken',
      'samle råmelk i sprøyte hvordan',
    ],
    nn: ['korleis gi råmjølka til babyen', 'kan eg gi råmjølk med skei', 'kva samlar eg råmjølka i'],
    en: ['how do i feed my baby the colostrum i collected', 'can i give colostrum with a spoon', 'what should i collect colostrum in'],
  },
  {
    topic: 'milk-storage',
    nb: [
      'hvor lenge kan morsmelk stå i kjoleskapet',
      'kan man fryse brystmelk',
      'hvor lenge holder melk i fryseren',
      'hvor lenge kan melken stå ute i romtemperatur',
      'kan jeg fryse ned igjen melk som er tint',
      'oppbevaring av utpumpet melk',
      'hvor lenge er tint melk god',
      'kan pumpet melk stå på kjøkkenbenken',
    ],
    nn: ['kor lenge kan mjølka stå i kjøleskåpet', 'kan eg fryse morsmjølk', 'kor lenge held tint mjølk'],
    en: ['how long can breast milk stay in the fridge', 'can i freeze expressed milk', 'how long is thawed breast milk good for'],
  },
  {
    topic: 'colostrum',
    nb: [
      'hva er egentlig råmelk',
      'hva er colostrum',
      'hva er kolostrum for noe',
      'hva er forskjellen på råmelk og vanlig melk',
      'når blir råmelken til overgangsmelk',
      'lager kroppen råmelk allerede når man er gravid',
      'hvorfor er det så lite råmelk',
      'ramelk hva er det',
    ],
    nn: ['kva er råmjølk for noko', 'når blir råmjølka til vanleg mjølk', 'lagar kroppen råmjølk før fødselen'],
    en: ['what exactly is colostrum', 'when does colostrum change to regular milk', 'is colostrum made during pregnancy'],
  },
  {
    topic: 'milk-coming-in',
    nb: [
      'nar kommer melka',
      'når kommer melken inn',
      'melken har ikke kommet enda er det normalt',
      'hvordan merker jeg at melken er kommet',
      'hvor mange dager tar det før melka kommer',
      'det er dag 3 og ingen melk ennå',
      'brystene er harde og fulle, er melken kommet',
      'når kommer ordentlig melk',
    ],
    nn: ['når kjem mjølka inn', 'kor lang tid tek det før mjølka kjem', 'mjølka har ikkje kome, er det normalt'],
    en: ['when does the milk come in', 'my milk hasnt come in yet', 'how will i know when my milk is in'],
  },
  {
    topic: 'feeding-frequency',
    nb: [
      'hvor ofte bør jeg amme',
      'hvor ofte skal nyfødte spise',
      'hvor mange ganger i døgnet skal babyen ammes',
      'hvor lang tid mellom hver amming',
      'hvor ofte skal hun die',
      'skal jeg amme hver time',
      'hvordan vet jeg at hun er sulten',
      'hvor mange måltider i døgnet',
    ],
    nn: ['kor ofte skal ein amme', 'kor ofte skal babyen ete', 'kor mange gonger i døgeret skal ho ammast'],
    en: ['how often should a newborn feed', 'how many times a day should i nurse', 'how often should i breastfeed my baby'],
  },
  {
    topic: 'enough-milk',
    nb: [
      'får hun i seg nok',
      'hvordan vet jeg at babyen får nok mat',
      'er jeg redd for at jeg har for lite melk',
      'tror ikke hun blir mett',
      'får babyen min nok melk',
      'hvordan sjekke om babyen får nok',
      'har jeg nok melk',
      'blir babyen mett av bare brystet',
    ],
    nn: ['får babyen nok mat', 'korleis veit eg at ho blir mett', 'har eg nok mjølk til babyen'],
    en: ['how can i tell if my baby gets enough', 'am i making enough milk', 'is my baby getting enough to eat'],
  },
  {
    topic: 'diapers',
    nb: [
      'hvor mange våte bleier bør hun ha',
      'svart bæsj normalt',
      'bæsjen er grønn er det normalt',
      'hvor mange bleier om dagen er vanlig',
      'hvilken farge skal bajsen ha',
      'når skal avføringen bli gul',
      'hva er barnebek',
      'hvor mange tissebleier skal det være',
    ],
    nn: ['kor mange våte bleier skal ho ha', 'kva farge skal avføringa ha', 'er svart bæsj normalt'],
    en: ['how many wet nappies should she have', 'what colour should newborn poop be', 'is green poo normal'],
  },
  {
    topic: 'pumping-frequency',
    nb: [
      'hvor ofte bør jeg pumpe',
      'hvor mange ganger skal jeg pumpe i døgnet',
      'må jeg stå opp og pumpe om natta',
      'hvor ofte pumpe når babyen ligger på nyfødt',
      'skal jeg pumpe begge bryst samtidig',
      'pumpe hver 3 time holder det',
      'når bør jeg pumpe første gang etter fødselen',
      'dobbelpumping hvor ofte',
    ],
    nn: ['kor ofte bør eg pumpe', 'må eg pumpe om natta', 'kor mange gonger i døgeret skal eg pumpe'],
    en: ['how often do i need to pump', 'do i have to pump during the night', 'how many times a day should i use the pump'],
  },
  {
    topic: 'pumping-3x20',
    nb: [
      'hva betyr 3x20 ml',
      'jeg har fått over 20 ml tre ganger på rad, hva nå',
      'når bytter jeg pumpeprogram',
      'hvilket program skal jeg bruke på pumpa nå',
      'fikk 25 ml tre pumpinger på rad',
      'når skal jeg bytte fra igangsettingsprogram',
      'bytte innstilling på pumpa når',
      'tre økter med 20 ml betyr det at melken har kommet',
    ],
    nn: ['når skal eg byte pumpeprogram', 'kva tyder 3 x 20 ml', 'eg har pumpa over 20 ml tre gonger'],
    en: ['when do i change the pump program', 'what does 3 x 20 ml mean', 'got over 20 ml three sessions in a row'],
  },
  {
    topic: 'breast-changes',
    nb: [
      'brystene vokste ikke i svangerskapet',
      'hvorfor ble brystene store da jeg var gravid',
      'hvor mye vokser brystene i svangerskapet',
      'brystene mine er like små som før graviditeten',
      'hva skjer i brystene under graviditeten',
      'fikk ikke større pupper som gravid',
      'er det normalt at brystene ikke vokser når man er gravid',
      'brystene endret seg ikke i svangerskapet',
    ],
    nn: ['brysta vaks ikkje då eg var gravid', 'kva skjer med brysta i svangerskapet', 'kor mykje veks brysta når ein er gravid'],
    en: ['my breasts didnt get bigger while pregnant', 'how much do breasts grow during pregnancy', 'what happens in the breasts during pregnancy'],
  },
  {
    topic: 'first-hour',
    nb: [
      'hva er viktig rett etter fodselen',
      'hvorfor skal babyen ligge hud mot hud',
      'hva skjer den første timen etter fødsel',
      'første amming etter fødselen hvordan',
      'hvorfor hud mot hud med en gang',
      'hva bør vi gjøre første timen',
      'hud mot hud etter keisersnitt',
      'hvorfor er den første timen så viktig',
    ],
    nn: ['kva er viktig rett etter fødselen', 'kvifor skal babyen liggje hud mot hud', 'den første timen etter fødselen'],
    en: ['why is the first hour after birth important', 'what is skin to skin for', 'first feed right after delivery'],
  },
  {
    topic: 'sore-nipples',
    nb: [
      'brystvortene mine er så såre',
      'det gjør fryktelig vondt i brystvorta når hun suger',
      'sår brystvorte hva gjør jeg',
      'brystvortene har sprukket',
      'det blør fra brystvorten etter amming',
      'er det normalt at det gjør så vondt å amme',
      'hvordan blir jeg kvitt såre brystvorter',
      'sprekker i vortene, hva kan jeg gjøre',
      'skal jeg slutte å amme når brystvortene er sare',
      'brystvortene er røde og ømme etter hver amming',
    ],
    nn: ['brystvortene mine er så såre', 'det gjer vondt i brystvorta når eg ammar', 'brystvorta blør, kva gjer eg', 'sprokne brystvorter, korleis får eg dei til å gro'],
    en: ['my nipples are so sore', 'cracked nipple what do i do', 'is it normal for breastfeeding to hurt this much', 'my nipple is bleeding after feeds'],
  },
  {
    topic: 'engorgement',
    nb: [
      'brystene er harde som stein',
      'brystene er så harde og vonde, hva gjør jeg',
      'hva gjør jeg med brystspreng',
      'kan jeg legge kalde omslag på brystene',
      'brystene verker og er stramme',
      'hvordan blir man kvitt brystspreng',
      'hovne og harde bryster etter at melken kom',
      'brystene er sprengfulle, skal jeg pumpe ut litt',
      'det spenner sånn i brystene og de er varme',
      'brystene er så fulle at hun ikke får tak',
    ],
    nn: ['brysta er harde og vonde, kva gjer eg', 'kva hjelper mot brystspreng', 'brysta er sprengfulle og verkjer', 'kan eg leggje noko kaldt på brysta'],
    en: ['my breasts are rock hard and painful', 'what helps with engorgement', 'breasts so full they hurt', 'should i use cold packs on engorged breasts'],
  },
  {
    topic: 'latch',
    nb: [
      'hvordan vet jeg at hun har godt sugetak',
      'hvordan ser et riktig sugetak ut',
      'hun tar bare tak i tuppen av brystvorta',
      'hvordan får jeg babyen til å gape høyt nok',
      'hun smatter når hun dier, er det feil tak',
      'hvor mye av brystet skal han ha i munnen',
      'kinnene hennes blir innsugd når hun dier',
      'hvordan legger jeg henne riktig til brystet',
      'jeg hører ikke at hun svelger, er taket feil',
      'tips til bedre sugetak',
    ],
    nn: ['korleis veit eg at ho har godt sugetak', 'korleis legg eg babyen rett til brystet', 'ho tek berre tak i tuppen av brystvorta', 'kor mykje av brystet skal ho ha i munnen'],
    en: ['how do i know if the latch is good', 'how do i get a deeper latch', 'her cheeks dimple when she feeds is that a bad latch', 'how should i hold baby at the breast so she latches well'],
  },
  {
    topic: 'baby-weight',
    nb: [
      'hvor mye er normalt at babyen går ned i vekt',
      'hun har gått ned 8 prosent, er det farlig',
      'når skal hun være tilbake på fødselsvekten',
      'vekttap første uka',
      'han har mistet 300 gram siden fødselen',
      'er det normalt at nyfødte går ned i vekt',
      'hvor mange prosent kan de gå ned',
      'når tar babyen igjen fødselsvekta',
      'hun har gått ned over 10 prosent',
      'hvem veier babyen etter at vi kommer hjem',
    ],
    nn: ['kor mykje er vanleg at babyen går ned i vekt', 'ho har gått ned 9 prosent', 'når er ho tilbake på fødselsvekta', 'er det normalt at nyfødde går ned i vekt'],
    en: ['how much weight loss is normal for a newborn', 'she has lost 8 percent of her birth weight', 'when will he be back to birth weight', 'is it normal for babies to lose weight after birth'],
  },
  {
    topic: 'where-to-get-help',
    nb: [
      'hvem kan jeg kontakte om amming',
      'hvor kan jeg få hjelp',
      'hvem skal jeg ringe',
      'nummer til legevakta',
      'kan jeg ringe helsesøster',
      'hvem kan hjelpe meg med ammingen',
      'hvordan får jeg tak i en ammehjelper',
      'trenger hjelp hvem ringer jeg',
    ],
    nn: ['kven kan eg kontakte', 'kvar kan eg få hjelp med amminga', 'kva er nummeret til legevakta'],
    en: ['who do i call for help', 'where can i get help with breastfeeding', 'what is the number for the out of hours doctor'],
  },
];

export interface OutOfScopeQuestion {
  locale: Locale;
  text: string;
}

export const OUT_OF_SCOPE: OutOfScopeQuestion[] = [
  { locale: 'nb', text: 'når skal babyen vaksineres' },
  { locale: 'nb', text: 'hvordan få babyen til å sove om natta' },
  { locale: 'nb', text: 'hva gjør jeg med kolikk' },
  { locale: 'nb', text: 'hvor mye skal babyen sove' },
  { locale: 'nb', text: 'kan jeg drikke kaffe' },
  { locale: 'nb', text: 'når kan jeg begynne å trene igjen' },
  { locale: 'nb', text: 'hvor lenge varer etterrier' },
  { locale: 'nb', text: 'hva er været i morgen' },
  { locale: 'nb', text: 'når får jeg mensen igjen' },
  { locale: 'nb', text: 'hvordan bader jeg en nyfødt' },
  { locale: 'nb', text: 'når faller navlestumpen av' },
  { locale: 'nb', text: 'hvilken bilstol er best' },
  { locale: 'nb', text: 'hei hvordan har du det' },
  { locale: 'nb', text: 'kan jeg ta paracet' },
  { locale: 'nb', text: 'hvordan søker jeg foreldrepenger' },
  { locale: 'nb', text: 'sting etter fødselen gjør vondt' },
  { locale: 'nb', text: 'når kan vi ha sex igjen' },
  { locale: 'nb', text: 'hvor mye skal babyen gråte' },
  { locale: 'nb', text: 'hvordan klipper jeg neglene til babyen' },
  { locale: 'nb', text: 'tips til navn på jente' },
  { locale: 'nn', text: 'når skal babyen vaksinerast' },
  { locale: 'nn', text: 'korleis får eg babyen til å sove' },
  { locale: 'nn', text: 'kva gjer eg med kolikk' },
  { locale: 'nn', text: 'kan eg trene no' },
  { locale: 'nn', text: 'kor tid kjem mensen att' },
  { locale: 'en', text: 'when does my baby need vaccines' },
  { locale: 'en', text: 'how do i get my baby to sleep' },
  { locale: 'en', text: 'what helps with colic' },
  { locale: 'en', text: 'can i drink wine' },
  { locale: 'en', text: 'what car seat should i buy' },
  { locale: 'en', text: 'tell me a joke' },
  { locale: 'en', text: 'when can i go back to the gym' },
  { locale: 'en', text: 'how do i bathe a newborn' },
];

/** A question in one language and the topic that answers it. */
export interface LocaleQuestion {
  locale: Locale;
  text: string;
  topic: ExpectedTopic;
}

/**
 * In-scope questions that name no word of their topic ("det gjør så vondt når hun suger" says no
 * "brystvorte"): mothers describe what happens, not what it is called.
 */
export const NO_KEYWORD: LocaleQuestion[] = [
  { locale: 'nb', text: 'det gjør så vondt når hun suger', topic: 'sore-nipples' },
  { locale: 'nb', text: 'det svir noe helt sykt når hun tar tak', topic: 'sore-nipples' },
  { locale: 'nb', text: 'brystene føles som steiner', topic: 'engorgement' },
  { locale: 'nb', text: 'alt er så stramt og fullt at det verker', topic: 'engorgement' },
  { locale: 'nb', text: 'hun gaper ikke skikkelig og biter liksom bare på tuppen', topic: 'latch' },
  { locale: 'nb', text: 'det klikker og hun slipper hele tiden', topic: 'latch' },
  { locale: 'nb', text: 'hun var 3500 g da hun ble født og nå 3200', topic: 'baby-weight' },
  { locale: 'nb', text: 'hun vil ha pupp hele tiden er det greit', topic: 'feeding-frequency' },
  { locale: 'nb', text: 'kommer bare noen små perler når jeg prøver', topic: 'hand-expression.how-much' },
  { locale: 'nb', text: 'hvor lenge er den god i fryseren', topic: 'milk-storage' },
  { locale: 'nb', text: 'fortsatt svart og seigt på dag fire', topic: 'diapers' },
  { locale: 'nb', text: 'kjenner ingen forskjell i brystene og det er dag 3', topic: 'milk-coming-in' },
  { locale: 'nb', text: 'hun sovner etter fem minutter ved brystet, får hun i seg noe', topic: 'enough-milk' },
  { locale: 'nb', text: 'hvem ringer jeg midt på natta', topic: 'where-to-get-help' },
  { locale: 'nn', text: 'det gjer så vondt når ho syg', topic: 'sore-nipples' },
  { locale: 'nn', text: 'brysta kjennest som steinar', topic: 'engorgement' },
  { locale: 'nn', text: 'ho var 3400 g då ho vart fødd og no 3150', topic: 'baby-weight' },
  { locale: 'nn', text: 'ho vil ha pupp heile tida, er det greitt', topic: 'feeding-frequency' },
  { locale: 'nn', text: 'ho gapar ikkje og bit berre på tuppen', topic: 'latch' },
  { locale: 'en', text: 'it hurts like crazy every time she goes on', topic: 'sore-nipples' },
  { locale: 'en', text: 'everything feels like rocks and it aches', topic: 'engorgement' },
  { locale: 'en', text: 'she was 3.5 kg at birth and is 3.2 kg now', topic: 'baby-weight' },
  { locale: 'en', text: 'she only grabs the tip and there is a clicking sound', topic: 'latch' },
  { locale: 'en', text: 'she wants to be on me all the time is that ok', topic: 'feeding-frequency' },
];

/** Short rewrites of questions, as typed in a hurry. */
export const SHORT_REWRITES: LocaleQuestion[] = [
  { locale: 'nb', text: 'sår brystvorte', topic: 'sore-nipples' },
  { locale: 'nb', text: 'sprukken vorte', topic: 'sore-nipples' },
  { locale: 'nb', text: 'brystspreng?', topic: 'engorgement' },
  { locale: 'nb', text: 'harde bryster', topic: 'engorgement' },
  { locale: 'nb', text: 'sugetak', topic: 'latch' },
  { locale: 'nb', text: 'dårlig tak', topic: 'latch' },
  { locale: 'nb', text: 'vekttap', topic: 'baby-weight' },
  { locale: 'nb', text: 'fødselsvekt når', topic: 'baby-weight' },
  { locale: 'nb', text: 'melk i kjøleskap', topic: 'milk-storage' },
  { locale: 'nb', text: 'fryse melk', topic: 'milk-storage' },
  { locale: 'nb', text: 'pumpe om natta?', topic: 'pumping-frequency' },
  { locale: 'nb', text: 'håndmelking hvordan', topic: 'hand-expression.how' },
  { locale: 'nb', text: 'gul bæsj når', topic: 'diapers' },
  { locale: 'nb', text: 'hud mot hud?', topic: 'first-hour' },
  { locale: 'nb', text: 'ammehjelpen nr', topic: 'where-to-get-help' },
  { locale: 'nb', text: 'melk kommer når', topic: 'milk-coming-in' },
  { locale: 'nn', text: 'såre brystvorter', topic: 'sore-nipples' },
  { locale: 'nn', text: 'brystspreng', topic: 'engorgement' },
  { locale: 'nn', text: 'godt sugetak', topic: 'latch' },
  { locale: 'nn', text: 'vekttap', topic: 'baby-weight' },
  { locale: 'nn', text: 'mjølk i frysaren', topic: 'milk-storage' },
  { locale: 'nn', text: 'når kjem mjølka', topic: 'milk-coming-in' },
  { locale: 'en', text: 'sore nipples', topic: 'sore-nipples' },
  { locale: 'en', text: 'engorged', topic: 'engorgement' },
  { locale: 'en', text: 'latch tips', topic: 'latch' },
  { locale: 'en', text: 'weight loss', topic: 'baby-weight' },
  { locale: 'en', text: 'freeze milk', topic: 'milk-storage' },
  { locale: 'en', text: 'pump at night?', topic: 'pumping-frequency' },
];

/**
 * Two concerns in one message: `first` needs action first and is answered, `offered` is offered
 * after it. Pairs are drawn across these levels, so that which comes first is not in doubt:
 * 1. pain or trouble in the breast now (engorgement, sore nipples);
 * 2. the feeding itself (latch, enough milk, weight, how often to feed, pump or hand express);
 * 3. knowing more (colostrum, milk coming in, storage, diapers, pregnancy, the first hour).
 */
export interface TwoConcerns {
  locale: Locale;
  text: string;
  first: ExpectedTopic;
  offered: ExpectedTopic;
}

export const TWO_CONCERNS: TwoConcerns[] = [
  { locale: 'nb', text: 'brystvortene er såre, og hvor lenge holder melk i kjøleskapet', first: 'sore-nipples', offered: 'milk-storage' },
  { locale: 'nb', text: 'når kommer melken og hvor ofte skal jeg amme', first: 'feeding-frequency', offered: 'milk-coming-in' },
  { locale: 'nb', text: 'brystene er harde og vonde og når blir bæsjen gul', first: 'engorgement', offered: 'diapers' },
  { locale: 'nb', text: 'sprukne brystvorter. kan jeg fryse morsmelk', first: 'sore-nipples', offered: 'milk-storage' },
  { locale: 'nb', text: 'hva er egentlig råmelk, og brystene mine er sprengfulle', first: 'engorgement', offered: 'colostrum' },
  { locale: 'nb', text: 'hvor ofte skal jeg pumpe og hvor lenge holder melken i fryseren', first: 'pumping-frequency', offered: 'milk-storage' },
  { locale: 'nb', text: 'brystvortene blør! når kommer melken inn', first: 'sore-nipples', offered: 'milk-coming-in' },
  { locale: 'nb', text: 'hvordan får hun bedre sugetak, og hvorfor vokste ikke brystene mine i svangerskapet', first: 'latch', offered: 'breast-changes' },
  { locale: 'nb', text: 'hun har gått ned 7 prosent i vekt og hva er barnebek', first: 'baby-weight', offered: 'diapers' },
  { locale: 'nb', text: 'hvordan melker jeg ut for hånd og hvor lenge kan melken stå i romtemperatur', first: 'hand-expression.how', offered: 'milk-storage' },
  { locale: 'nn', text: 'brystvortene er såre, og kor lenge held mjølka seg i kjøleskåpet', first: 'sore-nipples', offered: 'milk-storage' },
  { locale: 'nn', text: 'brysta er harde og vonde. kva er råmjølk', first: 'engorgement', offered: 'colostrum' },
  { locale: 'nn', text: 'kor ofte skal eg amme og når kjem mjølka', first: 'feeding-frequency', offered: 'milk-coming-in' },
  { locale: 'nn', text: 'korleis får ho betre sugetak, og kvifor skal vi ha hud mot hud', first: 'latch', offered: 'first-hour' },
  { locale: 'en', text: 'my nipples are cracked and how long can milk stay in the fridge', first: 'sore-nipples', offered: 'milk-storage' },
  { locale: 'en', text: 'breasts are rock hard, also what is colostrum', first: 'engorgement', offered: 'colostrum' },
  { locale: 'en', text: 'how often should i pump and how long does frozen milk keep', first: 'pumping-frequency', offered: 'milk-storage' },
  { locale: 'en', text: 'how do i get a better latch? and when will my milk come in', first: 'latch', offered: 'milk-coming-in' },
];

/**
 * Close to a topic but about something else (TOPICS.md): the bot declines and says what it cannot
 * answer about. `subject` is what the decline must name.
 */
export type NearScopeSubject = 'tongue-tie' | 'thrush' | 'mastitis' | 'medicines' | 'formula' | 'sleep' | 'vaccines';

export interface NearScopeQuestion {
  locale: Locale;
  text: string;
  subject: NearScopeSubject;
}

export const NEAR_SCOPE: NearScopeQuestion[] = [
  { locale: 'nb', text: 'har hun tungebånd', subject: 'tongue-tie' },
  { locale: 'nb', text: 'kan stramt tungebånd gjøre ammingen vanskelig', subject: 'tongue-tie' },
  { locale: 'nb', text: 'bør tungebåndet klippes', subject: 'tongue-tie' },
  { locale: 'nb', text: 'hvitt belegg i munnen hennes, er det trøske', subject: 'thrush' },
  { locale: 'nb', text: 'kan jeg ha sopp på brystvortene', subject: 'thrush' },
  { locale: 'nb', text: 'hva hjelper mot trøske', subject: 'thrush' },
  { locale: 'nb', text: 'hvordan behandles brystbetennelse', subject: 'mastitis' },
  { locale: 'nb', text: 'trenger jeg antibiotika for mastitt', subject: 'mastitis' },
  { locale: 'nb', text: 'kan jeg amme med brystbetennelse', subject: 'mastitis' },
  { locale: 'nb', text: 'kan jeg ta ibux når jeg ammer', subject: 'medicines' },
  { locale: 'nb', text: 'hvor mye paracet kan jeg ta', subject: 'medicines' },
  { locale: 'nb', text: 'er smertestillende trygt når man ammer', subject: 'medicines' },
  { locale: 'nb', text: 'kan jeg bruke nesespray og amme', subject: 'medicines' },
  { locale: 'nb', text: 'hvor mye morsmelkerstatning skal hun ha', subject: 'formula' },
  { locale: 'nb', text: 'hvor mange ml erstatning per måltid', subject: 'formula' },
  { locale: 'nb', text: 'hvordan blander jeg mme', subject: 'formula' },
  { locale: 'nb', text: 'skal jeg gi tillegg på flaske, hvor mye', subject: 'formula' },
  { locale: 'nb', text: 'hvor mange timer skal en nyfødt sove', subject: 'sleep' },
  { locale: 'nb', text: 'hvordan får jeg henne til å sove lenger om natta', subject: 'sleep' },
  { locale: 'nb', text: 'er det farlig at hun sover på magen', subject: 'sleep' },
  { locale: 'nb', text: 'hvilke vaksiner får babyen', subject: 'vaccines' },
  { locale: 'nb', text: 'kan jeg amme rett etter vaksinen', subject: 'vaccines' },
  { locale: 'nb', text: 'når er første vaksine', subject: 'vaccines' },
  { locale: 'nn', text: 'kan ho ha tungeband', subject: 'tongue-tie' },
  { locale: 'nn', text: 'kva hjelper mot trøske', subject: 'thrush' },
  { locale: 'nn', text: 'korleis blir brystbetennelse behandla', subject: 'mastitis' },
  { locale: 'nn', text: 'kan eg ta paracet når eg ammar', subject: 'medicines' },
  { locale: 'nn', text: 'kor mykje morsmjølkerstatning skal ho ha', subject: 'formula' },
  { locale: 'nn', text: 'kor mykje skal ein nyfødd sove', subject: 'sleep' },
  { locale: 'nn', text: 'kva vaksinar får babyen', subject: 'vaccines' },
  { locale: 'en', text: 'does my baby have a tongue tie', subject: 'tongue-tie' },
  { locale: 'en', text: 'could i have thrush on my nipples', subject: 'thrush' },
  { locale: 'en', text: 'how is mastitis treated', subject: 'mastitis' },
  { locale: 'en', text: 'do i need antibiotics for mastitis', subject: 'mastitis' },
  { locale: 'en', text: 'can i take ibuprofen while breastfeeding', subject: 'medicines' },
  { locale: 'en', text: 'how much formula should a newborn have', subject: 'formula' },
  { locale: 'en', text: 'how many ml of formula per feed', subject: 'formula' },
  { locale: 'en', text: 'how many hours should a newborn sleep', subject: 'sleep' },
  { locale: 'en', text: 'can i breastfeed after a vaccine', subject: 'vaccines' },
];

export interface RedFlagPhrase {
  locale: Locale;
  text: string;
  expected: RedFlagCode;
}

export const RED_FLAGS: RedFlagPhrase[] = [
  { locale: 'nb', text: 'babyen puster ikke', expected: 'red-flag.emergency' },
  { locale: 'nb', text: 'hun har slutta å puste', expected: 'red-flag.emergency' },
  { locale: 'nb', text: 'han er helt bla rundt munnen', expected: 'red-flag.emergency' },
  { locale: 'nb', text: 'babyen ser grå ut i ansiktet', expected: 'red-flag.emergency' },
  { locale: 'nb', text: 'hun reagerer ikke når jeg tar på henne', expected: 'red-flag.emergency' },
  { locale: 'nb', text: 'babyen har krampeanfall', expected: 'red-flag.emergency' },
  { locale: 'nb', text: 'jeg blør veldig mye og besvimte nettopp', expected: 'red-flag.emergency' },
  { locale: 'nb', text: 'jeg har sterke brystsmerter og klarer ikke puste', expected: 'red-flag.emergency' },
  { locale: 'nb', text: 'jeg er så andpusten at jeg ikke får snakket', expected: 'red-flag.emergency' },
  { locale: 'nb', text: 'babyen har feber 38,4', expected: 'red-flag.urgent' },
  { locale: 'nb', text: 'tempen hennes er 39 grader', expected: 'red-flag.urgent' },
  { locale: 'nb', text: 'han er veldig slapp og vil ikke spise', expected: 'red-flag.urgent' },
  { locale: 'nb', text: 'det er vanskelig å vekke henne', expected: 'red-flag.urgent' },
  { locale: 'nb', text: 'hun kaster opp grønt', expected: 'red-flag.urgent' },
  { locale: 'nb', text: 'ingen våte bleier på over et døgn', expected: 'red-flag.urgent' },
  { locale: 'nb', text: 'jeg har feber og frysninger', expected: 'red-flag.urgent' },
  { locale: 'nb', text: 'brystet er rødt og vondt og jeg har fått feber', expected: 'red-flag.urgent' },
  { locale: 'nb', text: 'babyen er gul i huden og veldig søvnig', expected: 'red-flag.urgent' },
  { locale: 'nn', text: 'ho pustar ikkje', expected: 'red-flag.emergency' },
  { locale: 'nn', text: 'babyen har krampar', expected: 'red-flag.emergency' },
  { locale: 'nn', text: 'ho har 38,6 i feber', expected: 'red-flag.urgent' },
  { locale: 'nn', text: 'eg har feber og frysningar', expected: 'red-flag.urgent' },
  { locale: 'nn', text: 'ho vil ikkje ete og er vanskeleg å vekkje', expected: 'red-flag.urgent' },
  { locale: 'en', text: 'my baby is not breathing', expected: 'red-flag.emergency' },
  { locale: 'en', text: 'her lips are turning blue', expected: 'red-flag.emergency' },
  { locale: 'en', text: 'he is having a seizure', expected: 'red-flag.emergency' },
  { locale: 'en', text: 'i have chest pain and feel short of breath', expected: 'red-flag.emergency' },
  { locale: 'en', text: 'baby has a temperature of 38.5', expected: 'red-flag.urgent' },
  { locale: 'en', text: 'she is vomiting green stuff', expected: 'red-flag.urgent' },
  { locale: 'en', text: 'no wet diaper since yesterday', expected: 'red-flag.urgent' },
  { locale: 'en', text: 'i have a fever and chills', expected: 'red-flag.urgent' },
];

/**
 * Engorgement with her fever, or with a red painful area and fever (TOPICS.md engorgement, RULES.md
 * red-flag.urgent): the red-flag advice comes before any topic.
 */
export const ENGORGEMENT_RED_FLAGS: RedFlagPhrase[] = [
  { locale: 'nb', text: 'brystene er harde og vonde og jeg har feber', expected: 'red-flag.urgent' },
  { locale: 'nb', text: 'brystspreng og 38,5 i feber', expected: 'red-flag.urgent' },
  { locale: 'nb', text: 'brystet er hardt med et rødt og vondt område, og jeg har feber', expected: 'red-flag.urgent' },
  { locale: 'nn', text: 'brysta er harde og vonde og eg har feber', expected: 'red-flag.urgent' },
  { locale: 'en', text: 'my breasts are engorged and i have a fever', expected: 'red-flag.urgent' },
  { locale: 'en', text: 'hard painful breast with a red hot patch and a temperature of 38.6', expected: 'red-flag.urgent' },
];
