import { DateTime } from 'luxon';
import type { Locale } from '../../src/mother/profile';
import { chat, setClock, stageForTests } from './support/chat';

/**
 * «hun sovner når jeg ammer» said what happens whenever she feeds, and a feed was stored at the time she wrote
 * it: her day's count went up by one that never happened. Nothing is stored now; a feed she logs is.
 */
const NOW = DateTime.fromISO('2026-11-25T10:40:00', { zone: 'Europe/Oslo' });
const CHANNEL_LOCALE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-US' };
const ONBOARDING: Record<Locale, string[]> = {
  nb: ['hei', 'ja', 'i går kl 22', 'ammer', 'nei', 'kl 9'],
  nn: ['hei, eg er ny her', 'ja', 'i går kl 22', 'ammar', 'nei', 'kl 9'],
  en: ['hello', 'yes', 'yesterday at 22', 'breastfeeding', 'no', '9 am'],
};
const TOLD: Array<[Locale, string, string]> = [
  ['nb', 'hun sovner når jeg ammer', 'ammet nå'],
  ['nn', 'ho søv når eg ammar', 'eg amma no'],
  ['en', 'she falls asleep every time i feed her', 'fed now'],
];

describe('what happens whenever she feeds, told in the chat', () => {
  const stage = stageForTests();

  it.each(TOLD)('%s: «%s» stores nothing, «%s» stores the feed', async (locale, told, logged) => {
    await setClock(stage(), NOW.toUTC().toISO()!);
    const c = chat(stage(), CHANNEL_LOCALE[locale]);
    for (const answer of ONBOARDING[locale]) await c.say(answer);
    const answer = await c.say(told);
    expect(await c.events()).toEqual([]);
    expect(answer.text).not.toBe('');
    await c.say(logged);
    expect(await c.events()).toEqual(['feed']);
  });
});
