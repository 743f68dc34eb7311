import type { TopicId } from './topic-ids';

/**
 * Hand-written words and example questions per topic (bokmål, nynorsk, English), indexed
 * beside the answer texts so that questions find their topic even when they share few
 * words with the answer. Written from the topic list, never from the evaluation set.
 */
export interface TopicTerms {
  /** The topic's own words: a question that names its topic uses one of them. */
  keywords: string[];
  /**
   * The everyday words a mother uses for the topic's facts (TOPICS.md) when she describes what
   * happens instead of naming the topic: the fridge and the counter for storage, wet and colours
   * for diapers, clicking and cheeks for the latch. Indexed in a field of their own, so that they
   * neither dilute the keywords nor outweigh them.
   */
  everyday: string[];
  phrasings: string[];
}

export const TOPIC_TERMS: Record<TopicId, TopicTerms> = {
  'hand-expression.why': {
    keywords: ['hvorfor håndmelking', 'nyttig', 'ferdighet', 'vits', 'lære', 'fordel', 'kvifor handmjølking', 'why hand expression', 'skill', 'benefit', 'learn'],
    everyday: [
      'øve', 'øving', 'practise', 'practice', 'selv', 'sjølv', 'myself',
    ],
    phrasings: [
      'hvorfor skal jeg lære å melke ut for hånd',
      'hva er vitsen med håndmelking',
      'trenger jeg å kunne håndmelke',
      'er det nyttig å lære håndmelking',
      'hvorfor anbefaler de å melke ut med hendene',
      'kvifor skal eg lære å mjølke ut for hand',
      'er det nyttig å kunne handmjølke',
      'why should I learn hand expression',
      'what is the point of hand expressing',
    ],
  },
  'hand-expression.how': {
    keywords: ['hvordan håndmelke', 'teknikk', 'grep', 'tommel', 'c-grep', 'trykke', 'klemme', 'massasje', 'massere', 'steg for steg', 'fingrene', 'korleis handmjølke', 'how to hand express', 'technique', 'squeeze', 'thumb'],
    everyday: [
      'selv', 'sjølv', 'myself', 'fingrene', 'where to press', 'hvor skal jeg trykke', 'bak vorta', 'behind the nipple', 'rytme', 'rhythm', 'rotere',
      // in the first days what she presses out is colostrum (TOPICS.md)
      'få ut råmelk', 'få ut råmjølk', 'get colostrum out',
      // the steps, in the words a mother uses for them (TOPICS.md)
      'areola', 'areolaen', 'vortegården', 'brystvortegården', 'c shape', 'press back', 'push back', 'pinch', 'klype', 'massage', 'massere',
    ],
    phrasings: [
      'hvordan melker jeg ut for hånd',
      'hvordan håndmelker man',
      'hvordan får jeg ut melk med hendene',
      'hvor skal jeg plassere fingrene når jeg håndmelker',
      'kan du forklare håndmelking steg for steg',
      'jeg får det ikke til å melke ut for hånd',
      'korleis mjølkar eg ut for hand',
      'korleis gjer eg handmjølking',
      'how do I hand express',
      'how do I express milk by hand',
      'where do I put my fingers to express',
    ],
  },
  'hand-expression.when': {
    keywords: ['når håndmelke', 'begynne', 'starte', 'hvor ofte håndmelke', 'ganger i døgnet', 'hvor mange ganger', 'om natten', 'når byrje', 'kor mange gonger', 'how many times', 'when to hand express', 'how often hand express', 'start'],
    everyday: [
      'nyfødtintensiv', 'kuvøse', 'nicu', 'dier ikke', 'vil ikke ta brystet', 'not feeding', 'wont feed', 'hvor snart', 'kor snart', 'selv', 'sjølv', 'myself',
      // apart from her baby, in the words of a UK or US ward
      'special care', 'intensive care', 'neonatal unit',
      // once at night too (TOPICS.md): waking for it
      'våkne om natta', 'vakne om natta', 'wake up at night',
      // within 1–2 hours of the birth (TOPICS.md)
      'etter fødselen', 'after the birth',
    ],
    phrasings: [
      'når skal jeg begynne å håndmelke',
      'hvor ofte skal jeg melke ut for hånd',
      'hvor mange ganger om dagen bør jeg håndmelke',
      'må jeg håndmelke om natten også',
      'babyen dier ikke, når skal jeg begynne å melke ut',
      'når skal eg byrje med handmjølking',
      'kor ofte skal eg mjølke ut for hand',
      'when should I start hand expressing',
      'how often should I hand express',
      'do I need to hand express at night',
    ],
  },
  'hand-expression.how-much': {
    keywords: ['hvor mye håndmelke', 'dråper', 'bare noen dråper', 'lite', 'mengde', 'ml', 'nesten ingenting', 'kor mykje', 'drops', 'how much colostrum', 'amount'],
    everyday: [
      'teskje', 'perler', 'beads', 'dråpevis', 'bare litt', 'nesten ingenting', 'nothing comes', 'only a little', 'berre litt', 'selv', 'sjølv', 'myself',
      // what to expect (TOPICS.md)
      'forvente', 'forventa', 'expect', 'expected',
      // a few ml per session in the first days (TOPICS.md); «the first» alone is not the first hour
      'de første dagene', 'dei første dagane', 'the first days', 'the first few days',
      // so little, in everyday words
      'a few drops', 'next to nothing', 'so little', 'så lite', 'knapt noe', 'nesten ikke noe', 'nesten ikkje noko',
    ],
    phrasings: [
      'hvor mye råmelk får man ut',
      'jeg får bare noen dråper når jeg melker ut',
      'er det normalt å få så lite',
      'hvor mange ml er vanlig de første dagene',
      'det kommer nesten ingenting når jeg håndmelker',
      'er noen få dråper nok i starten',
      'kor mykje råmjølk er vanleg å få ut',
      'eg får berre nokre dropar',
      'how much colostrum should I get',
      'I only get a few drops when I express',
      'is it normal to get so little',
    ],
  },
  'hand-expression.vs-pump': {
    keywords: ['hånd eller pumpe', 'pumpe eller hånd', 'bedre', 'kombinere', 'begge deler', 'trenger jeg pumpe', 'hand eller pumpe', 'hand or pump', 'which is better', 'combine'],
    everyday: [
      'maskin', 'machine', 'leie pumpe', 'kjøpe pumpe', 'rent a pump', 'hire a pump', 'buy a pump', 'leige pumpe', 'fingrene', 'hendene', 'hands', 'selv', 'sjølv',
      'myself',
      // a pump instead of her hands, and which pump
      'instead of', 'i stedet for', 'istedenfor', 'i staden for', 'versus', 'vs', 'hospital grade', 'sykehuspumpe', 'låne pumpe', 'borrow a pump', 'manual pump', 'håndpumpe',
    ],
    phrasings: [
      'er det bedre å håndmelke eller å bruke pumpe',
      'holder det med håndmelking eller trenger jeg pumpe',
      'bør jeg bruke brystpumpe i stedet for hånden',
      'kan jeg kombinere håndmelking og pumping',
      'er det betre å mjølke for hand eller pumpe',
      'treng eg brystpumpe eller held det med handa',
      'is hand expression better than a pump',
      'should I use a pump or my hands',
      'can I do both hand expression and pumping',
    ],
  },
  'hand-expression.giving': {
    keywords: ['gi råmelk', 'sprøyte', 'skje', 'kopp', 'samle', 'mate', 'koppmating', 'uten flaske', 'skei', 'syringe', 'spoon', 'cup', 'collect', 'give colostrum', 'without a bottle'],
    everyday: [
      'munnen', 'teskje', 'koppen', 'little cup', 'dråpene', 'the drops', 'gi det til',
      // collecting the drops (TOPICS.md), in her words
      'samle opp', 'fange opp', 'catch', 'catch the drops',
      // getting the drops into the baby without spilling them (TOPICS.md: collect, then give by syringe, cup or spoon)
      'into her mouth', 'into his mouth', 'inn i munnen', 'i munnen hennes', 'i munnen hans', 'finger feeding', 'fingermating', 'cup feeding', 'spoon feeding', 'syringe feeding', 'spill', 'spilling', 'spilt', 'waste', 'wasting', 'søle', 'søler', 'sølt', 'dribble', 'dribbling', 'harvest', 'harvesting', 'fange', 'fanger',
    ],
    phrasings: [
      'hvordan gir jeg råmelken til babyen',
      'hva samler jeg råmelken i',
      'kan jeg gi melken med sprøyte',
      'hvordan mate med skje eller kopp',
      'hva gjør jeg med råmelken jeg har melket ut',
      'korleis gir eg råmjølka til babyen',
      'kan eg bruke sprøyte eller skei',
      'how do I give colostrum to my baby',
      'what do I collect colostrum in',
      'can I feed expressed colostrum with a syringe',
    ],
  },
  'milk-storage': {
    keywords: ['oppbevare', 'oppbevaring', 'lagre', 'kjøleskap', 'fryse', 'fryser', 'holdbar', 'romtemperatur', 'tine', 'tint', 'hvor lenge holder', 'ta vare på', 'kjøleskåp', 'frysar', 'storage', 'fridge', 'freezer', 'thaw', 'store', 'keep', 'råmelk', 'kolostrum', 'råmjølk', 'colostrum', 'stå'],
    everyday: [
      'benk', 'benken', 'kjøkkenbenk', 'counter', 'room temperature', 'kjøl', 'kjølen', 'kjøleskapet', 'fryseren', 'frysaren', 'tine', 'thawed', 'fryse igjen',
      'fryse på nytt', 'refreeze', 'pose', 'poser', 'posar', 'bag', 'bags', 'flaske', 'flaska', 'bottle', 'hvor lenge kan', 'kor lenge kan', 'stå ute', 'left out',
      'stått', 'timer', 'dager', 'måneder', 'hours', 'days', 'months', 'hvor lenge holder', 'kor lenge held', 'gammel', 'old', 'gå ut på dato', 'go off', 'gone off',
      'sur', 'sour', 'glemte', 'glemt', 'gløymde', 'gløymt', 'forgot', 'forgotten', 'ute i natt', 'over natta', 'overnight', 'all night',
      // keeping it, in everyday words (TOPICS.md: room temperature, fridge, freezer, thawed)
      'freezer bags', 'stash', 'sprøyter', 'syringes', 'freezer stash', 'sat out', 'sitting out', 'stay', 'stays', 'stay good', 'last', 'lasts', 'leftover', 'leftovers', 'spoil', 'spoiled', 'spoilt', 'expire', 'expired', 'use by', 'room temp', 'cooler bag', 'kjølebag', 'kjøleveske',
    ],
    phrasings: [
      'hvor lenge holder utpumpet melk',
      'hvor lenge kan melk stå i kjøleskapet',
      'kan jeg fryse morsmelk',
      'hvordan oppbevarer jeg melken',
      'kan tint melk fryses igjen',
      'hvor lenge kan melka stå på benken',
      'kor lenge held mjølka seg i kjøleskåpet',
      'kan eg frysa mjølk',
      'how long does breast milk keep',
      'how long can I store milk in the fridge',
      'can I refreeze thawed milk',
    ],
  },
  colostrum: {
    keywords: ['råmelk', 'kolostrum', 'råmjølk', 'hva er råmelk', 'første melken', 'overgangsmelk', 'colostrum', 'what is colostrum', 'first milk', 'transitional'],
    everyday: [
      'gul', 'gult', 'yellow', 'tykk', 'tykt', 'tjukt', 'thick', 'seig', 'sticky', 'before the milk',
      // what she sees come out, described by its colour and feel: a yellow, thick milk or fluid
      'væske', 'væska', 'fluid', 'liquid', 'gul melk', 'gul mjølk', 'yellow milk', 'tykk melk', 'tjukk mjølk', 'thick milk',
      // what comes out of the breast in the first days, before the milk comes in (TOPICS.md)
      'de første dagene', 'dei første dagane', 'the first days', 'the first few days', 'det som kommer ut', 'det som kjem ut', 'what comes out',
      // small amounts (TOPICS.md)
      'nesten ingenting', 'nesten ikkje noko', 'next to nothing',
      // its other names, and how it turns into milk (TOPICS.md)
      'liquid gold', 'early milk', 'moden melk', 'moden mjølk', 'mature milk', 'turns white', 'blir hvit', 'vert kvit',
    ],
    phrasings: [
      'hva er råmelk',
      'hva er kolostrum',
      'hva er den første melken',
      'lager jeg råmelk allerede',
      'når går råmelken over til vanlig melk',
      'kva er råmjølk',
      'kva er overgangsmjølk',
      'what is colostrum',
      'when does colostrum turn into milk',
    ],
  },
  'milk-coming-in': {
    keywords: ['når kommer melken', 'melken kommer inn', 'fulle bryster', 'tunge bryster', 'melken har kommet', 'sekretorisk aktivering', 'laktogenese', 'kjem mjølka', 'milk come in', 'milk comes in', 'milk in'],
    everyday: [
      'myke', 'myk', 'mjuke', 'soft', 'tunge', 'heavy', 'fulle', 'fuller', 'dag tre', 'dag 3', 'day 3', 'day three',
      'kjennes', 'feel', 'ingenting skjer', 'nothing happening', 'snart', 'soon',
      // 24 to 120 hours after the birth (TOPICS.md), counted from it
      'etter fødselen', 'after the birth', 'since the birth', 'siden fødselen', 'sidan fødselen',
      // the breasts changing after the birth, or not yet (TOPICS.md: fuller, heavier, more milk)
      'no change', 'ingen forandring', 'ingen endring', 'inga endring', 'inga forandring', 'filling up', 'fylles', 'fyllast', 'delayed', 'forsinket',
    ],
    phrasings: [
      'når kommer melken',
      'når kommer melken inn',
      'hvordan vet jeg at melken har kommet',
      'melken har ikke kommet ennå',
      'hvor lang tid tar det før melken kommer',
      'brystene er fulle og tunge, har melken kommet',
      'når kjem mjølka',
      'mjølka har ikkje kome enno',
      'when will my milk come in',
      'how do I know my milk has come in',
      'my milk has not come in yet',
    ],
  },
  'feeding-frequency': {
    keywords: ['hvor ofte amme', 'ammefrekvens', 'hver andre time', 'hver tredje time', 'ganger i døgnet', 'hvor mange ganger', 'kor mange gonger', 'how many times', 'tegn på sult', 'sultsignaler', 'kor ofte amme', 'how often feed', 'how often breastfeed', 'hunger cues'],
    everyday: [
      'hele tiden', 'heile tida', 'all the time', 'ved brystet', 'på brystet', 'pupp', 'om natten', 'om natta', 'at night', 'konstant', 'constantly', 'igjen', 'again',
      'vekke', 'vekkje', 'wake', 'mellom', 'between', 'timer mellom', 'hours between', 'hver time', 'every hour', 'sulten', 'svolten', 'hungry', 'for tidlig',
      'too soon', 'klyngemating', 'cluster feeding', 'lenge siden', 'last feed', 'every feed', 'hvert måltid',
      // how often, in the first week she is in
      'den første uka', 'den fyrste veka', 'the first week', 'de første dagene', 'the first days',
      // feeding by the baby's cues or the clock
      'on demand', 'etter behov', 'by the clock', 'routine', 'rutine', 'rooting', 'roots', 'spacing',
    ],
    phrasings: [
      'hvor ofte skal jeg amme',
      'hvor ofte skal babyen spise',
      'hvor mange ganger i døgnet skal hun die',
      'hvor lenge kan det gå mellom hver amming',
      'hvordan ser jeg at babyen er sulten',
      'kor ofte skal eg amme',
      'kor mange gonger skal ho die',
      'how often should I breastfeed',
      'how many feeds a day',
      'how do I know my baby is hungry',
    ],
  },
  'enough-milk': {
    keywords: ['får nok', 'nok melk', 'nok mat', 'for lite melk', 'mett', 'tegn på nok', 'får ho nok', 'enough milk', 'getting enough'],
    everyday: [
      'mett av brystet', 'mett av puppen', 'nok fra brystet', 'nok frå brystet', 'breasts making enough', 'enough from the breast', 'at the breast',
      'får i seg', 'får ho i seg', 'mett', 'full', 'satisfied', 'fornøyd', 'content', 'nok', 'enough', 'vekt på helsestasjonen',
      'weighed at the clinic', 'måle', 'measure', 'hvor mye hun får', 'kor mykje ho får', 'kommer det noe', 'swallow',
      // how much the baby should have: her diapers and weighing tell it (TOPICS.md), there is no amount to aim for
      'hvor mye skal hun spise', 'hvor mye skal han ha', 'hvor mye trenger babyen', 'kor mykje skal ho ete', 'kor mykje treng babyen',
      'how much should she eat', 'how much does he need', 'how much does a newborn need',
      // her milk and the baby after a feed, in everyday words
      'making enough', 'producing enough', 'lager nok', 'produserer nok', 'lagar nok', 'low', 'lav', 'lavt', 'too low', 'for lav', 'for lavt', 'content after', 'fornøyd etter', 'rolig etter',
    ],
    phrasings: [
      'får babyen nok melk',
      'hvordan vet jeg om hun får nok',
      'jeg er redd jeg har for lite melk',
      'hvordan ser jeg at babyen blir mett',
      'er det nok melk til babyen',
      'får ho nok mjølk',
      'korleis veit eg at babyen får nok',
      'is my baby getting enough milk',
      'how do I know if my baby is getting enough',
      'I worry I do not have enough milk',
    ],
  },
  diapers: {
    keywords: ['bleier', 'bæsj', 'avføring', 'barnebek', 'mekonium', 'svart bæsj', 'grønn bæsj', 'gul bæsj', 'våte bleier', 'tiss', 'farge', 'bleiar', 'diapers', 'poo', 'stool', 'meconium', 'wet diapers', 'colour'],
    everyday: [
      'våte', 'wet', 'tiss', 'tissebleier', 'pee', 'bæsj', 'poo', 'skitne', 'dirty', 'svart', 'black', 'grønn', 'green', 'brun', 'brown', 'gul', 'yellow', 'farge',
      'colour', 'color', 'dag fire', 'day four', 'per dag', 'a day', 'i døgnet', 'hvor mange', 'kor mange',
      // told by day in the first days (TOPICS.md); «the first» alone is not the first hour
      'de første dagene', 'dei første dagane', 'den første uka', 'den fyrste veka', 'the first days', 'the first few days', 'the first week',
      'skifte', 'skifter', 'skifta', 'skiftet', 'bytte', 'bytter', 'bytta', 'byttet', 'change', 'changes', 'changing',
      // what comes out, in everyday words (TOPICS.md: black, brown-green, yellow; wet)
      'poos', 'poopy', 'pooey', 'mustard', 'seedy', 'runny', 'tar', 'tarry', 'bowel movements', 'bæsjet', 'tisset', 'pooped', 'peed',
      // too few wet ones, in her words: dry diapers
      'tørr', 'tørre', 'tørt', 'tørr bleie', 'tørre bleier', 'tørre bleiar', 'dry', 'dry nappy', 'dry nappies', 'dry diaper', 'dry diapers',
    ],
    phrasings: [
      'hvor mange bleier skal det være',
      'hvor mange våte bleier er normalt',
      'bæsjen er svart og klissete, er det normalt',
      'hvilken farge skal bæsjen ha',
      'når blir bæsjen gul',
      'kor mange våte bleiar er normalt',
      'kva farge skal bæsjen ha',
      'how many wet diapers should there be',
      'what colour should the poo be',
      'is black sticky poo normal',
    ],
  },
  'pumping-frequency': {
    keywords: ['hvor ofte pumpe', 'pumpe hver andre time', 'hvor mange ganger pumpe', 'kor mange gonger pumpe', 'how many times pump', 'pumpe om natten', 'dobbeltpumping', 'pumpe begge samtidig', 'pumpeplan', 'kor ofte pumpe', 'how often pump', 'double pumping', 'pumping schedule'],
    everyday: [
      'maskin', 'maskinen', 'machine', 'nyfødtintensiv', 'kuvøse', 'nicu', 'om natta', 'at night', 'alarm', 'vekkerklokke', 'timer mellom',
      'special care', 'intensive care', 'neonatal unit',
      'hours between', 'hvor mange ganger',
      // pumping through the day and night, in everyday words
      'overnight', 'pumping schedule', 'double pump',
    ],
    phrasings: [
      'hvor ofte skal jeg pumpe',
      'hvor mange ganger i døgnet bør jeg pumpe',
      'må jeg pumpe om natten',
      'skal jeg pumpe begge brystene samtidig',
      'når skal jeg pumpe første gang',
      'hvor snart etter fødselen skal jeg begynne å pumpe',
      'kor ofte skal eg pumpe',
      'må eg pumpe om natta',
      'how often should I pump',
      'do I need to pump at night',
      'should I pump both breasts at once',
    ],
  },
  'pumping-3x20': {
    keywords: ['3 x 20', '20 ml', 'tre ganger 20 ml', 'bytte pumpeprogram', 'skifte program', 'pumpeprogram', 'innstilling', 'byte program', 'switch program', 'pump program', '3x20'],
    everyday: [
      'etter hverandre', 'etter kvarandre', 'på rad', 'in a row', 'consecutive', 'running',
      'mer enn 20', 'more than 20', 'innstilling', 'setting', 'modus', 'mode', 'maskinen', 'machine', 'bytte', 'switch', 'change',
      // the programs of a hospital pump
      'initiation', 'initiate', 'maintenance', 'vedlikehold',
    ],
    phrasings: [
      'når skal jeg bytte program på pumpa',
      'jeg har pumpet over 20 ml tre ganger, hva nå',
      'hva betyr 3 x 20 ml',
      'når skal jeg slutte med igangsettingsprogrammet',
      'hvilket pumpeprogram skal jeg bruke nå',
      'når skal eg byte program på pumpa',
      'eg pumpa 20 ml tre gonger på rad',
      'when should I switch pump program',
      'I pumped 20 ml three times in a row',
    ],
  },
  'breast-changes': {
    keywords: ['brystene vokser', 'større bryster', 'gravid', 'svangerskap', 'graviditet', '46 %', 'laktocytter', 'melkeganger', 'brysta veks', 'pregnancy', 'breasts grow', 'bigger breasts'],
    everyday: [
      'endret', 'endre', 'endring', 'endringer', 'forandret', 'forandre', 'forandring', 'forandringer', 'endra', 'changed', 'changing',
      'større', 'bigger', 'vokste', 'grew', 'grow', 'størrelse', 'size', 'boobs', 'cup size', 'bh', 'bra',
      // the size of her breasts, in everyday words (TOPICS.md)
      'small breasts', 'small boobs', 'små bryster', 'små pupper', 'flat chested', 'same size', 'samme størrelse', 'bra size', 'bh-størrelse', 'milk ducts', 'kjertelvev',
    ],
    phrasings: [
      'vokser brystene i svangerskapet',
      'brystene mine ble ikke større da jeg var gravid',
      'hvorfor ble brystene så store',
      'hva skjer med brystene når man er gravid',
      'kan jeg amme selv om brystene ikke vokste',
      'brysta mine vaks ikkje i svangerskapet',
      'kva skjer med brysta når ein er gravid',
      'my breasts did not grow in pregnancy',
      'what happens to the breasts in pregnancy',
    ],
  },
  'first-hour': {
    keywords: ['første time', 'første timen', 'rett etter fødselen', 'hud mot hud', 'første amming', 'oksytocin', 'fyrste timen', 'first hour', 'skin to skin', 'right after birth'],
    everyday: [
      'med en gang', 'straight after', 'straight away', 'immediately', 'umiddelbart', 'fødestua', 'fødestuen', 'delivery room', 'labour ward', 'på brystet',
      'on my chest', 'oksytocin', 'oxytocin', 'første amming', 'first feed',
      // skin to skin, said by where the baby lies
      'on my tummy', 'on my belly', 'på magen min', 'på magen',
      // the first hour in the words of a birth room (TOPICS.md: skin to skin early, the first feed)
      'skin-to-skin', 'kangaroo', 'kenguru', 'breast crawl', 'fødestue', 'washed', 'cleaned', 'vasket', 'stelt',
    ],
    phrasings: [
      'hva er viktig den første timen etter fødselen',
      'hvorfor hud mot hud',
      'hvordan kommer vi i gang med den første ammingen',
      'hva skal jeg gjøre rett etter fødselen',
      'kva er viktig den fyrste timen',
      'kvifor hud mot hud etter fødselen',
      'why skin to skin after birth',
      'what should happen in the first hour after birth',
    ],
  },
  'sore-nipples': {
    keywords: [
      'såre brystvorter', 'sår brystvorte', 'brystvorte', 'sprukne brystvorter', 'sprekker', 'blødende brystvorter', 'blør', 'vondt å amme', 'smerter ved amming',
      'svir', 'øm', 'sprokne brystvorter', 'sore nipples', 'cracked nipples', 'bleeding nipples', 'nipple pain', 'painful breastfeeding', 'hurts to breastfeed',
      'oppsprukket', 'oppsprukne', 'sprukket', 'oppsprokne', 'sprokken',
    ],
    everyday: [
      'tuppen', 'rå', 'raw', 'blødende', 'blod', 'blood', 'svie', 'gjennom hele', 'whole feed', 'gruer', 'dread', 'hvit vorte', 'flat vorte',
      // broken, painful nipples, in everyday words (TOPICS.md)
      'scab', 'scabs', 'scabbed', 'skorpe', 'skorper', 'blister', 'blisters', 'blemme', 'blemmer', 'grazed', 'chafed', 'toes curl', 'toe curling', 'curl my toes', 'wince', 'grit my teeth',
      // enduring the pain (TOPICS.md: pain through the whole feed is not normal, get help early)
      'tennene sammen', 'tenna saman', 'holde ut', 'halde ut', 'tåle smerten', 'tåle det', 'tough it out', 'push through', 'put up with', 'bear it',
    ],
    phrasings: [
      'brystvortene gjør vondt når jeg ammer',
      'jeg har fått sår på brystvorta',
      'brystvorten sprekker og blør',
      'det er vondt gjennom hele ammingen',
      'kan jeg amme med sår brystvorte',
      'hva hjelper mot såre brystvorter',
      'brystvorta er sår og sprokken',
      'det gjer vondt heile amminga',
      'my nipples hurt when I breastfeed',
      'what helps cracked nipples',
      'breastfeeding is painful',
    ],
  },
  engorgement: {
    keywords: [
      'brystspreng', 'harde bryster', 'fulle og harde bryster', 'sprengte bryster', 'stramme bryster', 'hovne bryster', 'kaldt omslag', 'varme før amming', 'hevelse',
      'harde bryst', 'hovne bryst', 'engorgement', 'engorged', 'hard breasts', 'full hard breasts', 'swollen breasts', 'tight breasts', 'cold compress',
    ],
    everyday: [
      'stramme', 'tight', 'spenner', 'spent', 'varme', 'warm', 'hot', 'glovarme', 'steinharde', 'sprengfulle', 'kjempefulle', 'fulle', 'full', 'hovne',
      'swollen', 'får ikke tak', 'cant latch', 'mykne', 'soften', 'kjøling', 'kulde', 'cold',
      // warm, heavy, tender breasts as the milk comes in around day 3 (TOPICS.md)
      'tunge', 'heavy', 'dag 3', 'day 3',
      // breasts too full, in everyday words (TOPICS.md: hard, tight, painful)
      'rock hard', 'like rocks', 'bricks', 'boulders', 'bursting', 'huge', 'enormous', 'massive', 'throbbing', 'dunker', 'banker', 'too full', 'altfor fulle', 'overfull',
    ],
    phrasings: [
      'brystene er harde, stramme og vonde',
      'hva gjør jeg når brystene er hovne og varme',
      'hjelper det med kaldt omslag etter amming',
      'babyen får ikke tak fordi brystet er så hardt',
      'brystene er sprengte og verker',
      'brysta er hovne og stramme',
      'hjelper kaldt omslag på brysta',
      'my breasts are swollen, hard and sore',
      'does a cold compress help engorgement',
    ],
  },
  latch: {
    keywords: [
      'sugetak', 'godt sugetak', 'feil sugetak', 'dårlig sugetak', 'bare tuppen av brystvorten', 'gape', 'munnfull', 'leppene', 'haken', 'kinnene', 'svelger', 'legge til brystet', 'ammestilling',
      'gapar', 'latch', 'latching', 'deep latch', 'latch on', 'positioning', 'attachment', 'swallowing',
    ],
    everyday: [
      'klikk', 'klikker', 'klikkelyd', 'clicking', 'click', 'smatter', 'smatting', 'smacking', 'slipper', 'slipper taket', 'lets go', 'comes off', 'unlatch', 'lepper',
      'leppene', 'lips', 'munn', 'munnen', 'mouth', 'wide', 'kinnene', 'cheeks', 'kinn', 'groper', 'dimples', 'dimpling', 'tuppen', 'nose', 'nesen', 'nasen', 'hake',
      'chin', 'flat', 'flattened', 'hvit', 'white', 'gape', 'svelge', 'swallow', 'sitter riktig', 'ligger riktig', 'position', 'stilling', 'lyder', 'lyd',
      'sounds', 'noises', 'grabs', 'griper', 'tar tak',
      // the latch and the holds, in everyday words (TOPICS.md)
      'shallow', 'shallow latch', 'fish lips', 'flanged', 'lips out', 'chomping', 'chomps', 'nibbling', 'nibbles', 'pops off', 'popping off', 'slips off', 'keeps coming off', 'tummy to tummy', 'mage mot mage', 'laid back', 'ammestillinger', 'gaper ikke', 'small mouth',
    ],
    phrasings: [
      'hvordan får babyen et godt sugetak',
      'babyen suger bare på brystvorten',
      'hvordan vet jeg at hun tar riktig tak',
      'hva er tegn på feil sugetak',
      'hun åpner ikke munnen vidt når hun dier',
      'korleis får babyen godt sugetak',
      'kva er teikn på feil sugetak',
      'how do I get my baby to latch on properly',
      'signs of a poor latch',
      'baby only sucks on the nipple',
    ],
  },
  'baby-weight': {
    keywords: [
      'vekt', 'vekttap', 'vektnedgang', 'gå ned i vekt', 'fødselsvekt', 'veie', 'veiing', 'gram', 'prosent', 'gått ned', 'fødselsvekta', 'vege',
      'weight', 'weight loss', 'birth weight', 'lose weight', 'weigh', 'weighing', 'grams', 'percent',
    ],
    everyday: [
      'lettere', 'lettare', 'lighter', 'gram', 'g', 'kilo', 'kg', 'fødselsvekt', 'birth weight', 'prosent', 'percent', 'ta igjen', 'regain',
      'back to birth weight', 'oppe i', 'veier', 'veg', 'weighs', 'mistet', 'lost', 'gått ned', 'ned i vekt', 'helsestasjonen veide', 'weighed',
      // told by day in the first days (TOPICS.md); «the first» alone is not the first hour
      'de første dagene', 'dei første dagane', 'den første uka', 'den fyrste veka', 'the first days', 'the first few days', 'the first week',
      // weighing, in everyday words (TOPICS.md)
      'weigh in', 'weight check', 'scales', 'percentile', 'centile', 'persentil', 'growth chart', 'vekstkurve', 'legge på seg', 'not gaining', 'ounces', 'oz', 'pounds', 'lbs',
    ],
    phrasings: [
      'hvor mye går babyen ned i vekt etter fødselen',
      'babyen har gått ned mye i vekt',
      'hvor lang tid tar det å komme opp i fødselsvekt igjen',
      'hvor stort vekttap er for mye',
      'hvor ofte veier helsestasjonen babyen',
      'kor mykje går babyen ned i vekt',
      'når er babyen oppe i fødselsvekta att',
      'how much weight do babies lose after birth',
      'when do babies regain their birth weight',
      'my baby lost weight',
    ],
  },
  'where-to-get-help': {
    keywords: ['hjelp', 'hvem kan jeg ringe', 'hvem kontakte', 'jordmor', 'helsestasjon', 'helsesøster', 'helsesykepleier', 'fastlege', 'legevakt', 'ammehjelpen', 'ammehjelper', 'ammerådgiver', 'telefonnummer', 'nummer', 'kven ringe', 'phone number', 'who to call', 'where to get help', 'midwife', 'contact',
      // someone to talk to, somewhere to go
      'snakke med', 'snakke med noen', 'noen å snakke med', 'nokon å snakke med', 'prate med', 'someone to talk to', 'speak to', 'talk to',
      'hvor går jeg', 'hvor skal jeg gå', 'kvar går eg', 'where do i go', 'where can i go', 'oppsøke', 'seek'],
    everyday: [
      'hvem', 'kven', 'who', 'ringe', 'ring', 'call', 'besøk', 'hjemmebesøk', 'home visit', 'visit', 'se på ammingen', 'sjå på amminga', 'watch a feed', 'watch me feed',
      'snakke med', 'talk to', 'døgnåpen', 'open at night', '116 117', '113', 'helsesøster', 'ammehjelper',
      'lactation consultant', 'hjelp', 'help',
      // the people and places a mother in the UK, the US or Norway would ask
      'health visitor', 'lactation consultant', 'ibclc', 'breastfeeding counsellor', 'breastfeeding counselor', 'peer supporter', 'support group', 'la leche', 'helpline', 'hotline', 'out of hours', 'after hours', 'ammepoliklinikk', 'ammepoliklinikken', 'barselpoliklinikk', 'ammeklinikk',
    ],
    phrasings: [
      'hvem kan jeg spørre om hjelp',
      'hvem ringer jeg hvis jeg er bekymret',
      'hvor får jeg hjelp med ammingen',
      'hva er nummeret til legevakten',
      'kan jeg snakke med en ammehjelper',
      'hvordan kommer jeg i kontakt med Ammehjelpen',
      'kven kan eg ringje',
      'kvar får eg hjelp',
      'who can I call for help',
      'where can I get breastfeeding help',
    ],
  },
};
