import { longestPhraseAt, type Token } from './tokens';

const PREPOSITIONS = new Set(['fra', 'frå', 'på', 'i', 'av', 'from', 'on', 'in', 'of', 'out', 'for']);
const EACH = new Set(['hvert', 'hver', 'kvart', 'kvar', 'each', 'per', 'every']);
const BREAST = new Set(['bryst', 'brystet', 'brystene', 'brysta', 'side', 'sida', 'sidene', 'sider', 'breast', 'breasts', 'boob', 'boobs']);
/** "fra hvert av brystene", "from each of the breasts" */
const OF_THE: readonly (readonly string[])[] = [['av'], ['of', 'the'], ['of']];

/**
 * "20 ml fra hvert bryst", "10 ml på hver side", "15 ml per bryst", "25 ml from each breast", "15 ml each
 * side": the amount was from each breast, so both together are twice it. The tokens read after the
 * volume (which ends at `at`), or 0.
 */
export function perBreastAt(tokens: readonly Token[], at: number): number {
  let cursor = at;
  if (PREPOSITIONS.has(tokens[cursor]?.text ?? '') && EACH.has(tokens[cursor + 1]?.text ?? '')) cursor += 1;
  if (!EACH.has(tokens[cursor]?.text ?? '')) return 0;
  cursor += 1;
  cursor += longestPhraseAt(tokens, cursor, OF_THE);
  return BREAST.has(tokens[cursor]?.text ?? '') ? cursor + 1 - at : 0;
}
