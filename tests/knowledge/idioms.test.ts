import { withIdiomsRead } from '../../src/knowledge/idioms';

describe('withIdiomsRead', () => {
  it.each([
    ['fikk han i seg nok i natt', 'fikk han i seg nok nok i natt'],
    ['får i seg lite', 'får i seg nok lite'],
    ['is she getting anything at all', 'is she getting anything enough at all'],
    ['he did not take anything in', 'he did not take anything in enough'],
  ])('"%s" has its meaning written out', (text, read) => {
    expect(withIdiomsRead(text)).toBe(read);
  });

  it('leaves other uses of the little words alone', () => {
    expect(withIdiomsRead('jeg får ikke sove i seng')).toBe('jeg får ikke sove i seng');
    expect(withIdiomsRead('get in touch')).toBe('get in touch');
  });
});
