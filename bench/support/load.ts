import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadResult {
  /** Milliseconds from sending each activity to the bot's HTTP answer (its replies are posted before it answers). */
  latenciesMs: number[];
  elapsedMs: number;
  failures: number;
  turnsPerSecond: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export function postJson(base: string, path: string, body: unknown): Promise<{ status: number; text: string }> {
  const payload = Buffer.from(JSON.stringify(body));
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': payload.length } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error(`no answer from ${url.href} within 30 s`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** Sends every activity to `base`/api/messages with at most `concurrency` in flight; times each. */
export async function runLoad(base: string, activities: readonly object[], concurrency: number): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    while (next < activities.length) {
      const activity = activities[next++]!;
      const sent = performance.now();
      try {
        const { status } = await postJson(base, '/api/messages', activity);
        if (status >= 300) failures += 1;
      } catch {
        failures += 1;
      }
      latenciesMs.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsedMs = performance.now() - started;
  return { latenciesMs, elapsedMs, failures, turnsPerSecond: (activities.length / elapsedMs) * 1000 };
}

/**
 * Open loop: sends activity i at `start + i / ratePerSecond` whether or not the earlier ones have
 * been answered, as mothers do. Each latency runs from the planned send time, so a server that
 * falls behind is charged for the wait too.
 */
export async function runAtRate(base: string, activities: readonly object[], ratePerSecond: number): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let failures = 0;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < activities.length; i++) {
    const planned = started + (i * 1000) / ratePerSecond;
    const wait = planned - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      postJson(base, '/api/messages', activities[i]!).then(
        ({ status }) => {
          if (status >= 300) failures += 1;
          latenciesMs.push(performance.now() - planned);
        },
        () => {
          failures += 1;
          latenciesMs.push(performance.now() - planned);
        },
      ),
    );
  }
  await Promise.all(inFlight);
  const elapsedMs = performance.now() - started;
  return { latenciesMs, elapsedMs, failures, turnsPerSecond: (activities.length / elapsedMs) * 1000 };
}
