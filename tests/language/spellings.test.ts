import { understand } from '../../src/language';
import { normalize } from '../../src/language/normalize';
import { stoolColour } from '../../src/language/stools';

const NOW = '2026-11-26T13:00:00Z';
const ctx = (locale: 'nb' | 'nn' | 'en') => ({ now: NOW, timezone: 'Europe/Oslo', locale });

describe('colour words with their endings', () => {
  it.each([
    ['brunleg', 'transitional'],
    ['grønt', 'transitional'],
    ['brungrønne', 'transitional'],
    ['gulaktig', 'yellow'],
    ['svartleg', 'meconium'],
  ])('"%s" is %s', (word, kind) => {
    expect(stoolColour(word)).toBe(kind);
  });

  it.each(['constructor', 'toString', 'gule bleier', 'blått'])('"%s" is no colour', (word) => {
    expect(stoolColour(word)).toBeUndefined();
  });
});

describe('a typo in a short log word', () => {
  it.each([
    ['ammmmet', 'ammet'],
    ['amett', 'ammet'],
    ['pummpet', 'pumpet'],
    ['kommt', 'kommet'],
    ['brestfed', 'breastfed'],
  ])('"%s" reads as "%s"', (typo, word) => {
    expect(normalize(typo)).toBe(word);
  });

  it.each(['amen', 'mamma', 'kammen', 'met', 'hammer', 'aket', 'komst', 'dumpet'])('"%s" is a word of its own and stays it', (word) => {
    expect(normalize(word)).toBe(word);
  });

  it('"amet i går kl 21" logs a feed', () => {
    expect(understand('amet i går kl 21', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'feed', at: '2026-11-25T20:00:00Z' }] });
  });
});

describe('a side misspelt is still the side, never dropped', () => {
  it.each([
    ['ammet venstr kl 10', 'nb', 'left'],
    ['ammet høyer kl 10', 'nb', 'right'],
    ['amma vesntre kl 10', 'nn', 'left'],
    ['fed rihgt side at 10', 'en', 'right'],
    ['breastfed lfet at 10', 'en', 'left'],
  ] as const)('"%s"', (text, locale, side) => {
    expect(understand(text, ctx(locale))).toMatchObject({ kind: 'log', events: [{ type: 'feed', at: '2026-11-26T09:00:00Z', side }] });
  });

  it.each(['høre', 'høyere', 'lift', 'lent'])('"%s" is a word of its own and stays it', (word) => {
    expect(normalize(word)).toBe(word);
  });
});

describe('a long command word with one typo is still the command', () => {
  it.each([
    ['oppsumering', 'summary'],
    ['samandrg', 'summary'],
    ['eksportr', 'export'],
  ] as const)('"%s"', (text, kind) => {
    expect(understand(text, ctx('nb'))).toEqual({ kind });
  });
});

describe('nynorsk parts of the day', () => {
  it('"i føremiddag" is the forenoon', () => {
    expect(understand('pumpa 20 ml i føremiddag', ctx('nn'))).toMatchObject({ kind: 'log', events: [{ type: 'pump', at: '2026-11-26T09:00:00Z', ml: 20 }] });
  });
});
