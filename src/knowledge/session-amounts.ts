/**
 * Amounts in ml listed one after another («25 ml, 22 ml og 30 ml», «got 24, 26 and 31 ml») are her sessions'
 * amounts. Three or more, one of them 20 ml or more, ask what they mean for the 3 × 20 ml sign (TOPICS.md:
 * at least 20 ml in each of three sessions in a row), though they name no word of it: they are read as
 * sessions one after another («etter hverandre»). Numbers alone tell no topic, so without this such a question is declined.
 */
const AMOUNT = String.raw`\d+(?:[.,]\d+)?(?:\s*ml\b)?`;
const BETWEEN = String.raw`\s*(?:,|\+|\/|;|og så|og|and then|and|then|så|deretter|etterpå|after that)\s*`;
const LISTED_AMOUNTS = new RegExp(`${AMOUNT}(?:${BETWEEN}${AMOUNT})+`, 'giu');
const MIN_SESSIONS = 3;
const SIGN_ML = 20;

function saysSessionsInARow(listed: string): boolean {
  if (!/ml\b/iu.test(listed)) return false;
  const amounts = (listed.match(/\d+(?:[.,]\d+)?/gu) ?? []).map((n) => Number(n.replace(',', '.')));
  return amounts.length >= MIN_SESSIONS && amounts.some((ml) => ml >= SIGN_ML);
}

/** The text with a list of three or more session amounts read as sessions in a row. */
export function withSessionAmountsRead(text: string): string {
  return text.replace(LISTED_AMOUNTS, (listed) => (saysSessionsInARow(listed) ? `${listed} etter hverandre` : listed));
}
