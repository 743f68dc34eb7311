/**
 * Meanings carried by little words, which the analyzer drops or misreads one by one. Each idiom is
 * read as words that carry its meaning: «får hun i seg noe» (is she getting anything in) asks whether
 * the baby gets enough, as «is he getting anything» does; «med en gang hun er ute» is right after the
 * birth; «han vil være på brystet» is feeding; «noen å snakke med» asks for help; «stå opp om natta» is
 * waking, not milk left standing; «i natt» is a time, as «tonight» is; «often enough» asks how often,
 * not whether she gets enough; «keeps telling» goes on, keeps nothing; «the nurse» is a health worker;
 * «med fingrene» is by hand; «hva hjelper det å…» asks what it is for; «…og ikke bare dråper» sets aside
 * what she does not ask about; «the milk shows up» comes; «det går ikke over» is whether it eases; «på rett
 * måte» is how; «vente å få» is what she may expect; «før fødselen» is in pregnancy.
 * In a reading, `$&` is the idiom as she wrote it.
 */
const IDIOMS: readonly (readonly [idiom: RegExp, reading: string])[] = [
  // «får (hun) i seg», «fekk ho i seg», «fått i seg»: what the baby takes in
  [/\b(?:få|faa|fa|får|faar|far|fikk|fekk|fått|faatt|fatt)\s+(?:\p{L}+\s+)?i\s+seg\b/giu, '$& nok'],
  // «is she getting anything», «did he get any», «taking anything in»
  [/\b(?:get|gets|getting|got)\s+(?:anything|any|something)\b/giu, '$& enough'],
  [/\b(?:take|takes|taking|took)\s+(?:anything|any|something)\s+in\b/giu, '$& enough'],
  // «kommer det noe til ham», «kjem det noko i ho», «getting what she needs»
  [/\b(?:kommer|kom|kjem|går|gikk)\s+(?:det\s+)?(?:noe|noko|nok|melk|mjølk)\s+(?:til|i|inn i)\s+(?:ham|han|henne|ho|hun|babyen|barnet|magen)\b/giu, '$& nok'],
  [/\b(?:get|gets|getting|got|take|takes|taking|took|drink|drinks|drinking|drank)\s+(?:in\s+)?what\s+(?:she|he|they|baby|the\s+baby)\s+needs?\b/giu, '$& enough'],
  // «får det hun trenger», «får i seg det ho treng»: what the baby needs, whether she gets enough
  [/\b(?:få|får|fikk|fekk|fått|drikker|drikk|drakk|tar|tek)\s+(?:(?:hun|han|ho|babyen|barnet)\s+)?(?:i\s+seg\s+)?(?:det|alt|så\s+mye|så\s+mykje)\s+(?:som\s+)?(?:hun|han|ho|babyen|barnet|den\s+lille)\s+(?:trenger|treng|trengte|trong|skal\s+ha)\b/giu, '$& nok'],
  // «med en gang hun er ute», «as soon as he's born»: right after the birth
  // (nynorsk «er kome ut», bokmål «er kommet ut» too)
  [/\b(?:med en gang|med ein gong|straks|rett etter|like etter|så snart|så fort)\s+(?:\p{L}+\s+){0,2}?(?:er|var|kom|blir|vert|kjem|kommer|har)\s+(?:(?:kome|komen|komi|kommet|komme)\s+)?(?:ute|ut|født|fødd)\b/giu, '$& etter fødselen'],
  [/\b(?:as soon as|right after|straight after|once)\s+(?:she's|he's|shes|hes|(?:\p{L}+\s+)?(?:is|was|comes|came))\s+(?:out|born)\b/giu, '$& after birth'],
  // «få henne til å ta brystet», «ta brystet riktig», «get him to take the breast»: how to latch (a breast refused is another question)
  [/\b(?:til\s+(?:å|aa)\s+)ta\s+(?:brystet|bryst|puppen|pupp|brystvorta|brystvorten)\b/giu, '$& sugetak'],
  [/\b(?:ta|tar|tek)\s+(?:\p{L}+\s+)?(?:brystet|puppen|brystvorta|brystvorten)\s+(?:riktig|rett|ordentlig|skikkeleg|skikkelig|godt)\b/giu, '$& sugetak'],
  [/\b(?:get|make|help)\s+(?:him|her|them|baby|the\s+baby)\s+(?:to\s+)?(?:take|latch\s+onto|latch\s+on\s+to)\s+the\s+(?:breast|nipple|boob)\b/giu, '$& latch'],
  // nynorsk «ho et så ofte» (she eats): the verb, not bokmål's article «et»
  [/\b(?:ho|han|hun|babyen|barnet|guten|jenta)\s+et\b/giu, '$& ete'],
  // «vil bare være på brystet», «vil ha pupp», «wants the breast»: she wants to feed
  [/\b(?:vil|ville|want|wants|wanted)\s+(?:\p{L}+\s+){0,3}?(?:brystet|puppen|pupp|puppa|breast|boob)\b/giu, '$& amme'],
  // «noen å snakke med», «someone to talk to»: she asks where to get help
  [/\b(?:noen|nokon|nokre|someone|somebody|anyone|anybody)\s+(?:å|aa|a|to)\s+(?:snakke|snakka|prate|prata|spørre|spørje|talk|speak|ask)\b/giu, '$& hjelp'],
  // «noen som svarer», «nokon som kan hjelpe», «anyone who answers»: someone she may ask, where to get help
  [/\b(?:noen|nokon|nokre|someone|somebody|anyone|anybody|folk|people)\s+(?:som|who|that)\s+(?:kan\s+|can\s+|will\s+|vil\s+)?(?:svarer|svare|svarar|svara|answers?|hjelper|hjelpe|hjelpar|hjelpa|helps?|tar\s+telefonen|tek\s+telefonen|picks?\s+up)\b/giu, '$& hjelp'],
  // «stå opp om natta», «get up at night»: waking for it (milk left to «stå» is storage's)
  [/\b(?:stå|står|sto|stod|stått|staa|staar)\s+opp\b/giu, 'våkne'],
  [/\b(?:get|gets|getting|got)\s+up\b/giu, 'wake'],
  // «i natt», «last night»: when it happened (a time, like «i kveld»), not feeding or pumping at night («om natta»)
  [/\b(?:i\s+natt|i\s+nat|inatt|last\s+night)\b/giu, 'tonight'],
  // «med fingrene», «with my fingers»: the hand she expresses with, as «for hånd» (where the fingers go is how's)
  [/\b(?:med|with)\s+(?:(?:my|the|her|mine|dei|de|their|your|our|his)\s+)?(?:fingrene|fingrane|fingra|fingers)(?:\s+(?:mine|mini|dine|sine))?\b/giu, 'for hånd'],
  // «hva hjelper det å…», «what good does it do»: what it is for (why), not what eases something
  [/\b(?:hva|kva)\s+(?:hjelper|hjelp|hjelpar)\s+det\s+(?:å|aa)(?=\s|$)/giu, 'hvorfor'],
  [/\bwhat\s+good\s+(?:is|does)\s+(?:it|that)\b/giu, 'why'],
  // «keeps telling me», «keep trying»: going on doing it, not keeping milk (storage's)
  [/\b(?:keep|keeps|kept|keeping)\s+(?=\p{L}+ing\b)/giu, ''],
  // «the nurse», «a nurse»: a health worker, not nursing (feeding)
  [/\b(?:the|a|my|our|your|her|his|that)\s+nurses?\b/giu, 'the helsesykepleier'],
  // «…og ikke bare dråper», «…and not just drops»: what she sets her question against is not what she asks about
  [/(?:\s+(?:og|and)|,)\s+(?:ikke|ikkje|not)\s+(?:bare|berre|just|only)\s+(?:(?:de|dei|the|a|noen|nokre|some|noen|få|nokre)\s+)*(?:(?:små|tiny|little|few)\s+)?\p{L}+/giu, ''],
  // «the milk shows up», «kicks in»: it comes
  [/\b(?:show|shows|showed|showing|turn|turns|turned|kick|kicks|kicked)\s+(?:up|in)\b/giu, 'comes'],
  // «det går ikke over», «gjekk over»: it eases (or does not); «går over til» is turning into something
  [/\b(?:går|gikk|gjekk|gått|gar)\s+(?:(?:ikke|ikkje|aldri)\s+(?:helt\s+|heilt\s+)?)?over\b(?!\s+(?:til|i)\b)/giu, 'lindrer'],
  // «å få så lite», «eg får så lite ut», «get so little (out)»: how much milk to expect, when nothing else is named
  // (with a pumping named it stays the pump's question)
  [/(?<!\bpump[^]*)\b(?:få|får|fikk|fekk|fått|faa|faar)\s+(?:(?:bare|berre)\s+)?(?:så|veldig|altfor|for)\s+(?:lite|litt)\b(?!\s+(?:melk|mjølk|råmelk|råmjølk|ml|dråper|dropar|søvn|vekt|hjelp)\b)(?:\s+ut\b)?(?![^]*\bpump)/giu, '$& hvor mye råmelk'],
  [/(?<!\bpump[^]*)\b(?:get|gets|getting|got)\s+(?:(?:only|just)\s+)?(?:so|such|very|too)\s+(?:a\s+)?little\b(?!\s+(?:milk|colostrum|ml|drops|sleep|weight|help)\b)(?:\s+out\b)?(?![^]*\bpump)/giu, '$& how much colostrum'],
  // «før fødselen», «before the birth»: in pregnancy
  [/\b(?:før|for|innan|innen)\s+(?:fødselen|fødsel|fødinga|termin)\b/giu, 'i svangerskapet'],
  [/\bbefore\s+(?:the\s+)?(?:birth|delivery|labour|labor|(?:she|he|baby)\s+(?:is|was)\s+born)\b/giu, 'in pregnancy'],
  // «på rett måte», «på hvilken måte»: how («måte» folds to «mate», to feed)
  [/\bpå\s+(?:\p{L}+\s+){0,2}?måten?(?=[\s.,!?]|$)/giu, 'hvordan'],
  // «kan jeg vente å få», «venta at»: what she may expect, not waiting for something
  [/\b(?:vente|venta|venter|ventar)\s+(?:å|aa|at)(?=\s)/giu, 'forvente'],
  // «han verkar aldri mett», «virker sulten»: she seems so, no aching breast («brystet verkar»)
  [/\b(?:verkar|verka|verker|virker|virka|virket)\s+(?=(?:(?:aldri|ikkje|ikke|heilt|helt|litt|veldig|så|alltid|fortsatt|framleis|å\s+vere|å\s+være)\s+)*(?:mett|mette|sulten|sultne|svolten|svoltne|nøgd|nøgde|fornøyd|fornøgd|roleg|rolig|urolig|uroleg|trøtt|trøytt|sliten|glad|sløv|slapp|tilfreds|normal|normalt|greit|bra|fint)\b)/giu, 'er '],
  // «ofte nok», «often enough», «bra nok», «deep enough»: how often or how good, said of anything; no asking whether
  // the baby gets enough («mett nok», «full enough» still ask it)
  [/\b(ofte|often|bra|godt|god|gode|dypt|djupt|dyp|djup|dype|djupe|riktig|rett|vidt|vid|wide|good|deep|well|right|correct|open)\s+(?:nok|enough)\b/giu, '$1'],
  // «is every 3 hours enough», «er 6 ganger i døgnet nok»: a rate she asks about, how often (not whether the baby gets enough)
  [/\b((?:hours?|hrs?|timer|timar|time|times|ganger|gonger|gang|gong)(?:\s+(?:a|per|i|om|in\s+the|in\s+a)\s+\p{L}+)?)\s+(?:(?:is|er)\s+)?(?:(?:good\s+)?enough|nok)\b/giu, '$1 ofte'],
  // «førstegangsmamma», «first time mum»: who she is, no first hour
  [/\b(?:første|fyrste|forste)g(?:a|o)ng(?:s|s-)?\p{L}*|\bfirst[\s-]+time(?:\s+(?:mum|mom|mam|mama|mother|mummy|parent|parents|mums|moms|mothers))\b/giu, ''],
  // «regne med», «rekne med»: what she may expect
  [/\b(?:regne|regner|rekne|reknar|rekner|rekna)\s+med(?=\s|$)/giu, 'forvente'],
  // «the number of», «antall», «talet på»: how many
  [/\b(?:the\s+)?(?:right|correct|normal|usual|ideal|recommended)?\s*number\s+of\b/giu, 'how many'],
  [/\b(?:antall|antallet|talet\s+på|tallet\s+på)\b/giu, 'hvor mange'],
  // «eller holder det på dagtid», «held det»: it is enough, nothing kept («holder seg», milk keeping, is storage's;
  // «holder det med hendene» is hand or pump)
  [/\b(?:holder|held|holdt|heldt)\s+det\b(?!\s+(?:seg|med)\b)/giu, ''],
  // «havner det noe i magen», «magen blir fylt», «full mage», «how much is going in», «her tummy is full»: what reaches
  // the baby's tummy, whether she gets enough
  [/\b(?:havner|havne|hamnar|hamne|ender|endar|lander|landar)\s+(?:det\s+)?(?:noe|noko|nok|melk|mjølk|mat|noen|nokon)?\s*(?:ned\s+)?i\s+(?:magen|mageen|mage)\b/giu, 'får i seg nok'],
  [/\b(?:magen|mageen|maga)\s+(?:(?:hans|hennes|hennar|til\s+\p{L}+)\s+)?(?:blir|vert|er|ble|blei|var|føles|kjennest|kjennes)\s+(?:(?:god|godt|skikkeleg|skikkelig|ordentlig|ordentleg|heilt|helt)\s+)?(?:fylt|fyllt|full|fullt|mett|fylt\s+opp)\b|\b(?:er|blir|vert|ble|blei)\s+(?:magen|maga)\s+(?:(?:hans|hennes|hennar)\s+)?(?:fylt|fyllt|full|fullt|mett)\b|\bfull\s+mage\b/giu, 'mett nok'],
  [/\b(?:how\s+much|anything|something|any\s+milk|the\s+milk|milk)\s+(?:is\s+|'s\s+)?(?:actually\s+|really\s+)?(?:going|goes|went|gets|getting|got|ends?\s+up|ending\s+up)\s+(?:in|into|down)\b(?!\s+(?:the\s+)?(?:fridge|freezer|bag|bottle|cup|syringe|spoon))/giu, '$& enough'],
  [/\b(?:her|his|the\s+baby's|baby's|babys)\s+(?:tummy|belly|stomach)\s+(?:is\s+|gets\s+|feels\s+)?(?:full|filled|filled\s+up)\b/giu, 'full enough'],
  // «hva hun drikker», «kva ho får i seg»: whether the baby gets enough
  [/\b(?:hva|kva)\s+(?:hun|han|ho|babyen|barnet|den\s+lille)\s+(?:drikker|drikk|drakk|får|fekk|fikk|spiser|et|åt|tar|tek|tok|suger|dier)\b/giu, '$& nok'],
  // «om det holder», «at det held»: whether it is enough («holder seg», milk keeping, is storage's)
  [/\b(?:at|om|if|hvis|viss)\s+det\s+(?:holder|held)\b(?!\s+(?:seg|med)\b)/giu, 'at det er nok'],
  // «hvor mye hun drikker», «how much he gets»: whether the baby gets enough
  [/\b(?:hvor|kor)\s+(?:mye|mykje|mykkje)\s+(?:hun|han|ho|babyen|barnet|den\s+lille)\s+(?:drikker|drikk|drakk|får|fekk|fikk|spiser|et|åt|tar|tek|tok|suger|dier)\b/giu, '$& nok'],
  [/\bhow\s+much\s+(?:she|he|baby|the\s+baby|they|my\s+baby)\s+(?:is\s+|'s\s+|s\s+)?(?:drinks|drinking|drank|gets|getting|got|eats|eating|ate|takes|taking|took)\b/giu, '$& enough'],
  // «4 dager gammel», «a 4 day old», «two weeks old»: her age; milk of that age is storage's
  [/(?<!\b(?:melk|melka|melken|mjølk|mjølka|milk)\b[^.,!?]*)\b((?:\d+|en|ein|ei|et|eit|a|one|two|three|four|five|six|seven|to|tre|fire|fem|seks|sju|syv)\s*-?\s*(?:dager|dagar|dag|døgn|uker|veker|uke|veke|day|days|week|weeks))\s*-?\s*(?:gammel|gamal|gamle|old)\b(?![^.,!?]*\b(?:melk|melka|melken|mjølk|mjølka|milk)\b)/giu, '$1'],
  // «jordmora sa», «the midwife showed me», «the nurses gave me»: who told or gave her something, not whom she asks for help
  [/\b(?:jordmor|jordmora|jordmoren|jordmødrene|jordmødre|midwife|midwives|mw|(?:my|the|our)\s+mw|hv|(?:my|the|our)\s+hv|helsesøster|helsesøstera|helsesøsteren|helsesykepleier|helsesykepleieren|helsesjukepleiar|helsesjukepleiaren|legen|lækjaren|the\s+doctor|my\s+doctor|the\s+helsesykepleier|health\s+visitor|the\s+hospital|sykehuset|sjukehuset|de\s+på\s+barsel|dei\s+på\s+barsel|(?:the\s+|a\s+|my\s+)?nurses?)\s+(?=(?:har\s+|hadde\s+|has\s+|had\s+|keeps\s+|kept\s+)?(?:sa|sagt|sier|seier|viste|vist|viser|lærte|lært|anbefalte|anbefalt|anbefaler|tilrådde|mener|meiner|mente|meinte|maser|masa|mast|ba|bad|said|says|told|tells|telling|showed|shown|shows|taught|teaches|recommended|recommends|suggested|suggests|wants|wanted|asked|ga|gav|gave|gitt|given|lånte|lånt|lent)\b)/giu, ''],
  // «jeg er helt ødelagt», «I'm wrecked», «feel destroyed»: she is worn out, no broken skin (sore nipples)
  [/\b(?:(?:jeg|eg|vi|me)\s+(?:er|var|ble|blei|føler\s+meg|kjenner\s+meg|kjenner\s+eg\s+meg)|(?:og|and|men|but)\s+(?:er|var)|i'm|im|i\s+am|we're|were|feel|feeling|felt|totally|completely|absolutely)\s+(?:(?:helt|heilt|totalt|fullstendig|så|so|totally|completely|absolutely|just|utrolig|kjempe)\s+)?(?:ødelagt|ødelagd|øydelagd|øydelagt|knust|utslitt|wrecked|destroyed|shattered|broken|ruined|knackered|exhausted|done|finished)\b/giu, 'sliten'],
  // «våknet med», «woke up with»: when she found it, no waking the baby for feeds
  [/\b(?:våknet|våkna|vakna|vaknet|vaknar|våkner|woke|woken|wake|wakes|waking)\s+(?:up\s+)?(?=(?:med|with)\b)/giu, ''],
  // «samboeren spør», «my husband asks whether»: someone close to her asks too, she asks no one for help
  [/\b(?:samboer|samboeren|sambuar|sambuaren|mannen|kona|partneren|kjæresten|pappaen|pappa|svigermor|svigermora|mor\s+mi|mora\s+mi|mamma|mammaen\s+min|husband|hubby|partner|boyfriend|wife|my\s+mum|my\s+mom|my\s+mother|mother\s+in\s+law|dh)(?:\s+(?:min|mi|mitt|my))?\s+(?:spør|spurte|har\s+spurt|lurer|lurte|undrar|undra|asks|asked|wonders|wondered|keeps\s+asking|wants\s+to\s+know)(?:\s+(?:meg|me|seg|på|om|if|whether))*\b/giu, ''],
  // «ligger riktig på brystet», «sitter godt ved puppen», «is he on the breast right»: how the baby is put to the breast, the latch
  [/\b(?:ligge|ligger|ligg|liggje|lå|sitte|sitter|sit|sitje|sat)\s+(?:(?:han|hun|ho|babyen|barnet)\s+)?(?:riktig|rett|godt|bra|feil|skeivt|skjevt|skikkelig|skikkeleg|ordentlig|ordentleg)\s+(?:på|ved|til|mot)\s+(?:brystet|puppen|pupp|puppa|brystvorta|brystvorten)\b/giu, 'sugetak'],
  [/\b(?:on|at)\s+(?:the|my)\s+(?:breast|boob|nipple)\s+(?:right|properly|correctly|wrong|the\s+right\s+way)\b|\b(?:positioned|lying|placed|sitting)\s+(?:right|properly|correctly|wrong)\s+(?:on|at)\s+(?:the|my)\s+(?:breast|boob)\b/giu, 'latch'],
  // «ligge ved brystet», «være på puppen», «she's on me constantly», «the whole time he's on»: feeding
  [/\b(?:ligge|ligger|ligg|liggje|lå|være|vere|er|var)\s+(?:\p{L}+\s+)?(?:ved|på|til)\s+(?:brystet|puppen|pupp|puppa|brystet\s+mitt)\b/giu, '$& amme'],
  [/\b(?:she's|he's|shes|hes|she\s+is|he\s+is|baby's|babys|be|being|is)\s+on(?=\s*(?:$|[.,!?;:]|\s(?:me|the\s+breast|the\s+boob|my\s+breast|my\s+boob|and|for|again|every|all|constantly|so|too|like)\b))/giu, '$& feeding'],
  // «going hungry», «still hungry», «ikke sulten», «går sulten»: whether she gets enough, not the signs that she wants a feed
  [/\b(?:going|goes|go|went|left|still|not|never|isn't|isnt)\s+(?:be\s+|being\s+|getting\s+|get\s+)?(?:hungry|starving)\b|\b(?:går|gikk|fortsatt|framleis|ennå|enno|ikke|ikkje|aldri)\s+(?:\p{L}+\s+)?(?:sulten|sultne|svolten|svoltne)\b/giu, 'getting enough'],
  // «født for 20 minutter siden», «born ten minutes ago», «just born»: the first hour
  [/\b(?:født|fødd|fødde|fødte|kom\s+ut|born|delivered|had\s+(?:her|him|the\s+baby))\s+(?:for\s+)?(?:\d+|en|ein|et|eit|a|an|half\s+an|ti|ten|fem|five|tjue|twenty|tretti|thirty|noen|nokre|a\s+few)\s*(?:min|mins|minutt|minutter|minutes?|time|hour|halvtime)\s+(?:siden|sidan|ago)\b|\b(?:nettopp|akkurat|just|newly)\s+(?:født|fødd|born)\b/giu, 'rett etter fødselen'],
  // «er han lagt riktig til», «legger henne til»: put to the breast, the latch
  [/\b(?:lagt|legger|legge|legg|la|lagde)\s+(?:(?:han|ham|henne|ho|hun|babyen|barnet|seg)\s+)?(?:(?:riktig|rett|godt|ordentlig|skikkeleg|skikkelig|bra|feil)\s+)?til(?=\s*(?:$|[.,!?;:]|\s(?:brystet|puppen|og|eller|men)\b))/giu, 'sugetak'],
  // «før det blir vanlig melk», «until it turns into milk»: colostrum turning into transitional milk (TOPICS.md)
  [/\b(?:før|til|innan|innen|until|till|before)\s+(?:det|den|ho|hun|it|she)\s+(?:blir|vert|becomes|turns|changes)\s+(?:(?:til|into|to)\s+)?(?:(?:vanlig|vanleg|ordentlig|ordentleg|skikkelig|skikkeleg|moden|ekte|real|proper|normal|mature|regular|white|hvit|kvit)\s+)?(?:melk|mjølk|milk)\b/giu, 'overgangsmelk'],
  // «the golden hour», «den gylne timen»: the first hour after the birth, not the yellow of colostrum or stools
  [/\b(?:the\s+)?golden\s+hour\b|\bden\s+(?:gylne|gyldne|gyllne)\s+time[n]?\b/giu, 'første timen'],
  // «gjør jeg noe feil», «what am I doing wrong»: how to do it
  [/\b(?:(?:gjør|gjer|gjorde)\s+(?:jeg|eg|vi|me)\s+(?:det\s+|noe\s+|noko\s+|dette\s+)?(?:feil|galt|gale)|(?:hva|kva)\s+(?:gjør|gjer)\s+(?:jeg|eg|vi|me)\s+(?:feil|galt|gale))\b|\b(?:am\s+i|are\s+we|i'm|im|i\s+am|we're)\s+doing\s+(?:it\s+|this\s+|something\s+|anything\s+)?wrong\b|\bwhat\s+(?:am\s+i|are\s+we)\s+doing\s+wrong\b|\b(?:do|did)\s+i\s+do\s+(?:it|this|something)\s+wrong\b/giu, 'hvordan'],
  // «hvor mye som går ned», «kor mykje som går ned i ho»: how much she swallows, whether she gets enough (no weight lost)
  [/\b(?:hvor|kor)\s+(?:mye|mykje|mykkje)\s+(?:(?:melk|mjølk|det)\s+)?(?:som\s+)?(?:går|gikk|gjekk|gått|kommer|kjem)\s+ned\b(?!\s+i\s+vekt)/giu, 'hvor mye hun drikker nok'],
  // «tuppen av brystet», «the tip of my breast»: the nipple
  [/\b(?:tuppen|tuppane|tuppene|tupp|spissen)\s+(?:av|på)\s+(?:(?:begge|eine|ene|det\s+ene|det\s+eine)\s+)?(?:brystet|brystene|brysta|bryst|puppen|puppene|puppane|pupp)\b|\b(?:tips?|ends?)\s+of\s+(?:my|the|both|her)\s+(?:breasts?|boobs?)\b/giu, 'brystvorte'],
  // «drop in weight», «dropped 200 g»: losing weight, no drops of milk
  [/\bdrop(?:s|ped|ping)?\b(?=\s+(?:(?:in|some|of|a\s+bit\s+of|a\s+lot\s+of|so\s+much)\s+)?(?:weight|\d))/giu, 'lose'],
  [/\bweight\b([^.,!?]*?)\bdrop(?:s|ped|ping)?\b/giu, 'weight$1lose'],
  // «godt tak», «feil tak»: the baby's grip on the breast («få tak i» someone is reaching them)
  [/\b(?:godt|god|dårlig|dårleg|riktig|rett|feil|bra|skikkelig|skikkeleg|ordentlig|ordentleg|djupt|dypt|grunt|stort|bedre|betre)\s+tak\b/giu, 'sugetak'],
  // «the milk is in», «my milk has come in»: it comes
  [/\b(milk|melka|melken|mjølka|supply)\s+(?:is|has|'s|had)\s+(?:come\s+|came\s+)?in\b/giu, '$1 comes in'],
  [/\b(?:is|has)\s+(?:my|the|her)\s+(milk|supply)\s+(?:come\s+)?in\b/giu, 'my $1 comes in'],
  // «every time he feeds», «hver gang hun dier»: during a feed, no count of feeds
  [/\b(?:(?:every|each)\s+time|(?:hver|kvar)\s+(?:gang|gong))\b(?=\s+(?:hun|han|ho|babyen|barnet|she|he|the|baby|they|jeg|eg|i|vi|me|we)\b)/giu, ''],
  // «helle det i henne», «få dei i han», «get them into her mouth»: giving her the drops she has collected
  [/\b(?:få|får|helle|heller|gi|gir|putte|putter|dryppe|drype)\s+(?:(?:jeg|eg|vi|me|du)\s+)?(?:det|dei|dem|den|de|dette|melka|melken|mjølka|råmelka|råmelken|råmjølka|dråpene|dropane)\s+(?:i|inn\s+i)\s+(?:henne|han|ham|ho|babyen|barnet|munnen)\b/giu, '$& gi råmelk'],
  [/\b(?:få|får|fikk|fekk)\s+(?:(?:jeg|eg|vi|me)\s+)?(?:babyen|barnet|henne|han|ham|ho|hun|den\s+lille|veslen)\s+(?:til\s+(?:å|aa)\s+(?:ta|svelge|svelgje)\s+)?(?:det|dei|dem|de|dette|dråpene|dropane|råmelka|råmelken|råmjølka)\s+(?:i\s+seg|i\s+munnen|ned)\b/giu, '$& gi råmelk mate'],
  // «hva putter jeg dråpene i», «what do I put the colostrum in»: what to collect the drops in
  [/\b(?:hva|kva|what)\s+(?:(?:skal|bør|kan|should|can|do|could)\s+)?(?:(?:jeg|eg|i|man|ein|vi|me|we)\s+)?(?:putte|putter|legge|legg|legger|ha|har|have|put|keep|catch|fange|fangar|fanger|samle|samlar|samler)\s+(?:(?:jeg|eg|vi|me|man|ein)\s+)?(?:(?:de|dei|the)\s+(?:få\s+|few\s+)?)?(?:dråpene|dropane|dråper|dropar|råmelka|råmelken|råmjølka|drops|colostrum)\s+(?:opp\s+)?(?:i|in|into)\b/giu, '$& samle'],
  // «venter på melka», «waiting for my milk»: the milk coming in («må jeg vente på melka», must she wait, is left alone)
  [/\b(?:venter|ventar|venta|ventet|waiting|waited)\s+(?:fortsatt\s+|framleis\s+|still\s+)?(?:på|for)\s+(?:(?:my|the|min|mi|at)\s+)?(?:melka|melken|mjølka|milk)\b/giu, 'når kommer melken'],
  // «get the few drops I squeezed out into her mouth»: the drops, whatever is said of them, into the baby's mouth
  [/\b(?:get|put|pour|drip|squirt|give)\s+(?:the\s+|those\s+|these\s+|my\s+)?(?:(?:few|little|tiny|precious|last)\s+)?(?:drops|droplets|colostrum|milk|drips)\b(?:\s+\p{L}+){0,5}?\s+(?:in|into|to)\s+(?:her|his|the\s+baby's|baby's|the\s+babys|babys|the)\s+mouth\b/giu, '$& give colostrum'],
  [/\b(?:få|får|helle|heller|gi|gir|putte|putter|dryppe|drype)\s+(?:(?:jeg|eg|vi|me|du)\s+)?(?:(?:de|dei|dei\s+få|de\s+få)\s+)?(?:dråpene|dropane|råmelka|råmelken|råmjølka)\b(?:\s+\p{L}+){0,5}?\s+(?:i|inn\s+i)\s+munnen\s+(?:hennes|hans|hennar|på\s+(?:henne|han|ho|babyen))\b/giu, '$& gi råmelk mate'],
  [/\b(?:get|put|pour|drip|squirt)\s+(?:it|them|this|that|the\s+drops|the\s+milk|the\s+colostrum)\s+(?:in|into)\s+(?:her|him|the\s+baby|baby|his|her)\b/giu, '$& give colostrum'],
  // «medisinkoppen», «a medicine cup», «doseringssprøyte»: a cup or syringe to give the drops with, no medicine
  [/\b(?:medisin|medisins|dosering|doserings)(beger|begeret|kopp|koppen|sprøyte|sprøyta|sprøyten|sprøyter)\b/giu, '$1'],
  [/\bmedicine\s+(cups?|syringes?|droppers?)\b/giu, '$1'],
  // «fra ett mål til det neste», «from one feed to the next»: the time between them
  [/\b(?:fra|frå)\s+(?:ett|en|ei|eitt|ein|eit|den\s+ene|det\s+ene|det\s+eine|den\s+eine)\s+(\p{L}+)\s+til\s+(?:det|den|neste)(?:\s+neste)?\b/giu, 'mellom $1'],
  [/\bfrom\s+one\s+(\p{L}+)\s+to\s+the\s+next\b/giu, 'between $1'],
  // «hva gjør jeg først», «what do I do first»: the steps, how (no first hour)
  [/\b(?:hva|kva|what)\s+(?:(?:skal|should|must|må|do)\s+)?(?:(?:jeg|eg|i|you|we|man|ein)\s+)?(?:gjør|gjer|gjøre|gjere|do)\s+(?:(?:jeg|eg|i|man|ein|you|vi|me|we)\s+)?(?:først|fyrst|forst|first)\b/giu, 'hvordan'],
  // «walk me through», «like I'm five», «ta meg gjennom»: the steps, how; «in simple words», «med enkle ord» ask nothing more
  [/\b(?:(?:walk|talk|take)\s+me\s+through|like\s+(?:i'?m|i\s+am)\s+(?:five|5))\b/giu, 'how'],
  [/\b(?:ta|tek|tar)\s+meg\s+gjennom\b/giu, 'hvordan'],
  [/\b(?:in\s+(?:simple|plain)\s+(?:terms|words|english)|med\s+enkle\s+ord)\b/giu, ''],
  // «nok av brystet inn i munnen», «enough of the breast in his mouth»: a mouthful of breast, the latch, not enough milk
  [/\b(?:nok|mye|mykje|lite|mer|meir|stor\s+del|enough|much|more|little|a\s+lot)\s+(?:av|of)\s+(?:the\s+|my\s+)?(?:brystet|puppen|vortegården|vorteringen|breast|boob|areola)\s+(?:\p{L}+\s+){0,2}?(?:inn\s+)?(?:i|in|into)\s+(?:munnen|her\s+mouth|his\s+mouth|the\s+mouth)\b/giu, 'munnfull bryst sugetak'],
  // «back to back», «one after another», «i strekk», «etter kvarandre»: sessions in a row (the 3 × 20 ml sign)
  [/\b(?:back\s+to\s+back|one\s+after\s+(?:another|the\s+other)|in\s+a\s+row|i\s+strekk|på\s+rad|rett\s+etter\s+(?:hverandre|kvarandre))\b/giu, 'etter hverandre'],
  // «pumpe i tillegg», «i tillegg til»: as well; «tillegg» alone is formula given beside the breast
  [/\bi\s+tillegg\b/giu, 'også'],
  // «that's why they…», «which is why»: an explanation she passes on, no «why» she asks
  [/\b(?:that's|thats|that\s+is|which\s+is|this\s+is|and\s+that's|and\s+thats)\s+why\b/giu, 'so'],
  // «the best way to», «the right way to»: how
  [/\b(?:the\s+)?(?:best|right|correct|proper|easiest|good|better)\s+way\s+(?:to|of)\b/giu, 'how to'],
  // «den beste måten å», «ein enklare måte å»: how, as «the best way to» is
  [/\b(?:(?:den|ein|en|ei|eit|et)\s+)?(?:beste|bedre|betre|enkleste|enklere|enklare|riktige|rette|rett|riktig|god|grei|lurest|lurast)\s+måten?\s+(?:å|aa|til\s+å)(?=\s)/giu, 'hvordan'],
];

/** The text with each idiom read as the words that carry its meaning. */
export function withIdiomsRead(text: string): string {
  return IDIOMS.reduce((read, [idiom, reading]) => read.replace(idiom, reading), text);
}
