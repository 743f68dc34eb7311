import { startCaptureServer, type CaptureServer } from '../../support/capture-server';
import { mother, postJson, startTestApp, type RunningApp, type Sent } from '../../support/test-app';
import type { MotherDocument } from '../../../src/store/mother-document';
import type { Locale } from '../../../src/mother/profile';

export type Reply = Sent['replies'][number];

/** The real bot on a free port and a capture server playing the Bot Connector, for one test file. */
export interface Stage {
  bot: RunningApp;
  capture: CaptureServer;
  stop(): Promise<void>;
}

export async function startStage(): Promise<Stage> {
  const capture = await startCaptureServer();
  const bot = await startTestApp();
  return {
    bot,
    capture,
    stop: async () => {
      await bot.stop();
      await capture.close();
    },
  };
}

/** The stage for the tests of one describe block: started before the first, stopped after the last. */
export function stageForTests(): () => Stage {
  let stage: Stage | undefined;
  beforeAll(async () => {
    stage = await startStage();
  });
  afterAll(async () => {
    await stage?.stop();
  });
  return () => {
    if (!stage) throw new Error('the stage is started before the tests');
    return stage;
  };
}

export async function setClock(stage: Stage, now: string): Promise<void> {
  const res = await postJson(stage.bot.base, '/dev/clock', { now });
  if (res.status !== 200) throw new Error(`POST /dev/clock answered ${res.status}`);
}

export const isCard = (reply: Reply): boolean => (reply.attachments ?? []).some((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
export const textOf = (replies: readonly Reply[]): string => replies.map((r) => r.text ?? '').join('\n');

/** What she sees after one message: the replies, their text in one string, and whether a card came. */
export interface Answer {
  replies: Reply[];
  text: string;
  card: boolean;
}

/** One mother talking to the bot over HTTP, with a look into what the store keeps of her. */
export function chat(stage: Stage, locale: string) {
  const her = mother(stage.bot.base, stage.capture, { locale });
  const document = async (): Promise<MotherDocument | undefined> => (await stage.bot.app.store.get(her.motherId))?.doc;
  return {
    her,
    document,
    async say(content: string | Record<string, unknown>): Promise<Answer> {
      const sent = await her.send(content);
      if (sent.status !== 200) throw new Error(`POST /api/messages answered ${sent.status}`);
      return { replies: sent.replies, text: textOf(sent.replies), card: sent.replies.some(isCard) };
    },
    /** Her logged events without red-flag symptoms, as "type" or "type:ml" / "diaper:wet|dry|unknown:stool". */
    async events(): Promise<string[]> {
      const doc = await document();
      return (doc?.events ?? [])
        .filter((e) => e.type !== 'symptom')
        .map((e) => (e.type === 'pump' || e.type === 'expression' ? `${e.type}:${e.ml}` : e.type === 'diaper' ? `diaper:${e.wet === undefined ? 'unknown' : e.wet ? 'wet' : 'dry'}:${e.stool}` : e.type));
    },
    /** One pass of the scheduler; what reached her. */
    async runCheckins(): Promise<Answer> {
      const before = her.replies().length;
      const res = await postJson(stage.bot.base, '/dev/checkins/run', {});
      if (res.status !== 200) throw new Error(`POST /dev/checkins/run answered ${res.status}`);
      const replies = her.replies().slice(before);
      return { replies, text: textOf(replies), card: replies.some(isCard) };
    },
  };
}

export type Chat = ReturnType<typeof chat>;

/** The locale each channel says her language is, as Teams or Web Chat sends it. */
export const CHANNEL_LOCALE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-US' };

/** Onboarding typed in her own words: hello, consent, born yesterday at 22, breastfeeding, no first-hour feed, check-in at 9. */
const TYPED_ONBOARDING: Record<Locale, string[]> = {
  nb: ['hei', 'ja', 'i går kl 22', 'ammer', 'nei', 'kl 9'],
  nn: ['hei, eg er ny her', 'ja', 'i går kl 22', 'ammar', 'nei', 'kl 9'],
  en: ['hello', 'yes', 'yesterday at 22', 'breastfeeding', 'no', '9 am'],
};

/** A new mother at `now` (ISO) who has onboarded by typing, in `locale`. */
export async function onboardedByTyping(stage: Stage, locale: Locale, now: string): Promise<Chat> {
  await setClock(stage, now);
  const c = chat(stage, CHANNEL_LOCALE[locale]);
  for (const answer of TYPED_ONBOARDING[locale]) await c.say(answer);
  return c;
}
