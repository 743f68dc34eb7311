import { DateTime } from 'luxon';
import { onboardCard } from '../../support/test-app';
import { chat, setClock, startStage, type Answer, type Chat, type Stage } from './chat';
import { openDialog } from './open-dialog';

/** Her check-in time as her language writes a clock: «08.00» in Norwegian, «08:00» in English. */
const dailyTimeIn = (locale: string, time: string): string => (locale === 'en' ? time : time.replace(':', '.'));

/** What a mother types in one language, and the words by which she recognises each answer. */
export interface Phrasebook {
  locale: 'nb' | 'nn' | 'en';
  channelLocale: string;
  say: {
    hello: string;
    yes: string;
    no: string;
    skip: string;
    birthToday0310: string;
    modeBoth: string;
    at8: string;
    /** Each phrasing, an optional answer to the one question it raises, and the events it must add. */
    logs: Array<{ text: string; answer?: string; adds: string[] }>;
    status: string[];
    undo: string[];
    /** Words that mean nothing to the bot: a short line and three buttons (`tryButtons`, what each sends). */
    nonsense: string[];
    tryButtons: string[];
    /** Asking for help: the whole list. */
    help: string[];
    export: string;
    delete: string;
    stop: string;
    start: string;
    otherLanguage: { text: string; locale: 'nb' | 'nn' | 'en'; words: RegExp };
    checkinTimeTo0830: string;
    birthTo0200: string;
    emergency: string;
    urgent: string;
    question: string;
    pump600: string;
    pumpMinus5: string;
    /** At 12:00 local, a clock time later today. */
    laterToday: string;
    /** Birth is 03:10 today: a time before it. */
    beforeBirth: string;
    feeds31: string;
    birthLongAgo: string;
  };
  /** Issue 24's free questions, each with words of the answer she should get. */
  questions: {
    soreNipples: Asked;
    engorgement: Asked;
    latch: Asked;
    babyWeight: Asked;
    /** Close to a topic but outside it: declined by its name. */
    nearScope: Asked;
    /** Two concerns: `answer` is the first's, `offered` the answer behind the button. */
    twoConcerns: Asked & { offered: RegExp };
    /** Pain she names with no number: the sore-nipples answer, no feed logged. */
    painNoLog: string;
    /** Hard, sore breasts and her fever: the red-flag advice. */
    engorgementWithFever: string;
  };
  words: {
    privacy: RegExp;
    askBirth: RegExp;
    askMode: RegExp;
    askFirstHour: RegExp;
    askCheckinTime: RegExp;
    done: RegExp;
    refused: RegExp;
    refusedReminder: RegExp;
    logged: RegExp;
    day: RegExp;
    undone: RegExp;
    help: RegExp;
    notUnderstood: RegExp;
    exportReady: RegExp;
    deleteConfirm: RegExp;
    deleted: RegExp;
    kept: RegExp;
    paused: RegExp;
    resumed: RegExp;
    questionFeeds: RegExp;
    questionWet: RegExp;
    questionYellow: RegExp;
    skipped: RegExp;
    handExpressionAnswer: RegExp;
    mlRange: RegExp;
    countRange: RegExp;
    beforeBirth: RegExp;
    futureTime: RegExp;
    yesterday: RegExp;
    notStored: RegExp;
    tooOld: RegExp;
    needsOnboarding: RegExp;
  };
}

/** A question and words of the answer to it. */
export interface Asked {
  text: string;
  answer: RegExp;
}

const ZONE = 'Europe/Oslo';
const BIRTH = '2026-11-24T03:10:00+01:00';
const BIRTH_UTC = '2026-11-24T02:10:00.000Z';
const NOON = '2026-11-24T12:00:00+01:00';
const localDay = (day: number, time: string): string => {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.fromISO(BIRTH, { zone: ZONE }).startOf('day').plus({ days: day - 1 }).set({ hour, minute }).toUTC().toISO()!;
};

