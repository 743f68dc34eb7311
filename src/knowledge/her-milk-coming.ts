/**
 * Her milk that comes, begins to come or arrives («melka begynner å komme», «when does the real milk actually
 * arrive», «till my milk comes properly») is the milk coming in, read as that topic's own word (laktogenese): a
 * question about it had been taken for how much hand expression gives, or for when to start it, which hold
 * «milk» and «come» too. Milk that comes out, or does not, when she expresses («melka kommer ikke ut») is not.
 */
const MILK_COMING =
  /\b(?:melka|melken|mjølka|mjølki|milk|supply)\s+(?:\p{L}+\s+){0,2}?(?:(?:begynner|byrjar|starter|startar|begins|starts)\s+(?:å|aa|to)\s+)?(?:kommer|kjem|komme|kome|come|comes|coming|arrive|arrives|arriving)\b(?!\s+(?:(?:ikke|ikkje|not)\s+)?(?:ut|out|fram)\b)/giu;

/**
 * Her milk that is here, there or in place («før mjølka er her», «til melken er på plass», «before my milk is here»):
 * it has come, as when it comes. Milk that is in the fridge or the bottle is not.
 */
const MILK_HERE =
  /\b(?:melka|melken|mjølka|mjølki|milk|supply)\s+(?:(?:min|mi|my)\s+)?(?:er|var|blir|vert|være|vere|is|was|be|gets)\s+(?:(?:her|here|der|there|på\s+plass|i\s+gang|in\s+place|established)\b(?!\s+(?:i|in|på)\s+(?:kjøleskapet|kjøleskåpet|fryseren|frysaren|flaska|flasken|the\s+fridge|the\s+freezer|the\s+bottle))|etablert)/giu;

/** The text with her milk coming read as the milk coming in. */
export function withMilkComingRead(text: string): string {
  return text.replace(MILK_COMING, '$& laktogenese').replace(MILK_HERE, '$& laktogenese');
}
