import { understand } from '../../src/language/intents';
import type { Locale } from '../../src/mother/profile';

// Tuesday 24 Nov 2026, 14:00 in Oslo (UTC+1)
const NOW = '2026-11-24T13:00:00Z';
const ctx = (locale: Locale) => ({ now: NOW, timezone: 'Europe/Oslo', locale });

describe('a log "in an hour" is in the future, for the dialog to refuse', () => {
  test.each([
    ['ammet om en time', 'nb', '2026-11-24T14:00:00Z'],
    ['amma om to timar', 'nn', '2026-11-24T15:00:00Z'],
    ['fed in two hours', 'en', '2026-11-24T15:00:00Z'],
    ['fed in an hour', 'en', '2026-11-24T14:00:00Z'],
    ['pumpet 20 ml om 30 min', 'nb', '2026-11-24T13:30:00Z'],
    ['ammet om et kvarter', 'nb', '2026-11-24T13:15:00Z'],
  ] as const)('%s (%s)', (text, locale, at) => {
    const intent = understand(text, ctx(locale));
    expect(intent).toMatchObject({ kind: 'log', concerns: [{ code: 'future-time', at }] });
    if (intent.kind !== 'log') throw new Error('expected a log');
    expect([...intent.events, ...intent.pending].map((event) => event.at)).toEqual([at]);
  });

  test.each([['om en time', 'nb'], ['in two hours', 'en']] as const)('"%s" alone is a future time', (text, locale) => {
    expect(understand(text, ctx(locale))).toMatchObject({ kind: 'time', future: true });
  });

  test('"for en time siden" and "om natta" are still in the past', () => {
    expect(understand('ammet for en time siden', ctx('nb'))).toMatchObject({ kind: 'log', concerns: [], events: [{ at: '2026-11-24T12:00:00Z' }] });
    expect(understand('amma om natta', ctx('nn'))).toMatchObject({ kind: 'log', concerns: [], events: [{ at: '2026-11-24T02:00:00Z' }] });
  });
});

describe('a count of stool diapers is kept, whatever word she uses for them', () => {
  const THREE_TODAY = ['2026-11-24T01:20:00Z', '2026-11-24T06:00:00Z', '2026-11-24T10:40:00Z'];
  test.each(['poopy', 'pooey', 'poo', 'dirty', 'soiled'])('three %s diapers today', (word) => {
    const intent = understand(`three ${word} diapers today`, ctx('en'));
    expect(intent).toMatchObject({ kind: 'log', counts: [{ type: 'diaper', count: 3, from: '2026-11-23T23:00:00Z', until: NOW }] });
    if (intent.kind !== 'log') throw new Error('expected a log');
    const diapers = [...intent.events, ...intent.pending];
    expect(diapers.map((diaper) => diaper.at)).toEqual(THREE_TODAY);
    // a stool says nothing about wet: unknown, never dry
    expect(diapers.every((diaper) => diaper.type === 'diaper' && diaper.wet === undefined)).toBe(true);
  });

  test('a colour with the word logs them whole', () => {
    expect(understand('two yellow poopy nappies', ctx('en'))).toMatchObject({
      kind: 'log',
      events: [{ type: 'diaper', stool: 'yellow' }, { type: 'diaper', stool: 'yellow' }],
      counts: [{ type: 'diaper', count: 2 }],
    });
    const intent = understand('two yellow poopy nappies', ctx('en'));
    expect(intent.kind === 'log' && intent.events.some((event) => 'wet' in event)).toBe(false);
  });
});

describe('"and 2 with yellow poo" is a count of its own, not a colour for the diapers counted before', () => {
  test.each([
    ['5 våte bleier og 2 med gul bæsj', 'nb'],
    ['5 våte bleier og 2 med gul bæsj', 'nn'],
    ['5 wet diapers and 2 with yellow poo', 'en'],
  ] as const)('%s (%s)', (text, locale) => {
    const intent = understand(text, ctx(locale));
    if (intent.kind !== 'log') throw new Error('expected a log');
    expect(intent.counts.map((c) => c.count)).toEqual([5, 2]);
    const shown = intent.events.map((e) => (e.type === 'diaper' ? `${e.wet === undefined ? 'unknown' : e.wet ? 'wet' : 'dry'}:${e.stool}` : e.type));
    expect(shown).toEqual([...Array(5).fill('wet:none'), 'unknown:yellow', 'unknown:yellow']);
  });

  test('with no colour, the two wait for it', () => {
    const intent = understand('4 våte, 2 med bæsj', ctx('nb'));
    expect(intent).toMatchObject({ kind: 'log', counts: [{ count: 4 }, { count: 2 }] });
    if (intent.kind !== 'log') throw new Error('expected a log');
    expect(intent.pending.map((p) => p.missing)).toEqual([['stool'], ['stool']]);
  });
});
