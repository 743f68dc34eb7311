import type { FreshQuestion } from './fresh-check-set';

/**
 * A second held-out set of free questions, written on 2 December 2026 from /work/shared/TOPICS.md
 * (with GLOSSARY.md for the words) alone, after this round's tuning of the retrieval, by someone who
 * never saw the retrieval code, the answer texts or the other question sets.
 *
 * 105 questions in scope (5 per topic, nb/nn/en, typed the way a tired mother types on a phone at
 * night, about half without the topic's usual word) and 25 to decline (3 per near-scope subject,
 * 4 plainly out of scope). None of them names a red-flag sign: those are answered by urgent advice
 * before any topic is matched.
 *
 * It has never been used to decide anything, and must not be: no test asserts it, and its wording is
 * never to be copied into the index, the term lists or the synonyms. The bench prints only its
 * figures, never the questions, so that nobody tunes on it.
 */
export const HELD_OUT_DECEMBER_B: FreshQuestion[] = [
  // hand-expression.why
  { locale: 'nb', text: 'hvorfor sier alle at jeg burde lære meg håndmelking', expected: { topic: 'hand-expression.why' } },
  { locale: 'nb', text: 'jordmora mente jeg skulle øve på å få ut melk med fingrene selv om amminga går fint, hva er vitsen med det', expected: { topic: 'hand-expression.why' } },
  { locale: 'nn', text: 'kvifor er det lurt å kunne mjølke ut for hand', expected: { topic: 'hand-expression.why' } },
  { locale: 'en', text: 'whats the point of learning hand expression if im going to breastfeed anyway', expected: { topic: 'hand-expression.why' } },
  { locale: 'en', text: 'the nurse keeps telling me to practise squeezing milk out with my hands, why does that matter', expected: { topic: 'hand-expression.why' } },

  // hand-expression.how
  { locale: 'nb', text: 'hvordn melker man ut for hånd, jeg får det ikke til', expected: { topic: 'hand-expression.how' } },
  { locale: 'nb', text: 'hvor skal fingrene være når jeg prøver å klemme ut melk selv, det kommer ingenting når jeg klyper på vorta', expected: { topic: 'hand-expression.how' } },
  { locale: 'nn', text: 'korleis gjer eg handmjølking steg for steg', expected: { topic: 'hand-expression.how' } },
  { locale: 'nn', text: 'kor på brystet skal eg ha tommelen og fingrane når eg skal få ut mjølk sjølv', expected: { topic: 'hand-expression.how' } },
  { locale: 'en', text: 'how do i hand express properly do i squeeze the nipple or further back', expected: { topic: 'hand-expression.how' } },

  // hand-expression.when
  { locale: 'nb', text: 'når bør jeg begynne med håndmelking etter fødselen hvis babyen ligger på nyfødtintensiven', expected: { topic: 'hand-expression.when' } },
  { locale: 'nb', text: 'hvor ofte skal jeg klemme ut råmelk med hendene, må jeg gjøre det om natta og', expected: { topic: 'hand-expression.when' } },
  { locale: 'nn', text: 'kor tidleg etter fødselen bør eg starte med handmjølking', expected: { topic: 'hand-expression.when' } },
  { locale: 'en', text: 'how often shoud i be hand expressing in the first days, every few hours?', expected: { topic: 'hand-expression.when' } },
  { locale: 'en', text: 'baby is in special care and i cant hold her yet, when should i start getting milk out by hand', expected: { topic: 'hand-expression.when' } },

  // hand-expression.how-much
  { locale: 'nb', text: 'jeg håndmelker men får bare noen få dråpr er det normalt', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nb', text: 'dag en og det kommer bare bitte små perler når jeg klemmer ut selv, er det altfor lite', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nn', text: 'kor mykje bør eg få ut når eg mjølkar for hand dei første dagane', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'nn', text: 'eg fekk berre nokre dropar då eg prøvde å få ut mjølk med handa, er det vanleg så tidleg', expected: { topic: 'hand-expression.how-much' } },
  { locale: 'en', text: 'how many ml is normal per hand expressing session the first couple of days', expected: { topic: 'hand-expression.how-much' } },

  // hand-expression.vs-pump
  { locale: 'nb', text: 'er det bedre å håndmelke eller bruke pumpe', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nb', text: 'holder det å bruke hendene eller må jeg leie en sånn maskin, babyen er på neonatal', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'nn', text: 'bør eg både pumpe og mjølke ut for hand, eller held det med det eine', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'en', text: 'hand expression vs pump which one gets more milk', expected: { topic: 'hand-expression.vs-pump' } },
  { locale: 'en', text: 'is it ok to only use my hands to get the milk out or do i really need a machine too', expected: { topic: 'hand-expression.vs-pump' } },

  // hand-expression.giving
  { locale: 'nb', text: 'hvordan gir jeg babyen råmelken jeg har melket ut', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nb', text: 'har fått noen dråper i en skje, hvordan får jeg det i munnen på henne uten flaske', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nn', text: 'kva er best å samle råmjølka i, sprøyte eller skei', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nn', text: 'korleis skal eg mate han med det eg har klemt ut, skal det vere kopp eller noko anna', expected: { topic: 'hand-expression.giving' } },
  { locale: 'en', text: 'can i give colostrum with a syringe or does it have to be a cup', expected: { topic: 'hand-expression.giving' } },

  // milk-storage
  { locale: 'nb', text: 'hvor lenge kan pumpet melk stå i kjøleskapt', expected: { topic: 'milk-storage' } },
  { locale: 'nb', text: 'jeg glemte melka på benken i natt, kan jeg fortsatt gi den', expected: { topic: 'milk-storage' } },
  { locale: 'nn', text: 'kor lenge kan eg oppbevare morsmjølk i frysen', expected: { topic: 'milk-storage' } },
  { locale: 'en', text: 'how long is expressed breast milk ok at room temperature', expected: { topic: 'milk-storage' } },
  { locale: 'en', text: 'i defrosted a bag yesterday and didnt use it all can i put it back in the freezer', expected: { topic: 'milk-storage' } },

  // colostrum
  { locale: 'nb', text: 'hva er egentlig råmelk', expected: { topic: 'colostrum' } },
  { locale: 'nb', text: 'det som kommer ut er tykt og klissete nesten som honning, er det ordentlig melk eller noe annet', expected: { topic: 'colostrum' } },
  { locale: 'nn', text: 'kor lenge varer råmjølka før det blir vanleg mjølk', expected: { topic: 'colostrum' } },
  { locale: 'nn', text: 'det kjem litt klissete væske frå brystvortene og eg er berre i veke 32, er det mjølk alt', expected: { topic: 'colostrum' } },
  { locale: 'en', text: 'what is colostrum and how is it diffrent from normal milk', expected: { topic: 'colostrum' } },

  // milk-coming-in
  { locale: 'nb', text: 'når kommer melken egentlig, er på dag 2 nå', expected: { topic: 'milk-coming-in' } },
  { locale: 'nb', text: 'hvordan merker jeg at det har skjedd, at det blir ordentlig melk og ikke bare de små dråpene', expected: { topic: 'milk-coming-in' } },
  { locale: 'nn', text: 'det er fjerde dagen og mjølka har ikkje kome enno, er det for seint', expected: { topic: 'milk-coming-in' } },
  { locale: 'en', text: 'when does your milk come in after a c section', expected: { topic: 'milk-coming-in' } },
  { locale: 'en', text: 'day 3 and my boobs suddenly feel heavy and full, does that mean the real milk is here', expected: { topic: 'milk-coming-in' } },

  // feeding-frequency
  { locale: 'nb', text: 'hvor ofet skal en nyfødt ammes', expected: { topic: 'feeding-frequency' } },
  { locale: 'nb', text: 'hun vil ha pupp hele tiden nesten hver time, er det normalt', expected: { topic: 'feeding-frequency' } },
  { locale: 'nn', text: 'kor mange gonger i døgnet skal eg amme', expected: { topic: 'feeding-frequency' } },
  { locale: 'nn', text: 'kor lenge kan det gå mellom kvar gong ho får bryst', expected: { topic: 'feeding-frequency' } },
  { locale: 'en', text: 'how many times a day should a newborn breastfeed', expected: { topic: 'feeding-frequency' } },

  // enough-milk
  { locale: 'nb', text: 'hvordan vet jeg at babyen får nokk melk', expected: { topic: 'enough-milk' } },
  { locale: 'nb', text: 'jeg ser jo ikke hvor mye han drikker, hvordan kan jeg vite at han blir mett av puppen', expected: { topic: 'enough-milk' } },
  { locale: 'nn', text: 'korleis veit eg om ho får i seg nok mjølk', expected: { topic: 'enough-milk' } },
  { locale: 'en', text: 'worried im not making enough milk for him, how can i tell', expected: { topic: 'enough-milk' } },
  { locale: 'en', text: 'theres no way to see how much she drinks at the breast, what signs show shes getting what she needs', expected: { topic: 'enough-milk' } },

  // diapers
  { locale: 'nb', text: 'hvor mange våte bleier skal han ha på dag 3', expected: { topic: 'diapers' } },
  { locale: 'nb', text: 'dag 2 og bæsjen er helt svart og seig som tjære, er det farlig', expected: { topic: 'diapers' } },
  { locale: 'nn', text: 'kor mange bleier bør vi skifte i døgnet den første veka', expected: { topic: 'diapers' } },
  { locale: 'nn', text: 'bæsjen har gått frå svart til ein grønbrun farge, er det normalt', expected: { topic: 'diapers' } },
  { locale: 'en', text: 'how many wet and dirty nappies should a 4 day old have', expected: { topic: 'diapers' } },

  // pumping-frequency
  { locale: 'nb', text: 'hvor ofte må jeg pumpe når hun ligger på nyfødtavdelingen', expected: { topic: 'pumping-frequency' } },
  { locale: 'nb', text: 'må jeg virkelig stå opp om natta og bruke maskinen eller kan jeg ta en lang pause til morgenen', expected: { topic: 'pumping-frequency' } },
  { locale: 'nn', text: 'kor mange gonger i døgent skal eg pumpe', expected: { topic: 'pumping-frequency' } },
  { locale: 'en', text: 'how often should i pump if my baby is in the nicu', expected: { topic: 'pumping-frequency' } },
  { locale: 'en', text: 'im using the hospital machine on both sides every 4 hours, is that often enough', expected: { topic: 'pumping-frequency' } },

  // pumping-3x20
  { locale: 'nb', text: 'pumpa fra sykehuset har et eget startprogram, når skal jeg slutte med det', expected: { topic: 'pumping-3x20' } },
  { locale: 'nb', text: 'har fått over 20 ml tre ganger på rad nå, skal jeg bytte program', expected: { topic: 'pumping-3x20' } },
  { locale: 'nn', text: 'eg har fått meir enn 20 ml tre gonger etter kvarandre, kva gjer eg no', expected: { topic: 'pumping-3x20' } },
  { locale: 'nn', text: 'når skal eg byte frå oppstartsprogrammet på pumpa', expected: { topic: 'pumping-3x20' } },
  { locale: 'en', text: 'what does 3 x 20 ml mean for pumping', expected: { topic: 'pumping-3x20' } },

  // breast-changes
  { locale: 'nb', text: 'brystene mine har blitt mye større i svangerskapet er det normalt', expected: { topic: 'breast-changes' } },
  { locale: 'nb', text: 'puppene har ikke vokst noe selv om jeg er i uke 34, betyr det at jeg ikke får melk', expected: { topic: 'breast-changes' } },
  { locale: 'nn', text: 'kvifor endrar brysta seg så mykje når ein er gravid', expected: { topic: 'breast-changes' } },
  { locale: 'en', text: 'my breasts havent changed at all in pregnancy should i be worried', expected: { topic: 'breast-changes' } },
  { locale: 'en', text: 'bra size went up two cups since i got pregnant is that normal', expected: { topic: 'breast-changes' } },

  // first-hour
  { locale: 'nb', text: 'hva bør vi gjøre den første timen etter fødseln', expected: { topic: 'first-hour' } },
  { locale: 'nb', text: 'skal babyen ligge på brystet mitt med en gang hun er ute', expected: { topic: 'first-hour' } },
  { locale: 'nn', text: 'kvifor er den første timen etter fødselen så viktig for amminga', expected: { topic: 'first-hour' } },
  { locale: 'nn', text: 'kan eg ha ungen hud mot hud rett etter keisarsnittet og prøve å amme med ein gong', expected: { topic: 'first-hour' } },
  { locale: 'en', text: 'what should happen in the first hour after birth for breastfeeding', expected: { topic: 'first-hour' } },

  // sore-nipples
  { locale: 'nb', text: 'brystvortne er så såre at jeg gruer meg til hver amming', expected: { topic: 'sore-nipples' } },
  { locale: 'nb', text: 'det gjør så vondt i tuppen hele tiden hun suger fra start til slutt, skal det være sånn', expected: { topic: 'sore-nipples' } },
  { locale: 'nn', text: 'brystvortene mine har sprukke, kva gjer eg', expected: { topic: 'sore-nipples' } },
  { locale: 'en', text: 'my nipples are so sore and cracked is this normal in the first week', expected: { topic: 'sore-nipples' } },
  { locale: 'en', text: 'it hurts so much at the tip every time she feeds, should i make the feeds shorter', expected: { topic: 'sore-nipples' } },

  // engorgement
  { locale: 'nb', text: 'har fått brystspreng hva gjør jeg', expected: { topic: 'engorgement' } },
  { locale: 'nb', text: 'brystene er harde som stein og han klarer ikke å få tak', expected: { topic: 'engorgement' } },
  { locale: 'nn', text: 'brysta er så spente og harde at det verkjer, skal eg bruke kaldt eller varmt', expected: { topic: 'engorgement' } },
  { locale: 'nn', text: 'kva hjelper mot brystspreng', expected: { topic: 'engorgement' } },
  { locale: 'en', text: 'engorged and in pain, will pumping make it worse', expected: { topic: 'engorgement' } },

  // latch
  { locale: 'nb', text: 'hvordan ser et godt sugetak ut', expected: { topic: 'latch' } },
  { locale: 'nb', text: 'hun tar bare tuppen av vorta, hvordan får jeg henne til å ta mer av brystet', expected: { topic: 'latch' } },
  { locale: 'nn', text: 'korleis veit eg at sugetaket er bra', expected: { topic: 'latch' } },
  { locale: 'en', text: 'how do i know if my baby has a good latch', expected: { topic: 'latch' } },
  { locale: 'en', text: 'her cheeks suck in when she feeds and my nipple looks flat afterwards, is she on right', expected: { topic: 'latch' } },

  // baby-weight
  { locale: 'nb', text: 'babyen har gått ned 8 prosent er det farlig', expected: { topic: 'baby-weight' } },
  { locale: 'nb', text: 'når skal babyen være tilbake på fødselsvekta', expected: { topic: 'baby-weight' } },
  { locale: 'nn', text: 'ho har gått ned i vekt sidan fødselen, er det vanleg', expected: { topic: 'baby-weight' } },
  { locale: 'nn', text: 'han var lettare på helsestasjonen enn då han vart fødd, skal eg vere uroleg', expected: { topic: 'baby-weight' } },
  { locale: 'en', text: 'how much weight is normal for a newborn to loose', expected: { topic: 'baby-weight' } },

  // where-to-get-help
  { locale: 'nb', text: 'hvem kan jeg ringe hvis jeg trenger hjelp med ammingen', expected: { topic: 'where-to-get-help' } },
  { locale: 'nb', text: 'trenger noen å snakke med om puppen nå i helga, hvor går jeg', expected: { topic: 'where-to-get-help' } },
  { locale: 'nn', text: 'kven kan eg kontakte om eg treng hjelp med amminga', expected: { topic: 'where-to-get-help' } },
  { locale: 'en', text: 'who do i call for breastfeeding help in norway', expected: { topic: 'where-to-get-help' } },
  { locale: 'en', text: 'where can i find someone to talk to about feeding him, i have no idea who to ask', expected: { topic: 'where-to-get-help' } },

  // To decline: near-scope subjects
  { locale: 'nb', text: 'tror babyen har stramt tungebånd, bør det klippes', expected: { outside: 'tongue-tie' } },
  { locale: 'nn', text: 'ho får ikkje tunga ut forbi leppa, er det tungeband', expected: { outside: 'tongue-tie' } },
  { locale: 'en', text: 'should a tongue tie be snipped', expected: { outside: 'tongue-tie' } },

  { locale: 'nb', text: 'babyen har hvite flekker i munnen som ikke går bort, er det trøske', expected: { outside: 'thrush' } },
  { locale: 'nn', text: 'det klør i brystvortene og ungen har kvitt belegg på tunga, kan det vere sopp', expected: { outside: 'thrush' } },
  { locale: 'en', text: 'how do i treat thrush on my nipples', expected: { outside: 'thrush' } },

  { locale: 'nb', text: 'hvordan behandles mastitt', expected: { outside: 'mastitis' } },
  { locale: 'nn', text: 'kva gjer legen med brystbetennelse, må ein ha kur', expected: { outside: 'mastitis' } },
  { locale: 'en', text: 'how is mastitis treated', expected: { outside: 'mastitis' } },

  { locale: 'nb', text: 'kan jeg ta ibux når jeg ammer', expected: { outside: 'medicines' } },
  { locale: 'nn', text: 'kor mykje paracet kan eg ta når eg ammar', expected: { outside: 'medicines' } },
  { locale: 'en', text: 'is it safe to take antihistamines while breastfeeding', expected: { outside: 'medicines' } },

  { locale: 'nb', text: 'hvor mye morsmelkerstatning skal en 5 dager gammel baby ha', expected: { outside: 'formula' } },
  { locale: 'nn', text: 'kor mange ml morsmjølkerstatning skal ho ha i flaska', expected: { outside: 'formula' } },
  { locale: 'en', text: 'how much formula should i give per feed', expected: { outside: 'formula' } },

  { locale: 'nb', text: 'hvordan får jeg babyen til å sove i egen seng', expected: { outside: 'sleep' } },
  { locale: 'nn', text: 'korleis får eg han til å sovne om kvelden', expected: { outside: 'sleep' } },
  { locale: 'en', text: 'is it safe to cosleep with my newborn', expected: { outside: 'sleep' } },

  { locale: 'nb', text: 'hvilke vaksiner får babyen på helsestasjonen', expected: { outside: 'vaccines' } },
  { locale: 'nn', text: 'når får ungen den første vaksinen sin', expected: { outside: 'vaccines' } },
  { locale: 'en', text: 'when is the first vaccine for a newborn in norway', expected: { outside: 'vaccines' } },

  // To decline: plainly out of scope
  { locale: 'nb', text: 'hva er en god barnevogn for vinteren', expected: { outside: null } },
  { locale: 'nb', text: 'når kan jeg begynne å trene igjen etter fødselen', expected: { outside: null } },
  { locale: 'nn', text: 'kor lenge har ein rett på foreldrepengar', expected: { outside: null } },
  { locale: 'en', text: 'what should i pack in my hospital bag', expected: { outside: null } },
];
