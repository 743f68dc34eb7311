import { randomUUID } from 'node:crypto';
import { getHeapStatistics } from 'node:v8';
import restify, { type Request, type Response, type Server } from 'restify';
import type { TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import { checkActivity } from './activity-check';
import type { CheckedActivityAdapter } from './checked-activity-adapter';
import type { Clock } from '../support/clock';
import type { Config } from '../config';
import { DeadlineError, withDeadline } from '../support/deadline';
import { readJsonBody, type BodyRefusal } from './json-body';
import { TURN_LOG_FIELDS, type Logger, type TurnLogFields } from '../support/logger';
import { isLoopbackUrl } from './loopback-url';
import { guardRequest, guardRequestsOf } from './request-guard';
import { stackFramesOf } from '../support/stack-frames';
import type { Telemetry } from '../telemetry/telemetry';

/**
 * The Bot Connector waits 15 s for a bot's answer. By then her turn has been answered with the
 * replies or the apology (the decision and each call to the channel have shorter deadlines, see
 * src/edge/bot.ts and src/edge/checked-activity-adapter.ts), or the request ends anyway with 503 and every
 * call of the turn still open is aborted.
 */
export const ANSWER_DEADLINE_MS = 15_000;

export interface ServerDeps {
  config: Config;
  adapter: CheckedActivityAdapter;
  logic: (context: TurnContext) => Promise<void>;
  clock: Clock;
  runCheckins: () => Promise<{ sent: number }>;
  /** Whether the store answers within a second (GET /readyz); without it the server is never ready. */
  storeReady?: () => Promise<boolean>;
  logger: Logger;
  telemetry: Telemetry;
  version: string;
  /** Extra routes (web chat page, token exchange). */
  extend?: (server: Server) => void;
}

function json(res: Response, status: number, body: unknown): void {
  res.status(status);
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.send(body);
}

/** How long the rest of a refused body may keep coming after the answer before the connection is closed. */
export const REFUSED_BODY_LINGER_MS = 2_000;

/**
 * A body refused by our rules, unread or read in part: nothing more of it is kept, and the
 * connection ends after the answer. Node would close it at once (socket.destroySoon), and closing a
 * connection with bytes still unread resets it, so that the client could lose the answer; instead
 * only our side is closed, what still comes is thrown away, and the connection is closed after
 * REFUSED_BODY_LINGER_MS however much is still coming.
 */
function refuseBody(req: Request, res: Response, refusal: BodyRefusal): void {
  if (!req.complete) {
    const socket = req.socket;
    socket.destroySoon = () => socket.end();
    res.once('finish', () => setTimeout(() => socket.destroy(), REFUSED_BODY_LINGER_MS).unref());
    req.resume();
  }
  res.setHeader('connection', 'close');
  json(res, refusal.status, { error: refusal.error });
}

const NOT_LOOPBACK = 'without MicrosoftAppId the bot answers only a serviceUrl on this machine (localhost, 127.x.x.x or [::1])';

export function createServer(deps: ServerDeps): Server {
  const { config, adapter, logic, clock, logger } = deps;
  // No body parser: restify's would inflate compressed bodies and take forms and uploads; src/edge/json-body.ts reads JSON only.
  // restify 12 takes a function as handleUncaughtExceptions (its stand-in for a domain); @types/restify 8 knows only a boolean.
  const server = restify.createServer({ name: 'lactation-companion', handleUncaughtExceptions: guardRequest } as unknown as restify.ServerOptions);
  guardRequestsOf(server);
  const startedAt = Date.now();

  // What the request's log line should carry: a message's turn fields, a refusal's code, a failure's error id.
  const requestFields = new WeakMap<Request, TurnLogFields>();
  const note = (req: Request, fields: TurnLogFields): void => {
    requestFields.set(req, { ...requestFields.get(req), ...fields });
  };
  /** Logs a failure by its name and stack frames (a message may quote the request) and returns its id. */
  const failure = (req: Request, error: unknown, msg: string): string => {
    const errorId = randomUUID().slice(0, 8);
    note(req, { errorId });
    logger.error({ errorId, name: error instanceof Error ? error.name : typeof error, stack: stackFramesOf(error) }, msg);
    return errorId;
  };

  // One line per request, after the answer has gone. Emitted from the socket's events, outside the
  // request guard's reach: an error here must not escape.
  server.on('after', (req: Request, res: Response, _route: unknown, err?: Error) => {
    try {
      const startedAt = req.time?.() ?? Date.now();
      const endedAt = Date.now();
      const fields = requestFields.get(req);
      logger.info(
        { ...fields, requestId: req.getId(), method: req.method, route: req.getRoute()?.path ?? req.path(), status: res.statusCode, ms: endedAt - startedAt, error: err?.name ?? fields?.error },
        'request',
      );
      // The route's template only: a path nobody routes could carry anything.
      const template = req.getRoute()?.path;
      deps.telemetry.request({ method: req.method ?? 'UNKNOWN', route: typeof template === 'string' ? template : 'unmatched', status: res.statusCode, startedAt, endedAt });
    } catch {
      // A lost log line costs less than a lost process.
    }
  });
  server.on('restifyError', (req: Request, res: Response, err: (Error & { statusCode?: number; toJSON?: () => unknown }) | undefined, cb: () => void) => {
    try {
      // restify's own errors (no route, wrong method) answer as JSON without echoing the request.
      if (typeof err?.statusCode === 'number') err.toJSON = () => ({ error: err.name, status: err.statusCode });
      else {
        // Anything else is ours: a handler's rejection or an uncaught error on the request's path (src/edge/request-guard.ts).
        const errorId = failure(req, err, 'request failed');
        if (!res.headersSent) json(res, 500, { error: 'internal', errorId });
      }
    } catch {
      // restify answers 500 itself when nothing has been sent.
    }
    cb();
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    json(res, 200, { status: 'ok', version: deps.version, storage: config.storage, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    const ready = (await deps.storeReady?.()) ?? false;
    json(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable' });
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const body = await readJsonBody(req);
    if (!body.ok) {
      note(req, { error: body.refusal.code });
      return refuseBody(req, res, body.refusal);
    }
    const checked = checkActivity(body.value);
    if (!checked.ok) {
      note(req, { error: 'invalid-activity' });
      return json(res, 400, { error: checked.error });
    }
    const activity = checked.activity;
    // A token binds the serviceUrl when there is an app id; without one, only a channel on this machine is answered.
    if (!config.microsoftAppId && !isLoopbackUrl(activity.serviceUrl)) {
      note(req, { error: 'service-url-not-loopback' });
      return json(res, 403, { error: NOT_LOOPBACK });
    }
    const logicWithLogFields = async (context: TurnContext): Promise<void> => {
      try {
        await logic(context);
      } finally {
        // The same object: the turn error handler, which runs after this, adds its error id to it.
        const fields = context.turnState.get<TurnLogFields | undefined>(TURN_LOG_FIELDS);
        if (fields) requestFields.set(req, fields);
      }
    };
    try {
      const invokeResponse = await withDeadline(
        (signal) => adapter.runCheckedActivity(req.header('authorization', ''), activity, logicWithLogFields, signal),
        ANSWER_DEADLINE_MS,
        'a turn',
      );
      const status = invokeResponse?.status ?? 200;
      if (invokeResponse?.body === undefined) {
        res.status(status);
        res.end();
      } else json(res, status, invokeResponse.body);
    } catch (error) {
      // A refused token is 401; the token service out of reach (the SDK's 500 AuthenticationError) is ours to retry later.
      if (error instanceof AuthenticationError) return error.statusCode === 401 ? json(res, 401, { error: 'unauthorized' }) : json(res, 503, { error: 'unavailable' });
      if (error instanceof DeadlineError) return json(res, 503, { error: 'timeout', errorId: failure(req, error, 'request timed out') });
      return json(res, 500, { error: 'internal', errorId: failure(req, error, 'request failed') });
    }
  });

  if (config.devRoutes) {
    server.get('/dev/clock', async (_req: Request, res: Response) => json(res, 200, { now: clock.now(), override: clock.override }));
    server.post('/dev/clock', async (req: Request, res: Response) => {
      const body = await readJsonBody(req);
      if (!body.ok) return refuseBody(req, res, body.refusal);
      const now: unknown = typeof body.value === 'object' && body.value !== null ? (body.value as { now?: unknown }).now : undefined;
      if (now !== null && typeof now !== 'string') return json(res, 400, { error: 'send {"now": "<ISO time>"} or {"now": null}' });
      try {
        clock.set(now);
      } catch {
        return json(res, 400, { error: 'now must be an ISO 8601 time, for example 2026-11-24T09:00:00+01:00' });
      }
      return json(res, 200, { now: clock.now(), override: clock.override });
    });
    server.post('/dev/checkins/run', async (_req: Request, res: Response) => json(res, 200, await deps.runCheckins()));
    // The heap now and its limit, for the headroom the multi-instance tests hold (issue 23).
    server.get('/dev/memory', async (_req: Request, res: Response) => {
      const heap = getHeapStatistics();
      return json(res, 200, { heapUsedBytes: heap.used_heap_size, heapLimitBytes: heap.heap_size_limit });
    });
  }

  deps.extend?.(server);
  return server;
}
