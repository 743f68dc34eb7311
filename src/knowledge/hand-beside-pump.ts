/**
 * The hand and the pump set side by side in one sentence («hendene og pumpa like mange ml», «med fingrene eller
 * den elektriske», «by hand or with the machine») are weighed against each other: hand or pump, whichever
 * else she says of them. Read so, «og» between them joins the two into one question instead of parting it in two
 * concerns («håndmelking» | «pumping samme mengde melk», taken for the 3 × 20 ml sign).
 */
const HAND = String.raw`(?:hånd|hånda|handa|hand|hender|hendene|hands|fingrene|fingrane|fingers|håndmelking|håndmelke|håndmelker|handmjølking|handmjølke|handmjølkar|klemme|squeezing)`;
const PUMP = String.raw`(?:pumpe|pumpa|pumpen|pumping|pump|pumps|pumpar|maskin|maskinen|maskina|machine|brystpumpe|brystpumpa|elektrisk|elektriske|electric)`;
// «men», «but»: one set against the other («a pump, but my fingers feel easier»)
const SET_AGAINST = String.raw`(?:og|and|eller|or|versus|vs|enn|than|men|but|instead\s+of|i\s+stedet\s+for|i\s+staden\s+for|istedenfor)`;
const WITHIN = String.raw`[^.!?,]{0,40}?`;
const SIDE_BY_SIDE = new RegExp(String.raw`\b(?:${HAND}\b${WITHIN}\b${SET_AGAINST}\b${WITHIN}\b${PUMP}|${PUMP}\b${WITHIN}\b${SET_AGAINST}\b${WITHIN}\b${HAND})\b`, 'giu');

/** The text with the hand and the pump set side by side read as hand or pump. */
export function withHandBesidePumpRead(text: string): string {
  return text.replace(SIDE_BY_SIDE, (pair) => `${pair.replace(/\s(?:og|and)\s/giu, ' eller ')} hånd eller pumpe`);
}
