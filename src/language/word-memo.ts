/** No word a mother means is longer; a longer one is computed each time and not kept. */
const MAX_KEPT_WORD_LENGTH = 40;

/**
 * A pure function of one word, remembered. Mothers write with a small vocabulary, and each word
 * of every message is otherwise folded, stemmed and looked up afresh for each matcher. Bounded:
 * past `max` words the memory starts over, so a stream of new words cannot make it grow.
 */
export function rememberedPerWord<T>(compute: (word: string) => T, max = 4096): (word: string) => T {
  const remembered = new Map<string, T>();
  return (word: string): T => {
    if (word.length > MAX_KEPT_WORD_LENGTH) return compute(word);
    const kept = remembered.get(word);
    if (kept !== undefined) return kept;
    const value = compute(word);
    if (remembered.size >= max) remembered.clear();
    remembered.set(word, value);
    return value;
  };
}
