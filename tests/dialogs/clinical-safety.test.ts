import { DateTime } from 'luxon';
import { t } from '../../src/support/i18n';
import type { Locale } from '../../src/mother/profile';
import { onboardCard } from '../support/test-app';
import { CHANNEL_LOCALE, chat, setClock, type Answer, stageForTests } from './support/chat';
import { openDialog } from './support/open-dialog';

/**
 * What she sees when her check-in answers carry a warning sign (issue 22, RULES.md): one message,
 * the most serious thing first with its one next step, urgent signs answered as urgently as the same
 * words typed, nothing that contradicts what she just said.
 */
const ZONE = 'Europe/Oslo';
const BIRTH = '2026-11-24T03:10:00+01:00';
/** Her local time on day `day` after the birth's calendar day. */
const at = (day: number, time: string): string => {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.fromISO(BIRTH, { zone: ZONE }).startOf('day').plus({ days: day - 1 }).set({ hour, minute }).toUTC().toISO()!;
};
const occurrences = (text: string, word: string): number => text.split(word).length - 1;

describe('clinical safety of the check-in answer', () => {
  const stage = stageForTests();

  async function motherOn(day: number, time: string, mode: 'breast' | 'pump' | 'both', locale: Locale = 'nb') {
    await setClock(stage(), at(1, '04:00'));
    const c = chat(stage(), CHANNEL_LOCALE[locale]);
    await c.say({ nb: 'hei', nn: 'hei', en: 'hello' }[locale]);
    // She fed within the first hour: that finding comes at onboarding and stays out of these answers.
    await c.say(onboardCard(BIRTH, mode, { firstHour: 'yes' }));
    await setClock(stage(), at(day, time));
    return c;
  }

  async function checkinAnswer(c: Awaited<ReturnType<typeof motherOn>>, answer: Record<string, unknown>): Promise<Answer> {
    await c.runCheckins();
    return c.say({ action: 'checkin', ...answer });
  }

  it.each(['nb', 'nn', 'en'] as const)('%s: 0 wet diapers on day 5 is answered with the urgent next step, as the same words typed are', async (locale) => {
    const c = await motherOn(5, '09:00', 'breast', locale);
    const answered = await checkinAnswer(c, { feeds: 9, wetDiapers: 0, yellowStools: 3 });
    const typed = await c.say({ nb: 'ingen våte bleier på et døgn', nn: 'ingen våte bleier på eit døgn', en: 'no wet diaper in 24 hours' }[locale]);

    const urgent = t(locale, 'findings:red-flag.urgent');
    expect(typed.text).toBe(urgent);
    expect(answered.replies).toHaveLength(1);
    expect(answered.text).toContain(urgent);
    expect(answered.text).not.toContain(t(locale, 'findings:diapers.wet-low-contact', { count: 0, expected: 6, day: 5 }));
    expect((await c.document())?.findings.map((f) => f.code)).toContain('diapers.none-after-day3');
  });

  it.each(['nb', 'nn', 'en'] as const)('%s: 0 breastfeeds in 24 h (mode breast) is urgent, not "feed more often"', async (locale) => {
    const c = await motherOn(3, '09:00', 'breast', locale);
    const answered = await checkinAnswer(c, { feeds: 0, wetDiapers: 3, yellowStools: 1 });

    expect(answered.text).toContain(t(locale, 'findings:red-flag.urgent'));
    expect(answered.text).not.toContain(t(locale, 'findings:feeds.frequency-low', { count: 0 }));
    expect(answered.replies).toHaveLength(1);
  });

  it('six hours after birth, 0 wet diapers is no warning: a whole day has not passed', async () => {
    const c = await motherOn(1, '09:00', 'breast');
    const answered = await checkinAnswer(c, { feeds: 3, wetDiapers: 0 });

    expect(answered.text).not.toContain(t('nb', 'findings:diapers.wet-low', { count: 0, expected: 1, day: 1 }));
    expect((await c.document())?.findings.map((f) => f.code)).not.toContain('diapers.wet-low');
    expect(answered.text).toBe(t('nb', 'common:checkin.thanksPlain'));
  });

  it('a day-5 check-in with low counts is one message: the most serious first, each contact named once, no softening, no contradiction', async () => {
    const c = await motherOn(2, '10:00', 'breast');
    await c.say('byttet bleie, svart bæsj');
    expect(await c.events()).toContain('diaper:unknown:meconium');
    // Her first turn after hour 72 is this answer (by the card, before the day's check-in came),
    // so the gentle 72 h text is due in the same turn as the contact texts.
    await setClock(stage(), at(5, '09:00'));
    const answered = await c.say({ action: 'checkin', feeds: 5, wetDiapers: 2, yellowStools: 1 });
    const fired = (await c.document())!.findings.map((f) => f.code);

    expect(answered.replies).toHaveLength(1);
    const said = answered.text;
    expect(occurrences(said, '116 117')).toBe(1);
    expect(occurrences(said, 'jordmor')).toBe(1);
    // She counted a yellow stool after the black one she logged: never "the stool is still black".
    expect(fired).toContain('activation.watch-72h');
    expect(fired).not.toContain('stools.meconium-day5');
    expect(said).not.toContain(t('nb', 'findings:stools.meconium-day5'));
    // The gentle "often around day 3 ... if you are worried" never follows a "contact today".
    expect(said).not.toContain(t('nb', 'findings:activation.watch-72h'));
    expect(said).not.toContain(t('nb', 'findings:short.activation.watch-72h'));
    // The lead is a contact-today text; the others follow as one short line each.
    expect(said.startsWith(t('nb', 'findings:diapers.wet-low-contact', { count: 2, expected: 6, day: 5 }))).toBe(true);
    expect(said).toContain(`- ${t('nb', 'findings:short.stools.low-day4', { count: 1 })}`);
    expect(said).toContain(`- ${t('nb', 'findings:short.feeds.frequency-low', { count: 5 })}`);
  });

  it('a mother who breastfeeds ten times and pumps twice is praised for her milk removals, not told to aim for 8 pump sessions', async () => {
    const c = await motherOn(2, '09:00', 'both');
    const answered = await checkinAnswer(c, { feeds: 10, pumpMl: '10, 10', wetDiapers: 3 });
    const fired = (await c.document())!.findings.map((f) => f.code);

    expect(fired).not.toContain('pump.frequency-low');
    expect(fired).toContain('feeds.frequency-ok');
    expect(answered.text).toContain(t('nb', 'findings:feeds.frequency-ok-both', { count: 12, feeds: 10, pumps: 2 }));
    expect(answered.text).not.toContain(t('nb', 'findings:pump.frequency-low', { count: 2 }));
  });

  it('a check-in whose questions were all skipped gets a plain thanks, never "all looks well"', async () => {
    const c = await motherOn(3, '09:00', 'breast');
    await c.runCheckins();
    let last: Answer | undefined;
    for (let question = 0; question < 4 && openDialog(await c.document())?.name === 'checkin'; question++) last = await c.say('hopp over');

    // From day 2 the picture of her week is offered after it, in a paragraph of its own.
    expect(last?.text.split('\n\n')[0]).toBe(t('nb', 'common:checkin.thanksSkipped'));
    expect(last?.text).not.toContain(t('nb', 'common:checkin.thanks'));
  });

  it('all looks well when the rules held her answers and found nothing new', async () => {
    const c = await motherOn(2, '09:00', 'breast');
    const first = await checkinAnswer(c, { feeds: 9, wetDiapers: 2 });
    expect(first.text.split('\n\n')[0]).toBe(t('nb', 'findings:feeds.frequency-ok', { count: 9 }));
    await setClock(stage(), at(3, '09:00'));
    const answered = await checkinAnswer(c, { feeds: 10, wetDiapers: 3, yellowStools: 1 });
    expect(answered.text.split('\n\n')[0]).toBe(t('nb', 'common:checkin.thanks'));
  });

  it.each(['-2', '− 1', 'minus 3'])('a negative count typed in the check-in ("%s") is told it cannot be negative, and nothing is stored', async (typed) => {
    const c = await motherOn(3, '09:00', 'breast');
    await c.runCheckins();
    const answered = await c.say(typed);

    expect(answered.text).toContain(t('nb', 'common:invalid.negative-count'));
    expect(answered.text).toContain(t('nb', 'checkin:question.feeds'));
    expect(openDialog(await c.document())).toMatchObject({ name: 'checkin', step: 'feeds' });
    expect((await c.document())?.checkins).toHaveLength(0);
  });

  it('a negative count on the check-in card is told it cannot be negative, and nothing is stored', async () => {
    const c = await motherOn(3, '09:00', 'breast');
    const answered = await checkinAnswer(c, { feeds: -3, wetDiapers: 3 });

    expect(answered.text).toBe(t('nb', 'common:invalid.negative-count'));
    expect((await c.document())?.checkins).toHaveLength(0);
  });
  it.each(['nb', 'nn', 'en'] as const)('%s: her own fever with chills names her 113 signs, not her baby\'s; the baby\'s fever still names the baby\'s', async (locale) => {
    const c = await motherOn(3, '14:00', 'breast', locale);
    const hers = await c.say({ nb: 'jeg har feber og frysninger', nn: 'eg har feber og frysningar', en: 'i have a fever and chills' }[locale]);
    expect(hers.text).toBe(t(locale, 'findings:red-flag.urgent-mother'));
    expect(hers.text).toContain('116 117');
    expect(occurrences(hers.text, '113')).toBe(1);
    const babys = await c.say({ nb: 'babyen har 38,5 i feber', nn: 'babyen har 38,5 i feber', en: 'the baby has a temperature of 38.5' }[locale]);
    expect(babys.text).toBe(t(locale, 'findings:red-flag.urgent'));
    expect((await c.document())?.findings.filter((f) => f.code === 'red-flag.urgent')).toHaveLength(2);
  });
});
