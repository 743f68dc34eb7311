import type { Sleep } from './rate-limiter';

export type SendResult = 'sent' | 'blocked' | 'failed' | 'timeout';

export interface RetryOptions {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A send that has not answered by then counts as failed; it is not retried (it may have arrived). */
  timeoutMs: number;
  sleep: Sleep;
  random: () => number;
}

export const DEFAULT_RETRY: Omit<RetryOptions, 'sleep' | 'random'> = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 30_000, timeoutMs: 15_000 };

interface HttpError {
  statusCode?: number;
  response?: { headers?: { get?: (name: string) => string | undefined } | Record<string, string | undefined> };
}

function statusOf(err: unknown): number | undefined {
  const e = err as HttpError;
  return typeof e?.statusCode === 'number' ? e.statusCode : undefined;
}

/** Retry-After in ms (seconds or an HTTP date), when the channel sent one. */
export function retryAfterMs(err: unknown, nowMs: number): number | undefined {
  const headers = (err as HttpError)?.response?.headers;
  if (!headers) return undefined;
  const raw = typeof headers.get === 'function' ? headers.get('retry-after') : (headers as Record<string, string | undefined>)['retry-after'];
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

class Timeout extends Error {}

/**
 * One proactive send with the channel's rules: 429 waits Retry-After (or backs off exponentially
 * with jitter), 5xx is retried a bounded number of times, 403 means she blocked or removed the bot,
 * and a hanging connector times out. Never throws: the caller decides what each result means.
 */
export async function sendWithRetry(send: () => Promise<void>, options: RetryOptions): Promise<SendResult> {
  for (let attempt = 1; ; attempt++) {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        send(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Timeout()), options.timeoutMs);
        }),
      ]);
      return 'sent';
    } catch (err) {
      if (err instanceof Timeout) return 'timeout';
      const status = statusOf(err);
      if (status === 403 || status === 404) return 'blocked';
      const retriable = status === 429 || (status !== undefined && status >= 500) || status === undefined;
      if (!retriable || attempt >= options.maxAttempts) return 'failed';
      const backoff = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
      const wait = (status === 429 ? retryAfterMs(err, Date.now()) : undefined) ?? backoff / 2 + options.random() * (backoff / 2);
      await options.sleep(Math.min(wait, options.maxDelayMs));
    } finally {
      clearTimeout(timer);
    }
  }
}
