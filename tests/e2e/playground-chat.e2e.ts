import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, startBot, startPlayground, type RunningBot, type RunningPlayground } from './bot-under-test';
import { launchChromium } from './chromium';

const BOT_AUTHOR = 'Test Bot';

/** Each message in the playground has a header (aria-label "Message header") with its author. */
function botAuthorLines(page: Page) {
  return page.locator('[aria-label="Message author"]', { hasText: BOT_AUTHOR });
}

function botMessageCount(page: Page): Promise<number> {
  return botAuthorLines(page).count();
}

/** Waits until the bot has stopped sending (its welcome, say) for `quietMs`. */
async function waitUntilQuiet(page: Page, quietMs: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = await botMessageCount(page);
  let since = Date.now();
  while (Date.now() < deadline) {
    await page.waitForTimeout(250);
    const now = await botMessageCount(page);
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return now;
    }
  }
  return last;
}

async function waitForBotMessages(page: Page, atLeast: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await botMessageCount(page)) < atLeast) {
    if (Date.now() > deadline) throw new Error(`the bot did not answer within ${timeoutMs} ms`);
    await page.waitForTimeout(250);
  }
}

describe('a mother chats with the bot in the Agents Playground (Teams channel)', () => {
  let bot: RunningBot | undefined;
  let playground: RunningPlayground | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    bot = await startBot();
    playground = await startPlayground(bot.port, 'msteams');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await bot?.stop();
  });

  it('answers "hei"', async () => {
    if (!browser || !playground) throw new Error('setup failed');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(playground.url, { waitUntil: 'networkidle' });
    const composer = page.getByRole('textbox').first();
    await composer.waitFor({ state: 'visible', timeout: 30_000 });
    const before = await waitUntilQuiet(page, 2_000, 20_000);
    await page.screenshot({ path: path.join(ARTIFACTS, '01-playground-open.png') });

    await composer.click();
    await page.keyboard.type('hei');
    await page.getByRole('button', { name: 'Send Message' }).click();

    await waitForBotMessages(page, before + 1, 30_000);
    await waitUntilQuiet(page, 1_000, 10_000);
    await page.screenshot({ path: path.join(ARTIFACTS, '02-bot-answered-hei.png') });

    const sent = page.getByText('hei', { exact: true });
    expect(await sent.count()).toBeGreaterThan(0);
    // author -> header -> the message (header and bubble) in the playground's layout.
    const lastHeader = botAuthorLines(page).last().locator('xpath=..');
    const header = await lastHeader.innerText();
    const reply = (await lastHeader.locator('xpath=..').innerText()).replace(header, '').trim();
    expect(reply.length).toBeGreaterThan(10);
  });
});
