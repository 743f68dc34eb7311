import { spawn } from 'node:child_process';
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import path from 'node:path';
import { ConnectorFactoryImpl } from 'botframework-connector/lib/auth/connectorFactoryImpl';
import nock from 'nock';
import { startCaptureServer, type CaptureServer } from '../support/capture-server';
import { mother, postJson, startTestApp, type RunningApp } from '../support/test-app';

const ROOT = path.resolve(__dirname, '..', '..');
const APP_ID = '00000000-1111-2222-3333-444444444444';
const APP_PASSWORD = 'test-app-password';
const CHANNEL_ISSUER = 'https://api.botframework.com';
const OPENID_HOST = 'https://login.botframework.com';
const OPENID_PATH = '/v1/.well-known/openidconfiguration';
const JWKS_PATH = '/v1/.well-known/keys';
const AAD_HOST = 'https://login.microsoftonline.com';
const OUTBOUND_TOKEN = 'outbound-token-from-test-aad';

/** Runs the real entry point (src/index.ts through tsx) and collects how it ends. */
function runEntryPoint(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'index.ts')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the bot was still running after 20 s; it should have refused to start.\n${stderr}`));
    }, 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('starting with NODE_ENV=production', () => {
  it('refuses to start without MicrosoftAppId and MicrosoftAppPassword, naming both', async () => {
    const { code, stderr } = await runEntryPoint({ NODE_ENV: 'production' });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/MicrosoftAppId is required/);
    expect(stderr).toMatch(/MicrosoftAppPassword is required/);
  }, 30_000);

  it('names only the password when the app id is there', async () => {
    const { code, stderr } = await runEntryPoint({ NODE_ENV: 'production', MicrosoftAppId: APP_ID });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/MicrosoftAppPassword is required/);
    expect(stderr).not.toMatch(/MicrosoftAppId is required/);
  }, 30_000);
});

describe.each([
  ['with an app id (NODE_ENV=test)', { MicrosoftAppId: APP_ID, MicrosoftAppPassword: APP_PASSWORD }],
  ['in production', { NODE_ENV: 'production', MicrosoftAppId: APP_ID, MicrosoftAppPassword: APP_PASSWORD }],
])('the development routes %s', (_name, env) => {
  let bot: RunningApp;
  beforeAll(async () => {
    bot = await startTestApp({ ...env, CHECKIN_LOOP: 'off' });
  });
  afterAll(() => bot.stop());

  it.each([
    ['GET', '/dev/clock'],
    ['POST', '/dev/clock'],
    ['POST', '/dev/checkins/run'],
  ])('%s %s answers 404 and moves nothing', async (method, route) => {
    const before = bot.app.clock.now();
    const res = await fetch(bot.base + route, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(method === 'POST' ? { body: JSON.stringify({ now: '2030-01-01T09:00:00+01:00' }) } : {}),
    });
    expect(res.status).toBe(404);
    expect(bot.app.clock.override).toBeFalsy();
    expect(Math.abs(new Date(bot.app.clock.now()).getTime() - new Date(before).getTime())).toBeLessThan(60_000);
  });

  it('still answers /healthz', async () => {
    expect((await fetch(`${bot.base}/healthz`)).status).toBe(200);
  });
});

/** An RS256 JWT signed with node:crypto, the way the Bot Connector signs what it sends to a bot. */
function signJwt(payload: Record<string, unknown>, key: KeyObject, kid: string): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid })}.${encode(payload)}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(key).toString('base64url');
  return `${unsigned}.${signature}`;
}

describe('POST /api/messages with an app id: the SDK validates the Bot Framework token', () => {
  const trusted = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const TRUSTED_KID = 'test-trusted-key';
  const TEAMS_ONLY_KID = 'test-teams-only-key';
  let capture: CaptureServer;
  let bot: RunningApp;
  let aadTokenRequests = 0;

  const now = () => Math.floor(Date.now() / 1000);
  const claims = (overrides: Record<string, unknown> = {}) => ({
    iss: CHANNEL_ISSUER,
    aud: APP_ID,
    serviceurl: capture.url,
    nbf: now() - 60,
    exp: now() + 3600,
    ...overrides,
  });
  const jwk = (kid: string, endorsements: string[]) => ({ kty: 'RSA', use: 'sig', kid, ...trusted.publicKey.export({ format: 'jwk' }), endorsements });

  beforeAll(async () => {
    // The SDK may print a refused token with console.error; the assertions below say what matters.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    capture = await startCaptureServer();
    nock.disableNetConnect();
    nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
    nock(OPENID_HOST)
      .persist()
      .get(OPENID_PATH)
      .reply(200, { issuer: CHANNEL_ISSUER, jwks_uri: `${OPENID_HOST}${JWKS_PATH}`, id_token_signing_alg_values_supported: ['RS256'] })
      .get(JWKS_PATH)
      .reply(200, { keys: [jwk(TRUSTED_KID, ['msteams', 'webchat']), jwk(TEAMS_ONLY_KID, ['msteams'])] });
    nock(AAD_HOST)
      .persist()
      .post(/\/botframework\.com\/oauth2\/v2\.0\/token/)
      .reply(() => {
        aadTokenRequests++;
        return [200, { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: OUTBOUND_TOKEN }];
      });
    bot = await startTestApp({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: APP_PASSWORD, CHECKIN_LOOP: 'off' });
  });
  afterAll(async () => {
    await bot?.stop();
    await capture?.close();
    nock.cleanAll();
    nock.enableNetConnect();
    jest.restoreAllMocks();
  });

  async function post(activity: Record<string, unknown>, token?: string): Promise<number> {
    const res = await fetch(`${bot.base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(activity),
    });
    await res.text();
    return res.status;
  }

  it.each([
    ['no token', () => undefined],
    ['a token signed by a key the Bot Framework never published', () => signJwt(claims(), stranger.privateKey, 'unknown-key')],
    ['a token for another bot (aud)', () => signJwt(claims({ aud: 'another-app-id' }), trusted.privateKey, TRUSTED_KID)],
    ['a token from another issuer', () => signJwt(claims({ iss: 'https://sts.windows.net/evil/' }), trusted.privateKey, TRUSTED_KID)],
    ['a token for another serviceUrl', () => signJwt(claims({ serviceurl: 'https://smba.trafficmanager.net/emea/' }), trusted.privateKey, TRUSTED_KID)],
    ['an expired token', () => signJwt(claims({ nbf: now() - 7200, exp: now() - 3600 }), trusted.privateKey, TRUSTED_KID)],
    ['a key not endorsed for this channel', () => signJwt(claims(), trusted.privateKey, TEAMS_ONLY_KID)],
  ])('answers 401 to %s, and the mother hears nothing', async (_name, token) => {
    const m = mother(bot.base, capture, { locale: 'en-US' });
    const status = await post(m.activity('hello'), token());
    expect(status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(m.replies()).toHaveLength(0);
    expect(await bot.app.store.get(m.motherId)).toBeFalsy();
  });

  it('ignores a token with a published key id but a forged signature: the mother hears nothing, nothing is stored', async () => {
    const m = mother(bot.base, capture, { locale: 'en-US' });
    const status = await post(m.activity('hello'), signJwt(claims(), stranger.privateKey, TRUSTED_KID));
    expect(status).toBeGreaterThanOrEqual(400);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(m.replies()).toHaveLength(0);
    expect(await bot.app.store.get(m.motherId)).toBeFalsy();
  });

  // jsonwebtoken's "invalid signature" is not an AuthenticationError; src/edge/strict-authentication.ts maps it to 401.
  it('answers 401 (not 500) to a forged signature, as the contract says', async () => {
    const m = mother(bot.base, capture, { locale: 'en-US' });
    expect(await post(m.activity('hello'), signJwt(claims(), stranger.privateKey, TRUSTED_KID))).toBe(401);
  });

  it('answers 200 to a valid token and replies through the Bot Connector with its own AAD token', async () => {
    const m = mother(bot.base, capture, { locale: 'en-US' });
    const status = await post(m.activity('hello'), signJwt(claims(), trusted.privateKey, TRUSTED_KID));
    expect(status).toBe(200);
    expect(m.replies().length).toBeGreaterThan(0);
    expect(m.replies()[0]?.text).toMatch(/congratulations/i);
    expect(aadTokenRequests).toBeGreaterThan(0);
  });

  it('sends its AAD token with every reply, also when later turns reuse the connector client', async () => {
    const created = jest.spyOn(ConnectorFactoryImpl.prototype, 'create');
    const mothers = [mother(bot.base, capture, { locale: 'en-US' }), mother(bot.base, capture, { locale: 'en-US' })];
    for (const m of mothers) expect(await post(m.activity('hello'), signJwt(claims(), trusted.privateKey, TRUSTED_KID))).toBe(200);
    expect(created.mock.calls.length).toBeLessThanOrEqual(1);
    created.mockRestore();
    const sent = capture.received.filter((r) => mothers.some((m) => m.conversationId === r.conversationId));
    expect(sent.length).toBeGreaterThanOrEqual(2);
    for (const reply of sent) expect(reply.authorization).toBe(`Bearer ${OUTBOUND_TOKEN}`);
  });

  it('accepts a channel that the key is endorsed for', async () => {
    const m = mother(bot.base, capture, { locale: 'en-US', channelId: 'msteams' });
    const status = await post(m.activity('hello'), signJwt(claims(), trusted.privateKey, TEAMS_ONLY_KID));
    expect(status).toBe(200);
    expect(m.replies().length).toBeGreaterThan(0);
  });

  it('keeps the dev routes closed even to a caller with a valid token', async () => {
    const res = await postJson(bot.base, '/dev/checkins/run', {});
    expect(res.status).toBe(404);
  });
});
