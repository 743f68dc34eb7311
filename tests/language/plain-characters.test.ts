import { understand } from '../../src/language/intents';
import { plainCharacters } from '../../src/language/plain-characters';
import { parseVolume } from '../../src/language/volumes';
import { parseNumber } from '../../src/language/numbers';
import type { Locale } from '../../src/mother/profile';

// Tuesday 24 Nov 2026, 14:00 in Oslo (UTC+1)
const NOW = '2026-11-24T13:00:00Z';
const ctx = (locale: Locale) => ({ now: NOW, timezone: 'Europe/Oslo', locale });

/** Every invisible format character the issue names, with its name. */
const FORMAT_CHARACTERS: Array<[string, string]> = [
  ['zero-width space', '\u200b'],
  ['zero-width non-joiner', '\u200c'],
  ['zero-width joiner', '\u200d'],
  ['word joiner', '\u2060'],
  ['byte order mark', '\ufeff'],
  ['soft hyphen', '\u00ad'],
  ['left-to-right mark', '\u200e'],
  ['right-to-left mark', '\u200f'],
  ['left-to-right embedding', '\u202a'],
  ['right-to-left override', '\u202e'],
  ['pop directional formatting', '\u202c'],
  ['left-to-right isolate', '\u2066'],
  ['pop directional isolate', '\u2069'],
];

const pumpMl = (text: string, locale: Locale): unknown => {
  const intent = understand(text, ctx(locale));
  return intent.kind === 'log' ? { events: intent.events.map((e) => ('ml' in e ? e.ml : e.type)), pending: intent.pending.length } : intent.kind;
};

describe('format characters are gone before a number is read', () => {
  it.each(FORMAT_CHARACTERS)('a %s inside "17" leaves 17', (_name, mark) => {
    expect(plainCharacters(`1${mark}7 ml`)).toBe('17 ml');
    expect(pumpMl(`pumpet 1${mark}7 ml`, 'nb')).toEqual({ events: [17], pending: 0 });
    expect(pumpMl(`pumped 1${mark}7 ml`, 'en')).toEqual({ events: [17], pending: 0 });
    expect(pumpMl(`pumpa 1${mark}7 ml`, 'nn')).toEqual({ events: [17], pending: 0 });
    expect(parseVolume(`1${mark}7 ml`)?.ml).toBe(17);
  });

  it('a check-in answer, a count and a clock time are read whole', () => {
    expect(understand('1\u200d2', ctx('nb'))).toEqual({ kind: 'number', value: 12, approximate: false });
    expect(understand('1\u200b2', ctx('en'))).toEqual({ kind: 'number', value: 12, approximate: false });
    expect(understand('2\u200c2, 2\u20605 og 3\ufeff0', ctx('nb'))).toEqual({ kind: 'numbers', values: [22, 25, 30] });
    const count = understand('ammet 1\u200d0 ganger siden i morges', ctx('nb'));
    expect(count.kind === 'log' && count.events.length).toBe(10);
    expect(understand('ammet kl 1\u200d1.30', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'feed', at: '2026-11-24T10:30:00Z' }] });
    expect(understand('fed at 1\u200b1:30', ctx('en'))).toMatchObject({ kind: 'log', events: [{ type: 'feed', at: '2026-11-24T10:30:00Z' }] });
  });

  it('a word with a format character inside is the same word: commands and logs still work', () => {
    expect(understand('sl\u00adett mine data', ctx('nb'))).toEqual({ kind: 'delete' });
    expect(understand('de\u200dlete my data', ctx('en'))).toEqual({ kind: 'delete' });
    expect(understand('\u200fstatus\u200e', ctx('nb'))).toEqual({ kind: 'status' });
    expect(pumpMl('pum\u00adpet 25 ml', 'nb')).toEqual({ events: [25], pending: 0 });
  });

  it('leaves an ordinary message as it is, without copying it', () => {
    const text = 'Pumpet 25 ml kl 14.30, våt bleie og gul bæsj!';
    expect(plainCharacters(text)).toBe(text);
    expect(plainCharacters('')).toBe('');
  });
});

describe('digits of other scripts are the digits they are; other look-alikes are never read as a smaller number', () => {
  it.each([
    ['fullwidth', '１７'],
    ['Arabic-Indic', '١٧'],
    ['Persian', '۱۷'],
    ['Devanagari', '१७'],
    ['mathematical bold', '𝟏𝟕'],
    ['one of each', '1７'],
  ])('%s 17 is 17 ml', (_name, digits) => {
    expect(pumpMl(`pumpet ${digits} ml`, 'nb')).toEqual({ events: [17], pending: 0 });
    expect(pumpMl(`pumped ${digits} ml`, 'en')).toEqual({ events: [17], pending: 0 });
    expect(parseNumber(digits)).toBe(17);
  });

  it('an Arabic decimal separator is a decimal comma, an Arabic thousands separator groups', () => {
    expect(pumpMl('pumpet ٢٫٥ dl', 'nb')).toEqual({ events: [250], pending: 0 });
    expect(parseVolume('١٬٠٠٠ ml')).toMatchObject({ ml: 1000, outOfRange: true });
  });

  it('a no-break or thin space that groups thousands groups them: 1 000 ml is too much, never 0 ml', () => {
    for (const space of ['\u00a0', '\u202f', '\u2009']) {
      expect(parseVolume(`1${space}000 ml`)).toMatchObject({ ml: 1000, outOfRange: true });
      const intent = understand(`pumpet 1${space}000 ml`, ctx('nb'));
      expect(intent).toMatchObject({ kind: 'log', concerns: [{ code: 'volume-out-of-range', ml: 1000 }] });
    }
  });

  it.each([
    ['a half', 'pumpet 2½ dl', 'pumped 2½ dl'],
    ['a half alone', 'pumpet ½ dl', 'pumped ½ dl'],
    ['a superscript', 'pumpet 1² ml', 'pumped 1² ml'],
    ['a circled digit', 'pumpet 1① ml', 'pumped 1① ml'],
  ])('%s: no volume is read, so she is asked for it', (_name, nb, en) => {
    expect(pumpMl(nb, 'nb')).toEqual({ events: [], pending: 1 });
    expect(pumpMl(en, 'en')).toEqual({ events: [], pending: 1 });
  });
});

describe("a clock Web Chat turned into an emoji (its emoticon ':0' is 😲)", () => {
  it.each([
    ['09😲0', '09:00'],
    ['ammet kl 8😲5', 'ammet kl 8:05'],
    ['kl 10😲️0', 'kl 10:00'],
  ])('%s reads as %s', (typed, meant) => {
    expect(plainCharacters(typed)).toBe(meant);
  });

  it('leaves the emoji alone where no digit comes before it', () => {
    expect(plainCharacters('😲 hun sovnet')).toBe('😲 hun sovnet');
  });
});
