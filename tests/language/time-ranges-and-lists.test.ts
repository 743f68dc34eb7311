import { NOW, logOf } from './support/log-of';

const oslo = (clock: string, day = '2026-11-26'): string => new Date(`${day}T${clock}:00+01:00`).toISOString().replace('.000Z', 'Z');

describe('a time range is stored at its start, a feed with its length', () => {
  it.each<[string, 'nb' | 'nn' | 'en', string, number]>([
    ['ammet fra 10.40 til 11.05', 'nb', '10:40', 25],
    ['ammet kl 7-7.45', 'nb', '07:00', 45],
    ['amma mellom 12 og 12.30', 'nn', '12:00', 30],
    ['fed between 10:10 and 10:30', 'en', '10:10', 20],
  ])('"%s"', (text, locale, start, minutes) => {
    expect(logOf(text, locale).events).toEqual([{ type: 'feed', at: oslo(start), minutes }]);
  });

  it('a range past midnight ends the next day', () => {
    expect(logOf('ammet i går fra 23.50 til 00.15').events).toEqual([{ type: 'feed', at: oslo('23:50', '2026-11-25'), minutes: 25 }]);
  });

  it('a range longer than any feed keeps its start, without a length', () => {
    expect(logOf('ammet fra 8 til 12').events).toEqual([{ type: 'feed', at: oslo('08:00') }]);
  });

  it('a pump session keeps its amount, never the end of the range as ml', () => {
    expect(logOf('pumpet fra 11.00 til 11.15, 25 ml').events).toEqual([{ type: 'pump', at: oslo('11:00'), ml: 25 }]);
  });

  it.each(['pumpet 20-25 ml', 'ammet 10-15 min'])('"%s" is an amount or a length, no time range', (text) => {
    expect(logOf(text).events.every((event) => event.at === NOW)).toBe(true);
  });
});

describe('several times in one message: each is stored, or none is', () => {
  it.each<[string, 'nb' | 'nn' | 'en', string[]]>([
    ['ammet kl 6 og kl 9.30', 'nb', ['06:00', '09:30']],
    ['ammet kl 6, 9 og 12', 'nb', ['06:00', '09:00', '12:00']],
    ['amma klokka 8 og 10', 'nn', ['08:00', '10:00']],
    ['breastfed at 7 and at 11', 'en', ['07:00', '11:00']],
    ['ammet kl 6 og igjen kl 9', 'nb', ['06:00', '09:00']],
    ['amma kl 6, så att kl 9', 'nn', ['06:00', '09:00']],
    ['fed her at 6 and again at 9', 'en', ['06:00', '09:00']],
  ])('"%s" is one feed at each time', (text, locale, clocks) => {
    expect(logOf(text, locale).events).toEqual(clocks.map((clock) => ({ type: 'feed', at: oslo(clock) })));
  });

  it('bare hours listed after a night time are at night too', () => {
    expect(logOf('ammet i natt kl 1 og 4').events.map((event) => event.at)).toEqual([oslo('01:00'), oslo('04:00')]);
  });

  it('each side goes with its own time', () => {
    expect(logOf('ammet høyre kl 9 og venstre kl 11').events).toEqual([
      { type: 'feed', at: oslo('09:00'), side: 'right' },
      { type: 'feed', at: oslo('11:00'), side: 'left' },
    ]);
  });

  it.each(['pumpet 30 ml kl 9 og kl 12', 'håndmelket 2 ml kl 9 og kl 12', 'pumpet kl 9 og kl 12'])(
    '"%s": an amount cannot be repeated safely, so the time is left unplaced and nothing is stored',
    (text) => {
      expect(logOf(text).concerns).toContainEqual({ code: 'unplaced-time', written: 'kl 12' });
    },
  );

  it('a bare number after a time that is an amount stays an amount', () => {
    expect(logOf('pumpet kl 9 og 12 ml').events).toEqual([{ type: 'pump', at: oslo('09:00'), ml: 12 }]);
  });
});
