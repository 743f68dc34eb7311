import { DateTime } from 'luxon';
import type { Locale } from '../../src/mother/profile';
import { t } from '../../src/support/i18n';
import { onboardedByTyping, stageForTests } from './support/chat';

/**
 * A probe of things mothers write that are no log and no question found «hei» answered with «Det forsto jeg
 * ikke helt» and «god natt» with «Mente du ett av disse?» and buttons for night feeds. Once she is onboarded, a
 * greeting or a good night gets a kind line.
 */
const NOW = DateTime.fromISO('2026-11-25T03:40:00', { zone: 'Europe/Oslo' });
const SAID: Record<Locale, string[]> = { nb: ['hei', 'god natt', 'natta', 'hei igjen'], nn: ['hei', 'god natt', 'god morgon'], en: ['hi', 'good night', 'hello again'] };

describe('a greeting or a good night once she is onboarded', () => {
  const stage = stageForTests();

  it.each((['nb', 'nn', 'en'] as const).flatMap((locale) => SAID[locale].map((said) => [locale, said] as const)))('%s: «%s» gets a kind line', async (locale, said) => {
    const c = await onboardedByTyping(stage(), locale, NOW.toUTC().toISO()!);
    expect((await c.say(said)).text).toBe(t(locale, 'dialog:greeted'));
  });
});
