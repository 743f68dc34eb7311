import { DateTime } from 'luxon';
import type { Locale } from '../../src/mother/profile';
import { t } from '../../src/support/i18n';
import { CHANNEL_LOCALE, chat, setClock, stageForTests } from './support/chat';

/**
 * A walk found «she was born sunday night around 11» not understood, and the birth time, once
 * read, never said back: a day read wrong would have set every window of her week wrong without
 * her seeing it. The birth is now said back as it was read, and «født …» at a later question
 * corrects it.
 */
const ZONE = 'Europe/Oslo';
// Thursday 3 December 2026, 03:40: Sunday was 29 November.
const NOW = DateTime.fromISO('2026-12-03T03:40:00', { zone: ZONE });
const WORDS: Record<Locale, { hello: string; yes: string; birth: string; kept: string; mode: string; correction: string; corrected: string }> = {
  nb: { hello: 'hei', yes: 'ja', birth: 'søndag kveld rundt 11', kept: '29.11. kl. 23.00', mode: 'ammer', correction: 'nei hun ble født i går kveld kl 23.15', corrected: 'i går kl. 23.15' },
  nn: { hello: 'hei, eg er ny her', yes: 'ja', birth: 'sundag kveld ved 11-tida', kept: '29.11. kl. 23.00', mode: 'ammar', correction: 'nei, ho vart fødd i går kveld kl 23.15', corrected: 'i går kl. 23.15' },
  en: { hello: 'hello', yes: 'yes', birth: 'she was born sunday night around 11', kept: 'on 29.11 at 23:00', mode: 'breastfeeding', correction: 'no she was born yesterday at 11.15pm', corrected: 'yesterday at 23:15' },
};
const localTime = (at: string | undefined) => (at ? DateTime.fromISO(at).setZone(ZONE).toFormat('dd.MM HH:mm') : undefined);

describe('the birth time is said back as it was read, and can be corrected before onboarding ends', () => {
  const stage = stageForTests();

  it.each(['nb', 'nn', 'en'] as const)('%s', async (locale) => {
    const w = WORDS[locale];
    await setClock(stage(), NOW.toUTC().toISO()!);
    const c = chat(stage(), CHANNEL_LOCALE[locale]);
    await c.say(w.hello);
    await c.say(w.yes);

    const kept = await c.say(w.birth);
    expect(kept.text).toBe(`${t(locale, 'dialog:onboarding.birthKept', { when: w.kept })}\n\n${t(locale, 'dialog:onboarding.mode')}`);
    expect(localTime((await c.document())?.draft?.onboarding?.values.birthAt)).toBe('29.11 23:00');

    // At the mode question, a new birth time is no answer to it: the birth is corrected and the question comes again.
    const corrected = await c.say(w.correction);
    expect(corrected.text).toBe(`${t(locale, 'dialog:onboarding.birthKept', { when: w.corrected })}\n\n${t(locale, 'dialog:onboarding.mode')}`);
    const draft = (await c.document())?.draft?.onboarding?.values;
    expect(localTime(draft?.birthAt)).toBe('02.12 23:15');
    expect(draft?.feedingMode).toBeUndefined();

    await c.say(w.mode);
    expect((await c.document())?.draft?.onboarding?.values.feedingMode).toBe('breast');
  });
});

describe('a birth earlier today is said back with «i dag»: the day is what she checks', () => {
  const stage = stageForTests();

  it.each<[Locale, string, string]>([
    ['nb', 'i natt kl 01.10', 'i dag kl. 01.10'],
    ['nn', 'i natt kl 01.10', 'i dag kl. 01.10'],
    ['en', 'tonight at 1.10am', 'today at 01:10'],
  ])('%s «%s»', async (locale, birth, said) => {
    await setClock(stage(), NOW.toUTC().toISO()!);
    const c = chat(stage(), CHANNEL_LOCALE[locale]);
    await c.say(WORDS[locale].hello);
    await c.say(WORDS[locale].yes);
    const kept = await c.say(birth);
    expect(kept.text.split('\n\n')[0]).toBe(t(locale, 'dialog:onboarding.birthKept', { when: said }));
  });
});
