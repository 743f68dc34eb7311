import { logOf } from './support/log-of';
import { understand } from '../../src/language';
import type { Locale } from '../../src/mother/profile';

/** 03:40 in Oslo, in the night: «rundt 1» is 01:00 an hour and forty minutes ago. */
const NIGHT = '2026-11-26T02:40:00Z';
const atNight = (text: string, locale: Locale) => understand(text, { now: NIGHT, timezone: 'Europe/Oslo', locale });

/**
 * «ammet rundt 1» at 03:40 stored the feed at 03:40: a bare hour after «rundt / ca / around» was not
 * read as a clock, since «ca 8» may be an amount. After a feed or a diaper it is when it was.
 */
describe('a rough hour after a feed or a diaper is when it was', () => {
  it.each<[string, Locale, string]>([
    ['ammet rundt 1', 'nb', '2026-11-26T00:00:00.000Z'],
    ['ammet ca 1', 'nb', '2026-11-26T00:00:00.000Z'],
    ['våt bleie rundt 3', 'nb', '2026-11-26T02:00:00.000Z'],
    ['ammet rundt 11 i går', 'nb', '2026-11-25T22:00:00.000Z'],
    ['amma omlag 2', 'nn', '2026-11-26T01:00:00.000Z'],
    ['fed around 1', 'en', '2026-11-26T00:00:00.000Z'],
    ['fed at about 1', 'en', '2026-11-26T00:00:00.000Z'],
  ])('«%s» (%s)', (text, locale, at) => {
    const intent = atNight(text, locale);
    expect(intent).toMatchObject({ kind: 'log' });
    const events = intent.kind === 'log' ? intent.events : [];
    expect(events).toHaveLength(1);
    expect(new Date(events[0]!.at).toISOString()).toBe(at);
  });

  it('keeps a number with a unit, and an amount after pumping, as they were', () => {
    expect(logOf('ammet ca 20 min').events).toMatchObject([{ type: 'feed', minutes: 20 }]);
    expect(logOf('ammet i ca 1 time').events).toMatchObject([{ type: 'feed', minutes: 60 }]);
    expect(logOf('ammet ca 3 ganger').events).toHaveLength(3);
    expect(logOf('pumpet ca 8').events).toMatchObject([{ type: 'pump', ml: 8 }]);
    expect(logOf('ammet og pumpet ca 20').events).toMatchObject([{ type: 'feed' }, { type: 'pump', ml: 20 }]);
    expect(logOf('fed for about 20 min', 'en').events).toMatchObject([{ type: 'feed', minutes: 20 }]);
  });
});
