import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page, WebSocket } from 'playwright-core';

export interface ChatAttachment {
  contentType: string;
  content?: unknown;
  contentUrl?: string;
  name?: string;
}

export interface BotMessage {
  text?: string;
  attachments: ChatAttachment[];
}

/** What the playground passed on to the bot (its log stream shows every request it made). */
export interface SentActivity {
  type: string;
  text?: string;
  value?: Record<string, unknown>;
}

interface ConversationFrame {
  action?: string;
  message?: { text?: string; attachments?: ChatAttachment[]; from?: { id?: string } };
  logAction?: string;
  log?: { from?: string; to?: string; activityName?: string; request?: { body?: SentActivity } };
}

const PLAYGROUND = 'Microsoft 365 Agents Playground';

/**
 * A mother in the Agents Playground: she types and clicks in the page, and we read what the chat
 * received from the playground's own websocket stream (the same data the page draws from), so that
 * assertions do not depend on how each channel's UI lays out a message.
 */
export class PlaygroundSession {
  readonly fromBot: BotMessage[] = [];
  readonly toBot: SentActivity[] = [];
  /** What the bot posted to the playground, whole, as its log records it (the chat drops what it cannot show). */
  readonly botPosted: Array<{ text?: string; attachments?: ChatAttachment[] }> = [];
  private shots = 0;

  constructor(
    readonly page: Page,
    private readonly artifacts: string,
  ) {
    fs.mkdirSync(artifacts, { recursive: true });
    page.on('websocket', (socket) => this.listen(socket));
    page.on('console', (message) => {
      if (/adaptive ?card/i.test(message.text())) this.cardProblems.push(message.text().split('\n')[0]!.slice(0, 300));
    });
  }

  /** What the page said when it could not draw a card (Web Chat refuses some cards, and only says so in the console). */
  readonly cardProblems: string[] = [];

  private listen(socket: WebSocket): void {
    socket.on('framereceived', ({ payload }) => {
      let frame: ConversationFrame;
      try {
        frame = JSON.parse(String(payload)) as ConversationFrame;
      } catch {
        return;
      }
      if (frame.action === 'createMessage' && frame.message) {
        this.fromBot.push({ text: frame.message.text, attachments: frame.message.attachments ?? [] });
      }
      const body = frame.log?.request?.body;
      if (frame.logAction === 'appendLog' && frame.log?.from === PLAYGROUND && body && body.type === 'message') this.toBot.push(body);
      if (frame.logAction === 'appendLog' && frame.log?.to === PLAYGROUND && body && body.type === 'message') this.botPosted.push(body as { attachments?: ChatAttachment[] });
    });
  }

  async screenshot(step: string): Promise<void> {
    this.shots += 1;
    await this.page.screenshot({ path: path.join(this.artifacts, `${String(this.shots).padStart(2, '0')}-${step}.png`) });
  }

  /**
   * Waits for at least one new bot message after `since` (and, given `until`, for the new ones to hold
   * what it looks for: a file made on a busy machine may come more than a quiet second later), then for
   * the bot to fall quiet; returns the new ones.
   */
  async repliesAfter(since: number, until: (replies: BotMessage[]) => boolean = () => true, timeoutMs = 20_000, quietMs = 1_000): Promise<BotMessage[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.fromBot.length <= since || !until(this.fromBot.slice(since))) {
      if (Date.now() > deadline) throw new Error(`no reply from the bot (or not the one awaited) within ${timeoutMs} ms`);
      await this.page.waitForTimeout(100);
    }
    let seen = this.fromBot.length;
    let quietSince = Date.now();
    while (Date.now() - quietSince < quietMs && Date.now() < deadline + quietMs) {
      await this.page.waitForTimeout(100);
      if (this.fromBot.length !== seen) {
        seen = this.fromBot.length;
        quietSince = Date.now();
      }
    }
    return this.fromBot.slice(since);
  }

  /** Types into the composer (Teams' rich text box or Web Chat's send box) and sends with Enter. */
  async say(text: string, until?: (replies: BotMessage[]) => boolean): Promise<BotMessage[]> {
    const since = this.fromBot.length;
    const composer = this.page.locator('[data-lexical-editor="true"], [data-id="webchat-sendbox-input"]').last();
    await composer.click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
    return this.repliesAfter(since, until);
  }

  /** The last adaptive card drawn in the chat that matches `selector` (or any, without). */
  lastCard(has?: string): Locator {
    const cards = this.page.locator('.ac-adaptiveCard');
    return (has ? cards.filter({ has: this.page.locator(has) }) : cards).last();
  }

  /** Clicks a button of a card, as she would, and returns the replies it brought. */
  async click(button: Locator): Promise<BotMessage[]> {
    const since = this.fromBot.length;
    await button.scrollIntoViewIfNeeded();
    await button.click();
    return this.repliesAfter(since);
  }

  /**
   * Waits until the page shows the first text among `replies`: the websocket carries a reply even
   * when the chat does not draw it, and she only sees what is drawn.
   */
  async expectDrawn(replies: BotMessage[], timeoutMs = 10_000): Promise<void> {
    const text = replies.find((m) => m.text)?.text ?? '';
    // The opening words, before any markdown the chat would turn into formatting.
    const opening = /^[\p{L}\p{N} ,.!?'’:-]{10,40}/u.exec(text)?.[0].trim();
    if (!opening) throw new Error(`no plain opening words to look for in the reply "${text.slice(0, 40)}"`);
    // The log panel (an editable text area) repeats what the bot said; only the chat counts.
    const outsideLogPanel = this.page.locator('xpath=//*[not(ancestor-or-self::*[@contenteditable="true"])]');
    await this.page
      .getByText(opening)
      .and(outsideLogPanel)
      .last()
      .waitFor({ state: 'visible', timeout: timeoutMs })
      .catch(() => {
        throw new Error(`the reply beginning "${opening}" arrived but the chat did not show it within ${timeoutMs} ms`);
      });
  }

  /** Waits until a message carrying an adaptive card has arrived after `since` (a proactive one, say). */
  async cardAfter(since: number, timeoutMs = 20_000): Promise<BotMessage[]> {
    const hasCard = (replies: BotMessage[]) => replies.some((m) => m.attachments.some((a) => a.contentType === 'application/vnd.microsoft.card.adaptive'));
    return this.repliesAfter(since, hasCard, timeoutMs);
  }
}

export const textOf = (messages: BotMessage[]): string => messages.map((m) => m.text ?? '').join('\n');

export function jsonAttachment(messages: BotMessage[]): Record<string, unknown> | undefined {
  for (const m of messages) {
    for (const a of m.attachments) {
      if (a.contentType !== 'application/json') continue;
      return (typeof a.content === 'string' ? JSON.parse(a.content) : a.content) as Record<string, unknown>;
    }
  }
  return undefined;
}
