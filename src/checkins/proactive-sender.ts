import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { StoredConversationReference } from '../store/mother-document';
import { render } from '../render';
import type { ProactiveSender } from './scheduler';

/** Sends proactive replies through the Bot Connector with the adapter's own credentials. */
export function adapterSender(adapter: CloudAdapter, appId: string): ProactiveSender {
  return async (reference: StoredConversationReference, replies, locale) => {
    const ref: Partial<ConversationReference> = {
      channelId: reference.channelId,
      serviceUrl: reference.serviceUrl,
      conversation: { id: reference.conversation.id, tenantId: reference.conversation.tenantId, conversationType: reference.conversation.conversationType ?? 'personal', isGroup: false, name: '' },
      user: { id: reference.user.id, name: '', ...(reference.user.aadObjectId ? { aadObjectId: reference.user.aadObjectId } : {}) },
      bot: { id: reference.bot.id, name: '' },
      locale: reference.locale,
    };
    await adapter.continueConversationAsync(appId, ref, async (context) => {
      await context.sendActivities(render(replies, locale));
    });
  };
}
