import { t } from '../../src/support/i18n';
import type { Locale } from '../../src/mother/profile';
import { mother, onboardCard, postJson, withBotAndChannel } from '../support/test-app';

/**
 * CONTRACT.md, "Structured input": typed text is held to the same limits as cards; one message
 * logs at most 10 events, never past a day's limits. Through the real HTTP server and store.
 */
const PHRASES: Record<Locale, { channel: string; feed: string; feedTwice: string; pump400: string; pump17Zwj: string }> = {
  nb: { channel: 'nb-NO', feed: 'ammet', feedTwice: 'ammet 2 ganger', pump400: 'pumpet 400 ml, ', pump17Zwj: 'pumpet 1\u200d7 ml' },
  nn: { channel: 'nn-NO', feed: 'amma', feedTwice: 'amma 2 gonger', pump400: 'pumpa 400 ml, ', pump17Zwj: 'pumpa 1\u200d7 ml' },
  en: { channel: 'en-US', feed: 'fed', feedTwice: 'fed 2 times', pump400: 'pumped 400 ml, ', pump17Zwj: 'pumped 1\u200d7 ml' },
};
const textOf = (replies: Array<{ text?: string }>) => replies.map((r) => r.text ?? '').join('\n');

describe.each<Locale>(['nb', 'nn', 'en'])('typed logs are held to the card limits (%s)', (locale) => {
  const env = withBotAndChannel({ CHECKIN_LOOP: 'off' });
  const say = PHRASES[locale];
  const feeds = (n: number) => Array(n).fill(say.feed).join(', ');

  beforeAll(async () => {
    await postJson(env.bot.base, '/dev/clock', { now: '2026-11-26T14:00:00+01:00' });
  });

  async function onboarded(mode: 'breast' | 'pump' | 'both' = 'both') {
    const her = mother(env.bot.base, env.capture, { locale: say.channel });
    await her.send(onboardCard('2026-11-24T03:10:00+01:00', mode));
    return her;
  }

  it('"pumped 400 ml, " forty times: nothing stored, a clear reply, no finding fired', async () => {
    const her = await onboarded('pump');
    const before = await her.exportData();
    const sent = await her.send(say.pump400.repeat(40));
    expect(sent.status).toBe(200);
    expect(textOf(sent.replies)).toBe(t(locale, 'common:invalid.too-many-at-once'));
    const after = await her.exportData();
    expect(after.events).toEqual(before.events);
    expect(after.findings).toEqual(before.findings);
    expect(after.findings.map((f) => f.code)).not.toContain('activation.pump-3x20');
  });

  it('11 feeds in one message are refused whole; 10 are logged', async () => {
    const her = await onboarded();
    const eleven = await her.send(feeds(11));
    expect(textOf(eleven.replies)).toBe(t(locale, 'common:invalid.too-many-at-once'));
    expect((await her.exportData()).events.filter((e) => e.type === 'feed')).toHaveLength(0);
    await her.send(feeds(10));
    expect((await her.exportData()).events.filter((e) => e.type === 'feed')).toHaveLength(10);
  });

  it('a day at 29 feeds takes no 2 more, but takes 1', async () => {
    const her = await onboarded();
    for (const n of [10, 10, 9]) await her.send(feeds(n));
    expect((await her.exportData()).events.filter((e) => e.type === 'feed')).toHaveLength(29);
    const two = await her.send(say.feedTwice);
    expect(textOf(two.replies)).toBe(t(locale, 'common:invalid.day-limit'));
    expect((await her.exportData()).events.filter((e) => e.type === 'feed')).toHaveLength(29);
    await her.send(say.feed);
    expect((await her.exportData()).events.filter((e) => e.type === 'feed')).toHaveLength(30);
  });

  it('a zero-width joiner inside a number does not change it: 17 ml, not 7', async () => {
    const her = await onboarded('pump');
    await her.send(say.pump17Zwj);
    expect((await her.exportData()).events.filter((e) => e.type === 'pump').map((e) => e.ml)).toEqual([17]);
  });
});
