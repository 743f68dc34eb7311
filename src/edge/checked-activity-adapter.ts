import { CloudAdapter, type Activity, type InvokeResponse, type ResourceResponse, type TurnContext } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import { withDeadline } from '../support/deadline';
import { postReply } from './connector-post';

/**
 * Each call to the Bot Connector for a turn (a reply, the apology), the connector client's own
 * retries included. A healthy channel answers in well under a second; two of these still fit in
 * the 15 s the channel waits for the turn, after a decision of up to 9 s (src/edge/bot.ts).
 */
export const CONNECTOR_CALL_DEADLINE_MS = 4_000;

/** Where a turn keeps the signal that aborts when its request is answered without it (src/edge/server.ts). */
const TURN_SIGNAL = Symbol('turn signal');

/** Activities the SDK does not post to the channel (a delay, an invoke's answer, a trace outside the Emulator): sent its way. */
const isPostedToChannel = (activity: Partial<Activity>): boolean => activity.type !== 'delay' && activity.type !== 'invokeResponse' && activity.type !== 'trace';

/**
 * The SDK's CloudAdapter, handed an activity the server has already checked (src/edge/activity-check.ts).
 * CloudAdapter.process(req, res, logic) would check request, response and body again with zod on
 * every request, about a tenth of a turn's CPU, and print a refused request's error to stderr
 * unstructured; the server answers those itself. It also posts a turn's replies itself (postReply, with
 * the connector client's credentials) with a deadline for each call, which the SDK's sendActivities does not have.
 */
export class CheckedActivityAdapter extends CloudAdapter {
  /**
   * Authenticates and runs the turn; an invoke's answer when there is one. A refused request throws an
   * AuthenticationError (with StrictBotFrameworkAuthentication, whatever the cause). When `signal`
   * aborts, every call to the channel the turn still has open is aborted.
   */
  runCheckedActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>, signal?: AbortSignal): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, withDates(activity), (context) => {
      if (signal) context.turnState.set(TURN_SIGNAL, signal);
      return logic(context);
    });
  }

  /** As the SDK sends, through postReply, with CONNECTOR_CALL_DEADLINE_MS on each call. */
  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const client = context.turnState.get<ConnectorClient | undefined>(this.ConnectorClientKey);
    const turnSignal = context.turnState.get<AbortSignal | undefined>(TURN_SIGNAL);
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (!client || !isPostedToChannel(activity)) {
        responses.push(...(await super.sendActivities(context, [activity])));
        continue;
      }
      delete activity.id;
      const sent = await withDeadline((abortSignal) => postReply(client, activity, abortSignal), CONNECTOR_CALL_DEADLINE_MS, 'a call to the Bot Connector', turnSignal);
      responses.push(sent ?? { id: '' });
    }
    return responses;
  }
}

/** What the SDK's request path (botbuilder's validateAndFixActivity, not exported) does to an activity before a turn: its times become Dates. */
function withDates(activity: Activity): Activity {
  const raw = activity as Activity & Record<'timestamp' | 'localTimestamp' | 'expiration', unknown>;
  if (typeof raw.timestamp === 'string') Object.assign(activity, { rawTimestamp: raw.timestamp, timestamp: new Date(raw.timestamp) });
  if (typeof raw.localTimestamp === 'string') Object.assign(activity, { rawLocalTimestamp: raw.localTimestamp, localTimestamp: new Date(raw.localTimestamp) });
  if (typeof raw.expiration === 'string') Object.assign(activity, { rawExpiration: raw.expiration, expiration: new Date(raw.expiration) });
  return activity;
}
