import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DECISION_DEADLINE_MS } from '../../src/edge/bot';
import { CONNECTOR_CALL_DEADLINE_MS } from '../../src/edge/checked-activity-adapter';
import { ANSWER_DEADLINE_MS } from '../../src/edge/server';
import type { CaptureServer } from '../support/capture-server';
import { mother, postJson, startTestApp, type RunningApp } from '../support/test-app';

/** What a turn may take beyond its deadlines on a busy test machine. */
const SLACK_MS = 2_500;

interface Post {
  conversationId: string;
  text: string;
  /** The bot gave up on the call (its deadline aborted it) while the channel still held it. */
  abortedByBot: boolean;
}

/** A channel whose first `hangs` posts are never answered; the rest are accepted. */
async function startChannel(hangs: number): Promise<{ url: string; posts: Post[]; asCapture: CaptureServer; close(): Promise<void> }> {
  const posts: Post[] = [];
  let left = hangs;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const activity = JSON.parse(body || '{}') as { text?: string; conversation?: { id?: string } };
      const post: Post = { conversationId: activity.conversation?.id ?? '', text: activity.text ?? '', abortedByBot: false };
      posts.push(post);
      if (left-- > 0) {
        res.on('close', () => (post.abortedByBot = !res.writableEnded));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `act-${posts.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const forConversation = (id: string) => posts.filter((p) => p.conversationId === id).map((p) => ({ text: p.text }));
  return {
    url,
    posts,
    asCapture: { url, received: [], for: forConversation, fail: () => undefined, close: async () => undefined },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** One bot and one channel for one scenario; her first message, timed. */
async function firstMessage(bot: RunningApp, channel: Awaited<ReturnType<typeof startChannel>>) {
  const m = mother(bot.base, channel.asCapture);
  const started = Date.now();
  const res = await postJson(bot.base, '/api/messages', m.activity('hei'));
  return { ...res, ms: Date.now() - started, conversationId: m.conversationId };
}

const APOLOGY_WITH_ID = /[0-9a-f]{8}/;

/** Whether every post was aborted by the bot, once the aborts have reached the channel (just after the answer). */
async function allAborted(posts: Post[]): Promise<boolean> {
  for (const deadline = Date.now() + 1_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 20))) if (posts.every((p) => p.abortedByBot)) return true;
  return posts.every((p) => p.abortedByBot);
}

describe('the deadlines of a turn', () => {
  const running: Array<{ stop(): Promise<void> } | { close(): Promise<void> }> = [];
  const scenario = async (hangs: number) => {
    const channel = await startChannel(hangs);
    const bot = await startTestApp({ CHECKIN_LOOP: 'off' });
    running.push(bot, channel);
    return { channel, bot };
  };
  afterAll(async () => {
    jest.restoreAllMocks();
    for (const thing of running) await ('stop' in thing ? thing.stop() : thing.close());
  });

  it.concurrent('a reply the channel never answers is aborted after the call deadline, and she gets the apology', async () => {
    const { channel, bot } = await scenario(1);
    const answer = await firstMessage(bot, channel);
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeGreaterThanOrEqual(CONNECTOR_CALL_DEADLINE_MS - 100);
    expect(answer.ms).toBeLessThan(CONNECTOR_CALL_DEADLINE_MS + SLACK_MS);
    expect(await allAborted(channel.posts.slice(0, 1))).toBe(true);
    expect(channel.posts.slice(1).map((p) => p.text)).toEqual([expect.stringMatching(APOLOGY_WITH_ID)]);
  });

  it.concurrent('a channel that answers nothing holds the request for two call deadlines (the reply, the apology), not 130 s', async () => {
    const { channel, bot } = await scenario(Infinity);
    const answer = await firstMessage(bot, channel);
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeGreaterThanOrEqual(2 * CONNECTOR_CALL_DEADLINE_MS - 100);
    expect(answer.ms).toBeLessThan(2 * CONNECTOR_CALL_DEADLINE_MS + SLACK_MS);
    expect(channel.posts).toHaveLength(2);
    expect(await allAborted(channel.posts)).toBe(true);
  });

  it.concurrent('a store that does not answer fails the decision after its deadline, and she gets the apology', async () => {
    const { channel, bot } = await scenario(0);
    jest.spyOn(bot.app.store, 'get').mockReturnValue(new Promise(() => undefined));
    const answer = await firstMessage(bot, channel);
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeGreaterThanOrEqual(DECISION_DEADLINE_MS - 100);
    expect(answer.ms).toBeLessThan(DECISION_DEADLINE_MS + SLACK_MS);
    expect(channel.posts.map((p) => p.text)).toEqual([expect.stringMatching(APOLOGY_WITH_ID)]);
  });

  it.concurrent('a store and a channel that both answer nothing still end the request within the 15 s the channel waits', async () => {
    const { channel, bot } = await scenario(Infinity);
    jest.spyOn(bot.app.store, 'get').mockReturnValue(new Promise(() => undefined));
    const answer = await firstMessage(bot, channel);
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeGreaterThanOrEqual(DECISION_DEADLINE_MS + CONNECTOR_CALL_DEADLINE_MS - 100);
    expect(answer.ms).toBeLessThanOrEqual(ANSWER_DEADLINE_MS + 500);
    expect(channel.posts).toHaveLength(1);
    expect(await allAborted(channel.posts)).toBe(true);
  });

  it.concurrent('a turn that never ends (authentication hanging, say) is answered 503 with an error id at the answer deadline, and its calls are aborted', async () => {
    const { channel, bot } = await scenario(0);
    let turnSignal: AbortSignal | undefined;
    jest.spyOn(bot.app.adapter, 'runCheckedActivity').mockImplementation((_auth, _activity, _logic, signal) => {
      turnSignal = signal;
      return new Promise(() => undefined);
    });
    const answer = await firstMessage(bot, channel);
    expect(answer.status).toBe(503);
    expect(answer.json).toEqual({ error: 'timeout', errorId: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(answer.ms).toBeGreaterThanOrEqual(ANSWER_DEADLINE_MS - 100);
    expect(answer.ms).toBeLessThan(ANSWER_DEADLINE_MS + SLACK_MS);
    expect(turnSignal?.aborted).toBe(true);
    expect((await fetch(`${bot.base}/healthz`)).status).toBe(200);
  });
});
