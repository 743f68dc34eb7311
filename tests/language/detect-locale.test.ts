import { detectLocale } from '../../src/language/detect-locale';

describe('detectLocale: the language of a first message, when it is clear', () => {
  it.each([
    // A bare greeting: no English speaker writes "hei", "hallo" or "heisann"; "hi" and "hello" are English.
    ['hei', 'nb'],
    ['Hei!', 'nb'],
    ['hallo', 'nb'],
    ['heisann', 'nb'],
    ['god morgen', 'nb'],
    ['takk', 'nb'],
    ['hi', 'en'],
    ['Hello!', 'en'],
    ['good morning', 'en'],
    // Sentences: the small words tell bokmål, nynorsk and English apart.
    ['hei, jeg har nettopp født', 'nb'],
    ['Hvordan vet jeg at babyen får nok melk?', 'nb'],
    ['jeg er så sliten', 'nb'],
    ['eg har nettopp fødd', 'nn'],
    ['hei! kva gjer eg no', 'nn'],
    ['Hei, korleis fungerer dette?', 'nn'],
    ['eg veit ikkje kor mykje ho et', 'nn'],
    ['hello I just gave birth', 'en'],
    ['I’m so tired', 'en'],
    ["what should I do if she won't latch?", 'en'],
    ['fed 15 min', 'en'],
    // Mixed, with a clear majority.
    ['hello, jeg har nettopp født en gutt', 'nb'],
    ['hei I just gave birth to a little boy', 'en'],
  ] as const)('%j is %s', (text, locale) => {
    expect(detectLocale(text)).toBe(locale);
  });

  it.each([
    // Answers and button values say nothing about her language: the consent buttons send "ja"/"nei" in every language.
    'ja',
    'nei',
    'yes',
    'no',
    'ok',
    'status',
    '?',
    '👋',
    '',
    '12',
    '09:00',
    // As much of one as of the other.
    'hei hello',
    'hei hi',
  ])('%j is not clear', (text) => {
    expect(detectLocale(text)).toBeUndefined();
  });

  it('keeps the Norwegian she has when the words are common to both (a nynorsk client saying "hei" stays nynorsk)', () => {
    expect(detectLocale('hei', 'nn')).toBe('nn');
    expect(detectLocale('god morgen', 'nn')).toBe('nn');
    expect(detectLocale('hei, jeg har nettopp født', 'nn')).toBe('nb');
    expect(detectLocale('eg har nettopp fødd', 'nb')).toBe('nn');
    expect(detectLocale('hello', 'nn')).toBe('en');
  });

  it('reads only the start of a long paste, fast', () => {
    const long = `${'hei '.repeat(40)}${'the '.repeat(100_000)}`;
    const started = performance.now();
    expect(detectLocale(long)).toBe('nb');
    expect(performance.now() - started).toBeLessThan(200);
  });
});
