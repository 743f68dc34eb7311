import { understand } from '../../src/language';

const NOW = '2026-11-26T13:00:00Z';
const ctx = (locale: 'nb' | 'nn' | 'en') => ({ now: NOW, timezone: 'Europe/Oslo', locale });
type Reading = 'logged' | 'asked' | 'neither';
const readingOf = (text: string, locale: 'nb' | 'nn' | 'en'): Reading => {
  const intent = understand(text, ctx(locale));
  if (intent.kind !== 'log') return 'neither';
  if (intent.events.some((event) => event.type === 'milk-in')) return 'logged';
  return intent.pending.some((pending) => pending.type === 'milk-in') ? 'asked' : 'neither';
};

describe('milk coming in: said, signed, or asked about', () => {
  it.each<[string, 'nb' | 'nn' | 'en', Reading]>([
    ['nå har melken kommet', 'nb', 'logged'],
    ['melka er kommet', 'nb', 'logged'],
    ['mjølka kom i dag tidleg', 'nn', 'logged'],
    ['the milk has arrived', 'en', 'logged'],
    ['kanskje melka har kommet', 'nb', 'asked'],
    ['brystet føles fullt og tungt', 'nb', 'asked'],
    ['brysta er spente', 'nn', 'asked'],
    ['my boobs feel heavier today', 'en', 'asked'],
    ['maybe my milk came in', 'en', 'asked'],
    ['melka har ikke kommet', 'nb', 'neither'],
    ['mjølka har ikkje kome enno', 'nn', 'neither'],
    ['når kommer melka', 'nb', 'neither'],
    ['brystene er fulle og vonde', 'nb', 'neither'],
    ['brystene er fulle, er det vanlig', 'nb', 'neither'],
    ['breasts are full and painful, what helps', 'en', 'neither'],
    ['is my milk in?', 'en', 'neither'],
  ])('"%s" (%s): %s', (text, locale, expected) => {
    expect(readingOf(text, locale)).toBe(expected);
  });
});
