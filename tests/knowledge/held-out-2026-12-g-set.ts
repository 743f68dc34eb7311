import type { FreshQuestion } from './fresh-check-set';

/**
 * Held-out set G, written on 3 December 2026 (round seven), before round seven's tuning, from
 * /work/shared/TOPICS.md and /work/shared/GLOSSARY.md alone (RULES.md only to leave its red-flag
 * signs out), by someone who never saw the retrieval code, the answers or the other question sets.
 *
 * Seven free questions per topic (3 nb, 2 nn, 2 en), typed the way a tired mother types on a phone
 * at night: lower case, few question marks, typos and abbreviations, often describing the situation
 * instead of naming the topic's usual word. Then three declines per near-scope subject and nine
 * questions plainly outside the product.
 *
 * Never used to decide anything. Its wording must never be copied into the index, the term lists or
 * the synonym lists. bench/knowledge.ts prints only its figures, never its questions or misses.
 */
export const HELD_OUT_DECEMBER_G: FreshQuestion[] = [
  // hand-expression.why
  { locale: 'nb', text: 'jordmora maste om at jeg må lære å melke ut for hånd, hvorfor er det så viktig da', expected: { topic: 'hand-expression.why' } },
  { locale: 'nb', text: 'er det egentlig noe vits i å klemme ut melk med fingrene eller er det bare gammeldags greier', expected: { topic: 'hand-expression.why' } },
  { locale: 'nb', text: 'hvorfr skal alle nybakte mødre kunne håndmelking', expected: { topic: 'hand-expression.why' } },
  { locale: 'nn', text: 'sambuaren spør kva godt det gjer at eg lærer meg å mjølke ut for hand, og eg veit ikkje kva eg skal svare', expected: { topic: 'hand-expression.why' } },
  { locale: 'nn', text: 'barselavdelinga vil at eg skal øve på å få ut mjølk med hendene, kva er poenget med det eigentleg', expected: { topic: 'hand-expression.why' } },
  { locale: 'en', text: 'midwife keeps telling me to practise getting milk out with my hands, whats the actual benefit', expected: { topic: 'hand-expression.why' } },
  { locale: 'en', text: 'is hand expressing actually useful or just something they put in the leaflet', expected: { topic: 'hand-expression.why' } },

  // hand-expression.how
  { locale: 'nb', text: 'hvordan melker man ut for hånd, skjønner ikke hvor jeg skal ha fingrene', expected: { topic: 'hand-expression.how' } },
  { locale: 'nb', text: 'prøver å klemme men gjør det sikkert feil, hvor på brystet skal man trykke og skal man dra utover', expected: { topic: 'hand-expression.how' } },
  { locale: 'nb', text: 'kan noen forklare steg for steg hvordan man får ut dråpene med hendene, har sprøyta klar', expected: { topic: 'hand-expression.how' } },
  { locale: 'nn', text: 'prøvde handmjølking i går utan hell, korleis skal ein gjere det rett', expected: { topic: 'hand-expression.how' } },
  { locale: 'nn', text: 'klemmer eg heilt ytst på vorta eller eit stykke bak på den mørke huda når eg pressar ut mjølk med fingrane', expected: { topic: 'hand-expression.how' } },
  { locale: 'en', text: 'ok so i need the actual technique for hand expressing, like what do i do first and then what, im useless at this', expected: { topic: 'hand-expression.how' } },
  { locale: 'en', text: 'where exactly do i put my thumb and finger when squeezing milk out, nurse showed me once and i forgot everything', expected: { topic: 'hand-expression.how' } },

  // hand-expression.when
  { locale: 'nb', text: 'babyen ble lagt på nyfødtintensiv, når skal jeg begynne å melke ut for hånd', expected: { topic: 'hand-expression.when' } },
  { locale: 'nb', text: 'hvor mange ganger i døgnet bør jeg prøve å få ut dråper med fingrene, også på natta?', expected: { topic: 'hand-expression.when' } },
  { locale: 'nb', text: 'hvor ofte håndmelking de første dagene', expected: { topic: 'hand-expression.when' } },
  { locale: 'nn', text: 'kor tid etter fødselen bør eg starte med handmjølking når veslegut ligg på nyfødtavdelinga', expected: { topic: 'hand-expression.when' } },
  { locale: 'nn', text: 'klemmer ut mjølk med fingrane på dagtid, men må eg setje alarm midt på natta for det òg', expected: { topic: 'hand-expression.when' } },
  { locale: 'en', text: 'baby was taken to special care right after the c section, how soon should i start expressing by hand', expected: { topic: 'hand-expression.when' } },
  { locale: 'en', text: 'how many times a day should i be milking by hand, does night count', expected: { topic: 'hand-expression.when' } },

  // hand-expression.how-much
  { locale: 'nb', text: 'fikk bare ut noen få dråper da jeg håndmelket, er det normalt', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nb', text: 'klemte i 10 min og fikk knapt noe i skjeen, er det noe galt med meg', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nb', text: 'hvor mye er vanlig å få ut for hånd på dag 2', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nn', text: 'sit her med fingrane og ei skei og det kjem berre eit par gule perler, er dette alt eg kan forvente no', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nn', text: 'kor mange ml kan eg rekne med å få ut med hendene kvar gong dei første dagane', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'en', text: 'only got like 3 drops after all that squeezing, is that normal on day 1', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'en', text: 'what sort of amount is realistic from hand expressing in these early days, i feel like im failing', expected: { topic: 'hand-expression.how-much' } },

  // hand-expression.vs-pump
  { locale: 'nb', text: 'lurer på om jeg skal droppe håndmelkinga helt og bare bruke pumpa eller om det er smart å kombinere', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nb', text: 'skal jeg bruke fingrene eller maskinen de lånte meg på sykehuset, eller begge deler', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nb', text: 'hun ligger i kuvøse, holder det med håndmelking eller må jeg pumpe i tillegg', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nn', text: 'er handmjølking like bra som brystpumpe', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nn', text: 'får eg meir ut over tid om eg brukar maskina enn om eg klemmer ut sjølv', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'en', text: 'hand vs pump for the long run, which builds the bigger supply', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'en', text: 'nicu gave me an electric machine but doing it with my fingers feels easier, is it ok to only do that', expected: { topic: 'hand-expression.vs-pump' } },

  // hand-expression.giving
  { locale: 'nb', text: 'har nå fått ut litt råmelk, men hvordan i all verden skal den over i den lille munnen hennes', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nb', text: 'har fått ut litt gult i en teskje nå, heller jeg det bare forsiktig inn mellom leppene eller finnes det en bedre måte', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nb', text: 'kan jeg samle opp råmelk i ei sprøyte og gi henne det', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nn', text: 'kva skal eg halde under brystet for å fange opp råmjølka medan eg klemmer, kopp eller sprøyte', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nn', text: 'eg har fått litt gult i ei lita skei, korleis gir eg det til han', expected: { topic: 'hand-expression.giving' } },
  { locale: 'en', text: 'how do i feed the colostrum to him, syringe or cup', expected: { topic: 'hand-expression.giving' } },
  { locale: 'en', text: 'those tiny yellow drops keep running down my hand, what should i be catching them with so i can give them to her after', expected: { topic: 'hand-expression.giving' } },

  // milk-storage
  { locale: 'nb', text: 'har en liten flaske utpumpa melk fra i går kveld i kjøleskapet, hvor mange døgn holder den seg', expected: { topic: 'milk-storage' } },
  { locale: 'nb', text: 'ble distrahert og lot flaska med utpumpa melk stå fremme på kjøkkenbenken i nesten 3 t, må den kastes', expected: { topic: 'milk-storage' } },
  { locale: 'nb', text: 'tok ut en pose fra fryseren men hun ville ikke ha alt, går det an å putte resten tilbake dit', expected: { topic: 'milk-storage' } },
  { locale: 'nn', text: 'kor lenge held morsmjølk seg i frysaren', expected: { topic: 'milk-storage' } },
  { locale: 'nn', text: 'har litt mjølk i kjøleskåpet frå måndag, kan ho få det no på torsdag', expected: { topic: 'milk-storage' } },
  { locale: 'en', text: 'how long does expressed breastmilk last at room temp', expected: { topic: 'milk-storage' } },
  { locale: 'en', text: 'i defrosted a bag yesterday morning and didnt use it all, can i still give it tonight', expected: { topic: 'milk-storage' } },

  // colostrum
  { locale: 'nb', text: 'jordmora sa det første som kommer heter råmelk, hva er det for noe egentlig', expected: { topic: 'colostrum' } },
  { locale: 'nb', text: 'det kommer bare litt gult klissete stoff, er det ordentlig melk det', expected: { topic: 'colostrum' } },
  { locale: 'nb', text: 'hvor lenge har man råmelk før det går over til vanlig melk', expected: { topic: 'colostrum' } },
  { locale: 'nn', text: 'berre nokre gule dropar av denne råmjølka, kva slags mjølk er det og er det meint å vere så lite', expected: { topic: 'colostrum' } },
  { locale: 'nn', text: 'eg lak litt gulaktig frå brystet alt medan eg var gravid, kva var det for noko', expected: { topic: 'colostrum' } },
  { locale: 'en', text: 'what even is colostrum, the nurses keep saying it', expected: { topic: 'colostrum' } },
  { locale: 'en', text: 'is that thick sticky yellow stuff the same as breast milk or something different', expected: { topic: 'colostrum' } },

  // milk-coming-in
  { locale: 'nb', text: 'fødte i forgårs, hvilken dag er det vanlig at melka kommer skikkelig', expected: { topic: 'milk-coming-in' } },
  { locale: 'nb', text: 'hvilke tegn på kroppen viser at melkeproduksjonen er i gang for fullt', expected: { topic: 'milk-coming-in' } },
  { locale: 'nb', text: 'det er dag 4 og puppene føles fortsatt akkurat som før, er det for seint nå', expected: { topic: 'milk-coming-in' } },
  { locale: 'nn', text: 'fødde med keisarsnitt måndag, kor mange døgn går det normalt før mjølka er her', expected: { topic: 'milk-coming-in' } },
  { locale: 'nn', text: 'brysta mine kjennest plutseleg tyngre og fullare i dag, har produksjonen kome i gang no', expected: { topic: 'milk-coming-in' } },
  { locale: 'en', text: 'when does ur milk actually come in, still only colostrum on day 2', expected: { topic: 'milk-coming-in' } },
  { locale: 'en', text: 'day 3 and suddenly everything feels heavier and fuller, does that mean my supply has switched on', expected: { topic: 'milk-coming-in' } },

  // feeding-frequency
  { locale: 'nb', text: 'hvor mange timer bør det gå mellom hver gang jeg ammer den lille nå i starten', expected: { topic: 'feeding-frequency' } },
  { locale: 'nb', text: 'hun vil ligge på brystet hver eneste time, er det for mye', expected: { topic: 'feeding-frequency' } },
  { locale: 'nb', text: 'hvor mange ganger i døgnet bør hun få pupp', expected: { topic: 'feeding-frequency' } },
  { locale: 'nn', text: 'skal eg leggje han til brystet etter klokka eller berre når han vil, og kor mange gonger blir det', expected: { topic: 'feeding-frequency' } },
  { locale: 'nn', text: 'er det normalt at han vil ete annakvar time heile natta', expected: { topic: 'feeding-frequency' } },
  { locale: 'en', text: 'whats a normal number of feeds in 24 hours for a baby thats only 2 days old', expected: { topic: 'feeding-frequency' } },
  { locale: 'en', text: 'how do i know shes hungry before she starts screaming', expected: { topic: 'feeding-frequency' } },

  // enough-milk
  { locale: 'nb', text: 'stresser sånn over om hun får i seg nok melk fra meg, hva kan jeg følge med på', expected: { topic: 'enough-milk' } },
  { locale: 'nb', text: 'hvordan kan jeg se at det faktisk havner noe i magen hans når han dier', expected: { topic: 'enough-milk' } },
  { locale: 'nb', text: 'kan ikke måle hva hun drikker fra brystet, hvordan vet jeg at det holder', expected: { topic: 'enough-milk' } },
  { locale: 'nn', text: 'mor mi meiner ho ikkje får nok mjølk av meg, korleis kan eg sjekke om det stemmer', expected: { topic: 'enough-milk' } },
  { locale: 'nn', text: 'kva teikn skal eg sjå etter for å vere trygg på at magen hans blir fylt', expected: { topic: 'enough-milk' } },
  { locale: 'en', text: 'my mum keeps hinting baby isnt getting enough from the breast, how would i actually know', expected: { topic: 'enough-milk' } },
  { locale: 'en', text: 'no idea how much is actually going in when i breastfeed, what signs show shes ok', expected: { topic: 'enough-milk' } },

  // diapers
  { locale: 'nb', text: 'hvilken farge skal bæsjen ha de første dagene', expected: { topic: 'diapers' } },
  { locale: 'nb', text: 'fant noe svart og seigt som tjære i bleia i natt, det er første døgnet hans, er det normalt', expected: { topic: 'diapers' } },
  { locale: 'nb', text: 'teller tissebleier, han er 3 døgn gammel, hvor mange er passe nå', expected: { topic: 'diapers' } },
  { locale: 'nn', text: 'no på fjerde dagen, kva slags farge er det meininga at innhaldet i bleia skal ha', expected: { topic: 'diapers' } },
  { locale: 'nn', text: 'det er brungrønt i bleia i dag, er det slik det skal vere', expected: { topic: 'diapers' } },
  { locale: 'en', text: 'keeping a tally of wet ones, she is 3 days old today, what number am i aiming for', expected: { topic: 'diapers' } },
  { locale: 'en', text: 'poop went from black tar to kind of greeny brown, is that the right order', expected: { topic: 'diapers' } },

  // pumping-frequency
  { locale: 'nb', text: 'hun ligger på nyfødt og jeg pumper på rommet, hvor mange timer kan det gå mellom hver gang', expected: { topic: 'pumping-frequency' } },
  { locale: 'nb', text: 'må jeg sette på maskinen om natta også eller kan jeg hoppe over natta', expected: { topic: 'pumping-frequency' } },
  { locale: 'nb', text: 'hvor mange ganger i døgnet bør man pummpe den første uka', expected: { topic: 'pumping-frequency' } },
  { locale: 'nn', text: 'guten ligg på nyfødtavdelinga så eg pumpar, kor lang tid kan det gå mellom øktene', expected: { topic: 'pumping-frequency' } },
  { locale: 'nn', text: 'kor mange gonger i døgnet skal eg kople meg til maskina, og må det vere begge sider samstundes', expected: { topic: 'pumping-frequency' } },
  { locale: 'en', text: 'baby is in the neonatal unit so im the one pumping, whats the right gap between sessions', expected: { topic: 'pumping-frequency' } },
  { locale: 'en', text: 'how many times in 24h should i be hooked up to the hospital machine', expected: { topic: 'pumping-frequency' } },

  // pumping-3x20
  { locale: 'nb', text: 'de tre siste pumpeøktene har jeg fått mer enn 20 ml hver gang, betyr det noe spesielt', expected: { topic: 'pumping-3x20' } },
  { locale: 'nb', text: 'pumpa på barsel har flere innstillinger, når er det på tide å gå over til en annen', expected: { topic: 'pumping-3x20' } },
  { locale: 'nb', text: 'maskinen ga 25 så 22 så 30 ml i dag, er det noe jeg skal endre på nå', expected: { topic: 'pumping-3x20' } },
  { locale: 'nn', text: 'kva tyder det når eg får minst 20 ml på pumpa tre gonger etter kvarandre', expected: { topic: 'pumping-3x20' } },
  { locale: 'nn', text: 'når skal eg gå over frå startprogrammet til det andre programmet', expected: { topic: 'pumping-3x20' } },
  { locale: 'en', text: 'three sessions back to back with over 20 ml each, midwife mentioned some rule about that, what now', expected: { topic: 'pumping-3x20' } },
  { locale: 'en', text: 'hospital machine has a start mode and an expression mode, when do i change over', expected: { topic: 'pumping-3x20' } },

  // breast-changes
  { locale: 'nb', text: 'brystene mine vokste nesten ikke i svangerskapet, betyr det at jeg ikke kan amme', expected: { topic: 'breast-changes' } },
  { locale: 'nb', text: 'hvor mye større blir puppene mens man er gravid', expected: { topic: 'breast-changes' } },
  { locale: 'nb', text: 'hva skjer egentlig inni brystet under graviditeten', expected: { topic: 'breast-changes' } },
  { locale: 'nn', text: 'brysta mine voks ikkje då eg var gravid, er det eit problem', expected: { topic: 'breast-changes' } },
  { locale: 'nn', text: 'kvifor vart puppane mine større først etter fødselen og ikkje før', expected: { topic: 'breast-changes' } },
  { locale: 'en', text: 'my boobs didnt get any bigger while i was pregnant, should i be worried', expected: { topic: 'breast-changes' } },
  { locale: 'en', text: 'what changes inside the breast during pregnancy to get ready for feeding', expected: { topic: 'breast-changes' } },

  // first-hour
  { locale: 'nb', text: 'hva bør vi prioritere rett etter at babyen er født, med tanke på amming', expected: { topic: 'first-hour' } },
  { locale: 'nb', text: 'er det poeng i å få henne naken oppå meg med en gang hun er født, eller kan de vaske og veie først', expected: { topic: 'first-hour' } },
  { locale: 'nb', text: 'hvorfor snakker alle om den første timen etter fødsel', expected: { topic: 'first-hour' } },
  { locale: 'nn', text: 'alle snakkar om hud mot hud med ein gong etter fødselen, kvifor det', expected: { topic: 'first-hour' } },
  { locale: 'nn', text: 'føder om to veker, kva bør vi gjere med ein gong ho er kome ut', expected: { topic: 'first-hour' } },
  { locale: 'en', text: 'making my birth plan, what matters most in that very first hour for getting feeding started', expected: { topic: 'first-hour' } },
  { locale: 'en', text: 'is it true hormones are super high right after delivery and thats why they put baby straight on your chest', expected: { topic: 'first-hour' } },

  // sore-nipples
  { locale: 'nb', text: 'gruer meg til hvert eneste måltid fordi brystvotene er helt ømme', expected: { topic: 'sore-nipples' } },
  { locale: 'nb', text: 'det gjør vondt hele tiden mens han dier, ikke bare i starten', expected: { topic: 'sore-nipples' } },
  { locale: 'nb', text: 'sprukne brystvorter, bør jeg korte ned tida ved brystet', expected: { topic: 'sore-nipples' } },
  { locale: 'nn', text: 'brystvortene mine er såre og sprokne, kva gjer eg', expected: { topic: 'sore-nipples' } },
  { locale: 'nn', text: 'det svir og stikk kvar gong ho byrjar å suge, og tuppen ser oppskrapa ut', expected: { topic: 'sore-nipples' } },
  { locale: 'en', text: 'both nipples cracked now and every feed is agony, anything that helps', expected: { topic: 'sore-nipples' } },
  { locale: 'en', text: 'it hurts like crazy the entire feed, toes curling, is that just how it is the first week', expected: { topic: 'sore-nipples' } },

  // engorgement
  { locale: 'nb', text: 'våknet med brystspreng i natt og er helt ødelagt, noen tips til lindring??', expected: { topic: 'engorgement' } },
  { locale: 'nb', text: 'puppene er steinharde og så stramme at hun ikke får tak, hjelp', expected: { topic: 'engorgement' } },
  { locale: 'nb', text: 'skal jeg bruke varmt eller kaldt på brystene når de er sprengfulle', expected: { topic: 'engorgement' } },
  { locale: 'nn', text: 'eg har fått brystspreng på dag 3, kva hjelper', expected: { topic: 'engorgement' } },
  { locale: 'nn', text: 'brysta er harde som murstein og dei verkjer, er det vanleg no når mjølka har kome', expected: { topic: 'engorgement' } },
  { locale: 'en', text: 'engorged and in pain, how do i get relief', expected: { topic: 'engorgement' } },
  { locale: 'en', text: 'boobs are rock hard swollen and tight like balloons about to pop, what do i do', expected: { topic: 'engorgement' } },

  // latch
  { locale: 'nb', text: 'hva skal jeg se etter for å vite at sugetaket hennes er bra nok', expected: { topic: 'latch' } },
  { locale: 'nb', text: 'han smatter og det klikker når han dier, sitter han riktig på', expected: { topic: 'latch' } },
  { locale: 'nb', text: 'hvordan skal munnen hans se ut når han ligger riktig til ved brystet', expected: { topic: 'latch' } },
  { locale: 'nn', text: 'korleis hjelper eg veslejenta å få heile munnen full av bryst og ikkje berre vorta', expected: { topic: 'latch' } },
  { locale: 'nn', text: 'det blir små søkk i kinna hans kvar gong han syg, har han feil tak', expected: { topic: 'latch' } },
  { locale: 'en', text: 'is there a checklist for whether shes on the breast properly, i cant see anything from up here', expected: { topic: 'latch' } },
  { locale: 'en', text: 'after every feed my nipple looks squashed like a new lipstick and kind of white, is she on wrong', expected: { topic: 'latch' } },

  // baby-weight
  { locale: 'nb', text: 'hun har gått ned 8 % siden fødselen, er det mye', expected: { topic: 'baby-weight' } },
  { locale: 'nb', text: 'hvor mange prosent av fødselsvekta er det greit at de mister før noen blir bekymret', expected: { topic: 'baby-weight' } },
  { locale: 'nb', text: 'han har gått litt ned, hvor lang tid tar det vanligvis før han har tatt det igjen', expected: { topic: 'baby-weight' } },
  { locale: 'nn', text: 'helsestasjonen vog ho i dag og ho hadde gått ned, kor mykje er innanfor det normale', expected: { topic: 'baby-weight' } },
  { locale: 'nn', text: 'ho vog 3600 g då ho kom og no 3350, er det greitt', expected: { topic: 'baby-weight' } },
  { locale: 'en', text: 'how much weight loss is normal in the first week', expected: { topic: 'baby-weight' } },
  { locale: 'en', text: 'born 3400g, weighed 3150g at the check today, is that a normal drop', expected: { topic: 'baby-weight' } },

  // where-to-get-help
  { locale: 'nb', text: 'hvem er det egentlig meningen at man skal ta kontakt med når ammingen er vanskelig', expected: { topic: 'where-to-get-help' } },
  { locale: 'nb', text: 'har noen et nummer jeg kan ringe når jeg står helt fast med ammingen', expected: { topic: 'where-to-get-help' } },
  { locale: 'nb', text: 'noen nevnte en frivillig gruppe med ammehjelpere, hvordan kommer jeg i kontakt med dem', expected: { topic: 'where-to-get-help' } },
  { locale: 'nn', text: 'eg treng nokon å snakke med om amminga, er det jordmora eller helsestasjonen eg skal ringje', expected: { topic: 'where-to-get-help' } },
  { locale: 'nn', text: 'kva nummer ringjer eg for å kome til legevakta', expected: { topic: 'where-to-get-help' } },
  { locale: 'en', text: 'just moved to norway and have no clue who to call when feeding goes wrong, midwife or someone else', expected: { topic: 'where-to-get-help' } },
  { locale: 'en', text: 'whats the difference between the helsestasjon and my fastlege, who do i call about feeding stuff', expected: { topic: 'where-to-get-help' } },

  // declined: near scope
  { locale: 'nb', text: 'tunga hennes er liksom festa helt fremme og blir hjerteformet når hun gråter, er det noe som må fikses', expected: { outside: 'tongue-tie' } },
  { locale: 'nn', text: 'bør tungebandet til veslejenta klippast', expected: { outside: 'tongue-tie' } },
  { locale: 'en', text: 'is there somewhere in oslo that clips tongue ties', expected: { outside: 'tongue-tie' } },
  { locale: 'nb', text: 'hvite flekker inni kinnene hans som ikke går bort når jeg tørker', expected: { outside: 'thrush' } },
  { locale: 'nn', text: 'kan eg ha fått sopp på brystvortene, og kva smører eg med', expected: { outside: 'thrush' } },
  { locale: 'en', text: 'itchy shiny pink nipples and shooting pain after feeds, could it be fungal', expected: { outside: 'thrush' } },
  { locale: 'nb', text: 'legen sier jeg har mastitt, hvor lenge må jeg gå på antibiotika', expected: { outside: 'mastitis' } },
  { locale: 'nn', text: 'eg har fått betennelse i brystet, korleis blir det behandla', expected: { outside: 'mastitis' } },
  { locale: 'en', text: 'how is mastitis treated, do i have to stop feeding on that side', expected: { outside: 'mastitis' } },
  { locale: 'nb', text: 'vondt etter fødselen, går det an å kombinere ibux og paracet mens jeg gir bryst', expected: { outside: 'medicines' } },
  { locale: 'nn', text: 'eg har vondt i hovudet, kva kan eg ta av tablettar når eg ammar', expected: { outside: 'medicines' } },
  { locale: 'en', text: 'how much ibuprofen can i take a day while nursing', expected: { outside: 'medicines' } },
  { locale: 'nb', text: 'hvor mange ml morsmelkerstatning skal en 3 dager gammel ha per måltid', expected: { outside: 'formula' } },
  { locale: 'nn', text: 'vi gir litt tillegg på flaske, kor mykje pulver skal det vere per gong', expected: { outside: 'formula' } },
  { locale: 'en', text: 'which brand of formula is closest to breast milk', expected: { outside: 'formula' } },
  { locale: 'nb', text: 'han sovner bare på meg, hvordan får jeg ham til å ligge i senga si', expected: { outside: 'sleep' } },
  { locale: 'nn', text: 'kor mange timar søv ein nyfødd i døgnet', expected: { outside: 'sleep' } },
  { locale: 'en', text: 'we keep ending up with baby in the big bed between us at night, is co sleeping ok', expected: { outside: 'sleep' } },
  { locale: 'nb', text: 'når får babyen de første stikkene på helsestasjonen', expected: { outside: 'vaccines' } },
  { locale: 'nn', text: 'fastlegen tilbyr meg influensavaksine no, går det bra sjølv om eg ammar', expected: { outside: 'vaccines' } },
  { locale: 'en', text: 'what jabs does a newborn get in norway and when', expected: { outside: 'vaccines' } },

  // declined: plainly outside the product
  { locale: 'nb', text: 'mannen min lurer på hvordan han søker pappapermisjon, hvor gjør man det', expected: { outside: null } },
  { locale: 'nb', text: 'trenger tips til en vogn som tåler grus og snø, noen merker å anbefale', expected: { outside: null } },
  { locale: 'nb', text: 'kan du gi meg en oppskrift på noe raskt til middag i kveld', expected: { outside: null } },
  { locale: 'nn', text: 'korleis melder eg namnet til barnet til skatteetaten', expected: { outside: null } },
  { locale: 'nn', text: 'kva blir vêret i bergen i morgon', expected: { outside: null } },
  { locale: 'nn', text: 'kan du foreslå nokre fine gutenamn som fungerer på både norsk og engelsk', expected: { outside: null } },
  { locale: 'en', text: 'whats a good car seat for a newborn', expected: { outside: null } },
  { locale: 'en', text: 'write me a funny text to send my sister announcing the baby', expected: { outside: null } },
  { locale: 'en', text: 'how do i get my partner to help more with the housework', expected: { outside: null } },
];
