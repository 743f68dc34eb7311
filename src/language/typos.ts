/**
 * Typos as tired thumbs make them, shared by the readers that forgive them (the red-flag signs, the
 * topics of free questions): a letter left out ("pustr"), two letters swapped ("siezure") or a letter
 * doubled ("feeber"). A letter replaced by another is not read as a typo: it too often makes another
 * word ("puter", "pasta", "vakre").
 */

/** The word and each of its one-deletion variants: a typo and its target share one of them. */
export function deletionVariants(word: string): string[] {
  const variants = [word];
  for (let i = 0; i < word.length; i += 1) variants.push(word.slice(0, i) + word.slice(i + 1));
  return variants;
}

/** `word` is `target` with one letter left out, one doubled, or two swapped. */
export function isTypoOf(word: string, target: string): boolean {
  let i = 0;
  while (i < word.length && i < target.length && word[i] === target[i]) i += 1;
  if (word.length === target.length - 1) return word.slice(i) === target.slice(i + 1);
  if (word.length === target.length + 1) return word.slice(i + 1) === target.slice(i) && (word[i] === word[i - 1] || word[i] === word[i + 1]);
  if (word.length !== target.length || i >= word.length) return false;
  return word[i] === target[i + 1] && word[i + 1] === target[i] && word.slice(i + 2) === target.slice(i + 2);
}

/**
 * The targets a word may be a typo of, found through their deletion variants. The first letter is
 * rarely the typo, and checking it keeps "klapp" from reading as "slapp".
 */
export class TypoTargets {
  private readonly byVariant = new Map<string, Set<string>>();

  constructor(targets: Iterable<string>) {
    for (const target of targets) {
      for (const variant of deletionVariants(target)) {
        const found = this.byVariant.get(variant) ?? new Set<string>();
        found.add(target);
        this.byVariant.set(variant, found);
      }
    }
  }

  /** Every target `word` is a typo of, sharing its first letter. */
  targetsOf(word: string): string[] {
    const found = new Set<string>();
    for (const variant of deletionVariants(word)) {
      for (const target of this.byVariant.get(variant) ?? []) {
        if (target !== word && target[0] === word[0] && isTypoOf(word, target)) found.add(target);
      }
    }
    return [...found];
  }
}
