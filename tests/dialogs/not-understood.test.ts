import { DateTime } from 'luxon';
import { t } from '../../src/support/i18n';
import type { Locale } from '../../src/mother/profile';
import { onboardCard } from '../support/test-app';
import { chat, setClock, type Answer, type Chat, stageForTests } from './support/chat';
import { openDialog } from './support/open-dialog';

/**
 * Issue 23: "every miss gets the full nine-line help list". A miss now gets one short line in her
 * language and three buttons (her usual log, her status, the help); the whole list comes on asking.
 */
const ZONE = 'Europe/Oslo';
const BIRTH = '2026-11-24T03:10:00+01:00';
const NOON = '2026-11-24T12:00:00+01:00';
const localDay = (day: number, time: string): string => {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.fromISO(BIRTH, { zone: ZONE }).startOf('day').plus({ days: day - 1 }).set({ hour, minute }).toUTC().toISO()!;
};

interface Words {
  channel: string;
  nonsense: string[];
  /** What each button sends, as she would type it: a feed (or a pumping), status, help. */
  feedButtons: [string, string, string];
  pumpButtons: [string, string, string];
  askHelp: string[];
  askPumpMl: RegExp;
  day: RegExp;
  questionFeeds: RegExp;
}
const WORDS: Record<Locale, Words> = {
  nb: {
    channel: 'nb-NO',
    nonsense: ['blablabla xyz', 'qwerty 123 asdf', 'hmm'],
    feedButtons: ['ammet nå', 'status', 'hjelp'],
    pumpButtons: ['pumpet', 'status', 'hjelp'],
    askHelp: ['hjelp', 'hjelp meg', 'help', '?'],
    askPumpMl: /Hvor mye fikk du/,
    day: /Dag 1/,
    questionFeeds: /Hvor mange ganger har du ammet/,
  },
  nn: {
    channel: 'nn-NO',
    nonsense: ['blablabla xyz', 'qwerty 123 asdf', 'hmm'],
    feedButtons: ['amma no', 'status', 'hjelp'],
    pumpButtons: ['pumpa', 'status', 'hjelp'],
    askHelp: ['hjelp', 'hjelp meg', '?'],
    askPumpMl: /Kor mykje fekk du/,
    day: /Dag 1/,
    questionFeeds: /Kor mange gonger har du amma/,
  },
  en: {
    channel: 'en-GB',
    nonsense: ['asdf qwerty', 'lorem ipsum 42', 'hmm'],
    feedButtons: ['fed now', 'status', 'help'],
    pumpButtons: ['pumped', 'status', 'help'],
    askHelp: ['help', 'help me', '?'],
    askPumpMl: /How much did you get/,
    day: /Day 1/,
    questionFeeds: /How many times have you breastfed/,
  },
};
const TITLES = ['dialog:missed.feedNow', 'dialog:missed.status', 'dialog:missed.help'] as const;
const PUMP_TITLES = ['dialog:missed.pumped', 'dialog:missed.status', 'dialog:missed.help'] as const;

type Button = { type: string; title: string; value: string };
const buttonsOf = (answer: Answer): Button[] => (answer.replies.at(-1)?.suggestedActions as { actions: Button[] } | undefined)?.actions ?? [];

describe.each(['nb', 'nn', 'en'] as const)('not understood (%s)', (locale) => {
  const w = WORDS[locale];
  const line = t(locale, 'dialog:missed.text');
  const help = t(locale, 'common:help.intro');
  const stage = stageForTests();
  const onboarded = async (mode: 'breast' | 'pump' | 'both'): Promise<Chat> => {
    await setClock(stage(), NOON);
    const c = chat(stage(), w.channel);
    await c.say(onboardCard(BIRTH, mode));
    return c;
  };

  it('a miss gets one short line and three buttons, not the help list', async () => {
    const c = await onboarded('both');
    for (const nonsense of w.nonsense) {
      const missed = await c.say(nonsense);
      expect(missed.text).toBe(line);
      expect(missed.text).not.toContain(help);
      expect(missed.replies).toHaveLength(1);
      expect(buttonsOf(missed)).toEqual(TITLES.map((key, i) => ({ type: 'imBack', title: t(locale, key), value: w.feedButtons[i] })));
    }
    expect(await c.events()).toEqual([]);
  });

  it('each button does what it says: logs a feed, tells her status, gives the whole help', async () => {
    const c = await onboarded('breast');
    const [feed, status, helpWord] = buttonsOf(await c.say(w.nonsense[0]!)).map((b) => b.value);
    await c.say(feed!);
    expect(await c.events()).toEqual(['feed']);
    expect((await c.say(status!)).text).toMatch(w.day);
    expect((await c.say(helpWord!)).text).toBe(help);
  });

  it('when she only pumps, the first button is a pumping, which asks for the ml', async () => {
    const c = await onboarded('pump');
    const buttons = buttonsOf(await c.say(w.nonsense[0]!));
    expect(buttons.map((b) => b.value)).toEqual(w.pumpButtons);
    expect(buttons.map((b) => b.title)).toEqual(PUMP_TITLES.map((key) => t(locale, key)));
    expect((await c.say(buttons[0]!.value)).text).toMatch(w.askPumpMl);
    await c.say('20');
    expect(await c.events()).toEqual(['pump:20']);
  });

  it('the whole help list comes when she asks for it', async () => {
    const c = await onboarded('both');
    for (const ask of w.askHelp) expect((await c.say(ask)).text).toBe(help);
  });

  it('a bare number with no question open is a miss, not an answer about some topic (a walk: «3» drew the three pumpings of 20 ml)', async () => {
    const c = await onboarded('both');
    for (const bare of ['3', '20']) {
      const missed = await c.say(bare);
      expect(missed.text).toBe(line);
      expect(buttonsOf(missed).map((b) => b.value)).toEqual(w.feedButtons);
    }
    // Asked as a question, it is declined: still no topic.
    expect((await c.say('3?')).text).toBe(t(locale, 'topics:ui.decline'));
    expect(await c.events()).toEqual([]);
  });

  it('a message with no words (a picture, say) is a miss too', async () => {
    const c = await onboarded('both');
    const missed = await c.say('');
    expect(missed.text).toBe(line);
    expect(buttonsOf(missed).map((b) => b.value)).toEqual(w.feedButtons);
  });

  it('in a check-in the short line is followed by the same question, whose buttons stay the last ones', async () => {
    const c = await onboarded('breast');
    await setClock(stage(), localDay(2, '09:00'));
    await c.runCheckins();
    const missed = await c.say(w.nonsense[0]!);
    expect(missed.text).toContain(t(locale, 'dialog:notUnderstood'));
    expect(missed.text).not.toContain(help);
    expect(missed.text).toMatch(w.questionFeeds);
    expect(buttonsOf(missed).map((b) => b.title)).toEqual([t(locale, 'common:answer.skip')]);
    expect(openDialog(await c.document())).toMatchObject({ name: 'checkin', step: 'feeds' });
  });

  it('before she has said yes, a miss still gets the consent question, and after a no the reminder', async () => {
    await setClock(stage(), NOON);
    const c = chat(stage(), w.channel);
    await c.say(locale === 'en' ? 'hello' : 'hei');
    const onboarding = await c.say(w.nonsense[0]!);
    expect(onboarding.text).toContain(t(locale, 'common:welcome.privacy'));
    await c.say(locale === 'en' ? 'no' : 'nei');
    expect((await c.say(w.nonsense[0]!)).text).toBe(t(locale, 'dialog:refused.reminder'));
  });
});
