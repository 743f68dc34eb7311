/**
 * A count of occasions asks how often: «hvor mange ganger i døgnet», «kor mange mål», «how many feeds a day»,
 * «how many pumping sessions» are «hvor ofte». «Hvor mange» alone carries no topic (it asks as much about
 * diapers), so without this such a question holds only the act she counts, and is declined or sent to the
 * topic that holds the day. Whether that count «er nok», «is enough», still asks how often, not whether the baby
 * gets enough.
 */
const OCCASIONS = [
  'ganger', 'gonger', 'gongar', 'times', 'økter', 'øktene', 'sessions', 'mål', 'måltider', 'måltid', 'feeds', 'feedings',
  'amminger', 'ammingar', 'pumpinger', 'pumpingar', 'pumpings',
].join('|');
/** «hvor mange ganger», «how many pumping sessions»: one word may stand before what she counts. */
const COUNTED = new RegExp(String.raw`\b(?:hvor|kor|how)\s+(?:mange|many)\s+(?=(?:\p{L}+\s+)?(?:${OCCASIONS})\b)`, 'giu');
/** «hvor ofte i døgnet er nok», «how often is enough»: the count is what she asks about. */
const OFTEN_ENOUGH = /\b(ofte|often)\b([^.,!?]*?)\s+(?:er|is|are)\s+(?:nok|enough)\b/giu;

/** The text with a count of occasions read as how often. */
export function withCountsRead(text: string): string {
  return text.replace(COUNTED, 'hvor ofte ').replace(OFTEN_ENOUGH, '$1$2');
}
