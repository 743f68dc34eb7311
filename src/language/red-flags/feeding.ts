import { aboutHer, clauseFact, has, near, someTagged, type Clause, type Reading } from './reading';

/**
 * Hours without a feed that are more than a while: two feeds missed against the 2–3 hour rhythm of
 * the first days (TOPICS.md feeding-frequency), read as not feeding. A triage line, never said to her.
 */
const NOT_FEEDING_HOURS = 6;
/** Bottle, cup, syringe, dummy: one way of feeding. */
const CHANNEL = /^(flask|bottle|kopp|cup|sproyt|syringe|smokk|dummy|pacifier)/;
const NUMBER_WORDS: Record<string, number> = {
  en: 1, ett: 1, ei: 1, eitt: 1, ein: 1, one: 1, an: 1, to: 2, two: 2, tre: 3, three: 3, fire: 4, four: 4, fem: 5, five: 5, seks: 6, six: 6,
  sju: 7, syv: 7, seven: 7, atte: 8, eight: 8, ni: 9, nine: 9, ti: 10, ten: 10, par: 2, couple: 2, few: 3, halvannen: 2,
};

/** "på tre timer", "in 2 hours", "20 min": a while, not a day without food. */
function shortWhile(clause: Clause): boolean {
  return clauseFact(clause, 'shortWhile', () => clause.words.some((word, i) => {
    const value = word.number ?? NUMBER_WORDS[word.text];
    const next = clause.words[i + 1];
    if (value === undefined || !next) return false;
    if (/^(min|mins|minutt|minutter|minutes|minute|time|timen)$/.test(next.text)) return true;
    return value < NOT_FEEDING_HOURS && has(next, 'hourUnit');
  }));
}

/** The breast as what she will not take (folded: æ→a, ø→o, å→a). */
const BREAST = /^(bryst|pupp|breast|boob)/;
/** Food at all, another way of feeding, or a stretch of time: more than one feed at the breast refused. */
const MORE_THAN_A_FEED = /^(hele|heile|noe|noko|anything|all|siden|sidan|sia|since|lenge|long|dag|dagen|dogn|dognet|day|natt|natta|natten|night|flask|bottle|kopp|cup|mat|maten|food|timer|timar|hours|heller|either|igjen|again)$/;

/**
 * «vil ikke ta brystet», «nekter å ta puppen», «won't take the breast»: a baby who will not latch at
 * this feed, often screaming, is a latch question, not a baby who is not feeding. A midwife's line:
 * with food in general, a bottle too, a stretch of time or any sleepiness it is not feeding.
 */
export function refusesOnlyTheBreast(reading: Reading): boolean {
  const words = reading.clauses.flatMap((clause) => clause.words);
  if (words.some((word) => MORE_THAN_A_FEED.test(word.text) || word.tags.has('tired') || word.tags.has('lethargic'))) return false;
  if (words.some((word) => word.negated && word.tags.has('feedVerb'))) return false;
  return someTagged(reading, ['refuse', 'takeVerb'], (clause, word, i) => {
    const refusing = word.tags.has('refuse') || (word.negated && word.tags.has('takeVerb'));
    if (!refusing) return false;
    const objects = clause.words.slice(i + 1, i + 4).filter((other) => other.tags.has('feedObject'));
    return objects.length > 0 && objects.every((other) => BREAST.test(other.text));
  });
}

/** Names a bottle, cup or syringe. */
function namesAChannel(clause: Clause): boolean {
  return clauseFact(clause, 'channel', () => clause.words.some((word) => CHANNEL.test(word.text)));
}

/** Not feeding: "vil ikke die", "nekter å ta brystet", "won't feed", "hasn't fed since yesterday"; not one side, not a few hours, not her own meals. */
export function notFeeding(reading: Reading): boolean {
  if (refusesOnlyTheBreast(reading)) return false;
  // "drikker ikke fra flaske men dier fint": one way of feeding, not none
  const feedsWell = someTagged(reading, 'feedVerb', (clause, word, i) => !word.negated && near(clause, i, 'reassurance', 0, 2, true));
  return someTagged(reading, ['feedVerb', 'refuse', 'takeVerb'], (clause, word, i) => {
    if (aboutHer(clause, i) || near(clause, i, 'side', 1, 4)) return false;
    if (feedsWell && namesAChannel(clause)) return false;
    const sign =
      (word.negated && word.tags.has('feedVerb')) ||
      (!word.negated && word.tags.has('refuse') && (near(clause, i, 'feedVerb', 0, 3) || near(clause, i, 'feedObject', 0, 3))) ||
      (word.negated && word.tags.has('takeVerb') && near(clause, i, 'feedObject', 0, 2));
    return sign && !shortWhile(clause);
  });
}
