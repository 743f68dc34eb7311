import type { Page } from 'playwright-core';

/**
 * The Agents Playground's Web Chat (0.2.28) sends typed text in its Direct Line conversation but
 * card submits (POST /_conversation/v1/submit) in its own internal one. The bot rightly answers
 * where the submit came from, and the page, which draws only its Direct Line conversation, shows
 * nothing more. Real Direct Line keeps a card submit in the conversation of the card, so we put the
 * submit back there. The Teams channel links no Direct Line conversation and is left untouched.
 */
export async function keepCardSubmitsInDirectLineConversation(page: Page): Promise<void> {
  const directLineOf = new Map<string, string>();
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !request.url().endsWith('/_debug/conversation/addDirectLineConversationLink')) return;
    const link = request.postDataJSON() as { directLineConversationId?: string; conversationId?: string } | null;
    if (link?.conversationId && link.directLineConversationId) directLineOf.set(link.conversationId, link.directLineConversationId);
  });
  await page.route('**/_conversation/v1/submit', async (route) => {
    const body = route.request().postDataJSON() as { conversation?: { id?: string } } | null;
    const directLine = body?.conversation?.id ? directLineOf.get(body.conversation.id) : undefined;
    if (!body || !directLine) return route.continue();
    await route.continue({ postData: JSON.stringify({ ...body, conversation: { ...body.conversation, id: directLine } }) });
  });
}
