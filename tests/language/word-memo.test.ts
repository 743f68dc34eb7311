import { rememberedPerWord } from '../../src/language/word-memo';
import { foldWord } from '../../src/language/folds';
import { termsOfWord } from '../../src/knowledge/analyzer';
import { foldedTokens } from '../../src/language/fold-text';

function counted(): { fn: (word: string) => string; calls: () => number } {
  let calls = 0;
  return {
    fn: (word) => {
      calls += 1;
      return word.toUpperCase();
    },
    calls: () => calls,
  };
}

describe('a word remembered', () => {
  it('is computed once, however often it comes again', () => {
    const upper = counted();
    const remembered = rememberedPerWord(upper.fn);
    expect([remembered('melk'), remembered('melk'), remembered('bleie'), remembered('melk')]).toEqual(['MELK', 'MELK', 'BLEIE', 'MELK']);
    expect(upper.calls()).toBe(2);
  });

  it('is forgotten with all the others once more words than the bound have come, so memory stays bounded', () => {
    const upper = counted();
    const remembered = rememberedPerWord(upper.fn, 3);
    for (const word of ['en', 'to', 'tre']) remembered(word);
    remembered('en');
    expect(upper.calls()).toBe(3);
    remembered('fire');
    remembered('en');
    expect(upper.calls()).toBe(5);
  });

  it('is not kept when it is longer than any word a mother means', () => {
    const upper = counted();
    const remembered = rememberedPerWord(upper.fn);
    const pasted = 'x'.repeat(41);
    remembered(pasted);
    remembered(pasted);
    expect(upper.calls()).toBe(2);
  });

  it('gives the same folds and terms the second time as the first', () => {
    for (const word of ['amde', 'baesjebleia', 'håndmelking', 'pumpa', 'feber']) expect(foldWord(word)).toBe(foldWord(word));
    expect(foldedTokens('Håndmelking, haandmelking')).toEqual(['handmelking', ',', 'handmelking']);
    const first = termsOfWord('håndmelking');
    expect(termsOfWord('Håndmelking')).toEqual(first);
    expect(termsOfWord('håndmelking')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});
