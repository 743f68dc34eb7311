import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import { ConnectorError, postReply } from '../../src/edge/connector-post';

/**
 * A turn's reply is posted with Node's own HTTP client, no longer through the SDK's ConnectorClient
 * pipeline: the request, its signature and its tries must stay what that pipeline did, against a real
 * HTTP server standing in for the Bot Connector.
 */
interface Received {
  path: string;
  authorization?: string;
  contentType?: string;
  body: Record<string, unknown>;
  at: number;
}
type Answer = { status: number; headers?: Record<string, string>; body?: string } | 'drop';

async function connector(answers: Answer[]) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ path: req.url ?? '', authorization: req.headers.authorization, contentType: req.headers['content-type'], body: JSON.parse(text) as Record<string, unknown>, at: Date.now() });
      const answer = answers.shift() ?? { status: 200, body: '{"id":"sent-1"}' };
      if (answer === 'drop') return void req.socket.destroy();
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(answer.body ?? '{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const signedBy = (token: string) => ({ credentials: { signRequest: async (resource: { headers: { set(name: string, value: string): void } }) => resource.headers.set('Authorization', `Bearer ${token}`) } }) as unknown as ConnectorClient;
const reply = (serviceUrl: string, replyToId?: string): Partial<Activity> => ({
  type: 'message',
  text: 'Amming kl. 14.00 ført.',
  serviceUrl,
  conversation: { id: 'a:conv/1', isGroup: false, conversationType: 'personal', name: '' },
  ...(replyToId ? { replyToId } : {}),
});

describe('a turn\'s reply posted to the Bot Connector', () => {
  it('is posted as the SDK posts it: to the activity it answers, as JSON, signed by the client\'s credentials; its id comes back', async () => {
    const channel = await connector([]);
    try {
      const sent = await postReply(signedBy('t0k'), reply(channel.url, 'act 7'));
      expect(sent).toEqual({ id: 'sent-1' });
      expect(channel.received).toEqual([
        expect.objectContaining({ path: '/v3/conversations/a%3Aconv%2F1/activities/act%207', authorization: 'Bearer t0k', contentType: 'application/json; charset=utf-8', body: reply(channel.url, 'act 7') }),
      ]);
      await postReply(signedBy('t0k'), reply(channel.url));
      expect(channel.received[1]?.path).toBe('/v3/conversations/a%3Aconv%2F1/activities');
    } finally {
      await channel.close();
    }
  });

  it('waits as long as Retry-After says on a 429, then delivers once', async () => {
    const channel = await connector([{ status: 429, headers: { 'Retry-After': '1' } }]);
    try {
      await postReply(signedBy('t'), reply(channel.url, 'a'));
      expect(channel.received).toHaveLength(2);
      expect(channel.received[1]!.at - channel.received[0]!.at).toBeGreaterThanOrEqual(950);
    } finally {
      await channel.close();
    }
  });

  it('tries a 503 and a dropped connection again, after a backoff, and delivers', async () => {
    const channel = await connector([{ status: 503, headers: { 'Retry-After': '0' } }, 'drop', { status: 502 }]);
    try {
      expect(await postReply(signedBy('t'), reply(channel.url, 'a'))).toEqual({ id: 'sent-1' });
      expect(channel.received).toHaveLength(4);
    } finally {
      await channel.close();
    }
  }, 15_000);

  it('gives up at once on what another try cannot mend (400, 401, a 429 without Retry-After), with the status', async () => {
    for (const status of [400, 401, 429]) {
      const channel = await connector([{ status }]);
      try {
        await expect(postReply(signedBy('t'), reply(channel.url, 'a'))).rejects.toEqual(new ConnectorError(status));
        expect(channel.received).toHaveLength(1);
      } finally {
        await channel.close();
      }
    }
  });

  it('stops its tries when the turn\'s deadline aborts it', async () => {
    const channel = await connector(Array.from({ length: 10 }, () => ({ status: 429, headers: { 'Retry-After': '5' } })));
    try {
      const deadline = AbortSignal.timeout(300);
      await expect(postReply(signedBy('t'), reply(channel.url, 'a'), deadline)).rejects.toBeDefined();
      expect(channel.received).toHaveLength(1);
    } finally {
      await channel.close();
    }
  });
});
