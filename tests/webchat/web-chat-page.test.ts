import { startWebChatServer, type RunningWebChat } from './web-chat-server';

describe('GET / (web chat page)', () => {
  describe('with a Direct Line secret', () => {
    let app: RunningWebChat;
    beforeAll(async () => {
      app = await startWebChatServer({ directLineSecret: 'page-test-secret' });
    });
    afterAll(() => app.close());

    it('serves a bokmål page that loads Web Chat from our own server', async () => {
      const response = await fetch(`${app.baseUrl}/`);
      const html = await response.text();

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(html).toContain('<html lang="nb">');
      expect(html).toContain('ammeveileder');
      expect(html).toContain('116 117');
      expect(html).toContain('<script src="/webchat/webchat.js"></script>');
      expect(html).not.toMatch(/<script[^>]+src="https?:/);
      expect(html).not.toContain('page-test-secret');
    });

    it('asks Web Chat for Norwegian and points it at Direct Line', async () => {
      const html = await (await fetch(`${app.baseUrl}/`)).text();
      const client = await (await fetch(`${app.baseUrl}/webchat/app.js`)).text();

      expect(html).toContain('data-directline-domain="https://directline.botframework.com/v3/directline"');
      expect(client).toContain("locale: 'nb-NO'");
      expect(client).toContain('/api/directline/token');
    });

    it('sends a Content-Security-Policy that allows scripts only from itself', async () => {
      const csp = (await fetch(`${app.baseUrl}/`)).headers.get('content-security-policy') ?? '';

      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp).toContain('connect-src');
      expect(csp).toContain('wss://directline.botframework.com');
      expect(csp).toContain("frame-ancestors 'none'");
    });

    it('serves the Web Chat bundle itself', async () => {
      const response = await fetch(`${app.baseUrl}/webchat/webchat.js`);
      const bundle = await response.text();

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/javascript/);
      expect(bundle.length).toBeGreaterThan(100_000);
      expect(bundle).toContain('renderWebChat');
    });
  });

  describe('without a Direct Line secret', () => {
    let app: RunningWebChat;
    beforeAll(async () => {
      app = await startWebChatServer({});
    });
    afterAll(() => app.close());

    it('says clearly that web chat is not set up, and loads no chat script', async () => {
      const html = await (await fetch(`${app.baseUrl}/`)).text();

      expect(html).toContain('Nettpraten er ikke slått på her ennå');
      expect(html).toContain('DIRECT_LINE_SECRET');
      expect(html).not.toContain('/webchat/webchat.js');
    });
  });

  it('uses a regional Direct Line endpoint in the page and its policy', async () => {
    const app = await startWebChatServer({ directLineSecret: 's', directLineEndpoint: 'https://europe.directline.botframework.com/' });
    try {
      const response = await fetch(`${app.baseUrl}/`);
      const html = await response.text();
      expect(html).toContain('data-directline-domain="https://europe.directline.botframework.com/v3/directline"');
      expect(response.headers.get('content-security-policy')).toContain('wss://europe.directline.botframework.com');
    } finally {
      await app.close();
    }
  });
});
