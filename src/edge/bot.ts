import { randomUUID } from 'node:crypto';
import { ActivityTypes, TurnContext, type Activity } from 'botbuilder';
import type { TurnInput } from '../../dialogs/turn';
import type { Clock } from '../support/clock';
import type { Config } from '../config';
import { withDeadline } from '../support/deadline';
import { TURN_LOG_FIELDS, type Logger, type TurnLogFields } from '../support/logger';
import { stackFramesOf } from '../support/stack-frames';
import type { Locale } from '../mother/profile';
import { motherIdOf } from '../store/mother-identity';
import { render } from './render';
import type { StoredConversationReference } from '../store/mother-document';
import type { MotherStore } from '../store/mother-store';
import type { Telemetry } from '../telemetry/telemetry';
import { runTurnRequest } from './turn-request';
import { t } from '../support/i18n';
import { handleFileConsent, isFileConsent } from './files/file-consent';
import { withFiles } from './files/file-activity';

/**
 * Her turn's decision (her read, the dialogs and rules, her write). Past it she gets the apology,
 * which still fits in the 15 s the channel waits (src/edge/server.ts); a write that was done stays done.
 */
export const DECISION_DEADLINE_MS = 9_000;

/** Her language from a client's tag; anything that is not a string counts as no tag. */
export function localeOf(raw: unknown): Locale | undefined {
  const tag = typeof raw === 'string' ? raw.toLowerCase() : '';
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
    ...(typeof activity.locale === 'string' && activity.locale ? { locale: activity.locale } : {}),
  };
}

export interface BotDeps {
  store: MotherStore;
  clock: Clock;
  config: Config;
  logger: Logger;
  telemetry: Telemetry;
}

/** The edge between botbuilder and the pure domain: identify, run the turn pipeline, send replies. */
export function createBotLogic(deps: BotDeps): (context: TurnContext) => Promise<void> {
  return async (context: TurnContext) => {
    const activity = context.activity;
    if (isFileConsent(activity)) return handleFileConsent(context, deps);
    const input = inputOf(activity);
    if (!input) return;
    const motherId = motherIdOf(activity);
    const now = deps.clock.now();
    const channelLocale = localeOf(activity.locale);
    // Left before the turn runs, so that the request's log line names her even when the turn fails.
    const logged: TurnLogFields = { motherId, activityId: activity.id, type: activity.type };
    context.turnState.set(TURN_LOG_FIELDS, logged);
    const request = {
      motherId,
      activityId: activity.id,
      input,
      context: { motherId, now, channelLocale, defaultLocale: deps.config.defaultLocale, defaultTimezone: deps.config.defaultTimezone },
      reference: referenceOf(activity),
    };
    const result = await withDeadline(() => runTurnRequest(deps.store, request), DECISION_DEADLINE_MS, 'the decision of a turn');
    Object.assign(logged, { duplicate: result.duplicate, attempts: result.attempts, replies: result.replies.length });
    deps.telemetry.turn(result.duplicate ? 'duplicate' : result.replies.length > 0 ? 'replied' : 'silent');
    deps.telemetry.findingsFired(result.findingsFired);
    if (result.replies.length === 0 || !result.locale) return;
    await context.sendActivities(await withFiles(render(result.replies, result.locale), activity.channelId, result.doc, now, result.locale));
  };
}

/** A system fault: logged with an id and no content, answered with an apology in her language. Never throws. */
export function createTurnErrorHandler(logger: Logger, fallback: Locale, telemetry: Telemetry) {
  return async (context: TurnContext, thrown: unknown): Promise<void> => {
    const errorId = randomUUID().slice(0, 8);
    try {
      const error = thrown instanceof Error ? thrown : new Error('a non-error was thrown');
      const requestLine = context.turnState.get<TurnLogFields | undefined>(TURN_LOG_FIELDS);
      if (requestLine) requestLine.errorId = errorId;
      logger.error({ errorId, name: error.name, stack: stackFramesOf(error) }, 'turn failed');
      telemetry.turn('failed');
      const locale = localeOf(context.activity?.locale) ?? fallback;
      await context.sendActivity({ type: ActivityTypes.Message, text: t(locale, 'common:error.apology', { errorId }), locale });
    } catch {
      try {
        logger.error({ errorId }, 'could not send the apology');
      } catch {
        // Nothing is left to tell.
      }
    }
  };
}
