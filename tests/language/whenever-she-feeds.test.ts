import { understand } from '../../src/language/intents';
import type { Locale } from '../../src/mother/profile';

const ctx = (locale: Locale) => ({ now: '2026-11-24T13:00:00Z', timezone: 'Europe/Oslo', locale });

/** «hun sovner når jeg ammer» was stored as a feed at the time she wrote it: it says what happens whenever she feeds. */
describe('what happens whenever she feeds or pumps is no log of a feed or a pumping', () => {
  it.each<[string, Locale]>([
    ['hun sovner når jeg ammer', 'nb'],
    ['hun sovner når jeg ammer om natta', 'nb'],
    ['i dag sovnet hun når jeg ammet', 'nb'],
    ['det lekker når jeg ammer', 'nb'],
    ['hun gråter hver gang jeg pumper', 'nb'],
    ['melka renner hele tiden når jeg pumper', 'nb'],
    ['ho søv når eg ammar', 'nn'],
    ['det lek kvar gong eg pumpar', 'nn'],
    ['she falls asleep every time i feed her', 'en'],
    ['it leaks whenever i pump', 'en'],
  ])('"%s" (%s)', (text, locale) => {
    expect(understand(text, ctx(locale)).kind).not.toBe('log');
  });

  it('still logs a feed whose time she gives, one done when the baby did something, and one done now', () => {
    expect(understand('kl 12 når jeg ammet sovnet hun', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
    expect(understand('ammet når hun våknet', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
    expect(understand('pumpet 20 ml når hun sov', ctx('nb'))).toMatchObject({ kind: 'log', events: [{ type: 'pump', ml: 20 }] });
    expect(understand('eg ammar no', ctx('nn'))).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
  });
});
