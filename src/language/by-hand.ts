import type { Token } from './tokens';

/** "hånd" is also the fold of "hand", "hånda", "hånden". */
const HANDS = new Set(['hånd', 'hender', 'hendene', 'hendane', 'hands']);
const BY = new Set(['med', 'for', 'by', 'with', 'using']);
const OWNERS = new Set(['my', 'mine', 'the']);

/**
 * "med hendene", "for hånd", "med handa", "by hand", "with my hands": milk taken out by hand is hand
 * expression, even without the verb "håndmelke". The tokens read from `at`, or 0.
 */
export function byHandAt(tokens: readonly Token[], at: number): number {
  if (!BY.has(tokens[at]?.text ?? '')) return 0;
  const owner = OWNERS.has(tokens[at + 1]?.text ?? '') ? 1 : 0;
  return HANDS.has(tokens[at + 1 + owner]?.text ?? '') ? 2 + owner : 0;
}
