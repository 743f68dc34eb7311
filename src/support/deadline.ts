/** Work that did not finish in the time it was given. Its message names only our own words for the work. */
export class DeadlineError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} took longer than ${ms} ms`);
    this.name = 'DeadlineError';
  }
}

/**
 * Runs `work` with a deadline. On the deadline, or when `outer` aborts first, the signal handed to
 * `work` aborts (so that what can stop, stops: an HTTP call, the connector client's retries) and the
 * returned promise rejects with a DeadlineError at once, whether or not the work heeds the signal.
 * A rejection of the work after that is handled, never an unhandled rejection.
 */
export function withDeadline<T>(work: (signal: AbortSignal) => Promise<T>, ms: number, what: string, outer?: AbortSignal): Promise<T> {
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    const stop = (): void => {
      settle();
      controller.abort();
      reject(new DeadlineError(what, ms));
    };
    const timer = setTimeout(stop, ms);
    const settle = (): void => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', stop);
    };
    if (outer?.aborted) return stop();
    outer?.addEventListener('abort', stop, { once: true });
    let running: Promise<T>;
    try {
      running = work(controller.signal);
    } catch (error) {
      settle();
      return reject(error);
    }
    running.then(
      (value) => {
        settle();
        resolve(value);
      },
      (error: unknown) => {
        settle();
        reject(error);
      },
    );
  });
}
