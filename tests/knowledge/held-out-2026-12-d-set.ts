import type { FreshQuestion } from './fresh-check-set';

/**
 * Set D. Written on 3 December 2026 from TOPICS.md and GLOSSARY.md alone (RULES.md read only to leave
 * red-flag signs out), before round four's tuning, by someone who never saw the retrieval code, the answer texts
 * or the other question sets. Held out until round five; a development set since round five, its misses read
 * (bench/knowledge.ts prints them). No test asserts it. Its wording must never be copied into the index, the term
 * lists or the synonym lists: fixes for its misses are general ones, for the class of failure a miss shows.
 *
 * In scope: 7 questions per topic (3 nb, 2 nn, 2 en), typed the way a tired mother types on a phone at night,
 * about half of them without the topic's usual word. To decline: 3 per near-scope subject and 9 plainly outside.
 */
export const HELD_OUT_DECEMBER_D: FreshQuestion[] = [
  // hand-expression.why
  { locale: 'nb', text: 'jordmora maser om at jeg må lære å melke ut for hånd. hva er egentlig vitsen', expected: { topic: 'hand-expression.why' } },
  { locale: 'nb', text: 'er det noe poeng å kunne håndmelking hvis alt går fint med ammingen', expected: { topic: 'hand-expression.why' } },
  { locale: 'nb', text: 'skjønner ikke hvorfor de viste meg å klemme ut melk med fingrene på barsel, hva er nytten med det', expected: { topic: 'hand-expression.why' } },
  { locale: 'nn', text: 'kvifor er det så viktig å kunne handmjølking, dei snakka om det heile tida på sjukehuset', expected: { topic: 'hand-expression.why' } },
  { locale: 'nn', text: 'kva hjelper det eigentleg at eg lærer å få ut mjølk med fingrane sjølv', expected: { topic: 'hand-expression.why' } },
  { locale: 'en', text: 'why does everyone keep telling me to learn hand expressing whats the point', expected: { topic: 'hand-expression.why' } },
  { locale: 'en', text: 'is it actually worth learning to get milk out with my own fingers? midwife showed me but i dont really get why', expected: { topic: 'hand-expression.why' } },

  // hand-expression.how
  { locale: 'nb', text: 'hvordn gjør man håndmelking helt konkret, hvor skal fingrene være', expected: { topic: 'hand-expression.how' } },
  { locale: 'nb', text: 'hvor på brystet setter jeg tommelen og pekefingeren når jeg skal klemme ut melk selv', expected: { topic: 'hand-expression.how' } },
  { locale: 'nb', text: 'melke ut for hånd.. skal jeg stryke nedover mot vorta eller bare klemme? gjør sikkert alt feil', expected: { topic: 'hand-expression.how' } },
  { locale: 'nn', text: 'korleis mjølkar eg ut for hand? kan du forklare det enkelt steg for steg', expected: { topic: 'hand-expression.how' } },
  { locale: 'nn', text: 'kor langt bak vorta skal fingrane vere når eg klemmer ut mjølka sjølv', expected: { topic: 'hand-expression.how' } },
  { locale: 'en', text: 'how do i hand express, step by step pls', expected: { topic: 'hand-expression.how' } },
  { locale: 'en', text: 'where do my thumb and fingers go when i squeeze milk out myself, right on the nipple or further back', expected: { topic: 'hand-expression.how' } },

  // hand-expression.when
  { locale: 'nb', text: 'når bør jeg begynne med håndmelking etter fødselen hvis hun ikke får die', expected: { topic: 'hand-expression.when' } },
  { locale: 'nb', text: 'hun ligger på nyfødt og får ikke komme til brystet ennå. hvor mange ganger i døgnet skal jeg klemme ut melk med hånda', expected: { topic: 'hand-expression.when' } },
  { locale: 'nb', text: 'hvor ofte skal jeg håndmelke, må jeg gjøre det om natta og', expected: { topic: 'hand-expression.when' } },
  { locale: 'nn', text: 'kor mange gonger i døgnet skal eg handmjølke', expected: { topic: 'hand-expression.when' } },
  { locale: 'nn', text: 'han får ikkje suge enno. kor tidleg etter fødselen skal eg byrje å klemme ut mjølk med handa', expected: { topic: 'hand-expression.when' } },
  { locale: 'en', text: 'how often should i be hand expressing? every few hours? shes in special care', expected: { topic: 'hand-expression.when' } },
  { locale: 'en', text: 'had a c section and we got separated, how soon after the birth am i supposed to start getting milk out with my fingers', expected: { topic: 'hand-expression.when' } },

  // hand-expression.how-much
  { locale: 'nb', text: 'hvor mye skal jeg regne med å få ut når jeg håndmelker de første dagene', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nb', text: 'fikk bare noen bittesmå dråper etter ti min med klemming, er det normalt', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nb', text: 'håndmelket og fikk kanskje 2 ml tilsammen, er det altfor lite', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nn', text: 'kor mykje er vanleg å få ut for hand dei første dagane', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nn', text: 'det kjem berre nokre små perler når eg klemmer på brystet, er det sånn det skal vere no', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'en', text: 'how much should i expect to get hand expressing on day one', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'en', text: 'only got a couple of drops after squeezing for ages, is that normal this early??', expected: { topic: 'hand-expression.how-much' } },

  // hand-expression.vs-pump
  { locale: 'nb', text: 'hei. lønner det seg mest å håndmelke eller å pumpe nå i starten, eller begge deler', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nb', text: 'holder det å klemme ut med hendene eller må jeg leie brystpumpe', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nb', text: 'er det lurt å kombinere pumping og håndmelking de første dagene', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nn', text: 'er handmjølking eller pumpe best no i starten', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nn', text: 'eg har berre mjølka med handa sidan ho vart fødd, treng eg pumpe i tillegg', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'en', text: 'hand expressing vs pumping which one is better', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'en', text: 'is squeezing by hand enough or do i need the machine as well, baby is in nicu and cant feed from me yet', expected: { topic: 'hand-expression.vs-pump' } },

  // hand-expression.giving
  { locale: 'nb', text: 'har fått ut litt råmelk i et beger, hvordan gir jeg det til den lille uten flaske', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nb', text: 'har samla noen dråper i en sprøyte, hvordan får jeg det inn i munnen hans uten at det renner ut', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nb', text: 'kan jeg gi råmelk med teskje isteden for flaske', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nn', text: 'korleis samlar eg opp råmjølka når eg mjølkar ut for hand', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nn', text: 'kan eg gi ho dropane eg har fått ut med ei skei', expected: { topic: 'hand-expression.giving' } },
  { locale: 'en', text: 'how do i feed her the colostrum i collected', expected: { topic: 'hand-expression.giving' } },
  { locale: 'en', text: 'whats the best way to catch the drops as they come out, i keep losing them all over my fingers', expected: { topic: 'hand-expression.giving' } },

  // milk-storage
  { locale: 'nb', text: 'hvor lenge kan utpumpa melk stå i kjøleskapet', expected: { topic: 'milk-storage' } },
  { locale: 'nb', text: 'glemte flaska med melk på benken i tre timer, kan han fortsatt få den', expected: { topic: 'milk-storage' } },
  { locale: 'nb', text: 'kan jeg fryse morsmelk og hvor lenge er den god i fryseren', expected: { topic: 'milk-storage' } },
  { locale: 'nn', text: 'kor lenge held mjølka seg i kjøleskapet etter eg har pumpa', expected: { topic: 'milk-storage' } },
  { locale: 'nn', text: 'kan eg fryse att mjølk som alt har tina', expected: { topic: 'milk-storage' } },
  { locale: 'en', text: 'how long is pumped breast milk good for in the fridge', expected: { topic: 'milk-storage' } },
  { locale: 'en', text: 'left the bottle i expressed out on the counter, how many hours before i have to throw it', expected: { topic: 'milk-storage' } },

  // colostrum
  { locale: 'nb', text: 'hva slags melk er råmelk egentlig, er den annerledes enn vanlig melk', expected: { topic: 'colostrum' } },
  { locale: 'nb', text: 'det som kommer ut nå er gult og tykt og nesten ingenting, er det ordentlig melk', expected: { topic: 'colostrum' } },
  { locale: 'nb', text: 'når begynner kroppen å lage råmelk, er det allerede mens man er gravid', expected: { topic: 'colostrum' } },
  { locale: 'nn', text: 'kva er råmjølk for noko eigentleg', expected: { topic: 'colostrum' } },
  { locale: 'nn', text: 'kvifor er den første mjølka så gul og tjukk', expected: { topic: 'colostrum' } },
  { locale: 'en', text: 'what exacly is colostrum', expected: { topic: 'colostrum' } },
  { locale: 'en', text: 'the stuff coming out is thick and goldish and tiny amounts, is that what comes before the real milk', expected: { topic: 'colostrum' } },

  // milk-coming-in
  { locale: 'nb', text: 'hei igjen, når kommer melken inn ca? føler det tar evigheter', expected: { topic: 'milk-coming-in' } },
  { locale: 'nb', text: 'fødte for to døgn siden og kjenner ingen forandring i brystene, når pleier det å skje', expected: { topic: 'milk-coming-in' } },
  { locale: 'nb', text: 'hvordan kjenner man det når melka kommer inn', expected: { topic: 'milk-coming-in' } },
  { locale: 'nn', text: 'når kjem mjølka inn etter fødselen', expected: { topic: 'milk-coming-in' } },
  { locale: 'nn', text: 'kva teikn er det på at produksjonen har kome skikkeleg i gang', expected: { topic: 'milk-coming-in' } },
  { locale: 'en', text: 'when does your milk actually come in after birth', expected: { topic: 'milk-coming-in' } },
  { locale: 'en', text: 'day 3 now, how will i know my milk is in', expected: { topic: 'milk-coming-in' } },

  // feeding-frequency
  { locale: 'nb', text: 'hvor ofte skal en nyfød ammes', expected: { topic: 'feeding-frequency' } },
  { locale: 'nb', text: 'hvor mange ganger i døgnet skal han egentlig ligge ved brystet', expected: { topic: 'feeding-frequency' } },
  { locale: 'nb', text: 'hvor lenge kan det gå mellom hver gang jeg ammer henne', expected: { topic: 'feeding-frequency' } },
  { locale: 'nn', text: 'kor ofte skal eg amme no den første veka', expected: { topic: 'feeding-frequency' } },
  { locale: 'nn', text: 'kor mange timar kan det gå mellom kvar gong han får bryst', expected: { topic: 'feeding-frequency' } },
  { locale: 'en', text: 'how often shoud a newborn breastfeed', expected: { topic: 'feeding-frequency' } },
  { locale: 'en', text: 'hes on me constantly lol, how many times a day is normal for a 4 day old to eat', expected: { topic: 'feeding-frequency' } },

  // enough-milk
  { locale: 'nb', text: 'hvordan vet jeg om babyn får nok melk', expected: { topic: 'enough-milk' } },
  { locale: 'nb', text: 'er så redd hun går sulten, hvordan kan jeg se at hun faktisk får i seg noe', expected: { topic: 'enough-milk' } },
  { locale: 'nb', text: 'får han nok når han bare ammes og ikke får noe annet?', expected: { topic: 'enough-milk' } },
  { locale: 'nn', text: 'korleis veit eg at ho får nok mjølk', expected: { topic: 'enough-milk' } },
  { locale: 'nn', text: 'eg er usikker på om han får i seg noko når han et, korleis kan eg sjå det', expected: { topic: 'enough-milk' } },
  { locale: 'en', text: 'how can i tell if baby is getting enough milk from me', expected: { topic: 'enough-milk' } },
  { locale: 'en', text: 'i cant see how much shes drinking straight from the boob, how do i know shes not going hungry', expected: { topic: 'enough-milk' } },

  // diapers
  { locale: 'nb', text: 'hvor mange våte bleier skal hun ha nå på dag 3', expected: { topic: 'diapers' } },
  { locale: 'nb', text: 'dag 1 og bæsjen er svart og klissete som tjære, er det sånn det skal være', expected: { topic: 'diapers' } },
  { locale: 'nb', text: 'hvilken dag pleier bæsjen å gå over til gul farge', expected: { topic: 'diapers' } },
  { locale: 'nn', text: 'kor mange våte bleier er vanleg kvar dag den første veka', expected: { topic: 'diapers' } },
  { locale: 'nn', text: 'bæsjen hans har gått frå svart til grønbrun, er det slik det skal vere', expected: { topic: 'diapers' } },
  { locale: 'en', text: 'what should newborn poop look like the first few days', expected: { topic: 'diapers' } },
  { locale: 'en', text: 'how many wet nappies a day should she be having by the end of the first week', expected: { topic: 'diapers' } },

  // pumping-frequency
  { locale: 'nb', text: 'hvor ofte skal jeg pumpe når babyen ligger på nyfødtavdelingen', expected: { topic: 'pumping-frequency' } },
  { locale: 'nb', text: 'må jeg pumpe om natta også eller kan jeg sove', expected: { topic: 'pumping-frequency' } },
  { locale: 'nb', text: 'hvor mange ganger i døgnet må jeg kople meg til maskinen', expected: { topic: 'pumping-frequency' } },
  { locale: 'nn', text: 'kor ofte bør eg pumpe meg', expected: { topic: 'pumping-frequency' } },
  { locale: 'nn', text: 'treng eg å stå opp om natta for å pumpe', expected: { topic: 'pumping-frequency' } },
  { locale: 'en', text: 'how often should i pump if baby cant breastfeed', expected: { topic: 'pumping-frequency' } },
  { locale: 'en', text: 'how many sessions a day on the machine do i need? hes in the nicu', expected: { topic: 'pumping-frequency' } },

  // pumping-3x20
  { locale: 'nb', text: 'når er det på tide å bytte pumpeprogrammet på sykehuspumpa', expected: { topic: 'pumping-3x20' } },
  { locale: 'nb', text: 'fikk 25 ml, 22 ml og 30 ml de tre siste gangene, betyr det noe', expected: { topic: 'pumping-3x20' } },
  { locale: 'nb', text: 'hva betyr det når jeg får over 20 ml hver gang jeg pumper', expected: { topic: 'pumping-3x20' } },
  { locale: 'nn', text: 'når skal eg byte til eit anna program på pumpa', expected: { topic: 'pumping-3x20' } },
  { locale: 'nn', text: 'eg har fått over 20 ml tre gonger på rad no, kva gjer eg då', expected: { topic: 'pumping-3x20' } },
  { locale: 'en', text: 'when do i switch the pump from the starter program to the other one', expected: { topic: 'pumping-3x20' } },
  { locale: 'en', text: 'got 20ml+ three pumps in a row, what does that mean', expected: { topic: 'pumping-3x20' } },

  // breast-changes
  { locale: 'nb', text: 'er det normalt at brystene vokser så mye i svangerskapet', expected: { topic: 'breast-changes' } },
  { locale: 'nb', text: 'gikk opp to bh-størrelser mens jeg var gravid, hva skjer egentlig der inne', expected: { topic: 'breast-changes' } },
  { locale: 'nb', text: 'brystene mine ble nesten ikke større da jeg var gravid, betyr det at jeg ikke kan amme', expected: { topic: 'breast-changes' } },
  { locale: 'nn', text: 'kvifor vart brysta mine så mykje større då eg var gravid', expected: { topic: 'breast-changes' } },
  { locale: 'nn', text: 'kva skjer inni brystet medan ein er gravid for å gjere det klart til amming', expected: { topic: 'breast-changes' } },
  { locale: 'en', text: 'do breasts change during pregnancy to get ready for breastfeeding', expected: { topic: 'breast-changes' } },
  { locale: 'en', text: 'my boobs barely grew at all while i was pregnant, does that matter for feeding', expected: { topic: 'breast-changes' } },

  // first-hour
  { locale: 'nb', text: 'hva bør skje den første timen etter fødselen', expected: { topic: 'first-hour' } },
  { locale: 'nb', text: 'hva er viktigst rett etter at babyen er født for å komme godt i gang med ammingen', expected: { topic: 'first-hour' } },
  { locale: 'nb', text: 'hvorfor legger de babyen naken på brystet til mor med en gang', expected: { topic: 'first-hour' } },
  { locale: 'nn', text: 'kva er det som gjer timen rett etter fødselen så viktig for å kome i gang med amminga', expected: { topic: 'first-hour' } },
  { locale: 'nn', text: 'skal eg ha babyen hud mot hud heilt med ein gong ho er fødd', expected: { topic: 'first-hour' } },
  { locale: 'en', text: 'what should i do in the first hour after birth to get breastfeeding off to a good start', expected: { topic: 'first-hour' } },
  { locale: 'en', text: 'she was born 20 min ago, should i put her on my bare chest now or wait till we are cleaned up', expected: { topic: 'first-hour' } },

  // sore-nipples
  { locale: 'nb', text: 'brystvortene er så såre, hva gjør jeg', expected: { topic: 'sore-nipples' } },
  { locale: 'nb', text: 'det gjør vondt hele tiden mens hun dier, fra start til slutt, er det meningen', expected: { topic: 'sore-nipples' } },
  { locale: 'nb', text: 'har fått sår på vorta, bør jeg korte ned på hvor lenge han får die', expected: { topic: 'sore-nipples' } },
  { locale: 'nn', text: 'brystvortene er så såre at eg grugar meg til kvar amming', expected: { topic: 'sore-nipples' } },
  { locale: 'nn', text: 'det blør litt frå vorta etter at han har ete', expected: { topic: 'sore-nipples' } },
  { locale: 'en', text: 'my nipples are so sore, is that normal in the first week', expected: { topic: 'sore-nipples' } },
  { locale: 'en', text: 'it hurts the entire time shes on, toes curling, is this how its meant to be', expected: { topic: 'sore-nipples' } },

  // engorgement
  { locale: 'nb', text: 'jeg har fått brystspreng, hva hjelper', expected: { topic: 'engorgement' } },
  { locale: 'nb', text: 'brystene er så stramme og fulle at hun bare sklir av, hva gjør jeg', expected: { topic: 'engorgement' } },
  { locale: 'nb', text: 'hjelper det med kalde kluter når brystene er så hovne og sprengfulle', expected: { topic: 'engorgement' } },
  { locale: 'nn', text: 'eg har fått brystspreng, kva kan eg gjere', expected: { topic: 'engorgement' } },
  { locale: 'nn', text: 'brysta er så harde og spente at det verkjer, dag 3', expected: { topic: 'engorgement' } },
  { locale: 'en', text: 'engorged and miserable, what helps', expected: { topic: 'engorgement' } },
  { locale: 'en', text: 'boobs have been rock hard and tight since last night, how do i get some relief', expected: { topic: 'engorgement' } },

  // latch
  { locale: 'nb', text: 'sugetaket ser greit ut tror jeg men hvordan vet jeg det sikkert', expected: { topic: 'latch' } },
  { locale: 'nb', text: 'hun tar bare tak i selve tuppen av vorta, er det feil', expected: { topic: 'latch' } },
  { locale: 'nb', text: 'hvordan skal leppene hans ligge når han er lagt riktig til', expected: { topic: 'latch' } },
  { locale: 'nn', text: 'korleis kan eg sjå om sugetaket hennar er bra nok', expected: { topic: 'latch' } },
  { locale: 'nn', text: 'det blir små groper i kinna hans når han syg, er det feil', expected: { topic: 'latch' } },
  { locale: 'en', text: 'how do i know if shes latched on properly', expected: { topic: 'latch' } },
  { locale: 'en', text: 'nipple comes out all flat and squashed after she feeds, is she on wrong', expected: { topic: 'latch' } },

  // baby-weight
  { locale: 'nb', text: 'hvor mye vekt er det normalt at babyen går ned de første dagene', expected: { topic: 'baby-weight' } },
  { locale: 'nb', text: 'han veide 3600 da han ble født og nå 3350, er det greit', expected: { topic: 'baby-weight' } },
  { locale: 'nb', text: 'hvor mange dager tar det før de fleste er oppe i fødselsvekt igjen', expected: { topic: 'baby-weight' } },
  { locale: 'nn', text: 'er det normalt at ho har gått ned i vekt sidan fødselen', expected: { topic: 'baby-weight' } },
  { locale: 'nn', text: 'dei sa på helsestasjonen at ho hadde mista 6 prosent, er det mykje', expected: { topic: 'baby-weight' } },
  { locale: 'en', text: 'how much weight do babies normally lose after birth', expected: { topic: 'baby-weight' } },
  { locale: 'en', text: 'she was 3.2 kg at birth and 2.98 today, should i be worried', expected: { topic: 'baby-weight' } },

  // where-to-get-help
  { locale: 'nb', text: 'sliter med ammingen og vet ikke hvem jeg skal ringe', expected: { topic: 'where-to-get-help' } },
  { locale: 'nb', text: 'finnes det noen jeg kan snakke med om ammingen nå midt på natta', expected: { topic: 'where-to-get-help' } },
  { locale: 'nb', text: 'hvor får jeg hjelp med amming i kommunen, vet ikke hvem jeg skal spørre', expected: { topic: 'where-to-get-help' } },
  { locale: 'nn', text: 'amminga går ikkje så bra, kven er det lurt å ta kontakt med', expected: { topic: 'where-to-get-help' } },
  { locale: 'nn', text: 'kan eg ringje helsestasjonen om amminga eller må eg gå til fastlegen', expected: { topic: 'where-to-get-help' } },
  { locale: 'en', text: 'who do i contact for breastfeeding help in norway', expected: { topic: 'where-to-get-help' } },
  { locale: 'en', text: 'is there someone i can call about feeding when im stuck but its not an emergency', expected: { topic: 'where-to-get-help' } },

  // To decline: near-scope subjects
  { locale: 'nb', text: 'tunga hans ser ut som et hjerte når han rekker den ut, kan det være tungebåndet', expected: { outside: 'tongue-tie' } },
  { locale: 'nn', text: 'kan eit stramt tungeband gjere at amminga går dårleg', expected: { outside: 'tongue-tie' } },
  { locale: 'en', text: 'someone said she might be tongue tied, do they always cut it', expected: { outside: 'tongue-tie' } },

  { locale: 'nb', text: 'hvite belegg inni munnen hennes som ikke går bort, er det sopp', expected: { outside: 'thrush' } },
  { locale: 'nn', text: 'kan eg amme når eg har soppinfeksjon på brystvorta', expected: { outside: 'thrush' } },
  { locale: 'en', text: 'how do you treat thrush on nipples and in babys mouth', expected: { outside: 'thrush' } },

  { locale: 'nb', text: 'må man ha antibiotika for brystbetennelse', expected: { outside: 'mastitis' } },
  { locale: 'nn', text: 'korleis behandlar ein mastitt', expected: { outside: 'mastitis' } },
  { locale: 'en', text: 'can i keep breastfeeding with mastitis', expected: { outside: 'mastitis' } },

  { locale: 'nb', text: 'går det an å ta ibux for etterveene når jeg ammer', expected: { outside: 'medicines' } },
  { locale: 'nn', text: 'kor mange paracet om dagen er trygt medan ein ammar', expected: { outside: 'medicines' } },
  { locale: 'en', text: 'is it safe to take my antidepressants while breastfeeding', expected: { outside: 'medicines' } },

  { locale: 'nb', text: 'vi må gi litt tillegg med mme, hvor mange ml skal hun ha hver gang', expected: { outside: 'formula' } },
  { locale: 'nn', text: 'kor mange ml erstatning skal ho ha om eg gir flaske', expected: { outside: 'formula' } },
  { locale: 'en', text: 'how much formula does a 5 day old need', expected: { outside: 'formula' } },

  { locale: 'nb', text: 'hvor mange timer skal en nyfødt sove i døgnet', expected: { outside: 'sleep' } },
  { locale: 'nn', text: 'korleis får eg han til å sove lenger om natta', expected: { outside: 'sleep' } },
  { locale: 'en', text: 'when can i start a sleep schedule with her', expected: { outside: 'sleep' } },

  { locale: 'nb', text: 'når får babyen den første vaksinen', expected: { outside: 'vaccines' } },
  { locale: 'nn', text: 'kan eg ta influensavaksine no når eg ammar', expected: { outside: 'vaccines' } },
  { locale: 'en', text: 'what jabs does she get at the 6 week check', expected: { outside: 'vaccines' } },

  // To decline: plainly outside the product
  { locale: 'nb', text: 'hvilket bilsete er best for nyfødte', expected: { outside: null } },
  { locale: 'nb', text: 'hva bør jeg spise for å gå ned de kiloene jeg la på meg i svangerskapet', expected: { outside: null } },
  { locale: 'nb', text: 'når kan vi bade babyen første gang', expected: { outside: null } },
  { locale: 'nn', text: 'kor tidleg kan eg byrje å trene att etter fødselen', expected: { outside: null } },
  { locale: 'nn', text: 'kva barnevogn bør vi kjøpe', expected: { outside: null } },
  { locale: 'nn', text: 'korleis søkjer eg om foreldrepengar', expected: { outside: null } },
  { locale: 'en', text: 'when does the umbilical cord stump fall off', expected: { outside: null } },
  { locale: 'en', text: 'best diet to lose the baby weight fast', expected: { outside: null } },
  { locale: 'en', text: 'how do i register her name and get her a passport', expected: { outside: null } },
];
