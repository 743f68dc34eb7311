import type { FreshQuestion } from './fresh-check-set';

/**
 * Held-out set H, written on 3 December 2026 (round eight), before round eight's tuning, from
 * /work/shared/TOPICS.md and /work/shared/GLOSSARY.md alone (RULES.md only to leave its red-flag
 * signs out), by someone who never saw the retrieval code, the answers or the other question sets.
 * Written topic by topic in TOPICS.md's order: for each topic, one fact of its row at a time turned
 * into a mother's situation, seven questions per topic (3 bokmål, 2 nynorsk, 2 English), each meant
 * to be answered first by that topic and not by a neighbour. Then 3 declines per near-scope subject
 * named in TOPICS.md (a mix of nb, nn and en) and 9 plainly outside the product (everyday life,
 * other baby matters). Styles: typed on a phone at night, mostly lower case, few question marks,
 * typos and abbreviations, run-on sentences, often her situation instead of the topic's usual word,
 * sometimes context first; 3 to 30 words. No red-flag or urgent signs in the in-scope questions.
 * A word-overlap check (Jaccard over lower-cased words) against the string literals of the other
 * tests/knowledge sets, which printed only this set's indices, flagged 73 first drafts at >= 0.6
 * (mostly short, plain phrasings); they were reworded, with more of her situation, until none was.
 *
 * Never used to decide anything. Its wording must never be copied into the index, the term lists or
 * the synonym lists. bench/knowledge.ts prints only its figures, never its questions or misses.
 */
