import type { FreshQuestion } from './fresh-check-set';

/**
 * Held-out set J, written on 4 December 2026 (round ten), before round ten's tuning, from
 * /work/shared/TOPICS.md and /work/shared/GLOSSARY.md alone (RULES.md only to leave its red-flag
 * signs out), by someone who never saw the retrieval code, the answers, the example questions or
 * the other question sets. Each question takes one fact from its topic's row and retells it as a
 * mother's own night-time phone message: mostly lower case, everyday words instead of the glossary
 * term where a mother would use them (pupp, melka, bleia, klemme ut), some typos and abbreviations,
 * some 3-5 word questions and some long run-ons with her situation first, and several that share
 * words with a neighbouring topic while their concern stays with the expected one. Declines are
 * worded close to a topic but ask about the outside subject only; nothing names a red-flag sign.
 * Never used to decide anything. Its wording must never be copied into the index, the term lists,
 * the example questions or the synonym lists. bench/knowledge.ts prints only its figures, never its
 * questions or misses.
 */
export const HELD_OUT_DECEMBER_J: FreshQuestion[] = [
  // hand-expression.why
  { locale: 'nb', text: 'hva er egentlig vitsen med håndmelking', expected: { topic: 'hand-expression.why' } },
  { locale: 'nb', text: 'jordmora på barsel sa alle mødre burde lære seg å melke ut med hendene men hvorfor det når hun ammer helt fint', expected: { topic: 'hand-expression.why' } },
  { locale: 'nb', text: 'hvorfor maser de sånn om at jeg må kunne klemme ut melk selv', expected: { topic: 'hand-expression.why' } },
  { locale: 'nb', text: 'er det noen grunn til å få ut råmelken med hånda de første dagene', expected: { topic: 'hand-expression.why' } },
  { locale: 'nn', text: 'kvifor skal eg læra meg å mjølka ut for hand', expected: { topic: 'hand-expression.why' } },
  { locale: 'nn', text: 'jordmora viste meg handmjølking i dag men kva er eigentleg poenget med det', expected: { topic: 'hand-expression.why' } },
  { locale: 'nn', text: 'er det verdt å kunne mjølke med handa sjølv om amminga går greitt', expected: { topic: 'hand-expression.why' } },
  { locale: 'en', text: 'why learn hand expressing at all', expected: { topic: 'hand-expression.why' } },
  { locale: 'en', text: 'midwife keeps saying every mum should know how to express by hand, whats the point if baby is feeding', expected: { topic: 'hand-expression.why' } },
  { locale: 'en', text: 'is expressing with your hands actually useful in the first few days or just something they teach', expected: { topic: 'hand-expression.why' } },

  // hand-expression.how
  { locale: 'nb', text: 'hvordn melker man ut for hånd', expected: { topic: 'hand-expression.how' } },
  { locale: 'nb', text: 'prøver å klemme ut råmelk men ingenting kommer, hvor skal fingrene egentlig sitte', expected: { topic: 'hand-expression.how' } },
  { locale: 'nb', text: 'skal man klype på selve brystvorta eller lenger bak når man håndmelker', expected: { topic: 'hand-expression.how' } },
  { locale: 'nb', text: 'sitter her kl 3 med en kopp og vil prøve å melke ut med hendene for første gang kan du ta meg gjennom det trinn for trinn', expected: { topic: 'hand-expression.how' } },
  { locale: 'nn', text: 'korleis mjølkar ein ut for hand, steg for steg', expected: { topic: 'hand-expression.how' } },
  { locale: 'nn', text: 'tommel og peikefinger, kor langt bak brystvorta skal dei vere', expected: { topic: 'hand-expression.how' } },
  { locale: 'nn', text: 'det sluttar å kome dropar etter ei stund når eg mjølkar med handa, skal eg flytte fingrane rundt', expected: { topic: 'hand-expression.how' } },
  { locale: 'en', text: 'how do i hand express step by step', expected: { topic: 'hand-expression.how' } },
  { locale: 'en', text: 'tried squeezing right on the nipple to get colostrum out and it just hurt, where do my fingers go', expected: { topic: 'hand-expression.how' } },
  { locale: 'en', text: 'do u massage the breast before expressing by hand', expected: { topic: 'hand-expression.how' } },

  // hand-expression.when
  { locale: 'nb', text: 'når bør jeg begynne med håndmelking hvis hun ikke vil suge', expected: { topic: 'hand-expression.when' } },
  { locale: 'nb', text: 'hvor mange ganger i døgnet skal jeg melke ut for hånd', expected: { topic: 'hand-expression.when' } },
  { locale: 'nb', text: 'må jeg stå opp om natta for å håndmelke også?', expected: { topic: 'hand-expression.when' } },
  { locale: 'nb', text: 'fødte for ca en time siden og lillemor vil ikke ta brystet skal jeg starte å melke ut med hånda allerede nå', expected: { topic: 'hand-expression.when' } },
  { locale: 'nn', text: 'kor tidleg etter fødselen skal ein byrje å mjølke ut for hand', expected: { topic: 'hand-expression.when' } },
  { locale: 'nn', text: 'han får ikkje til å amme enno, kor ofte skal eg handmjølke', expected: { topic: 'hand-expression.when' } },
  { locale: 'nn', text: 'treng eg mjølke for hand på natta og', expected: { topic: 'hand-expression.when' } },
  { locale: 'en', text: 'how many times a day should i hand express', expected: { topic: 'hand-expression.when' } },
  { locale: 'en', text: 'baby wont go on the breast yet, when should i start expressing by hand', expected: { topic: 'hand-expression.when' } },
  { locale: 'en', text: 'do i need to hand express during the night too', expected: { topic: 'hand-expression.when' } },

  // hand-expression.how-much
  { locale: 'nb', text: 'får bare noen bitte små dråper når jeg melker ut for hånd', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nb', text: 'hvor mye burde jeg få ut når jeg håndmelker på dag 2', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nb', text: 'holdt på med hendene i et kvarter og fikk kanskje 1 ml er det altfor lite', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nb', text: 'hvor mange ml er vanlig å klemme ut for hånd til sammen det første døgnet', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nn', text: 'får berre nokre få dropar når eg mjølkar for hand, er det slik det skal vere', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nn', text: 'kor mykje er vanleg å få ut med handa kvar gong dei fyrste dagane', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nn', text: 'berre nokre perler på skeia etter handmjølkinga, gjer eg noko feil', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'en', text: 'only drops when i hand express', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'en', text: 'how many ml should i expect by hand each time on day 2', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'en', text: 'hand expressed on and off all of day one and got maybe 15ml total, is that a normal amount', expected: { topic: 'hand-expression.how-much' } },

  // hand-expression.vs-pump
  { locale: 'nb', text: 'er det bedre å melke for hånd eller med pumpe', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nb', text: 'babyen ligger på nyfødtintensiven, holder det at jeg bare håndmelker eller må jeg pumpe også', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nb', text: 'kan man kombinere håndmelking og brystpumpe', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nb', text: 'synes pumpa er så ubehagelig går det an å bare bruke hendene hele veien istedenfor', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nn', text: 'hand eller pumpe, kva er best', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nn', text: 'eg har berre mjølka ut med handa sidan fødselen og ho får ikkje amme, bør eg byrje med pumpe i tillegg', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nn', text: 'er det lurt å bruke både hendene og pumpa', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'en', text: 'hand or pump which is better', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'en', text: 'my son is in nicu and im only hand expressing so far, is that enough or do i need the pump too', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'en', text: 'worth doing some hand expressing after each pumping session?', expected: { topic: 'hand-expression.vs-pump' } },

  // hand-expression.giving
  { locale: 'nb', text: 'hvordan gir jeg råmelken jeg har melket ut til babyen', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nb', text: 'hva samler jeg de små dråpene opp i', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nb', text: 'kan man gi råmelk med teskje eller må det være flaske', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nb', text: 'fikk ut litt gult i en kopp nå, hvordan får jeg det i munnen på han uten tåteflaske', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nn', text: 'korleis gir eg råmjølka til babyen etter at eg har mjølka ut', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nn', text: 'kan eg bruke ei sprøyte til å samle opp dropane', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nn', text: 'ho får ikkje tak på brystet enno, kan eg gi henne det eg har mjølka ut med skei', expected: { topic: 'hand-expression.giving' } },
  { locale: 'en', text: 'how do i give the colostrum to baby once ive expressed it', expected: { topic: 'hand-expression.giving' } },
  { locale: 'en', text: 'what do i catch the drops in, syringe?', expected: { topic: 'hand-expression.giving' } },
  { locale: 'en', text: 'can i feed him the expressed colostrum from a little cup', expected: { topic: 'hand-expression.giving' } },

  // milk-storage
  { locale: 'nb', text: 'hvor lenge kan pumpa melk stå ute på kjøkkenbenken', expected: { topic: 'milk-storage' } },
  { locale: 'nb', text: 'hvor mange dager holder morsmelk seg i kjøleskpet', expected: { topic: 'milk-storage' } },
  { locale: 'nb', text: 'tinte en pose i går men hun ville ikke ha den, kan jeg fryse den ned igjen', expected: { topic: 'milk-storage' } },
  { locale: 'nb', text: 'hvor lenge kan melk ligge i fryser', expected: { topic: 'milk-storage' } },
  { locale: 'nn', text: 'kor lenge kan mjølka stå i romtemperatur', expected: { topic: 'milk-storage' } },
  { locale: 'nn', text: 'har pumpa og sett mjølka i kjøleskapet, kor mange dagar held ho seg', expected: { topic: 'milk-storage' } },
  { locale: 'nn', text: 'tinte mjølk i går kveld, kan eg framleis bruke ho i dag', expected: { topic: 'milk-storage' } },
  { locale: 'en', text: 'how long is pumped milk ok at room temp', expected: { topic: 'milk-storage' } },
  { locale: 'en', text: 'can you refreeze breastmilk once its thawed', expected: { topic: 'milk-storage' } },
  { locale: 'en', text: 'building a little stash in the freezer, how many months does expressed milk keep in there', expected: { topic: 'milk-storage' } },

  // colostrum
  { locale: 'nb', text: 'hva er råmelk egentlig', expected: { topic: 'colostrum' } },
  { locale: 'nb', text: 'det som kommer er gult og tykt og bare litt, er det sånn råmelk skal være', expected: { topic: 'colostrum' } },
  { locale: 'nb', text: 'lakk litt gult fra puppene mens jeg var gravid var det råmelk', expected: { topic: 'colostrum' } },
  { locale: 'nb', text: 'når går råmelka over til vanlig melk', expected: { topic: 'colostrum' } },
  { locale: 'nn', text: 'kva er råmjølk', expected: { topic: 'colostrum' } },
  { locale: 'nn', text: 'kor mykje råmjølk lagar kroppen det fyrste døgnet', expected: { topic: 'colostrum' } },
  { locale: 'nn', text: 'kva er overgangsmjølk og når kjem den etter råmjølka', expected: { topic: 'colostrum' } },
  { locale: 'en', text: 'what is colostrum', expected: { topic: 'colostrum' } },
  { locale: 'en', text: 'tiny bit of thick yellowish milk coming out is that colostrum', expected: { topic: 'colostrum' } },
  { locale: 'en', text: 'how much colostrum does your body make on the first day', expected: { topic: 'colostrum' } },

  // milk-coming-in
  { locale: 'nb', text: 'når kommer melka', expected: { topic: 'milk-coming-in' } },
  { locale: 'nb', text: 'hvordan merker man at melken har kommet inn', expected: { topic: 'milk-coming-in' } },
  { locale: 'nb', text: 'tok keisersnitt for 4 døgn siden og det er fortsatt bare råmelk, kan det ta lenger tid da', expected: { topic: 'milk-coming-in' } },
  { locale: 'nb', text: 'kan jeg gjøre noe for at melken skal komme fortere', expected: { topic: 'milk-coming-in' } },
  { locale: 'nn', text: 'når kjem mjølka inn', expected: { topic: 'milk-coming-in' } },
  { locale: 'nn', text: 'korleis veit eg at mjølka har komme', expected: { topic: 'milk-coming-in' } },
  { locale: 'nn', text: 'det er gått tre døgn og eg kjenner ingen forskjell i brysta, har mjølka ikkje kome enno', expected: { topic: 'milk-coming-in' } },
  { locale: 'en', text: 'whens my milk suposed to come in', expected: { topic: 'milk-coming-in' } },
  { locale: 'en', text: 'day 4 and my milk still hasnt come in, how long can it take', expected: { topic: 'milk-coming-in' } },
  { locale: 'en', text: 'what are the signs your milk has come in', expected: { topic: 'milk-coming-in' } },

  // feeding-frequency
  { locale: 'nb', text: 'hvor ofte skal en nyfødt ammes', expected: { topic: 'feeding-frequency' } },
  { locale: 'nb', text: 'hvordan ser jeg at han er sulten før han begynner å hyle', expected: { topic: 'feeding-frequency' } },
  { locale: 'nb', text: 'hun vil ha pupp hver time i kveld er det for ofte', expected: { topic: 'feeding-frequency' } },
  { locale: 'nb', text: 'hvor mange ganger i døgnet bør hun få brystet', expected: { topic: 'feeding-frequency' } },
  { locale: 'nn', text: 'kor ofte skal ein amme ein nyfødd', expected: { topic: 'feeding-frequency' } },
  { locale: 'nn', text: 'kor mange gonger i døgnet bør han få bryst', expected: { topic: 'feeding-frequency' } },
  { locale: 'nn', text: 'korleis ser eg at ho er svolten', expected: { topic: 'feeding-frequency' } },
  { locale: 'en', text: 'how often should a newborn feed', expected: { topic: 'feeding-frequency' } },
  { locale: 'en', text: 'how many feeds in 24 hrs is normal first week', expected: { topic: 'feeding-frequency' } },
  { locale: 'en', text: 'what are early hunger cues, i only ever notice when she is screaming', expected: { topic: 'feeding-frequency' } },

  // enough-milk
  { locale: 'nb', text: 'hvordan vet jeg at bb får nok melk', expected: { topic: 'enough-milk' } },
  { locale: 'nb', text: 'jeg kan jo ikke se hvor mye han drikker fra brystet, hvordan skal jeg vite at det er nok', expected: { topic: 'enough-milk' } },
  { locale: 'nb', text: 'redd hun ikke blir mett av puppen min', expected: { topic: 'enough-milk' } },
  { locale: 'nb', text: 'har liksom ikke følelsen av at jeg har nok melk til ham hvordan kan jeg sjekke det', expected: { topic: 'enough-milk' } },
  { locale: 'nn', text: 'korleis veit eg om babyen får nok mjølk', expected: { topic: 'enough-milk' } },
  { locale: 'nn', text: 'er redd ho ikkje blir mett av brystet, kva skal eg sjå etter', expected: { topic: 'enough-milk' } },
  { locale: 'nn', text: 'eg ser jo ikkje kor mykje han drikk, korleis kan eg vite at det held', expected: { topic: 'enough-milk' } },
  { locale: 'en', text: 'how do i know baby is gettin enough', expected: { topic: 'enough-milk' } },
  { locale: 'en', text: 'cant see how much she drinks from the breast so how do i know its enough', expected: { topic: 'enough-milk' } },
  { locale: 'en', text: 'worried my milk isnt enough for him, what should i look for', expected: { topic: 'enough-milk' } },

  // diapers
  { locale: 'nb', text: 'dag 1 og bæsjen er helt svart og seig, normalt?', expected: { topic: 'diapers' } },
  { locale: 'nb', text: 'hvor mange våte bleier skal hun ha på dag 3', expected: { topic: 'diapers' } },
  { locale: 'nb', text: 'når blir bæsjen gul', expected: { topic: 'diapers' } },
  { locale: 'nb', text: 'bleia var grønnbrun i dag på dag tre, hva betyr det', expected: { topic: 'diapers' } },
  { locale: 'nn', text: 'kor mange våte bleier skal han ha no på dag 2', expected: { topic: 'diapers' } },
  { locale: 'nn', text: 'bæsjen er brungrøn på tredje dagen, er det som det skal vere', expected: { topic: 'diapers' } },
  { locale: 'nn', text: 'kva farge skal bæsjen ha fyrste veka', expected: { topic: 'diapers' } },
  { locale: 'en', text: 'how many wet nappies for a 3 day old', expected: { topic: 'diapers' } },
  { locale: 'en', text: 'poo is black and sticky on day 2 is that normal', expected: { topic: 'diapers' } },
  { locale: 'en', text: 'when does newborn poop turn yellow', expected: { topic: 'diapers' } },

  // pumping-frequency
  { locale: 'nb', text: 'hvor ofte skal jeg pumpe når hun ikke kan amme', expected: { topic: 'pumping-frequency' } },
  { locale: 'nb', text: 'må jeg pumpe om natta også', expected: { topic: 'pumping-frequency' } },
  { locale: 'nb', text: 'pumper 5 ganger i døgnet nå, er det nok ganger', expected: { topic: 'pumping-frequency' } },
  { locale: 'nb', text: 'hvor mange timer skal det gå mellom hver gang jeg pumper', expected: { topic: 'pumping-frequency' } },
  { locale: 'nn', text: 'kor ofte skal eg pumpa', expected: { topic: 'pumping-frequency' } },
  { locale: 'nn', text: 'treng eg å pumpe om natta', expected: { topic: 'pumping-frequency' } },
  { locale: 'nn', text: 'han ligg på nyfødtavdelinga og eg pumpar, kor mange gonger i døgnet bør eg bruke brystpumpa', expected: { topic: 'pumping-frequency' } },
  { locale: 'en', text: 'how often do i pump if baby cant breastfeed', expected: { topic: 'pumping-frequency' } },
  { locale: 'en', text: 'do i have to pump overnight', expected: { topic: 'pumping-frequency' } },
  { locale: 'en', text: 'is pumping 5 times a day enough to get things going', expected: { topic: 'pumping-frequency' } },

  // pumping-3x20
  { locale: 'nb', text: 'når skal jeg bytte program på pumpa', expected: { topic: 'pumping-3x20' } },
  { locale: 'nb', text: 'fikk over 20 ml de tre siste gangene jeg pumpet hva betyr det', expected: { topic: 'pumping-3x20' } },
  { locale: 'nb', text: 'sykehuspumpa har et startprogram og et annet program, når går man over til det andre', expected: { topic: 'pumping-3x20' } },
  { locale: 'nb', text: 'har pumpet 25 ml, 22 ml og 30 ml på rad nå betyr det at melka har kommet', expected: { topic: 'pumping-3x20' } },
  { locale: 'nn', text: 'når skal eg byte til anna program på pumpa', expected: { topic: 'pumping-3x20' } },
  { locale: 'nn', text: 'fekk meir enn 20 ml tre gonger etter kvarandre, kva no', expected: { topic: 'pumping-3x20' } },
  { locale: 'nn', text: 'pumpa eg har leigd har eit oppstartsprogram, kor lenge skal eg bruke det', expected: { topic: 'pumping-3x20' } },
  { locale: 'en', text: 'when do i switch off the initiation setting on the pump', expected: { topic: 'pumping-3x20' } },
  { locale: 'en', text: 'got 20ml or more three pumps in a row what does that mean', expected: { topic: 'pumping-3x20' } },
  { locale: 'en', text: 'what is the 3 x 20 ml thing for pumping', expected: { topic: 'pumping-3x20' } },

  // breast-changes
  { locale: 'nb', text: 'brystene mine vokste nesten ikke i svangerskapet', expected: { topic: 'breast-changes' } },
  { locale: 'nb', text: 'hvor mye større blir brystene av å være gravid', expected: { topic: 'breast-changes' } },
  { locale: 'nb', text: 'hva skjer egentlig inni brystene mens man er gravid', expected: { topic: 'breast-changes' } },
  { locale: 'nb', text: 'merket null forandring på puppene hele graviditeten og lurer på om det er vanlig', expected: { topic: 'breast-changes' } },
  { locale: 'nn', text: 'brysta mine vaks ikkje noko særleg då eg var gravid, er det vanleg', expected: { topic: 'breast-changes' } },
  { locale: 'nn', text: 'kva skjer i brysta under svangerskapet', expected: { topic: 'breast-changes' } },
  { locale: 'nn', text: 'kor mykje kan brysta vekse frå før graviditeten og fram til fødselen', expected: { topic: 'breast-changes' } },
  { locale: 'en', text: 'my breasts didn\'t change at all in pregnancy', expected: { topic: 'breast-changes' } },
  { locale: 'en', text: 'how much do boobs grow during pregnancy', expected: { topic: 'breast-changes' } },
  { locale: 'en', text: 'mine only got bigger after the birth, never while i was pregnant, does that happen to others', expected: { topic: 'breast-changes' } },

  // first-hour
  { locale: 'nb', text: 'hva bør vi gjøre den første timen etter fødselen', expected: { topic: 'first-hour' } },
  { locale: 'nb', text: 'hvorfor legger de babyen rett på magen til mor med en gang hun er født', expected: { topic: 'first-hour' } },
  { locale: 'nb', text: 'hvorfor er hud mot hud så viktig rett etter fødsel', expected: { topic: 'first-hour' } },
  { locale: 'nb', text: 'er det viktig at babyen får die i løpet av den første timen', expected: { topic: 'first-hour' } },
  { locale: 'nn', text: 'kva er det viktigaste å gjere den fyrste timen etter fødselen', expected: { topic: 'first-hour' } },
  { locale: 'nn', text: 'kvifor skal babyen liggje hud mot hud med meg med ein gong', expected: { topic: 'first-hour' } },
  { locale: 'nn', text: 'fekk ikkje amma den fyrste timen fordi eg vart sydd, gjer det noko', expected: { topic: 'first-hour' } },
  { locale: 'en', text: 'what should happen in the first hour after birth', expected: { topic: 'first-hour' } },
  { locale: 'en', text: 'why skin to skin straight after delivery', expected: { topic: 'first-hour' } },
  { locale: 'en', text: 'does it matter that she didnt feed in the first hour', expected: { topic: 'first-hour' } },

  // sore-nipples
  { locale: 'nb', text: 'gjør så sinnsykt vondt i brystvortene', expected: { topic: 'sore-nipples' } },
  { locale: 'nb', text: 'brystvorta har fått en sprekk og blør litt', expected: { topic: 'sore-nipples' } },
  { locale: 'nb', text: 'skal jeg amme kortere når det er så sårt', expected: { topic: 'sore-nipples' } },
  { locale: 'nb', text: 'dag 4 og det svir i brystvorta hele amminga gjennom ikke bare i starten, er det sånn det skal være første uka', expected: { topic: 'sore-nipples' } },
  { locale: 'nn', text: 'brystvortene er så såre', expected: { topic: 'sore-nipples' } },
  { locale: 'nn', text: 'det har kome ein sprekk i brystvorta, kva gjer eg', expected: { topic: 'sore-nipples' } },
  { locale: 'nn', text: 'det gjer vondt i brystvorta heile tida medan ho et, er det vanleg', expected: { topic: 'sore-nipples' } },
  { locale: 'en', text: 'nipples so sore', expected: { topic: 'sore-nipples' } },
  { locale: 'en', text: 'got a crack in my nipple what do i do', expected: { topic: 'sore-nipples' } },
  { locale: 'en', text: 'should i cut feeds short because my nipples are raw', expected: { topic: 'sore-nipples' } },

  // engorgement
  { locale: 'nb', text: 'brystene er steinharde og verker', expected: { topic: 'engorgement' } },
  { locale: 'nb', text: 'puppene er så harde og spent at han ikke får tak, hva gjør jeg', expected: { topic: 'engorgement' } },
  { locale: 'nb', text: 'kald eller varm klut på harde bryster', expected: { topic: 'engorgement' } },
  { locale: 'nb', text: 'brystspreng hva hjelper', expected: { topic: 'engorgement' } },
  { locale: 'nn', text: 'brysta er harde og spente og gjer vondt, kva hjelper', expected: { topic: 'engorgement' } },
  { locale: 'nn', text: 'brystspreng, skal eg ha varme eller kulde på', expected: { topic: 'engorgement' } },
  { locale: 'nn', text: 'brysta er så fulle og harde at ho berre glir av, korleis får eg dei mjukare', expected: { topic: 'engorgement' } },
  { locale: 'en', text: 'boobs rock hard and painful', expected: { topic: 'engorgement' } },
  { locale: 'en', text: 'engorged, warm or cold compress', expected: { topic: 'engorgement' } },
  { locale: 'en', text: 'so full and tight he cant get on, how do i soften them', expected: { topic: 'engorgement' } },

  // latch
  { locale: 'nb', text: 'hvordan vet jeg at han har godt tak på brystet', expected: { topic: 'latch' } },
  { locale: 'nb', text: 'hun suger bare på tuppen av brystvorta, hvordan får jeg henne til å ta mer', expected: { topic: 'latch' } },
  { locale: 'nb', text: 'kinna hans går innover når han suger er det feil', expected: { topic: 'latch' } },
  { locale: 'nb', text: 'brystvorta er flat og hvit etter amming, betyr det dårlig sugetak', expected: { topic: 'latch' } },
  { locale: 'nn', text: 'korleis veit eg at ho har godt sugetak', expected: { topic: 'latch' } },
  { locale: 'nn', text: 'han opnar ikkje munnen skikkeleg når han skal ta brystet', expected: { topic: 'latch' } },
  { locale: 'nn', text: 'høyrer ikkje at ho svelgjer, sit ho rett på brystet', expected: { topic: 'latch' } },
  { locale: 'en', text: 'how do i know the latch is good', expected: { topic: 'latch' } },
  { locale: 'en', text: 'her lips are tucked in when she feeds', expected: { topic: 'latch' } },
  { locale: 'en', text: 'how do i get him to open wide enough to get a proper mouthful', expected: { topic: 'latch' } },

  // baby-weight
  { locale: 'nb', text: 'hun har gått ned i vekt siden fødselen', expected: { topic: 'baby-weight' } },
  { locale: 'nb', text: 'hvor mye kan en nyfødt gå ned i vekt', expected: { topic: 'baby-weight' } },
  { locale: 'nb', text: 'når er han tilbake på fødselsvekta', expected: { topic: 'baby-weight' } },
  { locale: 'nb', text: 'ble veid i dag og har gått ned 8 prosent, bør jeg bekymre meg', expected: { topic: 'baby-weight' } },
  { locale: 'nn', text: 'han har gått ned i vekt sidan fødselen, er det normalt', expected: { topic: 'baby-weight' } },
  { locale: 'nn', text: 'kor mykje er det vanleg at babyen går ned dei fyrste dagane', expected: { topic: 'baby-weight' } },
  { locale: 'nn', text: 'når skal ho vere tilbake på fødselsvekta', expected: { topic: 'baby-weight' } },
  { locale: 'en', text: 'baby lost weight since birth', expected: { topic: 'baby-weight' } },
  { locale: 'en', text: 'how much weight loss is ok for a newborn', expected: { topic: 'baby-weight' } },
  { locale: 'en', text: 'when do babies get back to their birth weight', expected: { topic: 'baby-weight' } },

  // where-to-get-help
  { locale: 'nb', text: 'hvem kan jeg ringe om amming', expected: { topic: 'where-to-get-help' } },
  { locale: 'nb', text: 'hva er ammehjelpen', expected: { topic: 'where-to-get-help' } },
  { locale: 'nb', text: 'hva er nr til legevakta', expected: { topic: 'where-to-get-help' } },
  { locale: 'nb', text: 'kom hjem fra sykehuset i går og vet ikke hvem jeg skal spørre om ammingen nå', expected: { topic: 'where-to-get-help' } },
  { locale: 'nn', text: 'kven kan eg ringje om amminga', expected: { topic: 'where-to-get-help' } },
  { locale: 'nn', text: 'kva er nummeret til legevakta', expected: { topic: 'where-to-get-help' } },
  { locale: 'nn', text: 'kven er det som jobbar på helsestasjonen og kan eg ringje dit', expected: { topic: 'where-to-get-help' } },
  { locale: 'en', text: 'who can i call for breastfeeding help', expected: { topic: 'where-to-get-help' } },
  { locale: 'en', text: 'whats the number for the out of hours doctor in norway', expected: { topic: 'where-to-get-help' } },
  { locale: 'en', text: 'is there anyone who helps with breastfeeding for free', expected: { topic: 'where-to-get-help' } },

  // declined: near scope
  { locale: 'nb', text: 'helsesykepleier tror hun har stramt tungebånd, må det klippes', expected: { outside: 'tongue-tie' } },
  { locale: 'nb', text: 'han får ikke tunga ut forbi leppa og smatter når han ammer kan det være tungebåndet', expected: { outside: 'tongue-tie' } },
  { locale: 'nn', text: 'kan eit stramt tungeband vere grunnen til at han ikkje får tak på brystet', expected: { outside: 'tongue-tie' } },
  { locale: 'nn', text: 'kvar klipper dei tungebandet og gjer det vondt for babyen', expected: { outside: 'tongue-tie' } },
  { locale: 'en', text: 'does a tongue tie need cutting', expected: { outside: 'tongue-tie' } },
  { locale: 'en', text: 'her tongue looks heart shaped when she cries and she keeps slipping off the breast, could it be tongue tie', expected: { outside: 'tongue-tie' } },

  { locale: 'nb', text: 'hvitt belegg i munnen hans som ikke går bort, er det trøske', expected: { outside: 'thrush' } },
  { locale: 'nb', text: 'stikkende svie i brystvorta etter amming og hun har hvite flekker i munnen, sopp?', expected: { outside: 'thrush' } },
  { locale: 'nn', text: 'kva gjer ein med trøske hos babyen', expected: { outside: 'thrush' } },
  { locale: 'nn', text: 'brystvortene er blanke og klør etter amminga, kan det vere sopp', expected: { outside: 'thrush' } },
  { locale: 'en', text: 'white patches on her tongue that dont wipe off, thrush?', expected: { outside: 'thrush' } },
  { locale: 'en', text: 'how do you treat thrush on the nipples while breastfeeding', expected: { outside: 'thrush' } },

  { locale: 'nb', text: 'fastlegen sier jeg har brystbetennelse, hvordan behandles det', expected: { outside: 'mastitis' } },
  { locale: 'nb', text: 'fått mastitt, hvor lenge tar det før det går over med kuren', expected: { outside: 'mastitis' } },
  { locale: 'nn', text: 'har fått mastitt, kva kan eg gjere sjølv for å bli kvitt det', expected: { outside: 'mastitis' } },
  { locale: 'nn', text: 'legen meinte det var brystbetennelse, kan eg amme på den sida medan eg blir behandla', expected: { outside: 'mastitis' } },
  { locale: 'en', text: 'how is mastitis treated', expected: { outside: 'mastitis' } },
  { locale: 'en', text: 'gp diagnosed mastitis today, what is the usual treatment', expected: { outside: 'mastitis' } },

  { locale: 'nb', text: 'kan jeg ta paracet mens jeg ammer og hvor mange', expected: { outside: 'medicines' } },
  { locale: 'nb', text: 'er det trygt med ibux når man ammer', expected: { outside: 'medicines' } },
  { locale: 'nn', text: 'kan eg ta smertestillande etter keisarsnittet når eg ammar', expected: { outside: 'medicines' } },
  { locale: 'nn', text: 'går det an å bruke nasespray når ein ammar', expected: { outside: 'medicines' } },
  { locale: 'en', text: 'can i take ibuprofen while breastfeeding', expected: { outside: 'medicines' } },
  { locale: 'en', text: 'how much paracetamol can i take for afterpains if im nursing', expected: { outside: 'medicines' } },

  { locale: 'nb', text: 'hvor mange ml morsmelkerstatning skal en 3 dager gammel ha', expected: { outside: 'formula' } },
  { locale: 'nb', text: 'vi gir tillegg på flaske, hvor mye erstatning per måltid', expected: { outside: 'formula' } },
  { locale: 'nn', text: 'kor mykje morsmjølkerstatning skal han ha i flaska', expected: { outside: 'formula' } },
  { locale: 'nn', text: 'kva slags morsmjølkerstatning er best å kjøpe', expected: { outside: 'formula' } },
  { locale: 'en', text: 'how many ml of formula for a 4 day old', expected: { outside: 'formula' } },
  { locale: 'en', text: 'how do i mix formula powder properly', expected: { outside: 'formula' } },

  { locale: 'nb', text: 'hvor mange timer bør en nyfødt sove i døgnet', expected: { outside: 'sleep' } },
  { locale: 'nb', text: 'er det trygt at hun sover i senga mellom oss etter nattamminga', expected: { outside: 'sleep' } },
  { locale: 'nn', text: 'korleis får eg han til å sove i si eiga seng', expected: { outside: 'sleep' } },
  { locale: 'nn', text: 'skal ho sove på ryggen eller på sida', expected: { outside: 'sleep' } },
  { locale: 'en', text: 'how much should a newborn sleep', expected: { outside: 'sleep' } },
  { locale: 'en', text: 'she falls asleep at the breast and then only sleeps on me, how do i get her into the bassinet', expected: { outside: 'sleep' } },

  { locale: 'nb', text: 'hvilke vaksiner får babyen de første månedene', expected: { outside: 'vaccines' } },
  { locale: 'nb', text: 'kan jeg ta influensavaksine nå som jeg ammer', expected: { outside: 'vaccines' } },
  { locale: 'nn', text: 'når skal ho ha den fyrste vaksinen', expected: { outside: 'vaccines' } },
  { locale: 'nn', text: 'kan eg ta kikhostevaksine no når eg ammar', expected: { outside: 'vaccines' } },
  { locale: 'en', text: 'when does baby get first vaccines in norway', expected: { outside: 'vaccines' } },
  { locale: 'en', text: 'is it ok to get the covid jab while breastfeeding', expected: { outside: 'vaccines' } },

  // declined: plainly outside the product
  { locale: 'nb', text: 'hvilken bilstol er best for nyfødte', expected: { outside: null } },
  { locale: 'nb', text: 'hvordan søker jeg om foreldrepenger', expected: { outside: null } },
  { locale: 'nb', text: 'hvor lang tid har vi på oss til å melde navnet til babyen', expected: { outside: null } },
  { locale: 'nb', text: 'storebror på 3 er sjalu på lillesøster, noen tips', expected: { outside: null } },
  { locale: 'nb', text: 'når kan jeg begynne å jogge igjen etter fødselen', expected: { outside: null } },
  { locale: 'nb', text: 'hvor ofte skal man bade en nyfødt', expected: { outside: null } },
  { locale: 'nn', text: 'kva barnevogn bør vi kjøpe', expected: { outside: null } },
  { locale: 'nn', text: 'korleis skal eg stelle navlestumpen', expected: { outside: null } },
  { locale: 'nn', text: 'når kan eg køyre bil igjen etter keisarsnitt', expected: { outside: null } },
  { locale: 'nn', text: 'korleis klipper eg neglane til babyen utan å skjere han', expected: { outside: null } },
  { locale: 'nn', text: 'storesyster vil ikkje gå i barnehagen etter at vesleguten kom heim, tips?', expected: { outside: null } },
  { locale: 'nn', text: 'kor mykje klede skal han ha på seg inne', expected: { outside: null } },
  { locale: 'en', text: 'best baby carrier for a newborn', expected: { outside: null } },
  { locale: 'en', text: 'how do i apply for a passport for my newborn', expected: { outside: null } },
  { locale: 'en', text: 'when can i take a bath after my tear was stitched', expected: { outside: null } },
  { locale: 'en', text: 'tips for getting my toddler used to the new baby', expected: { outside: null } },
  { locale: 'en', text: 'how warm should the nursery be', expected: { outside: null } },
  { locale: 'en', text: 'when can we take her on a plane', expected: { outside: null } },
];
