import type { FreshQuestion } from './fresh-check-set';

/**
 * Held-out set I, written on 3 December 2026 (round nine), before round nine's tuning, from
 * /work/shared/TOPICS.md and /work/shared/GLOSSARY.md alone (RULES.md only to leave its red-flag
 * signs out), by someone who never saw the retrieval code, the answers, the example questions or
 * the other question sets. Each in-scope question turns one fact of its topic's row into a
 * mother's situation, typed on a phone at night: mostly lower case, few question marks, typos and
 * abbreviations, run-on sentences, her situation often in place of the topic's usual word and
 * sometimes the context first; seven per topic (3 nb, 2 nn, 2 en) in TOPICS.md's table order, then
 * three declines per near-scope subject and nine questions plainly outside the product.
 * Never used to decide anything. Its wording must never be copied into the index, the term lists,
 * the example questions or the synonym lists. bench/knowledge.ts prints only its figures, never its
 * questions or misses.
 */
export const HELD_OUT_DECEMBER_I: FreshQuestion[] = [
  // hand-expression.why
  { locale: 'nb', text: 'jordmora maser om at jeg må lære å melke med hendene men hu ammer jo greit, hvorfor skal jeg gidde det', expected: { topic: 'hand-expression.why' } },
  { locale: 'nb', text: 'hva e egentlig vitsen med å kunne få ut melk med hånda selv skjønner ikke helt poenget', expected: { topic: 'hand-expression.why' } },
  { locale: 'nb', text: 'lille er på nyfødtavd og jeg får ikke ammet, hvorfor sier alle at jeg også bør bruke hendene og ikke bare maskina', expected: { topic: 'hand-expression.why' } },
  { locale: 'nn', text: 'svigermor seier det er tull å mjølke ut for hand, kva er eigentleg nytta med det', expected: { topic: 'hand-expression.why' } },
  { locale: 'nn', text: 'kvifor meiner dei på barsel at kvar einaste mor bør kunne handmjølking', expected: { topic: 'hand-expression.why' } },
  { locale: 'en', text: 'whats even the point of learning to express by hand if baby feeds ok', expected: { topic: 'hand-expression.why' } },
  { locale: 'en', text: 'midwife keeps going on abt hand expressing in the first few days, why does it matter so much', expected: { topic: 'hand-expression.why' } },

  // hand-expression.how
  { locale: 'nb', text: 'klemmer rundt brystvorta men ingenting kommer ut, hvor skal fingrene egentlig sitte', expected: { topic: 'hand-expression.how' } },
  { locale: 'nb', text: 'skal tommel og pekefinger ligge på det mørke rundt vorta el lenger bak når jeg prøver å få ut selv', expected: { topic: 'hand-expression.how' } },
  { locale: 'nb', text: 'har vaska henda og har koppen klar men så vet jeg ikke hva jeg gjør videre, trykke eller gni liksom', expected: { topic: 'hand-expression.how' } },
  { locale: 'nn', text: 'når eg mjølkar for hand, trykkjer eg inn mot brystkassa eller dreg eg fram mot vorta', expected: { topic: 'hand-expression.how' } },
  { locale: 'nn', text: 'det sluttar å dryppe etter ei lita stund, skal eg flytte fingrane rundt eller byte til det andre brystet', expected: { topic: 'hand-expression.how' } },
  { locale: 'en', text: 'where do i put my fingers to get milk out by hand, keep squeezing the nipple itself n nothing comes', expected: { topic: 'hand-expression.how' } },
  { locale: 'en', text: 'can someone explain step by step how to express with my hand, do i massage first or just press', expected: { topic: 'hand-expression.how' } },

  // hand-expression.when
  { locale: 'nb', text: 'hun ville ikke ta brystet etter keisersnittet, hvor fort etter fødselen bør jeg begynne å melke ut med hånda', expected: { topic: 'hand-expression.when' } },
  { locale: 'nb', text: 'hvor mange ganger i døgne skal jeg håndmelke nå som han ikk suger selv', expected: { topic: 'hand-expression.when' } },
  { locale: 'nb', text: 'må jeg stå opp om natta også for å få ut med hånda eller holder det å gjøre det på dagtid', expected: { topic: 'hand-expression.when' } },
  { locale: 'nn', text: 'ungen tek ikkje brystet enno, når bør eg byrje å mjølke ut for hand, med ein gong eller seinare', expected: { topic: 'hand-expression.when' } },
  { locale: 'nn', text: 'kor ofte skal eg handmjølke i løpet av døgnet, òg om natta', expected: { topic: 'hand-expression.when' } },
  { locale: 'en', text: 'baby went to special care straight after delivery so not feeding, how soon should i start expressing by hand', expected: { topic: 'hand-expression.when' } },
  { locale: 'en', text: 'how many times a day should i be hand expressing, do i need alarms for the night ones too', expected: { topic: 'hand-expression.when' } },

  // hand-expression.how-much
  { locale: 'nb', text: 'fikk bare et par dråper etter ti min med hånda, gjør jeg det helt feil', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nb', text: 'hvor mye er vanlig å få ut for hånd det første døgnet, føler det er nesten ingenting', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nb', text: 'bare noen bittesmå perler på fingertuppen hver gang jeg prøver å melke ut, er det sånn det skal være', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nn', text: 'eg får berre nokre få dropar når eg mjølkar med handa, er det normalt så tidleg', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nn', text: 'kor mykje bør kome ut kvar gong eg mjølkar for hand dei første dagane, får knapt ein ml', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'en', text: 'only getting like 2 drops when i express by hand, is that normal this early on', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'en', text: 'day 2 how many ml should i expect each time i hand express', expected: { topic: 'hand-expression.how-much' } },

  // hand-expression.vs-pump
  { locale: 'nb', text: 'er det lurest å bruke hendene eller pumpa nå som hun ligger i kuvøse', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nb', text: 'klarer jeg meg med bare hendene eller må jeg leie pumpe, får så lite med den uansett', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nb', text: 'lønner det seg å gjøre begge deler, pumpe først og så ta resten med hånda etterpå', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nn', text: 'kva er best no som eg ikkje kan amme, handmjølking eller brystpumpe', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nn', text: 'held det å mjølke ut for hand åleine dei første vekene eller treng eg pumpa i tillegg', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'en', text: 'hand or pump which is better, i honestly hate the noise of the machine', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'en', text: 'can i just do it by hand and skip the pump completely while hes in nicu', expected: { topic: 'hand-expression.vs-pump' } },

  // hand-expression.giving
  { locale: 'nb', text: 'fikk ut noen dråper råmelk i en teskje nå, hvordan får jeg dem i den lille munnen hennes når vi ikke vil bruke flaske', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nb', text: 'hva skal jeg samle dråpene i når jeg melker ut, de blir bare borte på fingrene', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nb', text: 'kan jeg gi det jeg har fått ut med en sånn liten sprøyte eller må det være kopp', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nn', text: 'korleis gir eg råmjølka til guten når han ikkje vil ta brystet, sprøyte eller skei', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nn', text: 'kva skal eg samle dropane i, dei renn berre nedover handa mi', expected: { topic: 'hand-expression.giving' } },
  { locale: 'en', text: 'finally squeezed a few drops out after ages, hes not latching yet so how do i get them into him without a bottle', expected: { topic: 'hand-expression.giving' } },
  { locale: 'en', text: 'what do i catch the colostrum in, a spoon or one of those tiny syringes', expected: { topic: 'hand-expression.giving' } },

  // milk-storage
  { locale: 'nb', text: 'pumpa 100 ml før vi dro ut, hvor lenge kan den stå i romtemp før jeg må helle den ut', expected: { topic: 'milk-storage' } },
  { locale: 'nb', text: 'pumpa i går kveld og satte i kjøleskapet, går det an å gi henne den i morra også', expected: { topic: 'milk-storage' } },
  { locale: 'nb', text: 'tinte en pose i morges og hu drakk bare halve, kan resten fryses igjen eller', expected: { topic: 'milk-storage' } },
  { locale: 'nn', text: 'har eit heilt lager i frysaren frå i sommar, kor lenge held mjølka seg der', expected: { topic: 'milk-storage' } },
  { locale: 'nn', text: 'kan flaska med utpumpa mjølk stå framme på kjøkkenbenken medan eg kvilar litt', expected: { topic: 'milk-storage' } },
  { locale: 'en', text: 'pumped sunday night before my sister came over and stuck it at the back of the fridge, can baby still have it thursday', expected: { topic: 'milk-storage' } },
  { locale: 'en', text: 'defrosted a bag this morning how long have i got to use it up', expected: { topic: 'milk-storage' } },

  // colostrum
  { locale: 'nb', text: 'hva er den tykke gylne greia som kommer nå, er det ordentlig melk liksom', expected: { topic: 'colostrum' } },
  { locale: 'nb', text: 'gravid i uke 36 og det lekker litt fra puppene, lager jeg melk allerede', expected: { topic: 'colostrum' } },
  { locale: 'nb', text: 'hva er egentlig råmelk for noe, og hvorfor så lite av d', expected: { topic: 'colostrum' } },
  { locale: 'nn', text: 'lurer på kva råmjølka eigentleg er for noko, og kor mange dagar tek det før ho går over til vanleg mjølk', expected: { topic: 'colostrum' } },
  { locale: 'nn', text: 'det kjem litt tjukk gulleg væske frå brystet, er det råmjølk', expected: { topic: 'colostrum' } },
  { locale: 'en', text: '3 days pp and everyone says colostrum colostrum, what even is it and why so little of it', expected: { topic: 'colostrum' } },
  { locale: 'en', text: 'how long do u make the first thick milk before it changes to the next kind', expected: { topic: 'colostrum' } },

  // milk-coming-in
  { locale: 'nb', text: 'er på dag to og puppene føles like myke som før, når kommer melka egentlig', expected: { topic: 'milk-coming-in' } },
  { locale: 'nb', text: 'hvordn vet jeg at melken har kommet, kjenner ikke noe særlig forskjell', expected: { topic: 'milk-coming-in' } },
  { locale: 'nb', text: 'fødte i forgårs og venter fortsatt på at det skal komme ordentlig, hvor lenge kan det ta', expected: { topic: 'milk-coming-in' } },
  { locale: 'nn', text: 'har berre fått råmjølk så langt, når kjem mjølka inn etter fødselen', expected: { topic: 'milk-coming-in' } },
  { locale: 'nn', text: 'korleis merkar ein at mjølka har kome, blir brysta tyngre eller', expected: { topic: 'milk-coming-in' } },
  { locale: 'en', text: 'c section on tuesday, day 2 now and nothing yet, when does milk come in', expected: { topic: 'milk-coming-in' } },
  { locale: 'en', text: 'how do i know if my milk has actually come in or not', expected: { topic: 'milk-coming-in' } },

  // feeding-frequency
  { locale: 'nb', text: 'hu vil være på puppen hele tida, hvor ofte skal en nyfødt egentlig spise', expected: { topic: 'feeding-frequency' } },
  { locale: 'nb', text: 'skal jeg se på klokka og amme hver tredje time eller bare når han vil', expected: { topic: 'feeding-frequency' } },
  { locale: 'nb', text: 'skrev opp alle ammingene i går og det ble bare sju, hvor mange ganger i døgnet burde hun egentlig fått pupp', expected: { topic: 'feeding-frequency' } },
  { locale: 'nn', text: 'kor ofte skal eg amme ein nyfødd, kvar tredje time eller oftare', expected: { topic: 'feeding-frequency' } },
  { locale: 'nn', text: 'når ho først gret er ho så sint at ho ikkje får tak, kva teikn viser at ho er svolten før den tid', expected: { topic: 'feeding-frequency' } },
  { locale: 'en', text: 'she literally wants on every hour even at 3am, how often are newborns meant to feed', expected: { topic: 'feeding-frequency' } },
  { locale: 'en', text: 'how many feeds in 24h is normal for a 4 day old, we did 9 today', expected: { topic: 'feeding-frequency' } },

  // enough-milk
  { locale: 'nb', text: 'hvordan vet jeg om hun får nok når jeg ikke ser hvor mye hun drikker', expected: { topic: 'enough-milk' } },
  { locale: 'nb', text: 'han piper litt etter hver gang jeg har ammet og jeg er redd han ikke blir mett av bare pupp, hvordan kan jeg sjekke det', expected: { topic: 'enough-milk' } },
  { locale: 'nb', text: 'føler jeg har for lite, hvordan ser jeg at babyen faktisk får i seg nok', expected: { topic: 'enough-milk' } },
  { locale: 'nn', text: 'eg har ingen flaske å måle med så eg veit ikkje kor mykje ho drikk, korleis ser eg at ho får nok', expected: { topic: 'enough-milk' } },
  { locale: 'nn', text: 'er usikker på om guten blir mett, kva skal eg sjå etter', expected: { topic: 'enough-milk' } },
  { locale: 'en', text: 'exclusively breastfeeding n no idea how many ml hes actually drinking, how can i tell hes getting enough', expected: { topic: 'enough-milk' } },
  { locale: 'en', text: 'worried shes not getting enough, cant see how much shes taking', expected: { topic: 'enough-milk' } },

  // diapers
  { locale: 'nb', text: 'det som kommer i bleia er svart og klissete som tjære, normalt på dag to?', expected: { topic: 'diapers' } },
  { locale: 'nb', text: 'hvor mange tissebleier skal hun ha hver dag den første uka', expected: { topic: 'diapers' } },
  { locale: 'nb', text: 'bæsjen har gått fra svart til sånn grønnbrunt, er det som det skal', expected: { topic: 'diapers' } },
  { locale: 'nn', text: 'skifta nettopp ei bleie og bæsjen var grønbrun i staden for svart, kva farge skal det vere dei første dagane', expected: { topic: 'diapers' } },
  { locale: 'nn', text: 'kor mange våte bleier er normalt på dag tre', expected: { topic: 'diapers' } },
  { locale: 'en', text: 'poo is black n like tar on day 1 is that normal', expected: { topic: 'diapers' } },
  { locale: 'en', text: 'trying to keep count on my phone, how many wet nappies should my 3 day old be having', expected: { topic: 'diapers' } },

  // pumping-frequency
  { locale: 'nb', text: 'hun ligger i kuvøse og kan ikke die, hvor ofte må jeg pumpe', expected: { topic: 'pumping-frequency' } },
  { locale: 'nb', text: 'må jeg virkelig pumpe om natta også, er så utslitt', expected: { topic: 'pumping-frequency' } },
  { locale: 'nb', text: 'pumper fem ganger i døgnet nå, er det nok', expected: { topic: 'pumping-frequency' } },
  { locale: 'nn', text: 'ho ligg på nyfødtintensiven og eg får ikkje amme, kor ofte i døgnet skal eg sitje med pumpa', expected: { topic: 'pumping-frequency' } },
  { locale: 'nn', text: 'bør eg pumpe begge brysta samstundes, og kor mange gonger i døgnet', expected: { topic: 'pumping-frequency' } },
  { locale: 'en', text: 'how often should i pump for my prem in nicu', expected: { topic: 'pumping-frequency' } },
  { locale: 'en', text: 'do i really need to pump in the middle of the night too', expected: { topic: 'pumping-frequency' } },

  // pumping-3x20
  { locale: 'nb', text: 'på sykehuset med pumpa, fikk 21 så 24 så 26 ml de siste tre gangene, skal jeg bytte til et annet program nå', expected: { topic: 'pumping-3x20' } },
  { locale: 'nb', text: 'har brukt det første programmet på den leide sykehuspumpa i fem dager nå, når skal jeg over på det andre', expected: { topic: 'pumping-3x20' } },
  { locale: 'nb', text: 'noterer alt, fikk 25, 22 og 30 ml de tre siste pumpingene, hva betyr det for meg', expected: { topic: 'pumping-3x20' } },
  { locale: 'nn', text: 'har fått meir enn 20 ml tre gonger etter kvarandre, betyr det at mjølka er komen', expected: { topic: 'pumping-3x20' } },
  { locale: 'nn', text: 'når skal eg byte pumpeprogram frå oppstart til vanleg', expected: { topic: 'pumping-3x20' } },
  { locale: 'en', text: 'been logging every pump, 22 then 25 then 28ml in a row, does that mean i switch the setting on the machine', expected: { topic: 'pumping-3x20' } },
  { locale: 'en', text: 'what is the 3 times 20 ml thing the nurse said about the pump', expected: { topic: 'pumping-3x20' } },

  // breast-changes
  { locale: 'nb', text: 'er i uke 20 og brystene har vokst masse, er det normalt', expected: { topic: 'breast-changes' } },
  { locale: 'nb', text: 'brystene har ikke forandret seg noe i svangerskapet, betyr det at jeg ikke får melk', expected: { topic: 'breast-changes' } },
  { locale: 'nb', text: 'hvorfor blir puppene så store når man er gravid', expected: { topic: 'breast-changes' } },
  { locale: 'nn', text: 'brysta har ikkje vakse i det heile medan eg har vore gravid, er det eit dårleg teikn', expected: { topic: 'breast-changes' } },
  { locale: 'nn', text: 'kva skjer inni brysta når ein er gravid, dei er mykje større no', expected: { topic: 'breast-changes' } },
  { locale: 'en', text: 'pregnant and my boobs have grown two cup sizes, is that normal', expected: { topic: 'breast-changes' } },
  { locale: 'en', text: 'my breasts havent changed at all in pregnancy will i still make milk', expected: { topic: 'breast-changes' } },

  // first-hour
  { locale: 'nb', text: 'termin om to uker, hva er viktig den første timen etter at hun er født', expected: { topic: 'first-hour' } },
  { locale: 'nb', text: 'skal babyen ligge hud mot hud med en gang eller vaskes først', expected: { topic: 'first-hour' } },
  { locale: 'nb', text: 'planlagt keisersnitt neste uke, hva gjør jeg rett etterpå hvis jeg ikke får ammet', expected: { topic: 'first-hour' } },
  { locale: 'nn', text: 'kva bør skje rett etter fødselen for at amminga skal kome godt i gang', expected: { topic: 'first-hour' } },
  { locale: 'nn', text: 'jordmora vil leggje han rett på brystet mitt med ein gong han er ute, kvifor er hud mot hud så viktig akkurat då', expected: { topic: 'first-hour' } },
  { locale: 'en', text: 'making my birth plan, what should happen in that first hour after he is born so breastfeeding gets off to a good start', expected: { topic: 'first-hour' } },
  { locale: 'en', text: 'why do they put the baby straight on your chest after birth', expected: { topic: 'first-hour' } },

  // sore-nipples
  { locale: 'nb', text: 'brystvortene er så såre at jeg gruer meg t hver amming og krøller tærne når hun tar tak', expected: { topic: 'sore-nipples' } },
  { locale: 'nb', text: 'det har kommet sprekker på begge vortene, hva gjør jeg', expected: { topic: 'sore-nipples' } },
  { locale: 'nb', text: 'gjør vondt hele tida hun suger, ikke bare i starten, er på dag fem', expected: { topic: 'sore-nipples' } },
  { locale: 'nn', text: 'dag fire og brystvortene mine er så såre og sprukne at eg grin, kva kan eg gjere sjølv', expected: { topic: 'sore-nipples' } },
  { locale: 'nn', text: 'skal eg korte ned amminga når det gjer så vondt i vortene', expected: { topic: 'sore-nipples' } },
  { locale: 'en', text: 'nipples are so sore and cracked i dread every feed', expected: { topic: 'sore-nipples' } },
  { locale: 'en', text: 'hurts the whole feed not just at the start, is that normal', expected: { topic: 'sore-nipples' } },

  // engorgement
  { locale: 'nb', text: 'puppene er harde som stein og babyen får ikke tak, dag tre', expected: { topic: 'engorgement' } },
  { locale: 'nb', text: 'hva hjelper mot brystspreng, er så stramme og vonde', expected: { topic: 'engorgement' } },
  { locale: 'nb', text: 'puppene er sprengfulle og stramme, skal jeg legge på noe varmt eller kaldt, og før eller etter ammingen', expected: { topic: 'engorgement' } },
  { locale: 'nn', text: 'brysta er harde og spente sidan i går, kva kan eg gjere', expected: { topic: 'engorgement' } },
  { locale: 'nn', text: 'har brystspreng, hjelper det med kaldt etter amminga', expected: { topic: 'engorgement' } },
  { locale: 'en', text: 'day 3 and my boobs went rock hard n swollen overnight, so uncomfortable, what helps', expected: { topic: 'engorgement' } },
  { locale: 'en', text: 'engorged and baby cant latch on the hard boob, what do i do', expected: { topic: 'engorgement' } },

  // latch
  { locale: 'nb', text: 'første barn og aner ikke hvordan det skal se ut, hvordan vet jeg at hun har fått godt tak på brystet', expected: { topic: 'latch' } },
  { locale: 'nb', text: 'hun får bare med seg tuppen av vorta og glipper hele tida, hvordan får jeg henne til å ta mer inn i munnen', expected: { topic: 'latch' } },
  { locale: 'nb', text: 'kinnene hans får små groper når han suger, er det feil', expected: { topic: 'latch' } },
  { locale: 'nn', text: 'korleis ser eit godt sugetak ut, er usikker på om ho tek nok av brystet', expected: { topic: 'latch' } },
  { locale: 'nn', text: 'brystvorta er flat og kvit etter amminga, tek han feil tak', expected: { topic: 'latch' } },
  { locale: 'en', text: 'how do i know if hes latched on right, it looks ok to me but idk', expected: { topic: 'latch' } },
  { locale: 'en', text: 'she just nibbles the tip, how do i get a bigger mouthful in', expected: { topic: 'latch' } },

  // baby-weight
  { locale: 'nb', text: 'han har gått ned 6 prosent siden fødselen, er det normalt', expected: { topic: 'baby-weight' } },
  { locale: 'nb', text: 'hun veide 3400 da hun ble født og nå 3150, når skal hun være tilbake på fødselsvekta', expected: { topic: 'baby-weight' } },
  { locale: 'nb', text: 'helsestasjonen sa hun har gått ned litt i vekt, er det farlig', expected: { topic: 'baby-weight' } },
  { locale: 'nn', text: 'vekta på helsestasjonen viste at ho har gått ned sidan fødselen, er det vanleg at dei gjer det', expected: { topic: 'baby-weight' } },
  { locale: 'nn', text: 'kor lang tid tek det før han er oppe i fødselsvekta att', expected: { topic: 'baby-weight' } },
  { locale: 'en', text: 'weighed at the clinic today, lost 200g since birth, is that normal or should i worry', expected: { topic: 'baby-weight' } },
  { locale: 'en', text: 'she dropped a bit after birth, by what age should she be back up to her birth weight', expected: { topic: 'baby-weight' } },

  // where-to-get-help
  { locale: 'nb', text: 'klokka er 3 og ammingen går bare dårlig, hvem kan jeg ringe for å få hjelp nå', expected: { topic: 'where-to-get-help' } },
  { locale: 'nb', text: 'hva er ammehjelpen og kan de hjelpe meg', expected: { topic: 'where-to-get-help' } },
  { locale: 'nb', text: 'hvem skal jeg kontakte når jeg lurer på noe med babyen, helsestasjon eller fastlegen', expected: { topic: 'where-to-get-help' } },
  { locale: 'nn', text: 'kven kan eg snakke med om amminga når jordmora ikkje tek telefonen', expected: { topic: 'where-to-get-help' } },
  { locale: 'nn', text: 'om eg må ha tak i nokon når fastlegen er stengd, kva er nummeret til legevakta', expected: { topic: 'where-to-get-help' } },
  { locale: 'en', text: 'new here and no family nearby, who do i contact if i need help w breastfeeding', expected: { topic: 'where-to-get-help' } },
  { locale: 'en', text: 'is there someone i can talk to about feeding at night', expected: { topic: 'where-to-get-help' } },

  // declined: near scope
  { locale: 'nb', text: 'han klikker og glipper og jordmora nevnte noe om tungebånd, må sånt klippes', expected: { outside: 'tongue-tie' } },
  { locale: 'nn', text: 'ho får ikkje tunga ut forbi underleppa og tuppen ser ut som eit hjarte, kan det vere tungeband', expected: { outside: 'tongue-tie' } },
  { locale: 'en', text: 'someone in my mum group said her baby had a tongue tie snipped, does it always need doing', expected: { outside: 'tongue-tie' } },
  { locale: 'nb', text: 'hvite flekker inni kinnene hennes som ikke lar seg tørke bort, kan det være trøske', expected: { outside: 'thrush' } },
  { locale: 'nn', text: 'kan eg ha soppinfeksjon på brystvorta, det klør', expected: { outside: 'thrush' } },
  { locale: 'en', text: 'i think we both have thrush, what do i do about it', expected: { outside: 'thrush' } },
  { locale: 'nb', text: 'fastlegen sier jeg har mastitt, hva er behandlingen for det', expected: { outside: 'mastitis' } },
  { locale: 'nn', text: 'fekk vite hjå fastlegen at eg har brystbetennelse, korleis blir det behandla', expected: { outside: 'mastitis' } },
  { locale: 'en', text: 'how do you treat mastitis once you have it', expected: { outside: 'mastitis' } },
  { locale: 'nb', text: 'skikkelig vondt i ryggen etter fødselen, er ibux greit å ta når jeg fullammer', expected: { outside: 'medicines' } },
  { locale: 'nn', text: 'eg har så vondt etter fødselen, kor mange paracet kan eg ta medan eg ammar', expected: { outside: 'medicines' } },
  { locale: 'en', text: 'hay fever is killing me, are antihistamine tablets ok while breastfeeding', expected: { outside: 'medicines' } },
  { locale: 'nb', text: 'skal over på flaske delvis, hvor mange ml morsmelkerstatning skal en ukegammel ha hver gang', expected: { outside: 'formula' } },
  { locale: 'nn', text: 'kor mykje morsmjølkerstatning skal ein gi på flaska til ein nyfødd', expected: { outside: 'formula' } },
  { locale: 'en', text: 'how much formula per feed for a 2 week old', expected: { outside: 'formula' } },
  { locale: 'nb', text: 'hun sover nesten ingenting på dagtid, hvor mye skal en nyfødt egentlig sove i døgnet', expected: { outside: 'sleep' } },
  { locale: 'nn', text: 'vaknar annakvar time heile natta, korleis får eg ho til å sove lengre strekk', expected: { outside: 'sleep' } },
  { locale: 'en', text: 'my mil says newborns should sleep through, how many hours is normal at night', expected: { outside: 'sleep' } },
  { locale: 'nb', text: 'når får babyen første vaksine', expected: { outside: 'vaccines' } },
  { locale: 'nn', text: 'kan eg amme rett etter at eg har fått influensavaksine', expected: { outside: 'vaccines' } },
  { locale: 'en', text: 'got a letter from the health visitor, which jabs does she get at the 6 week check', expected: { outside: 'vaccines' } },

  // declined: plainly outside the product
  { locale: 'nb', text: 'hvilken barnevogn er best for grusvei på bygda', expected: { outside: null } },
  { locale: 'nb', text: 'når kan vi ta babyen med på fly', expected: { outside: null } },
  { locale: 'nb', text: 'fødte for seks uker siden og savner løpeturene, når kan jeg begynne å trene igjen', expected: { outside: null } },
  { locale: 'nn', text: 'kva skal eg gi storebror i presang frå babyen', expected: { outside: null } },
  { locale: 'nn', text: 'når får eg foreldrepengane utbetalt', expected: { outside: null } },
  { locale: 'nn', text: 'kor varmt skal badevatnet til babyen vere', expected: { outside: null } },
  { locale: 'en', text: 'best car seat for a small hatchback', expected: { outside: null } },
  { locale: 'en', text: 'how do i trim my babys nails without cutting her', expected: { outside: null } },
  { locale: 'en', text: 'when do we have to register the babys name', expected: { outside: null } },
];
