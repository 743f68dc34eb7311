import { DateTime } from 'luxon';
import type { Locale } from '../../src/mother/profile';
import { onboardedByTyping, stageForTests } from './support/chat';

/**
 * «hun sovner når jeg ammer» said what happens whenever she feeds, and a feed was stored at the time she wrote
 * it: her day's count went up by one that never happened. Nothing is stored now; a feed she logs is.
 */
const NOW = DateTime.fromISO('2026-11-25T10:40:00', { zone: 'Europe/Oslo' });
const TOLD: Array<[Locale, string, string]> = [
  ['nb', 'hun sovner når jeg ammer', 'ammet nå'],
  ['nn', 'ho søv når eg ammar', 'eg amma no'],
  ['en', 'she falls asleep every time i feed her', 'fed now'],
];

describe('what happens whenever she feeds, told in the chat', () => {
  const stage = stageForTests();

  it.each(TOLD)('%s: «%s» stores nothing, «%s» stores the feed', async (locale, told, logged) => {
    const c = await onboardedByTyping(stage(), locale, NOW.toUTC().toISO()!);
    const answer = await c.say(told);
    expect(await c.events()).toEqual([]);
    expect(answer.text).not.toBe('');
    await c.say(logged);
    expect(await c.events()).toEqual(['feed']);
  });
});
