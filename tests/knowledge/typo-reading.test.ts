import { withTyposRead } from '../../src/knowledge/typo-reading';
import { deletionVariants, isTypoOf } from '../../src/language/typos';

describe('typos', () => {
  it('reads a letter left out, doubled or swapped, never one replaced', () => {
    expect(isTypoOf('pustr', 'puster')).toBe(true);
    expect(isTypoOf('feeber', 'feber')).toBe(true);
    expect(isTypoOf('siezure', 'seizure')).toBe(true);
    expect(isTypoOf('puter', 'puster')).toBe(true);
    expect(isTypoOf('merk', 'melk')).toBe(false);
    expect(deletionVariants('ab')).toEqual(['ab', 'b', 'a']);
  });
});

describe('withTyposRead', () => {
  it('reads a short word one slip from a known word as that word', () => {
    expect(withTyposRead('hvor mye mellk')).toBe('hvor mye melk');
    expect(withTyposRead('skifte bleeir')).toBe('skifte bleier');
  });

  it('reads a short word with a letter left out when it ends as no word does', () => {
    expect(withTyposRead('hvor ofte pumpr du')).toBe('hvor ofte pumper du');
    expect(withTyposRead('etter to timr')).toBe('etter to timer');
  });

  it('reads a short word with a letter left out as the little word it misses', () => {
    expect(withTyposRead('what woud help')).toBe('what would help');
  });

  it('leaves known words, and short words a letter shorter than a known one, as they are', () => {
    expect(withTyposRead('når kommer melken')).toBe('når kommer melken');
    expect(withTyposRead('kan vi gi grøt')).toBe('kan vi gi grøt');
  });
});
