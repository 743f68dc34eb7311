import type { Sleep } from './rate-limiter';
import { retryAfterMsOf } from '../support/retry-after';

export type SendResult = 'sent' | 'blocked' | 'failed' | 'timeout';

/** One attempt at one activity; it must stop (reject) when `signal` aborts. */
export type Attempt = (signal: AbortSignal) => Promise<void>;

export interface RetryOptions {
  /** Calls of `attempt` per activity, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  /** Longest wait between calls; a Retry-After longer than this gives up instead of sending early. */
  maxDelayMs: number;
  /**
   * Deadline of one call, the connector's own retries included; then the call is aborted and
   * counts as 'timeout'. It is not retried: the activity may have arrived.
   */
  timeoutMs: number;
  sleep: Sleep;
  random: () => number;
  now: () => number;
}

/**
 * The botbuilder connector client (@azure/core-rest-pipeline's defaultRetryPolicy) already makes
 * up to 3 retries inside one call for 429/503 with Retry-After (waiting as told), for other 5xx and
 * 408 (exponential, 0.5-4 s) and for network errors; it does not retry a 429 without Retry-After.
 * So one activity costs at most maxAttempts x 4 HTTP requests (12 with these defaults), or exactly
 * maxAttempts requests for a 429 without Retry-After, and at most maxAttempts x timeoutMs plus the
 * waits between calls.
 */
export const CONNECTOR_RETRIES_PER_CALL = 3;
export const DEFAULT_RETRY: Omit<RetryOptions, 'sleep' | 'random' | 'now'> = { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 30_000, timeoutMs: 15_000 };

interface HttpError {
  statusCode?: number;
  response?: { headers?: { get?: (name: string) => string | undefined } | Record<string, string | undefined> };
}

function statusOf(err: unknown): number | undefined {
  const e = err as HttpError | undefined;
  return typeof e?.statusCode === 'number' ? e.statusCode : undefined;
}

/** Retry-After in ms (seconds or an HTTP date), when the channel sent one. */
export function retryAfterMs(err: unknown, nowMs: number): number | undefined {
  const headers = (err as HttpError | undefined)?.response?.headers;
  if (!headers) return undefined;
  const raw = typeof headers.get === 'function' ? headers.get('retry-after') : (headers as Record<string, string | undefined>)['retry-after'];
  return retryAfterMsOf(raw, nowMs);
}

/** 403 (she blocked the bot) and 404 (the conversation is gone): she cannot be reached any more. */
function isUnreachable(status: number | undefined): boolean {
  return status === 403 || status === 404;
}

/** Throttling, a server in trouble, or no answer at all (network): worth another call later. */
function isRetriable(status: number | undefined): boolean {
  return status === undefined || status === 429 || status === 408 || status >= 500;
}

class Timeout extends Error {}

/**
 * Runs one call with a deadline; on the deadline `controller` aborts, so nothing keeps going behind
 * our back. A timed-out call ends its check-in's delivery, so one controller serves all its calls.
 */
function callWithDeadline(attempt: Attempt, timeoutMs: number, controller: AbortController): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      controller.abort();
      reject(new Timeout());
    }, timeoutMs);
    const fail = (err: unknown): void => {
      clearTimeout(timer);
      reject(err);
    };
    try {
      attempt(controller.signal).then(() => {
        clearTimeout(timer);
        resolve();
      }, fail);
    } catch (err) {
      fail(err);
    }
  });
}

/**
 * One activity with the channel's rules: 429 waits Retry-After (or backs off exponentially with
 * jitter when there is none), 5xx and network errors are retried a bounded number of times, 403/404
 * mean she blocked or removed the bot, and a hanging connector times out. Never throws
 * (unless `pace` does). `controller` may be shared by the activities of one delivery (see
 * callWithDeadline), as long as it has not aborted.
 */
export async function sendWithRetry(attempt: Attempt, options: RetryOptions, pace: () => Promise<void>, controller: AbortController): Promise<SendResult> {
  for (let call = 1; ; call++) {
    try {
      // Every call is a message to the channel, so every call waits for its place in the rate.
      await pace();
      await callWithDeadline(attempt, options.timeoutMs, controller);
      return 'sent';
    } catch (err) {
      if (err instanceof Timeout) return 'timeout';
      const status = statusOf(err);
      if (isUnreachable(status)) return 'blocked';
      if (!isRetriable(status) || call >= options.maxAttempts) return 'failed';
      const told = status === 429 || status === 503 ? retryAfterMs(err, options.now()) : undefined;
      if (told !== undefined && told > options.maxDelayMs) return 'failed';
      const backoff = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (call - 1));
      await options.sleep(told ?? backoff / 2 + options.random() * (backoff / 2));
    }
  }
}
