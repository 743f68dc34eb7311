import { DateTime } from 'luxon';
import type { Locale } from '../../src/mother/profile';
import { t } from '../../src/support/i18n';
import { CHANNEL_LOCALE, chat, setClock, stageForTests } from './support/chat';

/**
 * A walk found «brystknoppene er heilt oppsprukne» at the consent question answered with «Svar gjerne ja
 * eller nei.»: a concern told without a question mark or a question word. Like a question, it gets its
 * topic's answer and the same onboarding question again, and nothing is taken as her answer.
 */
const ZONE = 'Europe/Oslo';
const NOW = DateTime.fromISO('2026-11-25T03:40:00', { zone: ZONE });
const CONCERN: Record<Locale, string> = {
  nb: 'brystvortene er helt oppsprukket etter natta',
  nn: 'vortene mine er heilt oppsprokne',
  en: 'my nipples are all split open after last night',
};
const HELLO: Record<Locale, string> = { nb: 'hei', nn: 'hei, eg er ny her', en: 'hello' };

describe('a concern told while onboarding asks its questions', () => {
  const stage = stageForTests();

  it.each(['nb', 'nn', 'en'] as const)('%s: at the consent question, the sore nipples are answered and consent asked again', async (locale) => {
    await setClock(stage(), NOW.toUTC().toISO()!);
    const c = chat(stage(), CHANNEL_LOCALE[locale]);
    await c.say(HELLO[locale]);
    const replies = await c.say(CONCERN[locale]);
    expect(replies.text).toContain(t(locale, 'topics:sore-nipples').split('\n')[0]!);
    expect(replies.text).not.toContain(t(locale, 'dialog:onboarding.yesOrNo'));
    expect(replies.text.endsWith(t(locale, 'common:welcome.privacy'))).toBe(true);
    expect((await c.document())?.consent ?? 'unknown').toBe('unknown');
  });

  it.each(['nb', 'nn', 'en'] as const)('%s: at the first-hour question, the same, and her yes afterwards still answers it', async (locale) => {
    await setClock(stage(), NOW.toUTC().toISO()!);
    const c = chat(stage(), CHANNEL_LOCALE[locale]);
    await c.say(HELLO[locale]);
    await c.say({ nb: 'ja', nn: 'ja', en: 'yes' }[locale]);
    await c.say({ nb: 'i går kl 22', nn: 'i går kl 22', en: 'yesterday at 22' }[locale]);
    await c.say({ nb: 'ammer', nn: 'ammar', en: 'breastfeeding' }[locale]);
    const replies = await c.say(CONCERN[locale]);
    expect(replies.text).toContain(t(locale, 'topics:sore-nipples').split('\n')[0]!);
    expect(replies.text.endsWith(t(locale, 'dialog:onboarding.firstHour'))).toBe(true);
    await c.say({ nb: 'ja', nn: 'ja', en: 'yes' }[locale]);
    expect((await c.document())?.draft?.onboarding?.values).toEqual(expect.objectContaining({ firstHour: 'yes' }));
  });

  it('leaves to the step what is its own: a torn reading at the birth question, the first hour told at the first-hour question', async () => {
    await setClock(stage(), NOW.toUTC().toISO()!);
    const c = chat(stage(), 'nb-NO');
    await c.say('hei');
    await c.say('ja');
    const birth = await c.say('han ble født med hastekeisersnitt');
    expect(birth.text).not.toContain(t('nb', 'topics:ui.did-you-mean'));
    expect(birth.text.endsWith(t('nb', 'dialog:onboarding.birth'))).toBe(true);
    await c.say('i går kl 22');
    await c.say('ammer');
    const firstHour = await c.say('hun fikk hud mot hud med en gang');
    expect(firstHour.text).toBe(`${t('nb', 'dialog:onboarding.yesOrNo')}\n\n${t('nb', 'dialog:onboarding.firstHour')}`);
  });
});
