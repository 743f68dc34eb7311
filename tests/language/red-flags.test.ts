import { detectRedFlag } from '../../src/language/red-flags';

describe('detectRedFlag', () => {
  it.each([
    ['babyen puster ikke', 'bokmål'],
    ['hun har sluttet å puste', 'bokmål'],
    ['leppene hennes er blå', 'bokmål'],
    ['han ble helt grå i ansiktet', 'bokmål'],
    ['hun reagerer ikkje', 'nynorsk'],
    ['babyen har kramper', 'bokmål'],
    ['jeg blør kraftig og svimte nesten av', 'typo'],
    ['jeg har trykk i brystet og pustebesvær', 'bokmål'],
    ['ho pustar ikkje', 'nynorsk'],
    ['he has stopped breathing', 'English'],
    ['her face looks grey', 'English'],
    ['she is unresponsive', 'English'],
  ])('calls for 113 on "%s" (%s)', (text) => {
    expect(detectRedFlag(text)).toBe('red-flag.emergency');
  });

  it.each([
    'babyen har 38,2',
    'tempen er 39 grader',
    'han har feber',
    'hun er veldig slapp',
    'vanskelig å vekke henne',
    'vil ikke die i det hele tatt',
    'hun gulper grønt',
    'grønt oppkast',
    'ingen våte bleier på et døgn',
    'jeg har feber og frysninger',
    'brystet er rødt og varmt og jeg har feber',
    'gul i huden og sover hele tiden',
    'gulsott første døgnet',
    'ho er vond å vekkje',
    'baby has a fever of 38.3',
    'won’t feed at all',
    'no wet diaper in 24 hours',
    'frysnigner og feber',
  ])('calls for legevakt on "%s"', (text) => {
    expect(detectRedFlag(text)).toBe('red-flag.urgent');
  });

  it('lets emergency win over urgent in the same message', () => {
    expect(detectRedFlag('hun har 39 i feber og nå puster hun ikke')).toBe('red-flag.emergency');
  });

  it.each([
    'hun puster fint',
    'ingen feber',
    'hun har ikke feber',
    'ikke blå lenger, fin farge',
    'sover mye mellom måltidene',
    'hun sover mye, skal jeg vekke henne for å amme',
    'jeg vil ikke vekke henne',
    'jeg har kramper i magen når jeg ammer',
    'gul bæsj i bleia',
    'grønn bæsj er det normalt',
    'råmelken er gul og tykk',
    'jeg er så trøtt',
    'er 37,8 feber',
    'hun ble født i uke 38',
    'jeg pumpet 38,5 ml',
    'vondt i brystet når hun suger',
    'vondt i brystene, de er harde',
    'jeg har feber',
    'hun har et blåmerke',
    'kva gjer eg no',
    'she is breathing fine, no fever',
    'how often should I pump',
    'hvordan melker jeg ut for hånd',
  ])('stays quiet on "%s"', (text) => {
    expect(detectRedFlag(text)).toBeNull();
  });

  it('uses the hours since birth when it knows them', () => {
    expect(detectRedFlag('hun ser gul ut', { hoursSinceBirth: 20 })).toBe('red-flag.urgent');
    expect(detectRedFlag('hun ser gul ut', { hoursSinceBirth: 60 })).toBeNull();
    expect(detectRedFlag('ingen våte bleier siden i går', { hoursSinceBirth: 40 })).toBeNull();
    expect(detectRedFlag('ingen våte bleier siden i går', { hoursSinceBirth: 80 })).toBe('red-flag.urgent');
  });

  it('never throws, whatever it gets', () => {
    expect(detectRedFlag('')).toBeNull();
    expect(detectRedFlag(undefined as unknown as string)).toBeNull();
    expect(detectRedFlag('🍼🍼🍼 ,,,, ... 38,,, 39.. ###')).toBeNull();
  });

  it('handles a 100 KB message and still finds the sign at its end', () => {
    const filler = 'hun sover godt og dier fint mellom måltidene. '.repeat(2200);
    expect(filler.length).toBeGreaterThan(100_000);
    expect(detectRedFlag(filler)).toBeNull();
    expect(detectRedFlag(`${filler} nå puster hun ikke`)).toBe('red-flag.emergency');
  });
});
