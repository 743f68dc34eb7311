import { AsyncLocalStorage } from 'node:async_hooks';
import type { Request, Response, Server } from 'restify';

interface RequestUnderWay {
  /** The response is closed: an error now is no longer this request's to answer. */
  closed: boolean;
  /** restify's own path for a handler's error: the 'restifyError' event, then the answer. */
  fail(error: unknown): void;
}

const underWay = new AsyncLocalStorage<RequestUnderWay>();
let openServers = 0;

/**
 * An error nobody caught (a throw in a callback, an unhandled rejection) that arose while a request
 * was under way, from anything that request started, is that request's failure: it is answered and
 * logged, and the process goes on. Any other uncaught error ends the process as Node's default does
 * (unless another listener handles it), so a fault in shared state still restarts the process.
 */
function onUncaughtException(error: unknown): void {
  const request = underWay.getStore();
  if (request && !request.closed) return request.fail(error);
  if (process.listenerCount('uncaughtException') === 1) {
    process.off('uncaughtException', onUncaughtException);
    process.nextTick(() => {
      throw error;
    });
  }
}

/**
 * restify's `handleUncaughtExceptions` hook (its stand-in for a domain): runs the request's
 * handlers in an async context of their own, so that onUncaughtException can tell whose error it is.
 * A listener of an emitter that a request did not create (a socket's 'finish', say) runs outside
 * that context: those listeners catch their own errors (src/edge/server.ts).
 */
export function guardRequest(req: Request, res: Response, fail: (error: unknown) => void, next: (req: Request, res: Response) => void): void {
  const request: RequestUnderWay = { closed: false, fail };
  res.once('close', () => {
    request.closed = true;
  });
  underWay.run(request, () => next(req, res));
}

/** Listens for uncaught errors while at least one guarded server is open. */
export function guardRequestsOf(server: Server): void {
  if (openServers++ === 0) process.on('uncaughtException', onUncaughtException);
  server.once('close', () => {
    if (--openServers === 0) process.off('uncaughtException', onUncaughtException);
  });
}
