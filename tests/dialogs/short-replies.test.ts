import { DateTime } from 'luxon';
import { t } from '../../src/support/i18n';
import type { Locale } from '../../src/mother/profile';
import { onboardCard } from '../support/test-app';
import { chat, setClock, stageForTests, type Chat } from './support/chat';

/**
 * A walk (i-walk37): a tired «hmm ok» after an answer got «Det forsto jeg ikke helt» and the miss's
 * three buttons. A short word that only says she heard it («hmm ok», «ok da», «aha», «skjønner»)
 * gets a short kind line; a thanks the thanks; in a check-in the question comes again after it.
 */
const ZONE = 'Europe/Oslo';
const BIRTH = '2026-11-24T03:10:00+01:00';
const NOON = '2026-11-24T12:00:00+01:00';
const DAY2 = DateTime.fromISO('2026-11-25T09:00:00', { zone: ZONE }).toUTC().toISO()!;

const WORDS: Record<Locale, { channel: string; heard: string[]; thanks: string[]; questionFeeds: RegExp }> = {
  nb: { channel: 'nb-NO', heard: ['hmm ok', 'ok', 'ok da', 'aha', 'mm okei', 'skjønner', 'jaha ok'], thanks: ['takk', 'ok takk', 'hmm ok takk'], questionFeeds: /Hvor mange ganger har du ammet/ },
  nn: { channel: 'nn-NO', heard: ['hmm ok', 'ok då', 'aha', 'skjønar', 'jaha ok'], thanks: ['takk', 'ok takk'], questionFeeds: /Kor mange gonger har du amma/ },
  en: { channel: 'en-GB', heard: ['hmm ok', 'ok then', 'i see', 'got it', 'alright'], thanks: ['thanks', 'ok thank you', 'hmm ok thanks'], questionFeeds: /How many times have you breastfed/ },
};

describe.each(['nb', 'nn', 'en'] as const)('a short word that only says she heard it (%s)', (locale) => {
  const w = WORDS[locale];
  const stage = stageForTests();
  const onboarded = async (mode: 'breast' | 'both'): Promise<Chat> => {
    await setClock(stage(), NOON);
    const c = chat(stage(), w.channel);
    await c.say(onboardCard(BIRTH, mode));
    return c;
  };

  it('gets a short kind line, never the miss', async () => {
    const c = await onboarded('both');
    for (const heard of w.heard) {
      const answer = await c.say(heard);
      expect(answer.text).toBe(t(locale, 'dialog:heard'));
      expect(answer.text).not.toBe(t(locale, 'dialog:missed.text'));
    }
    expect(await c.events()).toEqual([]);
  });

  it('a thanks still gets the thanks', async () => {
    const c = await onboarded('both');
    for (const thanks of w.thanks) expect((await c.say(thanks)).text).toBe(t(locale, 'dialog:thanks'));
  });

  it('in a check-in the short line comes with the same question again, and nothing is answered', async () => {
    const c = await onboarded('breast');
    await setClock(stage(), DAY2);
    expect((await c.runCheckins()).text).toMatch(w.questionFeeds);
    const answer = await c.say('hmm ok');
    expect(answer.text).toContain(t(locale, 'dialog:heard'));
    expect(answer.text).toMatch(w.questionFeeds);
    expect(answer.text).not.toContain(t(locale, 'dialog:notUnderstood'));
  });
});
