import { t } from '../../src/support/i18n';
import { DECLINE_KEY } from '../../src/knowledge';
import type { Locale } from '../../src/mother/profile';
import { understand } from '../../src/language';
import { onboardCard, postJson } from '../support/test-app';
import { chat, isCard, setClock, textOf, type Answer, type Chat, stageForTests } from './support/chat';

/**
 * Issue 23: the Teams look (the Agents Playground says en-US whatever she writes) started in English,
 * a Norwegian "hei" did not change that, and "kan du snakke norsk?" got the decline. Her first clear
 * words now choose her language over the channel's guess; later words do not flip it, only asking does.
 */
const NOON = '2026-11-24T12:00:00+01:00';
const BIRTH = '2026-11-24T03:10:00+01:00';
const HELLO: Record<Locale, RegExp> = { nb: /Jeg er en følgesvenn/, nn: /Eg er ein følgjesvein/, en: /I'm a companion/ };
const CONSENT: Record<Locale, RegExp> = { nb: /lagre svarene dine/, nn: /lagre svara dine/, en: /store your answers/ };
const BIRTH_QUESTION: Record<Locale, RegExp> = { nb: /Når ble babyen født/, nn: /Når vart babyen fødd/, en: /When was your baby born/ };
const CHANGED: Record<Locale, string> = { nb: t('nb', 'dialog:language.changed'), nn: t('nn', 'dialog:language.changed'), en: t('en', 'dialog:language.changed') };

describe('the first message decides her language (issue 23)', () => {
  const stage = stageForTests();

  const newMother = async (channelLocale: string): Promise<Chat> => {
    await setClock(stage(), NOON);
    return chat(stage(), channelLocale);
  };
  /** Teams welcomes her when the bot is added, before she writes anything. */
  const installed = async (c: Chat): Promise<Answer> => {
    const before = c.her.replies().length;
    const res = await postJson(stage().bot.base, '/api/messages', { ...c.her.activity(''), type: 'conversationUpdate', membersAdded: [{ id: c.her.userId }] });
    expect(res.status).toBe(200);
    const replies = c.her.replies().slice(before);
    return { replies, text: textOf(replies), card: replies.some(isCard) };
  };
  const localeOf = async (c: Chat): Promise<Locale | undefined> => (await c.document())?.locale;

  describe('the Teams look: welcomed in English on install, then her first words', () => {
    it.each([
      ['hei', 'nb'],
      ['hallo', 'nb'],
      ['heisann', 'nb'],
      ['god morgen', 'nb'],
      ['eg har nettopp fødd', 'nn'],
      ['hei, eg lurer på kor ofte eg skal amme', 'nn'],
    ] as const)('%j: the welcome again, in %s, with its card', async (words, locale) => {
      const c = await newMother('en-US');
      const welcome = await installed(c);
      expect(welcome.text).toMatch(HELLO.en);
      // How to choose Norwegian, in Norwegian, while the language is the channel's guess.
      expect(welcome.text).toContain(t('en', 'dialog:language.offer'));
      expect(welcome.card).toBe(true);

      const again = await c.say(words);
      expect(again.text).toMatch(HELLO[locale]);
      expect(again.text).toMatch(CONSENT[locale]);
      expect(again.text).not.toContain(t(locale, 'dialog:language.offer'));
      expect(again.card).toBe(true);
      expect(again.replies.every((r) => r.locale === locale)).toBe(true);
      expect(await localeOf(c)).toBe(locale);
      expect((await c.document())?.consent).toBe('unknown');
    });

    it('her later words do not flip it: "hello" after "hei" is answered in bokmål, and so is the rest of onboarding', async () => {
      const c = await newMother('en-US');
      await installed(c);
      await c.say('hei');
      const hello = await c.say('hello');
      expect(hello.text).toMatch(CONSENT.nb);
      expect(await localeOf(c)).toBe('nb');
      expect((await c.say('ja')).text).toMatch(BIRTH_QUESTION.nb);
      expect((await c.say('good morning, the baby was born today at 03:10')).text).toMatch(/Hvordan får babyen melk/);
      expect(await localeOf(c)).toBe('nb');
    });

    it('tapping Yes (which sends "ja") keeps English: an answer shows no language, and later Norwegian does not flip it', async () => {
      const c = await newMother('en-US');
      await installed(c);
      expect((await c.say('ja')).text).toMatch(BIRTH_QUESTION.en);
      expect(await localeOf(c)).toBe('en');
      await c.say('i dag kl 03.10');
      expect(await localeOf(c)).toBe('en');
    });

    it('words that show no language leave the choice to her next message', async () => {
      const c = await newMother('en-US');
      await installed(c);
      expect((await c.say('👋')).text).toMatch(CONSENT.en);
      expect(await localeOf(c)).toBe('en');
      expect((await c.say('hei')).text).toMatch(HELLO.nb);
      expect(await localeOf(c)).toBe('nb');
    });

    it.each<[string, string, Locale]>([
      ['nb-NO', 'hei', 'nb'],
      ['nn-NO', 'hei du', 'nn'],
      ['en-US', 'hi there', 'en'],
    ])('welcomed in her language (%s), a greeting «%s» is greeted back and asked again, never told to answer yes or no', async (channel, greeting, locale) => {
      const c = await newMother(channel);
      await installed(c);
      const again = await c.say(greeting);
      expect(again.text.startsWith(t(locale, 'dialog:onboarding.hello'))).toBe(true);
      expect(again.text).not.toContain(t(locale, 'dialog:onboarding.yesOrNo'));
      expect(again.text).toMatch(CONSENT[locale]);
      expect((await c.document())?.consent).toBe('unknown');
    });

    it('an answer in clear words is taken in her language: "ja takk" consents and asks for the birth in bokmål', async () => {
      const c = await newMother('en-US');
      await installed(c);
      expect((await c.say('ja takk')).text).toMatch(BIRTH_QUESTION.nb);
      expect(await c.document()).toMatchObject({ locale: 'nb', consent: 'given' });
    });

    it('a question as her first words is answered in her language, then the consent question again', async () => {
      const c = await newMother('en-US');
      await installed(c);
      const answer = await c.say('hvordan vet jeg at babyen får nok melk?');
      expect(answer.text).toMatch(/bleie/);
      expect(answer.text).toMatch(CONSENT.nb);
      expect(await localeOf(c)).toBe('nb');
    });

    it('the onboarding card after the English welcome keeps English (a tap shows no language)', async () => {
      const c = await newMother('en-US');
      await installed(c);
      await c.say(onboardCard(BIRTH, 'both'));
      expect(await c.document()).toMatchObject({ locale: 'en', consent: 'given', profile: { locale: 'en' } });
    });
  });

  describe('her first message when nothing welcomed her before (Web Chat)', () => {
    it.each([
      ['en-US', 'hei', 'nb'],
      ['en-US', 'eg har nettopp fødd', 'nn'],
      ['en-US', 'hello I just gave birth', 'en'],
      ['nb-NO', 'hi', 'en'],
      ['nb-NO', 'hello I just gave birth', 'en'],
      ['nb-NO', 'hei', 'nb'],
      ['nn-NO', 'hei', 'nn'],
      ['nn-NO', 'god morgen', 'nn'],
      ['nn-NO', 'hei, jeg har nettopp født', 'nb'],
      ['en-GB', 'hello', 'en'],
    ] as const)('on %s, %j is welcomed in %s', async (channel, words, locale) => {
      const c = await newMother(channel);
      const welcome = await c.say(words);
      expect(welcome.text).toMatch(HELLO[locale]);
      expect(welcome.text).not.toContain(t(locale, 'dialog:language.offer'));
      expect(await localeOf(c)).toBe(locale);
    });

    it('a first message that shows no language is welcomed in the channel\'s, with how to choose another', async () => {
      const c = await newMother('en-US');
      const welcome = await c.say('ok');
      expect(welcome.text).toMatch(HELLO.en);
      expect(welcome.text).toContain(t('en', 'dialog:language.offer'));
      expect((await c.say('heisann')).text).toMatch(HELLO.nb);
    });

    it('a first welcome in her words is final: "hei" then "hello" stays bokmål', async () => {
      const c = await newMother('en-US');
      await c.say('hei');
      expect((await c.say('hello')).text).toMatch(CONSENT.nb);
      expect(await localeOf(c)).toBe('nb');
    });

    it('a red flag as her first words is answered in her language', async () => {
      const c = await newMother('en-US');
      const flag = await c.say('babyen puster ikke');
      expect(flag.text).toBe(t('nb', 'findings:red-flag.emergency'));
    });
  });

  describe('bokmål or nynorsk: «hei» shows neither, so her later words may still choose while she onboards', () => {
    const FIRST_HOUR: Record<Locale, string> = { nb: t('nb', 'dialog:onboarding.firstHour'), nn: t('nn', 'dialog:onboarding.firstHour'), en: t('en', 'dialog:onboarding.firstHour') };

    it.each(['en-US', 'nb-NO'])('channel %s: «hei», «ja», a birth time, then «ammar»: the next question and all after it in nynorsk', async (channel) => {
      const c = await newMother(channel);
      expect((await c.say('hei')).text).toMatch(HELLO.nb);
      await c.say('ja');
      expect((await c.say('i går kl 22')).text).toContain(t('nb', 'dialog:onboarding.mode'));
      const next = await c.say('ammar');
      expect(next.text).toBe(FIRST_HOUR.nn);
      expect(await localeOf(c)).toBe('nn');
      expect((await c.document())?.draft?.onboarding?.values.feedingMode).toBe('breast');
    });

    it('a bokmål mother stays in bokmål, and once onboarded nynorsk words do not flip her', async () => {
      const c = await newMother('en-US');
      await c.say('hei');
      await c.say('ja');
      await c.say('jeg fødte i går kl 22');
      await c.say('ammer');
      await c.say('nei');
      expect((await c.say('kl 9')).text).toContain(t('nb', 'common:onboarding.done', { checkInTime: t('nb', 'common:dailyTime', { hour: '09', minute: '00' }) }));
      await c.say('eg lurer på kor ofte ho skal amme');
      expect(await localeOf(c)).toBe('nb');
    });

    it('her first words in nynorsk close the choice: later bokmål words do not flip her', async () => {
      const c = await newMother('en-US');
      await c.say('hei, eg har nettopp fødd');
      await c.say('ja');
      await c.say('jeg vet ikke helt når hun ble født');
      expect(await localeOf(c)).toBe('nn');
    });
  });

  describe('asking for a language is a request, never a free question', () => {
    const decline = (locale: Locale) => t(locale, DECLINE_KEY);
    const onboarded = async (channel: string): Promise<Chat> => {
      const c = await newMother(channel);
      await c.say(onboardCard(BIRTH, 'both'));
      return c;
    };

    it.each([
      ['en-US', 'kan du snakke norsk?', 'nb'],
      ['en-US', 'snakker du norsk', 'nb'],
      ['en-US', 'på norsk takk', 'nb'],
      ['en-US', 'norsk', 'nb'],
      ['en-US', 'kan du norsk?', 'nb'],
      ['en-US', 'kan du skrive nynorsk?', 'nn'],
      ['en-US', 'eg vil ha nynorsk', 'nn'],
      ['nb-NO', 'can you speak english?', 'en'],
      ['nb-NO', 'do you speak english?', 'en'],
      ['nb-NO', 'english please', 'en'],
      ['nb-NO', 'kan du snakke engelsk?', 'en'],
      ['nn-NO', 'kan du svare på bokmål?', 'nb'],
    ] as const)('on %s after onboarding, %j switches to %s', async (channel, words, locale) => {
      const c = await onboarded(channel);
      const before = (await c.document())!.locale;
      const switched = await c.say(words);
      expect(switched.text).toBe(CHANGED[locale]);
      expect(switched.text).not.toContain(decline(before));
      expect(await c.document()).toMatchObject({ locale, profile: { locale } });
    });

    it('"kan du snakke norsk?" on the English welcome switches at once and asks for consent in bokmål', async () => {
      const c = await newMother('en-US');
      await installed(c);
      const switched = await c.say('kan du snakke norsk?');
      expect(switched.text).toContain(CHANGED.nb);
      expect(switched.text).toMatch(CONSENT.nb);
      expect(switched.text).not.toContain(decline('en'));
      expect(await localeOf(c)).toBe('nb');
      // Her choice is final: English words after it do not undo it.
      expect((await c.say('hello I just gave birth')).text).toMatch(CONSENT.nb);
      expect(await localeOf(c)).toBe('nb');
    });

    it('"can you speak english?" as her very first message welcomes her in English', async () => {
      const c = await newMother('nb-NO');
      expect((await c.say('can you speak english?')).text).toMatch(HELLO.en);
      expect(await localeOf(c)).toBe('en');
    });

    it('her later words never flip an onboarded mother: only asking does', async () => {
      const c = await onboarded('en-US');
      await c.say('hei, hvordan går det med deg?');
      await c.say('god morgen');
      expect(await localeOf(c)).toBe('en');
    });

    it.each([
      'jeg snakker ikke norsk',
      'er det norsk melk?',
      'i dont speak norwegian',
    ])('%j names a language but asks for none', (words) => {
      expect(understand(words, { now: '2026-11-24T11:00:00Z', timezone: 'Europe/Oslo', locale: 'nb' }).kind).not.toBe('set-language');
    });
  });
});