export const HELD_OUT_DECEMBER_H: FreshQuestion[] = [
  // hand-expression.why
  { locale: 'nb', text: 'jordmora på barsel sa jeg burde lære meg å melke ut med hendene før vi drar hjem men hva er egentlig vitsen når babyen ammer fint fra før', expected: { topic: 'hand-expression.why' } },
  { locale: 'nb', text: 'hvorfor skal man kunne håndmelke, er det noe alle trenger å kunne', expected: { topic: 'hand-expression.why' } },
  { locale: 'nb', text: 'skjønner ikke poenget med å klemme ut melk selv m hånda de første dagene, hva er det godt for', expected: { topic: 'hand-expression.why' } },
  { locale: 'nn', text: 'kvifor bør eg lære meg å mjølke ut for hand', expected: { topic: 'hand-expression.why' } },
  { locale: 'nn', text: 'er det noko vits i å kunne handmjølke når eg uansett skal bruke pumpe, kva er nytta med det', expected: { topic: 'hand-expression.why' } },
  { locale: 'en', text: 'why would i bother learning to express by hand whats the point', expected: { topic: 'hand-expression.why' } },
  { locale: 'en', text: 'everyone on the ward keeps telling me hand expressing is a good skill to have but why exactly', expected: { topic: 'hand-expression.why' } },

  // hand-expression.how
  { locale: 'nb', text: 'hvordn gjør jeg det når jeg skal melke ut for hånd, hvor skal fingrene ligge', expected: { topic: 'hand-expression.how' } },
  { locale: 'nb', text: 'prøver å få ut litt råmelk med hånda men får ingenting, tror jeg klemmer feil sted. kan du ta det steg for steg', expected: { topic: 'hand-expression.how' } },
  { locale: 'nb', text: 'skal jeg dra fingrene nedover mot vorta eller bare trykke inn, usikker på teknikken med håndmelking', expected: { topic: 'hand-expression.how' } },
  { locale: 'nn', text: 'korleis mjølkar ein ut for hand, kvar skal tommelen vere', expected: { topic: 'hand-expression.how' } },
  { locale: 'nn', text: 'fingrane mine glir berre rundt på brystet og ingenting skjer, kvar og korleis skal eg trykke for å få det til', expected: { topic: 'hand-expression.how' } },
  { locale: 'en', text: 'how do i actually hand express, where do my fingers go', expected: { topic: 'hand-expression.how' } },
  { locale: 'en', text: 'tried pinching the end of my nipple to get some milk out by hand and nothing comes whats the right way to hold it', expected: { topic: 'hand-expression.how' } },

  // hand-expression.when
  { locale: 'nb', text: 'når bør jeg begynne å melke ut for hånd hvis vi blir skilt rett etter fødselen', expected: { topic: 'hand-expression.when' } },
  { locale: 'nb', text: 'hvor mange ganger i døgnet skal jeg håndmelke, må det gjøres på natta og', expected: { topic: 'hand-expression.when' } },
  { locale: 'nb', text: 'hadde keisersnitt for litt siden og lille er på nyfødtavdelingen, hvor fort bør jeg starte å klemme ut med hendene', expected: { topic: 'hand-expression.when' } },
  { locale: 'nn', text: 'kor ofte skal eg mjølke ut for hand i løpet av døgnet', expected: { topic: 'hand-expression.when' } },
  { locale: 'nn', text: 'når skal eg byrje med handmjølking om ho ikkje kan liggje ved brystet etter fødselen', expected: { topic: 'hand-expression.when' } },
  { locale: 'en', text: 'how soon after birth should i start hand expressing if baby has to go to special care', expected: { topic: 'hand-expression.when' } },
  { locale: 'en', text: 'how many times a day am i meant to express by hand, do i need to set an alarm at night for it too', expected: { topic: 'hand-expression.when' } },

  // hand-expression.how-much
  { locale: 'nb', text: 'sitter her kl 3 og klemmer og det kommer typ tre gule perler totalt, skal det virkelig bare være så lite nå', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nb', text: 'hvor mye er vanlig å få ut med hånda første dagn', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nb', text: 'satt og håndmelka i 10 min og fikk kanskje 2 ml, er det altfor lite', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nn', text: 'fødde i går, kor mange ml er rimeleg å få ut med handa per gong', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nn', text: 'ser berre nokre glinsande perler på vorta etter handmjølkinga, held det i starten', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'en', text: 'only a few beads come out when i hand express is that enough or am i failing', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'en', text: 'how many ml should i expect each time i express by hand in the first couple of days', expected: { topic: 'hand-expression.how-much' } },

  // hand-expression.vs-pump
  { locale: 'nb', text: 'gir hånd eller maskin mest melk på sikt, vurderer å droppe pumpa', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nb', text: 'har bare brukt hendene hittil for å få ut melk, må jeg egentlig ha brystpumpe i tillegg', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nb', text: 'lønner det seg å gjøre begge deler både hånd og pumpe eller holder det med en av dem', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nn', text: 'kva er best, handmjølking eller brystpumpe', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nn', text: 'treng eg pumpe eller held det å mjølke ut med hendene sidan babyen ikkje kan amme enno', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'en', text: 'is it worth renting a hospital grade pump or can my hands do the job just as well', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'en', text: 'should i be using my hands and the pump together or is one of them enough', expected: { topic: 'hand-expression.vs-pump' } },

  // hand-expression.giving
  { locale: 'nb', text: 'fikk ut noen dråper råmelk nå, hvordan skal lillemann få dem i seg', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nb', text: 'hva skal jeg samle dråpene i når jeg melker ut, sprøyte eller noe sånt', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nb', text: 'skal jeg suge opp det jeg har melket ut med en sprøyte og dryppe det i munnen hennes, eller hvordan gjør folk', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nn', text: 'korleis gir eg dei dropane eg har mjølka ut til veslegutten', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nn', text: 'kva skal eg fange opp råmjølka i når eg mjølkar for hand', expected: { topic: 'hand-expression.giving' } },
  { locale: 'en', text: 'ive got a few drops in a little spoon now, whats the best way to feed them to him', expected: { topic: 'hand-expression.giving' } },
  { locale: 'en', text: 'what do i catch the drops in when im expressing, a cup? and then how does she drink it', expected: { topic: 'hand-expression.giving' } },

  // milk-storage
  { locale: 'nb', text: 'har 60 ml pumpet i går kveld på kjøl, hvor lenge før jeg må kaste det', expected: { topic: 'milk-storage' } },
  { locale: 'nb', text: 'la melka jeg pumpa på nattbordet kl 1 og nå er klokka 6, må den kastes', expected: { topic: 'milk-storage' } },
  { locale: 'nb', text: 'kan jeg fryse morsmelk på nytt etter at den er tint', expected: { topic: 'milk-storage' } },
  { locale: 'nn', text: 'kor mange månader kan eg ha mjølk liggjande i frysaren før ho blir for gammal', expected: { topic: 'milk-storage' } },
  { locale: 'nn', text: 'kan den utpumpa mjølka stå framme på kjøkkenbenken nokre timar før vi gir ho til babyen', expected: { topic: 'milk-storage' } },
  { locale: 'en', text: 'put the pumped bottle in the fridge on monday, is it still good on thursday', expected: { topic: 'milk-storage' } },
  { locale: 'en', text: 'defrosted a bag of frozen milk yesterday morning, can i still give it today', expected: { topic: 'milk-storage' } },

  // colostrum
  { locale: 'nb', text: 'hva er den første melka som kalles råmelk for noe, er den annerledes enn vanlig melk', expected: { topic: 'colostrum' } },
  { locale: 'nb', text: 'den første melka er så gul og tjukk og det er nesten ingenting av den, hva er det for noe', expected: { topic: 'colostrum' } },
  { locale: 'nb', text: 'lekker litt gulaktig væske fra brystene i uke 35, er det råmelk allerede', expected: { topic: 'colostrum' } },
  { locale: 'nn', text: 'jordmora snakka om kolostrum, kva er det eigentleg og kvifor er det så lite av det', expected: { topic: 'colostrum' } },
  { locale: 'nn', text: 'kor lenge varer råmjølka før ho går over til vanleg mjølk', expected: { topic: 'colostrum' } },
  { locale: 'en', text: 'what is colostrum exactly, midwife mentioned it', expected: { topic: 'colostrum' } },
  { locale: 'en', text: 'the first stuff that comes out is thick and golden and theres so little of it, is that colostrum and is the tiny amount ok', expected: { topic: 'colostrum' } },

  // milk-coming-in
  { locale: 'nb', text: 'fødte tirsdag morgen og nå er det torsdag, hvor lenge er det vanlig å vente på at melka kommer', expected: { topic: 'milk-coming-in' } },
  { locale: 'nb', text: 'hvilke tegn skal jeg se etter for å vite at melka er på plass', expected: { topic: 'milk-coming-in' } },
  { locale: 'nb', text: 'kjenner ikke at det har skjedd noe i brysta ennå, når pleier det å komme skikkelig melk', expected: { topic: 'milk-coming-in' } },
  { locale: 'nn', text: 'jordmora sa mjølka kjem om nokre dagar, men kor mange dagar etter fødselen er vanleg', expected: { topic: 'milk-coming-in' } },
  { locale: 'nn', text: 'korleis merkar eg at mjølka har kome, kjenner ingen skilnad enno', expected: { topic: 'milk-coming-in' } },
  { locale: 'en', text: 'still only colostrum on day 2, roughly what day will the proper milk turn up', expected: { topic: 'milk-coming-in' } },
  { locale: 'en', text: 'how will i know its happened, like what does it feel like when the milk arrives', expected: { topic: 'milk-coming-in' } },

  // feeding-frequency
  { locale: 'nb', text: 'hun er 3 dager og vi ammer når hun virker interessert, hvor mange timer skal det gå mellom hver gang', expected: { topic: 'feeding-frequency' } },
  { locale: 'nb', text: 'hvor mange ganger i døgnet bør jeg legge ho til brystet', expected: { topic: 'feeding-frequency' } },
  { locale: 'nb', text: 'hvordan ser jeg at babyen er sulten før han begynner å skrike', expected: { topic: 'feeding-frequency' } },
  { locale: 'nn', text: 'kor mange gonger i døgnet er det meininga at ein nyfødd skal få pupp', expected: { topic: 'feeding-frequency' } },
  { locale: 'nn', text: 'han vil ligge ved brystet kvar andre time, er det for ofte eller heilt vanleg', expected: { topic: 'feeding-frequency' } },
  { locale: 'en', text: 'shes 2 days old, how long should i leave between feeds', expected: { topic: 'feeding-frequency' } },
  { locale: 'en', text: 'how many times in 24 hrs should i be putting her on the breast', expected: { topic: 'feeding-frequency' } },

  // enough-milk
  { locale: 'nb', text: 'det er så vanskelig å vite hva hun får i seg fra puppen, finnes det tegn på at hun får i seg nok', expected: { topic: 'enough-milk' } },
  { locale: 'nb', text: 'er så redd hun ikke får i seg nok, hvordan kan jeg sjekke det', expected: { topic: 'enough-milk' } },
  { locale: 'nb', text: 'ammer og ammer men aner ikke om det kommer noe ut, får han nok', expected: { topic: 'enough-milk' } },
  { locale: 'nn', text: 'mor mi meiner eg ikkje har nok mjølk til han, korleis kan eg sjå at han faktisk får det han treng', expected: { topic: 'enough-milk' } },
  { locale: 'nn', text: 'er usikker på om ho får i seg nok når eg ammar, kva skal eg sjå etter', expected: { topic: 'enough-milk' } },
  { locale: 'en', text: 'worried my supply isnt keeping up, what signs show shes getting what she needs', expected: { topic: 'enough-milk' } },
  { locale: 'en', text: 'cant see how much shes drinking from the breast so how do i know shes had enough', expected: { topic: 'enough-milk' } },

  // diapers
  { locale: 'nb', text: 'tredje døgnet nå, hvor mange tissebleier er normalt å bytte i døgnet på denne alderen', expected: { topic: 'diapers' } },
  { locale: 'nb', text: 'bæsjen er helt svart og klissete er det normalt første dagen', expected: { topic: 'diapers' } },
  { locale: 'nb', text: 'bæsjen har gått fra svart til sånn grønnbrun, hvilken farge kommer etterpå', expected: { topic: 'diapers' } },
  { locale: 'nn', text: 'kva farge skal bæsjen ha dei første dagane', expected: { topic: 'diapers' } },
  { locale: 'nn', text: 'veit ikkje kor mange bleier med tiss som er vanleg for ein fire dagar gamal, kan du seie det', expected: { topic: 'diapers' } },
  { locale: 'en', text: 'how many wees a day is usual for a 3 day old, am counting the nappies', expected: { topic: 'diapers' } },
  { locale: 'en', text: 'his poo went from black tar to a greeny brown colour is that normal', expected: { topic: 'diapers' } },

  // pumping-frequency
  { locale: 'nb', text: 'hvor ofte skal jeg pumpe når babyen ikke kan ta brystet enda', expected: { topic: 'pumping-frequency' } },
  { locale: 'nb', text: 'pumper for en prematur som ligger i kuvøse, er det nødvendig å stå opp og pumpe om natta også', expected: { topic: 'pumping-frequency' } },
  { locale: 'nb', text: 'hvor mange pumpeøkter trenger jeg per døgn for å få opp produksjonen', expected: { topic: 'pumping-frequency' } },
  { locale: 'nn', text: 'eg pumpar no og då når eg hugsar det, er det eit visst tal gonger eg bør kome opp i', expected: { topic: 'pumping-frequency' } },
  { locale: 'nn', text: 'må eg stå opp om natta for å pumpe, eller held det om dagen', expected: { topic: 'pumping-frequency' } },
  { locale: 'en', text: 'exclusively pumping since birth, how many hours apart should sessions be', expected: { topic: 'pumping-frequency' } },
  { locale: 'en', text: 'babys in the nicu and im pumping for him, how many sessions a day should i do', expected: { topic: 'pumping-frequency' } },

  // pumping-3x20
  { locale: 'nb', text: 'har lest noe om 3 ganger 20 ml med pumpa, hva går det ut på', expected: { topic: 'pumping-3x20' } },
  { locale: 'nb', text: 'sykehuspumpa står på et slags startprogram, hvordan vet jeg at det er tid for å gå over til det andre', expected: { topic: 'pumping-3x20' } },
  { locale: 'nb', text: 'pumper rundt 25 ml hver gang nå de siste tre gangene, skal jeg gjøre noe annerledes med pumpeinnstillingen', expected: { topic: 'pumping-3x20' } },
  { locale: 'nn', text: 'pumpa mi har eit program for oppstart, kor lenge skal eg halde fram med det', expected: { topic: 'pumping-3x20' } },
  { locale: 'nn', text: 'tre økter på rad har eg fått over 20 ml kvar gong, skal eg endre noko på pumpa no', expected: { topic: 'pumping-3x20' } },
  { locale: 'en', text: 'got 20+ ml three pumps in a row does that mean im past the colostrum stage', expected: { topic: 'pumping-3x20' } },
  { locale: 'en', text: 'hospital pump is on the initiation setting, at what point do i move to the other one', expected: { topic: 'pumping-3x20' } },

  // breast-changes
  { locale: 'nb', text: 'bh-en passer ikke lenger etter noen måneder som gravid, er det vanlig at puppene vokser så mye', expected: { topic: 'breast-changes' } },
  { locale: 'nb', text: 'merka ingen forandring i brystene mens jeg var gravid, betyr det at jeg ikke får melk', expected: { topic: 'breast-changes' } },
  { locale: 'nb', text: 'hvor mye vokser egentlig puppene når man er gravid', expected: { topic: 'breast-changes' } },
  { locale: 'nn', text: 'kvifor veks brysta i svangerskapet', expected: { topic: 'breast-changes' } },
  { locale: 'nn', text: 'brysta vaks ikkje noko i svangerskapet men no etter fødselen har dei byrja, er det vanleg', expected: { topic: 'breast-changes' } },
  { locale: 'en', text: 'my chest stayed the same size the whole pregnancy, does that mean my body isnt ready to feed', expected: { topic: 'breast-changes' } },
  { locale: 'en', text: 'what actually happens inside the breasts during pregnancy, why do they get bigger', expected: { topic: 'breast-changes' } },

  // first-hour
  { locale: 'nb', text: 'hva skjer i kroppen min den første timen etter at babyen er født og hvorfor er den så viktig for ammingen', expected: { topic: 'first-hour' } },
  { locale: 'nb', text: 'skal føde neste uke, skal jeg legge babyen rett på brystet med en gang hun er ute', expected: { topic: 'first-hour' } },
  { locale: 'nb', text: 'hva bør vi gjøre helt rett etter fødselen for å komme godt i gang med ammingen', expected: { topic: 'first-hour' } },
  { locale: 'nn', text: 'kva bør skje den første timen etter at babyen er fødd', expected: { topic: 'first-hour' } },
  { locale: 'nn', text: 'er det viktig med hud mot hud med ein gong etter fødselen', expected: { topic: 'first-hour' } },
  { locale: 'en', text: 'making a list for the hospital bag and wondering what we should do with him right after hes out so feeding starts well', expected: { topic: 'first-hour' } },
  { locale: 'en', text: 'csection booked for friday and they said maybe he goes straight on my chest after, is that really so important for getting the first feed going', expected: { topic: 'first-hour' } },

  // sore-nipples
  { locale: 'nb', text: 'gruer meg hver gang han skal på puppen, vortene er helt oppskrapte og ømme', expected: { topic: 'sore-nipples' } },
  { locale: 'nb', text: 'vorta har sprukket, tips?', expected: { topic: 'sore-nipples' } },
  { locale: 'nb', text: 'gjør vondt i vortene hele tida mens hun dier, er det sånn det skal være i starten', expected: { topic: 'sore-nipples' } },
  { locale: 'nn', text: 'vortene verkar så mykje etter amming at eg grin, er det vanleg den første veka', expected: { topic: 'sore-nipples' } },
  { locale: 'nn', text: 'det svir i vortene etter kvar amming, bør eg korte ned tida ved brystet', expected: { topic: 'sore-nipples' } },
  { locale: 'en', text: 'toes curling every time she goes on, nipples are raw, is that just part of the first week', expected: { topic: 'sore-nipples' } },
  { locale: 'en', text: 'theres a little crack on my nipple and it stings every time she feeds', expected: { topic: 'sore-nipples' } },

  // engorgement
  { locale: 'nb', text: 'brysta er harde som stein og vonde, melka kom i går', expected: { topic: 'engorgement' } },
  { locale: 'nb', text: 'så stramme og overfulle bryster at babyen ikke får tak, hva gjør jeg', expected: { topic: 'engorgement' } },
  { locale: 'nb', text: 'stappfulle steinharde pupper, tips', expected: { topic: 'engorgement' } },
  { locale: 'nn', text: 'brysta er harde og spente og gjer vondt, kva hjelper', expected: { topic: 'engorgement' } },
  { locale: 'nn', text: 'skal eg bruke varme eller kulde når brysta er så overfylte', expected: { topic: 'engorgement' } },
  { locale: 'en', text: 'my breasts r rock hard n swollen since yesterday what helps', expected: { topic: 'engorgement' } },
  { locale: 'en', text: 'is warm or cold better for engorged boobs', expected: { topic: 'engorgement' } },

  // latch
  { locale: 'nb', text: 'hvordan vet jeg at babyen har godt tak på bryste', expected: { topic: 'latch' } },
  { locale: 'nb', text: 'kinnene hans blir sånn innsugd med groper når han dier, er det feil', expected: { topic: 'latch' } },
  { locale: 'nb', text: 'hvordan får jeg henne til å ta mer av brystet inn i munnen', expected: { topic: 'latch' } },
  { locale: 'nn', text: 'kva skal eg sjå etter for å vite at munnen hans sit rett på brystet', expected: { topic: 'latch' } },
  { locale: 'nn', text: 'ho tek berre tuppen av vorta, korleis får eg ho til å gape meir', expected: { topic: 'latch' } },
  { locale: 'en', text: 'whats a proper latch supposed to look like, chin lips etc', expected: { topic: 'latch' } },
  { locale: 'en', text: 'her lips look tucked in when shes on the breast, how should her mouth actually be', expected: { topic: 'latch' } },

  // baby-weight
  { locale: 'nb', text: 'hun veide 3400 ved fødsel og nå 3150, er det vanlig nedgang', expected: { topic: 'baby-weight' } },
  { locale: 'nb', text: 'helsestasjonen veide ham og han har gått ned litt, hvor mange prosent er greit', expected: { topic: 'baby-weight' } },
  { locale: 'nb', text: 'hvor lang tid pleier det å ta før de har tatt igjen vekta fra fødselen', expected: { topic: 'baby-weight' } },
  { locale: 'nn', text: 'veslejenta har mista litt vekt sidan ho vart fødd, er det vanleg', expected: { topic: 'baby-weight' } },
  { locale: 'nn', text: 'kor lang tid tek det før babyen er attende på fødselsvekta', expected: { topic: 'baby-weight' } },
  { locale: 'en', text: 'baby lost wieght since birth is that normal', expected: { topic: 'baby-weight' } },
  { locale: 'en', text: 'he dropped from 3.6 to 3.4 kg since we left hospital, how much loss is too much', expected: { topic: 'baby-weight' } },

  // where-to-get-help
  { locale: 'nb', text: 'trenger noen som kan se på at jeg ammer, hvem kan jeg ringe', expected: { topic: 'where-to-get-help' } },
  { locale: 'nb', text: 'klokka er 2 og jeg trenger å snakke med noen om ammingen, finnes det et sted å ringe nå', expected: { topic: 'where-to-get-help' } },
  { locale: 'nb', text: 'kom hjem fra sykehuset i går og plutselig er det ingen å spørre, hvem tar jeg kontakt med når jeg lurer på noe rundt ammingen nå', expected: { topic: 'where-to-get-help' } },
  { locale: 'nn', text: 'finst det nokon eg kan ringje til om amminga ikkje går, til dømes helsestasjonen eller andre', expected: { topic: 'where-to-get-help' } },
  { locale: 'nn', text: 'kvar får eg hjelp når eg slit med å amme', expected: { topic: 'where-to-get-help' } },
  { locale: 'en', text: 'who can i ring for bf help', expected: { topic: 'where-to-get-help' } },
  { locale: 'en', text: 'where do i get support if things arent going well with feeding, is there anyone to talk to', expected: { topic: 'where-to-get-help' } },

  // declined: near scope
  { locale: 'nb', text: 'lurer på om jenta har kort tungebånd, hvem klipper det og gjør det vondt', expected: { outside: 'tongue-tie' } },
  { locale: 'nn', text: 'kan stramt tungeband vere grunnen til at ho slit med å få tak', expected: { outside: 'tongue-tie' } },
  { locale: 'en', text: 'midwife thinks hes tongue tied, is the snip procedure worth it', expected: { outside: 'tongue-tie' } },
  { locale: 'nb', text: 'babyen har fått belegg på tunga som ikke tørkes bort, kan det være sopp', expected: { outside: 'thrush' } },
  { locale: 'nn', text: 'kva kan eg smøre på vortene mot sopp', expected: { outside: 'thrush' } },
  { locale: 'en', text: 'shooting pain in my nipples and baby has a white mouth, is it thrush and how do we treat it', expected: { outside: 'thrush' } },
  { locale: 'nb', text: 'hvilken antibiotika får man mot brystbetennelse', expected: { outside: 'mastitis' } },
  { locale: 'nn', text: 'fekk påvist mastitt i dag, kor lenge varer kuren og kva tablettar får ein', expected: { outside: 'mastitis' } },
  { locale: 'en', text: 'how is mastitis treated, do you always need antibiotics', expected: { outside: 'mastitis' } },
  { locale: 'nb', text: 'har vondt etter fødselen, er det greit å ta ibux når man fullammer', expected: { outside: 'medicines' } },
  { locale: 'nn', text: 'tek paracetamol mot etterriene, kor mykje går an medan eg ammar', expected: { outside: 'medicines' } },
  { locale: 'en', text: 'hay fever is awful, which antihistamine tablets are ok with a breastfed baby', expected: { outside: 'medicines' } },
  { locale: 'nb', text: 'skal gi litt mme i tillegg, hvor mange ml per flaske for en på fire dager', expected: { outside: 'formula' } },
  { locale: 'nn', text: 'kor mange flasker erstatning skal ein nyfødd ha på eit døgn', expected: { outside: 'formula' } },
  { locale: 'en', text: 'doing combo feeding, how many ounces of formula per bottle at this age', expected: { outside: 'formula' } },
  { locale: 'nb', text: 'hva er tryggeste sovestilling for en nyfødt', expected: { outside: 'sleep' } },
  { locale: 'nn', text: 'ho søv berre på magen min, korleis kan eg lære ho å sove i senga si', expected: { outside: 'sleep' } },
  { locale: 'en', text: 'is it ok for her to sleep in our bed with us', expected: { outside: 'sleep' } },
  { locale: 'nb', text: 'hvilke vaksiner tilbys babyen på helsestasjonen og når er den første', expected: { outside: 'vaccines' } },
  { locale: 'nn', text: 'kva vaksinar får ein nyfødd i barnevaksinasjonsprogrammet', expected: { outside: 'vaccines' } },
  { locale: 'en', text: 'is the rotavirus vaccine given in the first weeks or later', expected: { outside: 'vaccines' } },

  // declined: plainly outside the product
  { locale: 'nb', text: 'hvilken barnevogn er best til vinterbruk', expected: { outside: null } },
  { locale: 'nb', text: 'navlestumpen henger fortsatt på, hvordan steller jeg den', expected: { outside: null } },
  { locale: 'nb', text: 'hvor mye får man i foreldrepenger og når må jeg søke', expected: { outside: null } },
  { locale: 'nb', text: 'kan vi gå tur ute med babyen når det er minus ti grader', expected: { outside: null } },
  { locale: 'nn', text: 'når er det greitt å byrje å springe igjen etter ein vanleg fødsel', expected: { outside: null } },
  { locale: 'nn', text: 'kor ofte bør ein bade ein nyfødd', expected: { outside: null } },
  { locale: 'en', text: 'how do i cut my newborns nails without hurting her', expected: { outside: null } },
  { locale: 'en', text: 'recommend a car seat that fits an isofix base for a newborn', expected: { outside: null } },
  { locale: 'en', text: 'my partner and i keep arguing about baby names, any tips', expected: { outside: null } },
];