/** Every dialog of issue #4, typed and by card, through the real bot over HTTP, in one language. */
export function describeTranscripts(p: Phrasebook): void {
  const { say, words } = p;
  let stage: Stage;
  const newMother = async (now: string = NOON): Promise<Chat> => {
    await setClock(stage, now);
    return chat(stage, p.channelLocale);
  };
  const onboarded = async (mode: 'breast' | 'pump' | 'both' = 'both', now: string = NOON): Promise<Chat> => {
    const c = await newMother(now);
    const done = await c.say(onboardCard(BIRTH, mode));
    expect(done.text).toMatch(words.done);
    return c;
  };

  beforeAll(async () => {
    stage = await startStage();
  });
  afterAll(async () => {
    await stage.stop();
  });

  describe(`onboarding (${p.locale})`, () => {
    it('by text: consent, birth, mode, first hour and check-in time, one question at a time', async () => {
      const c = await newMother();
      const hello = await c.say(say.hello);
      expect(hello.text).toMatch(words.privacy);
      expect(hello.card).toBe(true);
      expect((await c.say(say.yes)).text).toMatch(words.askBirth);
      expect((await c.say(say.birthToday0310)).text).toMatch(words.askMode);
      expect((await c.say(say.modeBoth)).text).toMatch(words.askFirstHour);
      expect((await c.say(say.yes)).text).toMatch(words.askCheckinTime);
      const done = await c.say(say.at8);
      expect(done.text).toMatch(words.done);
      expect(done.text).toContain(dailyTimeIn(p.locale, '08:00'));
      const doc = await c.document();
      expect(doc).toMatchObject({ consent: 'given', locale: p.locale, profile: { birthAt: BIRTH_UTC, feedingMode: 'both', checkInTime: '08:00', firstHour: 'yes' } });
      expect(openDialog(doc)).toBeUndefined();
      expect(doc?.nextCheckInAt).toBe(localDay(2, '08:00'));
    });

    it('by card, with the check-in at 09:00 by default and the log card after', async () => {
      const c = await newMother();
      await c.say(say.hello);
      const done = await c.say({ ...onboardCard(BIRTH, 'pump'), checkInTime: undefined });
      expect(done.text).toMatch(words.done);
      expect(done.text).toContain(dailyTimeIn(p.locale, '09:00'));
      expect(done.card).toBe(true);
      expect((await c.document())?.profile).toMatchObject({ birthAt: BIRTH_UTC, feedingMode: 'pump', checkInTime: '09:00', locale: p.locale });
    });

    it('keeps nothing but the refusal when she says no, by text and by card', async () => {
      for (const refusal of [say.no, { ...onboardCard(BIRTH, 'breast'), consent: false }]) {
        const c = await newMother();
        await c.say(say.hello);
        expect((await c.say(refusal)).text).toMatch(words.refused);
        expect((await c.say(say.logs[0]!.text)).text).toMatch(words.refusedReminder);
        expect((await c.say({ action: 'log', type: 'feed' })).text).toMatch(words.needsOnboarding);
        const doc = await c.document();
        expect(doc).toMatchObject({ consent: 'refused', events: [], checkins: [], findings: [], nextCheckInAt: null });
        expect(doc?.profile).toBeUndefined();
        expect(openDialog(doc)).toBeUndefined();
        expect(JSON.stringify(doc)).not.toContain('2026-11-24T02:10');
      }
    });

    it('refuses a birth more than 14 days ago, and one in the future, and asks again', async () => {
      const c = await newMother();
      await c.say(say.hello);
      await c.say(say.yes);
      const old = await c.say(say.birthLongAgo);
      expect(old.text).toMatch(words.tooOld);
      expect(old.text).toMatch(words.askBirth);
      const future = await c.say(onboardCard('2026-11-25T03:10:00+01:00', 'breast'));
      expect(future.text).not.toMatch(words.done);
      expect((await c.document())?.profile).toBeUndefined();
    });

    it('answers a red flag in the middle of onboarding first, then goes on where she was', async () => {
      const c = await newMother();
      await c.say(say.hello);
      await c.say(say.yes);
      const flag = await c.say(say.emergency);
      expect(flag.text).toMatch(/113/);
      expect(openDialog(await c.document())).toMatchObject({ name: 'onboarding', step: 'birth' });
      expect((await c.say(say.birthToday0310)).text).toMatch(words.askMode);
    });
  });

  describe(`logging in her words (${p.locale})`, () => {
    it('stores each phrasing as the events it names', async () => {
      const c = await onboarded('both');
      for (const log of say.logs) {
        const before = await c.events();
        const first = await c.say(log.text);
        expect(first.replies.length).toBeGreaterThan(0);
        if (log.answer) await c.say(log.answer);
        const added = (await c.events()).slice(before.length);
        expect({ text: log.text, added: added.sort() }).toEqual({ text: log.text, added: [...log.adds].sort() });
      }
    });

    it('stores card logs of each type', async () => {
      const c = await onboarded('both');
      await c.say({ action: 'log', type: 'feed', side: 'left' });
      await c.say({ action: 'log', type: 'diaper', wet: true, stool: 'transitional' });
      await c.say({ action: 'log', type: 'pump', ml: 22, double: true });
      await c.say({ action: 'log', type: 'expression', ml: 3 });
      const milk = await c.say({ action: 'log', type: 'milk-in' });
      expect(milk.replies.length).toBeGreaterThan(0);
      expect(await c.events()).toEqual(['feed', 'diaper:wet:transitional', 'pump:22', 'expression:3', 'milk-in']);
    });

    it('refuses 600 ml, -5 ml, a time before birth and 31 feeds, and stores nothing', async () => {
      const c = await onboarded('both');
      expect((await c.say(say.pump600)).text).toMatch(words.mlRange);
      expect((await c.say(say.pumpMinus5)).text).toMatch(words.mlRange);
      expect((await c.say(say.beforeBirth)).text).toMatch(words.beforeBirth);
      expect((await c.say(say.feeds31)).text).toMatch(words.countRange);
      expect((await c.say({ action: 'log', type: 'pump', ml: 600 })).text).toMatch(words.mlRange);
      expect((await c.say({ action: 'log', type: 'expression', ml: -5 })).text).toMatch(words.mlRange);
      expect((await c.say({ action: 'log', type: 'feed', at: '2026-11-24T02:00:00+01:00' })).text).toMatch(words.beforeBirth);
      expect((await c.say({ action: 'checkin', feeds: 31 })).text).toMatch(words.countRange);
      expect(await c.events()).toEqual([]);
      expect((await c.document())?.checkins).toEqual([]);
    });

    it('refuses a time in the future, and asks before taking a later clock time as yesterday', async () => {
      const c = await onboarded('both');
      expect((await c.say({ action: 'log', type: 'feed', at: '2026-11-24T14:00:00+01:00' })).text).toMatch(words.futureTime);
      const later = await c.say(say.laterToday);
      expect(later.text).toMatch(words.yesterday);
      expect(await c.events()).toEqual([]);
      expect((await c.say(say.no)).text).toMatch(words.notStored);
      expect(await c.events()).toEqual([]);
      // Her yes to a question she has moved on from stores nothing.
      await c.say(say.laterToday);
      await c.say(say.status[0]!);
      await c.say(say.yes);
      expect(await c.events()).toEqual([]);
    });
  });

  describe(`the daily check-in (${p.locale})`, () => {
    it('by text: one question at a time, "skip" accepted, ending with the evaluation', async () => {
      const c = await onboarded('breast');
      await setClock(stage, localDay(3, '09:00'));
      const checkin = await c.runCheckins();
      expect(checkin.card).toBe(true);
      expect(checkin.text).toMatch(words.questionFeeds);
      const second = await c.say('9');
      expect(second.text).toMatch(words.questionWet);
      const third = await c.say(say.skip);
      expect(third.text).toMatch(words.skipped);
      expect(third.text).toMatch(words.questionYellow);
      const end = await c.say('2');
      expect(end.text).not.toMatch(words.questionYellow);
      const doc = await c.document();
      expect(openDialog(doc)).toBeUndefined();
      expect(doc?.checkins).toEqual([expect.objectContaining({ feeds: 9, yellowStools: 2 })]);
      expect(doc?.checkins[0]).not.toHaveProperty('wetDiapers');
      expect(doc?.findings.map((f) => f.code)).toContain('feeds.frequency-ok');
    });

    it('by card, with pumped volumes stored as sessions and the rules evaluated', async () => {
      const c = await onboarded('pump');
      await setClock(stage, localDay(4, '09:00'));
      const checkin = await c.runCheckins();
      expect(checkin.card).toBe(true);
      const answer = await c.say({ action: 'checkin', pumpMl: [22, 25, 30], wetDiapers: 5, yellowStools: 3 });
      expect(answer.replies.length).toBeGreaterThan(0);
      expect(await c.events()).toEqual(['pump:22', 'pump:25', 'pump:30']);
      const doc = await c.document();
      expect(openDialog(doc)).toBeUndefined();
      expect(doc?.findings.map((f) => f.code)).toContain('activation.pump-3x20');
    });

    it('answers a free question in the middle, then asks the same check-in question again', async () => {
      const c = await onboarded('breast');
      await setClock(stage, localDay(2, '09:00'));
      await c.runCheckins();
      const answer = await c.say(say.question);
      expect(answer.text).toMatch(words.handExpressionAnswer);
      expect(answer.replies[answer.replies.length - 1]?.text).toMatch(words.questionFeeds);
      expect((await c.say('8')).text).toMatch(words.questionWet);
    });

    it('answers a red flag in the middle first, and the check-in goes on after', async () => {
      const c = await onboarded('breast');
      await setClock(stage, localDay(2, '09:00'));
      await c.runCheckins();
      const flag = await c.say(say.urgent);
      expect(flag.text).toMatch(/116 117/);
      const doc = await c.document();
      expect(doc?.events.map((e) => e.type)).toEqual(['symptom']);
      expect(openDialog(doc)).toMatchObject({ name: 'checkin', step: 'feeds' });
      expect((await c.say('8')).text).toMatch(words.questionWet);
    });
  });

  describe(`free questions of issue 24 (${p.locale})`, () => {
    const q = p.questions;
    const buttonsOf = (answer: Answer): Array<{ title: string; value: string }> =>
      (answer.replies.at(-1)?.suggestedActions as { actions: Array<{ title: string; value: string }> } | undefined)?.actions ?? [];

    it('answers sore nipples, engorgement, the latch and the baby\'s weight, and logs nothing', async () => {
      const c = await onboarded('both');
      for (const { text, answer } of [q.soreNipples, q.engorgement, q.latch, q.babyWeight]) {
        const reply = await c.say(text);
        expect({ text, reply: reply.text }).toEqual({ text, reply: expect.stringMatching(answer) });
      }
      expect(await c.events()).toEqual([]);
    });

    it('declines a question close to a topic by its name and says where to get help, never with a topic\'s answer', async () => {
      const c = await onboarded('both');
      const reply = await c.say(q.nearScope.text);
      expect(reply.text).toMatch(q.nearScope.answer);
      expect(reply.text).toMatch(/jordmor|helsestasjon|fastlege/);
      for (const topic of [q.soreNipples, q.engorgement, q.latch, q.babyWeight]) expect(reply.text).not.toMatch(topic.answer);
      expect(reply.text).not.toMatch(words.notUnderstood);
    });

    it('answers the concern that needs action first, and the button under it answers the other', async () => {
      const c = await onboarded('both');
      const reply = await c.say(q.twoConcerns.text);
      expect(reply.text).toMatch(q.twoConcerns.answer);
      expect(reply.text).not.toMatch(q.twoConcerns.offered);
      const [offer, ...more] = buttonsOf(reply);
      expect(more).toEqual([]);
      expect((await c.say(offer!.value)).text).toMatch(q.twoConcerns.offered);
    });

    it('in a check-in, keeps the offered button beside the question\'s own under the last message', async () => {
      const c = await onboarded('breast');
      await setClock(stage, localDay(2, '09:00'));
      await c.runCheckins();
      const reply = await c.say(q.twoConcerns.text);
      expect(reply.text).toMatch(q.twoConcerns.answer);
      expect(reply.replies.at(-1)?.text).toMatch(words.questionFeeds);
      const [offer, skip, ...more] = buttonsOf(reply);
      expect({ skip: skip !== undefined, more }).toEqual({ skip: true, more: [] });
      const offered = await c.say(offer!.value);
      expect(offered.text).toMatch(q.twoConcerns.offered);
      expect(offered.replies.at(-1)?.text).toMatch(words.questionFeeds);
      expect(openDialog(await c.document())).toMatchObject({ name: 'checkin', step: 'feeds' });
    });

    it('answers pain she names as a question, and logs no feed for it', async () => {
      const c = await onboarded('both');
      expect((await c.say(q.painNoLog)).text).toMatch(q.soreNipples.answer);
      expect(await c.events()).toEqual([]);
    });

    it('answers hard, sore breasts with her fever with the red-flag advice, not the engorgement answer', async () => {
      const c = await onboarded('both');
      const reply = await c.say(q.engorgementWithFever);
      expect(reply.text).toMatch(/116 117/);
      expect(reply.text).not.toMatch(q.engorgement.answer);
      expect((await c.document())?.events.map((e) => e.type)).toEqual(['symptom']);
    });
  });

  describe(`status, corrections and help (${p.locale})`, () => {
    it('tells the last 24 hours on every status phrasing', async () => {
      const c = await onboarded('breast');
      await c.say({ action: 'log', type: 'feed' });
      await c.say({ action: 'log', type: 'feed' });
      for (const phrase of say.status) {
        const status = await c.say(phrase);
        expect(status.text).toMatch(words.day);
        expect(status.text).toMatch(/\b2\b/);
      }
    });

    it('removes the last thing she logged on each undo phrasing, and nothing else', async () => {
      const c = await onboarded('both');
      await c.say({ action: 'log', type: 'feed' });
      for (const phrase of say.undo) {
        await c.say({ action: 'log', type: 'pump', ml: 25 });
        expect(await c.events()).toEqual(['feed', 'pump:25']);
        expect((await c.say(phrase)).text).toMatch(words.undone);
        expect(await c.events()).toEqual(['feed']);
      }
    });

    it('never leaves her at a dead end: nonsense gets one short line and three buttons, asking gets the help', async () => {
      const c = await onboarded('both');
      for (const nonsense of say.nonsense) {
        const missed = await c.say(nonsense);
        expect(missed.text).toMatch(words.notUnderstood);
        expect(missed.text).not.toMatch(words.help);
        expect(missed.text.split('\n')).toHaveLength(1);
        const buttons = (missed.replies.at(-1)?.suggestedActions as { actions: Array<{ type: string; value: string }> } | undefined)?.actions ?? [];
        expect(buttons.map((b) => [b.type, b.value])).toEqual(say.tryButtons.map((value) => ['imBack', value]));
      }
      for (const ask of say.help) expect((await c.say(ask)).text).toMatch(words.help);
      expect(await c.events()).toEqual([]);
    });
  });

  describe(`data rights (${p.locale})`, () => {
    it('exports her events and findings as a JSON attachment', async () => {
      const c = await onboarded('both');
      await c.say({ action: 'log', type: 'pump', ml: 12 });
      const reply = await c.say(say.export);
      expect(reply.text).toMatch(words.exportReady);
      const json = reply.replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/json')?.content as Record<string, unknown> & { events: Array<{ type: string; ml?: number }> };
      expect(json).toMatchObject({ schemaVersion: 1, mother: { birthAt: BIRTH_UTC, feedingMode: 'both', timezone: ZONE, checkInTime: '09:00', locale: p.locale } });
      expect(json.events).toEqual([expect.objectContaining({ type: 'pump', ml: 12 })]);
      expect(Array.isArray(json.findings)).toBe(true);
    });

    it('deletes everything after one confirmation, and keeps it on no', async () => {
      const c = await onboarded('both');
      await c.say({ action: 'log', type: 'feed' });
      expect((await c.say(say.delete)).text).toMatch(words.deleteConfirm);
      expect((await c.say(say.no)).text).toMatch(words.kept);
      expect(await c.events()).toEqual(['feed']);
      expect((await c.say(say.delete)).text).toMatch(words.deleteConfirm);
      expect(await c.document()).toBeDefined();
      expect((await c.say(say.yes)).text).toMatch(words.deleted);
      expect(await stage.bot.app.store.get(c.her.motherId)).toBeUndefined();
    });

    it('pauses the daily check-ins and starts them again', async () => {
      const c = await onboarded('both');
      expect((await c.say(say.stop)).text).toMatch(words.paused);
      expect(await c.document()).toMatchObject({ checkInsPaused: true, nextCheckInAt: null });
      await setClock(stage, localDay(2, '09:00'));
      expect((await c.runCheckins()).replies).toHaveLength(0);
      expect((await c.say(say.start)).text).toMatch(words.resumed);
      expect(await c.document()).toMatchObject({ checkInsPaused: false, nextCheckInAt: localDay(3, '09:00') });
    });

    it('changes her language, and answers in it from then on', async () => {
      const c = await onboarded('both');
      const changed = await c.say(say.otherLanguage.text);
      expect(changed.text).toMatch(say.otherLanguage.words);
      expect((await c.document())?.locale).toBe(say.otherLanguage.locale);
      expect((await c.document())?.profile?.locale).toBe(say.otherLanguage.locale);
      const next = await c.say({ action: 'log', type: 'milk-in' });
      expect(next.replies.every((r) => r.locale === say.otherLanguage.locale)).toBe(true);
    });

    it('changes the check-in time', async () => {
      const c = await onboarded('both');
      const changed = await c.say(say.checkinTimeTo0830);
      expect(changed.text).toContain(dailyTimeIn(p.locale, '08:30'));
      expect(await c.document()).toMatchObject({ profile: { checkInTime: '08:30' }, nextCheckInAt: localDay(2, '08:30') });
    });

    it('changes the time of birth', async () => {
      const c = await onboarded('both');
      const changed = await c.say(say.birthTo0200);
      // Said back as every time is in her language: «kl. 02.00», «at 02:00».
      expect(changed.text).toMatch(/02[.:]00/);
      expect((await c.document())?.profile?.birthAt).toBe('2026-11-24T01:00:00.000Z');
    });
  });
}
