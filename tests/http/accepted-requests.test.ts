import { isLoopbackUrl } from '../../src/edge/loopback-url';
import { mother, withBotAndChannel } from '../support/test-app';

describe('isLoopbackUrl', () => {
  it.each(['http://localhost:3978/', 'https://localhost/', 'http://LOCALHOST:56150', 'http://127.0.0.1:1/', 'http://127.1.2.3/', 'http://127.1/', 'http://[::1]:9/', 'http://user@127.0.0.1/'])(
    'takes %s',
    (url) => expect(isLoopbackUrl(url)).toBe(true),
  );
  it.each([
    'https://smba.trafficmanager.net/emea/',
    'http://10.0.0.1/',
    'http://0.0.0.0:3978/',
    'http://localhost.example.com/',
    'http://127.0.0.1.nip.io/',
    'http://127.0.0.1@evil.example/',
    'http://[::ffff:7f00:1]/',
    'ftp://localhost/',
    'file:///etc/passwd',
    'localhost:3978',
    '',
  ])('refuses %s', (url) => expect(isLoopbackUrl(url)).toBe(false));
});

describe('requests the bot takes', () => {
  const ctx = withBotAndChannel({ CHECKIN_LOOP: 'off' });

  async function post(body: unknown, headers: Record<string, string>): Promise<number> {
    const res = await fetch(`${ctx.bot.base}/api/messages`, { method: 'POST', headers, body: JSON.stringify(body) });
    await res.text();
    return res.status;
  }

  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"'])('a JSON activity sent as %s', async (contentType) => {
    const m = mother(ctx.bot.base, ctx.capture);
    expect(await post(m.activity('hei'), { 'content-type': contentType })).toBe(200);
    expect(m.replies().length).toBeGreaterThan(0);
  });

  it('a body marked content-encoding: identity', async () => {
    const m = mother(ctx.bot.base, ctx.capture);
    expect(await post(m.activity('hei'), { 'content-type': 'application/json', 'content-encoding': 'identity' })).toBe(200);
    expect(m.replies().length).toBeGreaterThan(0);
  });

  it('a serviceUrl on localhost without an app id, as the Agents Playground and the Emulator send', async () => {
    const m = mother(ctx.bot.base, ctx.capture);
    const activity = { ...m.activity('hei'), serviceUrl: ctx.capture.url.replace('127.0.0.1', 'localhost') };
    expect(await post(activity, { 'content-type': 'application/json' })).toBe(200);
    expect(m.replies().length).toBeGreaterThan(0);
  });

  it('optional fields sent as null, as absent (the locale too: she is welcomed in the default language)', async () => {
    const m = mother(ctx.bot.base, ctx.capture, { locale: 'en-US' });
    const activity = { ...m.activity('👋'), locale: null, replyToId: null, value: null, channelData: null };
    expect(await post(activity, { 'content-type': 'application/json' })).toBe(200);
    expect(m.replies().map((reply) => reply.text ?? '').join('\n')).toMatch(/gratulerer/i);
  });
});
