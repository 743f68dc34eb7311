import { TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { StoredConversationReference } from '../store/mother-document';
import { render } from './render';
import type { Reply } from '../../dialogs/reply';
import type { ProactiveSender } from '../checkins/scheduler';
import type { Attempt } from '../checkins/send-with-retry';

/** The part of botbuilder's ConnectorClient a proactive send uses (the adapter keeps one per continued conversation). */
interface ConversationsClient {
  conversations: {
    sendToConversation(conversationId: string, activity: Partial<Activity>, options?: { abortSignal?: AbortSignal }): Promise<unknown>;
  };
}

function conversationReference(reference: StoredConversationReference): Partial<ConversationReference> {
  return {
    channelId: reference.channelId,
    serviceUrl: reference.serviceUrl,
    conversation: { id: reference.conversation.id, tenantId: reference.conversation.tenantId, conversationType: reference.conversation.conversationType ?? 'personal', isGroup: false, name: '' },
    user: { id: reference.user.id, name: '', ...(reference.user.aadObjectId ? { aadObjectId: reference.user.aadObjectId } : {}) },
    bot: { id: reference.bot.id, name: '' },
    locale: reference.locale,
  };
}

/**
 * Sends proactive check-ins through adapter.continueConversationAsync with the adapter's own
 * credentials. Each activity is posted by itself with an abort signal, so that the scheduler can
 * pace, retry and time out one activity without sending the ones before it twice, and so that a
 * deadline also stops the connector client's own retries.
 */
export function adapterSender(adapter: CloudAdapter, appId: string): ProactiveSender<Reply> {
  return async (reference, replies, locale, deliver) => {
    let outcome: Awaited<ReturnType<typeof deliver>> = 'failed';
    await adapter.continueConversationAsync(appId, conversationReference(reference), async (context) => {
      const client = context.turnState.get<ConversationsClient | undefined>(adapter.ConnectorClientKey);
      if (!client) throw new Error('the adapter gave no connector client for a proactive turn');
      const target = TurnContext.getConversationReference(context.activity);
      const attempts: Attempt[] = render(replies, locale).map((activity) => async (signal) => {
        // A check-in starts a new message in her conversation; it is not a reply to the continuation event.
        const outgoing = TurnContext.applyConversationReference({ ...activity }, { ...target, activityId: undefined });
        await client.conversations.sendToConversation(reference.conversation.id, outgoing, { abortSignal: signal });
      });
      outcome = await deliver(attempts);
    });
    return outcome;
  };
}
