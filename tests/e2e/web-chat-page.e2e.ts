import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { ARTIFACTS } from './bot-under-test';
import { launchChromium } from './chromium';
import { startDirectLineStub, type DirectLineStub } from './direct-line-stub';
import { startWebChatServer, type RunningWebChat } from '../webchat/web-chat-server';

describe('the web chat page in a real browser', () => {
  let stub: DirectLineStub;
  let app: RunningWebChat;
  let browser: Browser;

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    stub = await startDirectLineStub();
    app = await startWebChatServer({ directLineSecret: 'e2e-secret', directLineEndpoint: stub.endpoint });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await stub?.close();
  });

  it('draws Web Chat in Norwegian under its Content-Security-Policy, with no third-party requests', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    const problems: string[] = [];
    const origins = new Set<string>();
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => origins.add(new URL(request.url()).origin));

    await page.goto(app.baseUrl, { waitUntil: 'load' });
    const sendBox = page.locator('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input').first();
    await sendBox.waitFor({ state: 'visible', timeout: 30_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, '10-web-chat-page.png') });

    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    expect(await sendBox.getAttribute('placeholder')).toBe('Skriv inn meldingen');
    expect(await page.locator('.webchat__upload-button').count()).toBe(0);
    expect(await page.locator('#status').isHidden()).toBe(true);
    // Web Chat's emoticons would turn the ":0" of a clock into 😲 as she types it.
    await sendBox.pressSequentially('ammet kl 09:00');
    expect(await sendBox.inputValue()).toBe('ammet kl 09:00');
    expect(problems).toEqual([]);
    expect(stub.requests).toContain('POST /v3/directline/tokens/generate');
    expect([...origins].filter((origin) => origin !== app.baseUrl && origin !== stub.endpoint)).toEqual([]);
  });
});
