import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';

/**
 * The SDK's CloudAdapter, handed an activity the server has already checked (a JSON object with a
 * type). CloudAdapter.process(req, res, logic) would check request, response and body again with
 * zod on every request, about a tenth of a turn's CPU, and print a refused request's error to
 * stderr unstructured; the server answers those itself.
 */
export class CheckedActivityAdapter extends CloudAdapter {
  /** Authenticates and runs the turn; an invoke's answer when there is one. A refused request throws an AuthenticationError (with StrictBotFrameworkAuthentication, whatever the cause). */
  runCheckedActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, withDates(activity), logic);
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
