import { DateTime } from 'luxon';
import type { Locale } from '../../src/mother/profile';
import { t } from '../../src/support/i18n';
import { onboardedByTyping, stageForTests } from './support/chat';

/**
 * Her own body or the baby's health told without asking («melka renner av seg selv», «hun gulper etter hvert
 * måltid»): no topic covers it, so she gets the honest «I can't answer that» with whom to ask and the three
 * buttons, not «Det forsto jeg ikke helt», which tells her she wrote it wrong. Words nobody can read still get that.
 */
const NOW = DateTime.fromISO('2026-11-25T10:40:00', { zone: 'Europe/Oslo' });
const TOLD: Array<[Locale, string]> = [
  ['nb', 'melka renner av seg selv'],
  ['nb', 'hun gulper etter hvert måltid'],
  ['nn', 'mjølka renn av seg sjølv om natta'],
  ['en', 'my c-section scar hurts'],
];

describe('her own body or the baby\u2019s health told without a question', () => {
  const stage = stageForTests();

  const onboarded = (locale: Locale) => onboardedByTyping(stage(), locale, NOW.toUTC().toISO()!);

  it.each(TOLD)('%s: «%s» is declined honestly, with three things to try', async (locale, told) => {
    const c = await onboarded(locale);
    const answer = await c.say(told);
    expect(answer.text).toBe(t(locale, 'topics:ui.decline'));
    expect((answer.replies.at(-1)?.suggestedActions as { actions: unknown[] } | undefined)?.actions).toHaveLength(3);
  });

  it('words nobody can read still get «Det forsto jeg ikke helt»', async () => {
    const c = await onboarded('nb');
    expect((await c.say('blåbærsyltetøy på taket')).text).toBe(t('nb', 'dialog:missed.text'));
  });
});
