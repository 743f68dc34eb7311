import { DateTime } from 'luxon';
import { readMode } from '../../src/language/feeding-mode';
import type { Locale } from '../../src/mother/profile';
import { t } from '../../src/support/i18n';
import { CHANNEL_LOCALE, chat, setClock, type Chat, stageForTests } from './support/chat';

/**
 * A walk found a feed typed while onboarding was still asking: at the birth question «ammet kl 3»
 * became her birth time, at the mode question «ammet kl 3» answered «both», and anywhere else the
 * feed was dropped without a word. A log is never an answer and never lost: it is stored when
 * onboarding is done, and the open question comes again.
 */
const ZONE = 'Europe/Oslo';
const NOW = DateTime.fromISO('2026-11-25T03:40:00', { zone: ZONE });
const ANSWERS: Record<Locale, { hello: string; yes: string; birth: string; mode: string; no: string; time: string }> = {
  nb: { hello: 'hei', yes: 'ja', birth: 'i går kl 22', mode: 'ammer', no: 'nei', time: 'kl 9' },
  nn: { hello: 'hei, eg er ny her', yes: 'ja', birth: 'i går kl 22', mode: 'ammar', no: 'nei', time: 'kl 9' },
  en: { hello: 'hello', yes: 'yes', birth: 'yesterday at 22', mode: 'breastfeeding', no: 'no', time: '9 am' },
};
const STEPS = ['birth', 'mode', 'firstHour', 'checkinTime'] as const;
type Step = (typeof STEPS)[number];
const localTime = (at: string) => DateTime.fromISO(at).setZone(ZONE).toFormat('HH:mm');

describe('a log typed while onboarding asks its questions', () => {
  const stage = stageForTests();

  /** A new mother, answered up to the question at `step`. */
  async function motherAt(step: Step, locale: Locale = 'nb'): Promise<Chat> {
    await setClock(stage(), NOW.toUTC().toISO()!);
    const c = chat(stage(), CHANNEL_LOCALE[locale]);
    const a = ANSWERS[locale];
    await c.say(a.hello);
    await c.say(a.yes);
    const before = [a.birth, a.mode, a.no].slice(0, STEPS.indexOf(step));
    for (const answer of before) await c.say(answer);
    return c;
  }

  /** The rest of her answers after `step`; the replies to the last one. */
  async function finish(c: Chat, step: Step, locale: Locale = 'nb') {
    const a = ANSWERS[locale];
    const rest = [a.birth, a.mode, a.no, a.time].slice(STEPS.indexOf(step));
    let last = await c.say(rest[0]!);
    for (const answer of rest.slice(1)) last = await c.say(answer);
    return last;
  }

  it.each(['nb', 'nn', 'en'] as const)('%s: at the birth question, a feed at 03:00 is held, never taken as the birth, and stored when she is done', async (locale) => {
    const c = await motherAt('birth', locale);
    const held = await c.say({ nb: 'ammet kl 3', nn: 'amma kl 3', en: 'fed at 3' }[locale]);
    expect(held.text).toBe(`${t(locale, 'dialog:onboarding.logHeld')}\n\n${t(locale, 'dialog:onboarding.birth')}`);
    expect((await c.document())?.draft?.onboarding?.values.birthAt).toBeUndefined();

    const done = await finish(c, 'birth', locale);
    const doc = await c.document();
    expect(localTime(doc!.profile!.birthAt)).toBe('22:00');
    expect(doc!.events.map((e) => [e.type, localTime(e.at)])).toEqual([['feed', '03:00']]);
    expect(done.text).toContain(t(locale, 'common:onboarding.done', { checkInTime: t(locale, 'common:dailyTime', { hour: '09', minute: '00' }) }));
    expect(done.text).toMatch(/03[.:]00|3:00/);
  });

  it('at the mode question, «pumpet 20 ml» is held and the question comes again; «ammer» then answers it', async () => {
    const c = await motherAt('mode');
    const held = await c.say('pumpet 20 ml');
    expect(held.text).toBe(`${t('nb', 'dialog:onboarding.logHeld')}\n\n${t('nb', 'dialog:onboarding.mode')}`);
    await finish(c, 'mode');
    const doc = await c.document();
    expect(doc!.profile!.feedingMode).toBe('breast');
    expect(doc!.events).toEqual([expect.objectContaining({ type: 'pump', ml: 20 })]);
  });

  it('at the first-hour question a feed «nå» is held, while «ammet med en gang» is not read as a log', async () => {
    const c = await motherAt('firstHour');
    expect((await c.say('ammet nå, venstre')).text).toContain(t('nb', 'dialog:onboarding.logHeld'));
    expect((await c.say('ammet med en gang')).text).not.toContain(t('nb', 'dialog:onboarding.logHeld'));
    await c.say('ja');
    await c.say('kl 9');
    expect((await c.document())!.events).toEqual([expect.objectContaining({ type: 'feed', side: 'left' })]);
  });

  it.each([
    ['nb', 'bleie med svart bæsj'],
    ['nn', 'bleie med svart bæsj'],
    ['en', 'nappy with black poo'],
  ] as const)('%s: at the first-hour question a diaper, «%s», is held: it never answers that question', async (locale, typed) => {
    const c = await motherAt('firstHour', locale);
    expect((await c.say(typed)).text).toBe(`${t(locale, 'dialog:onboarding.logHeld')}\n\n${t(locale, 'dialog:onboarding.firstHour')}`);
    await finish(c, 'firstHour', locale);
    expect(await c.events()).toEqual(['diaper:unknown:meconium']);
  });

  it('at the check-in time question, a diaper is held; a pumping without its ml is asked to be written again later, and nothing of it is kept', async () => {
    const c = await motherAt('checkinTime');
    expect((await c.say('våt bleie')).text).toBe(`${t('nb', 'dialog:onboarding.logHeld')}\n\n${t('nb', 'dialog:onboarding.checkinTime')}`);
    expect((await c.say('pumpet')).text).toBe(`${t('nb', 'dialog:onboarding.logLater')}\n\n${t('nb', 'dialog:onboarding.checkinTime')}`);
    await c.say('kl 9');
    expect(await c.events()).toEqual(['diaper:wet:none']);
  });

  it('a held log that cannot be stored is refused with its reason when she is done: a feed before the birth', async () => {
    const c = await motherAt('birth');
    await c.say('ammet i går kl 21');
    const done = await finish(c, 'birth');
    expect(done.text).toContain(t('nb', 'common:invalid.before-birth'));
    expect(await c.events()).toEqual([]);
  });
});

describe('the feeding mode as typed', () => {
  it.each([
    ['ammer', 'breast'],
    ['pumper', 'pump'],
    ['begge', 'both'],
    ['ammer og pumper litt', 'both'],
    ['pumper fordi amming ikke går', 'pump'],
    ['3', 'both'],
    ['2', 'pump'],
    ['ammet kl 3', 'breast'],
    ['vet ikke', undefined],
    // a helper found «ammer ikke» and «not breastfeeding» stored as breastfeeding
    ['ammer ikke', undefined],
    ['not breastfeeding', undefined],
    ['ammar ikkje, berre pumpar', 'pump'],
    ['både og', 'both'],
    ['bare pupp', 'breast'],
  ])('%s → %s', (typed, mode) => {
    expect(readMode(typed)).toBe(mode);
  });
});
