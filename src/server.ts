import { randomUUID } from 'node:crypto';
import restify, { type Request, type Response, type Server } from 'restify';
import type { Activity, TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { CheckedActivityAdapter } from './checked-activity-adapter';
import type { Clock } from './clock';
import type { Config } from './config';
import { TURN_LOG_FIELDS, type Logger, type TurnLogFields } from './logger';
import { stackFramesOf } from './stack-frames';
import type { WorkerState } from './turn-runner';
import type { Telemetry } from './telemetry/telemetry';

/** The largest activity we accept; a 100 KB message fits, a 1 MB body is refused with 413. */
export const MAX_BODY_BYTES = 512 * 1024;

/** Every channel sends these; without a serviceUrl the SDK fails before her turn or has nowhere to answer. */
const REQUIRED_TEXT_FIELDS = ['type', 'serviceUrl'] as const;

export interface ServerDeps {
  config: Config;
  adapter: CheckedActivityAdapter;
  logic: (context: TurnContext) => Promise<void>;
  clock: Clock;
  runCheckins: () => Promise<{ sent: number }>;
  /** Whether her turns can be decided in the worker thread now (up, starting, down) or it is off. */
  turnWorkerState: () => WorkerState | 'off';
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

export function createServer(deps: ServerDeps): Server {
  const { config, adapter, logic, clock, logger } = deps;
  const server = restify.createServer({ name: 'lactation-companion', handleUncaughtExceptions: false });
  const startedAt = Date.now();

  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: false }));

  // One line per request, after the answer has gone; a message's line carries its turn's fields.
  const turnFields = new WeakMap<Request, TurnLogFields>();
  server.on('after', (req: Request, res: Response, route: unknown, err?: Error) => {
    const startedAt = req.time?.() ?? Date.now();
    const endedAt = Date.now();
    logger.info(
      { ...turnFields.get(req), requestId: req.getId(), method: req.method, route: req.getRoute()?.path ?? req.path(), status: res.statusCode, ms: endedAt - startedAt, error: err?.name },
      'request',
    );
    // The route's template only: a path nobody routes could carry anything.
    const template = req.getRoute()?.path;
    deps.telemetry.request({ method: req.method ?? 'UNKNOWN', route: typeof template === 'string' ? template : 'unmatched', status: res.statusCode, startedAt, endedAt });
  });
  server.on('restifyError', (_req: Request, _res: Response, err: Error & { statusCode?: number; toJSON?: () => unknown }, cb: () => void) => {
    // restify's own errors (bad JSON, body too large) answer as JSON without echoing the body.
    err.toJSON = () => ({ error: err.name, status: err.statusCode });
    cb();
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    json(res, 200, { status: 'ok', version: deps.version, storage: config.storage, turnWorker: deps.turnWorkerState(), uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) });
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const body: unknown = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return json(res, 400, { error: 'the body must be a JSON activity' });
    const missing = REQUIRED_TEXT_FIELDS.find((field) => {
      const value = (body as Record<string, unknown>)[field];
      return typeof value !== 'string' || !value;
    });
    if (missing) return json(res, 400, { error: `the activity has no ${missing}` });
    const logicWithLogFields = async (context: TurnContext): Promise<void> => {
      try {
        await logic(context);
      } finally {
        // The same object: the turn error handler, which runs after this, adds its error id to it.
        const fields = context.turnState.get<TurnLogFields | undefined>(TURN_LOG_FIELDS);
        if (fields) turnFields.set(req, fields);
      }
    };
    try {
      const invokeResponse = await adapter.runCheckedActivity(req.header('authorization', ''), body as Activity, logicWithLogFields);
      const status = invokeResponse?.status ?? 200;
      if (invokeResponse?.body === undefined) {
        res.status(status);
        res.end();
      } else json(res, status, invokeResponse.body);
    } catch (error) {
      // A refused token is 401; the token service out of reach (the SDK's 500 AuthenticationError) is ours to retry later.
      if (error instanceof AuthenticationError) return error.statusCode === 401 ? json(res, 401, { error: 'unauthorized' }) : json(res, 503, { error: 'unavailable' });
      const errorId = randomUUID().slice(0, 8);
      turnFields.set(req, { ...turnFields.get(req), errorId });
      logger.error({ errorId, name: error instanceof Error ? error.name : typeof error, stack: stackFramesOf(error) }, 'request failed');
      return json(res, 500, { error: 'internal', errorId });
    }
  });

  if (config.devRoutes) {
    server.get('/dev/clock', async (_req: Request, res: Response) => json(res, 200, { now: clock.now(), override: clock.override }));
    server.post('/dev/clock', async (req: Request, res: Response) => {
      const now: unknown = (req.body as { now?: unknown } | undefined)?.now;
      if (now !== null && typeof now !== 'string') return json(res, 400, { error: 'send {"now": "<ISO time>"} or {"now": null}' });
      try {
        clock.set(now);
      } catch {
        return json(res, 400, { error: 'now must be an ISO 8601 time, for example 2026-11-24T09:00:00+01:00' });
      }
      return json(res, 200, { now: clock.now(), override: clock.override });
    });
    server.post('/dev/checkins/run', async (_req: Request, res: Response) => json(res, 200, await deps.runCheckins()));
  }

  deps.extend?.(server);
  return server;
}
