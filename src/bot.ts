import { randomUUID } from 'node:crypto';
import { ActivityTypes, TurnContext, type Activity } from 'botbuilder';
import { handleTurn } from '../dialogs/handle-turn';
import type { TurnInput } from '../dialogs/turn';
import type { Clock } from './clock';
import type { Config } from './config';
import { stackFramesOf, TURN_LOG_FIELDS, type Logger, type TurnLogFields } from './logger';
import type { Locale } from './mother/profile';
import { newEntryId } from './entry-id';
import { motherIdOf } from './mother-identity';
import { render } from './render';
import type { MotherDocument, StoredConversationReference } from './store/mother-document';
import type { MotherStore } from './store/mother-store';
import { runTurn } from './turn-pipeline';
import { t } from './i18n';

export function localeOf(raw: string | undefined): Locale | undefined {
  const tag = (raw ?? '').toLowerCase();
  if (tag.startsWith('nn')) return 'nn';
  if (tag.startsWith('nb') || tag.startsWith('no')) return 'nb';
  if (tag.startsWith('en')) return 'en';
  return undefined;
}

/** What in an activity is a turn for us: a message, or the bot being added to her chat. */
export function inputOf(activity: Activity): TurnInput | undefined {
  if (activity.type === ActivityTypes.Message) {
    return { kind: 'message', text: typeof activity.text === 'string' ? activity.text : '', ...(activity.value !== undefined ? { value: activity.value } : {}) };
  }
  if (activity.type === ActivityTypes.InstallationUpdate && activity.action === 'add') return { kind: 'installed' };
  if (activity.type === ActivityTypes.ConversationUpdate && (activity.membersAdded ?? []).some((m) => m.id === activity.from?.id || m.id !== activity.recipient?.id)) {
    return { kind: 'installed' };
  }
  return undefined;
}

export function referenceOf(activity: Activity): StoredConversationReference {
  const tenantId = activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return {
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    conversation: { id: activity.conversation.id, ...(tenantId ? { tenantId } : {}), ...(activity.conversation.conversationType ? { conversationType: activity.conversation.conversationType } : {}) },
    user: { id: activity.from.id, ...(activity.from.aadObjectId ? { aadObjectId: activity.from.aadObjectId } : {}) },
    bot: { id: activity.recipient.id },
    ...(activity.locale ? { locale: activity.locale } : {}),
  };
}

const sameReference = (a: StoredConversationReference | undefined, b: StoredConversationReference): boolean =>
  !!a && a.serviceUrl === b.serviceUrl && a.conversation.id === b.conversation.id && a.bot.id === b.bot.id && a.user.id === b.user.id;

export interface BotDeps {
  store: MotherStore;
  clock: Clock;
  config: Config;
  logger: Logger;
}

/** The edge between botbuilder and the pure domain: identify, run the turn pipeline, send replies. */
export function createBotLogic(deps: BotDeps): (context: TurnContext) => Promise<void> {
  return async (context: TurnContext) => {
    const activity = context.activity;
    const input = inputOf(activity);
    if (!input) return;
    const motherId = motherIdOf(activity);
    const now = deps.clock.now();
    const channelLocale = localeOf(activity.locale);
    // Left before the turn runs, so that the request's log line names her even when the turn fails.
    const logged: TurnLogFields = { motherId, activityId: activity.id, type: activity.type };
    context.turnState.set(TURN_LOG_FIELDS, logged);
    const result = await runTurn(deps.store, motherId, activity.id, (doc) => {
      const outcome = handleTurn(doc, input, {
        motherId,
        now,
        channelLocale,
        defaultLocale: deps.config.defaultLocale,
        defaultTimezone: deps.config.defaultTimezone,
        newId: newEntryId,
      });
      // Teams can move a conversation to another serviceUrl: keep where to reach her up to date.
      const next: MotherDocument | undefined = outcome.doc ?? (outcome.doc === undefined ? doc : undefined);
      if (next && next.consent === 'given') {
        const ref = referenceOf(activity);
        if (!sameReference(next.conversation, ref)) outcome.doc = { ...next, conversation: ref };
      }
      return outcome;
    });
    Object.assign(logged, { duplicate: result.duplicate, attempts: result.attempts, replies: result.outcome?.replies.length ?? 0 });
    if (!result.outcome || result.outcome.replies.length === 0) return;
    await context.sendActivities(render(result.outcome.replies, result.outcome.locale));
  };
}

/** A system fault: logged with an id and no content, answered with an apology in her language. */
export function createTurnErrorHandler(logger: Logger, fallback: Locale) {
  return async (context: TurnContext, thrown: unknown): Promise<void> => {
    const error = thrown instanceof Error ? thrown : new Error('a non-error was thrown');
    const errorId = randomUUID().slice(0, 8);
    const requestLine = context.turnState.get<TurnLogFields | undefined>(TURN_LOG_FIELDS);
    if (requestLine) requestLine.errorId = errorId;
    logger.error({ errorId, name: error.name, stack: stackFramesOf(error) }, 'turn failed');
    const locale = localeOf(context.activity.locale) ?? fallback;
    try {
      await context.sendActivity({ type: ActivityTypes.Message, text: t(locale, 'common:error.apology', { errorId }), locale });
    } catch {
      logger.error({ errorId }, 'could not send the apology');
    }
  };
}
