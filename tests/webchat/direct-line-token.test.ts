import nock from 'nock';
import { startWebChatServer, type RunningWebChat } from './web-chat-server';

const DIRECT_LINE = 'https://directline.botframework.com';
const SECRET = 'dl-secret-never-in-the-browser';

describe('POST /api/directline/token', () => {
  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
  });
  afterEach(() => nock.cleanAll());
  afterAll(() => nock.enableNetConnect());

  describe('with a secret', () => {
    let app: RunningWebChat;
    beforeAll(async () => {
      app = await startWebChatServer({ directLineSecret: SECRET });
    });
    afterAll(() => app.close());

    it('trades the secret for a token server-side and gives the browser only the token', async () => {
      let sentUserId: unknown;
      const directLine = nock(DIRECT_LINE, { reqheaders: { authorization: `Bearer ${SECRET}` } })
        .post('/v3/directline/tokens/generate', (body: { user?: { id?: unknown } }) => {
          sentUserId = body.user?.id;
          return true;
        })
        .reply(200, { conversationId: 'conv-123', token: 'short-lived-token', expires_in: 1800 });

      const response = await fetch(`${app.baseUrl}/api/directline/token`, { method: 'POST' });
      const text = await response.text();

      expect(directLine.isDone()).toBe(true);
      expect(response.status).toBe(200);
      expect(JSON.parse(text)).toEqual({ token: 'short-lived-token', conversationId: 'conv-123', expiresIn: 1800 });
      expect(text).not.toContain(SECRET);
      expect(sentUserId).toMatch(/^dl_[0-9a-f]{32}$/);
      expect(response.headers.get('cache-control')).toContain('no-store');
    });

    it('gives every visitor a different user id', async () => {
      const ids: unknown[] = [];
      nock(DIRECT_LINE)
        .post('/v3/directline/tokens/generate', (body: { user?: { id?: unknown } }) => ids.push(body.user?.id) > 0)
        .times(2)
        .reply(200, { conversationId: 'c', token: 't', expires_in: 1800 });

      await fetch(`${app.baseUrl}/api/directline/token`, { method: 'POST' });
      await fetch(`${app.baseUrl}/api/directline/token`, { method: 'POST' });

      expect(ids).toHaveLength(2);
      expect(ids[0]).not.toEqual(ids[1]);
    });

    it('answers 502 when Direct Line fails, without leaking the secret', async () => {
      nock(DIRECT_LINE).post('/v3/directline/tokens/generate').reply(500, { error: { code: 'ServiceError' } });

      const response = await fetch(`${app.baseUrl}/api/directline/token`, { method: 'POST' });
      const text = await response.text();

      expect(response.status).toBe(502);
      expect(JSON.parse(text)).toMatchObject({ error: 'direct-line-unavailable' });
      expect(text).not.toContain(SECRET);
    });

    it('answers 502 when Direct Line cannot be reached', async () => {
      nock(DIRECT_LINE).post('/v3/directline/tokens/generate').replyWithError('connection reset');

      const response = await fetch(`${app.baseUrl}/api/directline/token`, { method: 'POST' });

      expect(response.status).toBe(502);
    });

    it('answers 502 when Direct Line answers without a token', async () => {
      nock(DIRECT_LINE).post('/v3/directline/tokens/generate').reply(200, { conversationId: 'c' });

      const response = await fetch(`${app.baseUrl}/api/directline/token`, { method: 'POST' });

      expect(response.status).toBe(502);
    });
  });

  it('answers 503 with a JSON error when no secret is configured, and calls nobody', async () => {
    const directLine = nock(DIRECT_LINE).post('/v3/directline/tokens/generate').reply(200, {});
    const app = await startWebChatServer({});
    try {
      const response = await fetch(`${app.baseUrl}/api/directline/token`, { method: 'POST' });

      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({ error: 'webchat-not-configured' });
      expect(directLine.isDone()).toBe(false);
    } finally {
      await app.close();
    }
  });

  it('uses the configured regional endpoint', async () => {
    const regional = nock('https://europe.directline.botframework.com')
      .post('/v3/directline/tokens/generate')
      .reply(200, { conversationId: 'c', token: 't', expires_in: 3600 });
    const app = await startWebChatServer({ directLineSecret: SECRET, directLineEndpoint: 'https://europe.directline.botframework.com' });
    try {
      const response = await fetch(`${app.baseUrl}/api/directline/token`, { method: 'POST' });
      expect(response.status).toBe(200);
      expect(regional.isDone()).toBe(true);
    } finally {
      await app.close();
    }
  });
});
