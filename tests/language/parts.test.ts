import { parseClock } from '../../src/language/clock';
import { normalize } from '../../src/language/normalize';
import { parseNumber } from '../../src/language/numbers';
import { resolveTime } from '../../src/language/relative-time';
import { stoolColour } from '../../src/language/stools';
import { parseVolume } from '../../src/language/volumes';
import { parseYesNo } from '../../src/language/yes-no';

describe('normalize', () => {
  test.each([
    ['Baesj', 'bæsj'],
    ['BLEIER', 'bleie'],
    ['bleia', 'bleie'],
    ['pumpa', 'pumpet'],
    ['pumpe', 'pumpet'],
    ['amde', 'ammet'],
    ['amma', 'ammet'],
    ['<b>ammet</b> 😀 nå', 'ammet nå'],
    ['  **våt**   bleie  ', 'våt bleie'],
  ])('%s -> %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });
});

describe('numbers', () => {
  test.each([
    ['12', 12], ['0,2', 0.2], ['1.5', 1.5], ['en', 1], ['ett', 1], ['ei', 1], ['eitt', 1], ['ein', 1], ['one', 1],
    ['to', 2], ['two', 2], ['tre', 3], ['sju', 7], ['syv', 7], ['tjue', 20], ['tjueen', 21], ['tjueein', 21], ['tjue en', 21],
    ['femogtjue', 25], ['tretti', 30], ['førti', 40], ['førr', 40], ['femti', 50], ['hundre', 100], ['hundre og femti', 150],
    ['twenty-one', 21], ['ninety nine', 99],
  ])('%s = %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
  test('"to" is not a number in English', () => {
    expect(parseNumber('to', 'en')).toBeUndefined();
  });
  test('words that are not numbers', () => {
    expect(parseNumber('bleie')).toBeUndefined();
    expect(parseNumber('14:30')).toBeUndefined();
  });
});

describe('volumes', () => {
  test.each([
    ['25 ml', 25], ['0,2 dl', 20], ['3 cl', 30], ['25 milliliter', 25], ['1 l', 1000], ['ca. 20 ml', 20],
    ['cirka 15 ml', 15], ['about 30 ml', 30], ['12 + 10 ml', 22], ['12 ml + 10 ml', 22], ['12 og 10 ml', 22], ['20-25 ml', 20],
    ['20 til 25 ml', 20],
  ])('%s = %d ml', (text, ml) => {
    expect(parseVolume(text)?.ml).toBe(ml);
  });
  test('a sum keeps its parts: one session, both breasts combined', () => {
    expect(parseVolume('12 + 10 ml')).toMatchObject({ ml: 22, parts: [12, 10], approximate: false });
  });
  test('a range is read as its lower bound and marked approximate', () => {
    expect(parseVolume('20-25 ml')).toMatchObject({ ml: 20, range: [20, 25], approximate: true });
  });
  test('absurd volumes are reported, not refused', () => {
    expect(parseVolume('600 ml')).toMatchObject({ ml: 600, outOfRange: true });
    expect(parseVolume('-5 ml')).toMatchObject({ ml: -5, outOfRange: true });
    expect(parseVolume('25 ml')).toMatchObject({ outOfRange: false });
  });
  test('a number without a unit is not a volume', () => {
    expect(parseVolume('25')).toBeUndefined();
  });
});

describe('clock', () => {
  test.each([
    ['kl 14', 14, 0, false], ['kl. 14.30', 14, 30, false], ['14:30', 14, 30, false], ['14.30', 14, 30, false],
    ['kl 08', 8, 0, false], ['kl 8', 8, 0, true], ['halv tre', 2, 30, true], ['kvart over to', 2, 15, true],
    ['kvart på tre', 2, 45, true], ['ti på halv fire', 3, 20, true], ['fem over halv tre', 2, 35, true], ['halv ett', 12, 30, true],
  ])('%s = %d:%d', (text, hour, minute, ambiguous) => {
    expect(parseClock(text)).toEqual({ hour, minute, ambiguous });
  });
  test.each([
    ['2 pm', 14, 0, false], ['half past two', 2, 30, true], ['quarter to three', 2, 45, true], ['quarter past two', 2, 15, true],
  ])('%s = %d:%d (en)', (text, hour, minute, ambiguous) => {
    expect(parseClock(text, 'en')).toEqual({ hour, minute, ambiguous });
  });
  test('invalid times are not clocks', () => {
    expect(parseClock('kl 25')).toBeUndefined();
    expect(parseClock('14.75')).toBeUndefined();
    expect(parseClock('14')).toBeUndefined();
  });
});

describe('relative times in Europe/Oslo', () => {
  const at = (now: string) => ({ now, timezone: 'Europe/Oslo' });
  const NOW = '2026-11-24T13:00:00Z'; // 14:00 local

  test.each([
    ['nå', NOW], ['akkurat nå', NOW], ['for en time siden', '2026-11-24T12:00:00Z'], ['for 20 min siden', '2026-11-24T12:40:00Z'],
    ['i natt', '2026-11-24T02:00:00Z'], ['i går kveld', '2026-11-23T19:00:00Z'], ['i morges', '2026-11-24T06:00:00Z'],
    ['i dag', NOW], ['i går', '2026-11-23T11:00:00Z'], ['i går kl 14', '2026-11-23T13:00:00Z'],
  ])('%s', (text, expected) => {
    expect(resolveTime(text, at(NOW))).toMatchObject({ at: expected, future: false });
  });

  test('"halv tre" is the most recent past 2:30, morning or afternoon', () => {
    expect(resolveTime('halv tre', at('2026-11-24T13:00:00Z'))?.at).toBe('2026-11-24T01:30:00Z');
    expect(resolveTime('halv tre', at('2026-11-24T15:00:00Z'))?.at).toBe('2026-11-24T13:30:00Z');
    expect(resolveTime('halv tre', at('2026-11-24T00:00:00Z'))?.at).toBe('2026-11-23T13:30:00Z');
  });

  test('a 24-hour time later than now today is flagged future, with yesterday offered', () => {
    expect(resolveTime('kl 15.30', at(NOW))).toEqual({
      at: '2026-11-24T14:30:00Z', future: true, approximate: false, ifYesterday: '2026-11-23T14:30:00Z',
    });
  });

  test('"i dag" gives the start of her day for counts', () => {
    expect(resolveTime('i dag', at(NOW))?.from).toBe('2026-11-23T23:00:00Z');
  });

  test('"i går kl 14" across the spring DST change is 14:00 CET, not 24 h before', () => {
    // Sunday 29 Mar 2026, 12:00 CEST (UTC+2); Saturday was still UTC+1
    expect(resolveTime('i går kl 14', at('2026-03-29T10:00:00Z'))?.at).toBe('2026-03-28T13:00:00Z');
    expect(resolveTime('kl 01.00', at('2026-03-29T10:00:00Z'))?.at).toBe('2026-03-29T00:00:00Z');
    expect(resolveTime('kl 04.00', at('2026-03-29T10:00:00Z'))?.at).toBe('2026-03-29T02:00:00Z');
  });

  test('after the autumn change, "i går kveld" is 20:00 CEST', () => {
    // Sunday 25 Oct 2026, 12:00 CET (UTC+1); Saturday evening was UTC+2
    expect(resolveTime('i går kveld', at('2026-10-25T11:00:00Z'))?.at).toBe('2026-10-24T18:00:00Z');
    expect(resolveTime('for 2 timer siden', at('2026-10-25T11:00:00Z'))?.at).toBe('2026-10-25T09:00:00Z');
  });

  test('in another zone', () => {
    expect(resolveTime('kl 14', { now: '2026-11-24T20:00:00Z', timezone: 'America/New_York' })?.at).toBe('2026-11-24T19:00:00Z');
  });
});

describe('yes/no', () => {
  test.each(['ja', 'Ja!', 'jo', 'jepp', 'ok', 'gjerne', 'ja takk', 'yes', 'yeah', 'sure'])('%s is yes', (text) => {
    expect(parseYesNo(text)).toBe('yes');
  });
  test.each(['nei', 'nope', 'nei takk', 'ikke nå', 'ikkje no', 'no', 'no thanks', 'not now'])('%s is no', (text) => {
    expect(parseYesNo(text)).toBe('no');
  });
  test('a sentence is neither', () => {
    expect(parseYesNo('ja, men babyen sover')).toBeUndefined();
  });
});

describe('stool colours', () => {
  test.each([
    ['svart', 'meconium'], ['sort', 'meconium'], ['tjæreaktig', 'meconium'], ['barnebek', 'meconium'], ['mekonium', 'meconium'],
    ['grønn', 'transitional'], ['brun', 'transitional'], ['grønnbrun', 'transitional'], ['grønbrun', 'transitional'], ['grøn', 'transitional'], ['overgangs', 'transitional'],
    ['gul', 'yellow'], ['sennepsgul', 'yellow'], ['yellow', 'yellow'],
  ])('%s -> %s', (word, kind) => {
    expect(stoolColour(word)).toBe(kind);
  });
});
