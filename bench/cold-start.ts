import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { BOT_ROOT, PRODUCT_NODE_FLAGS, tempDir } from './support/bots';
import { freePort, startChild, waitFor200 } from './support/child-process';
import { median, round } from './support/stats';

/** Milliseconds from spawning `node dist/src/index.js` (already built, with the product's V8 flags) to its first 200 on /healthz, each run on a fresh DATA_DIR. */
export async function measureColdStart(runs: number): Promise<{ medianMs: number; runsMs: number[] }> {
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const port = await freePort();
    const dataDir = tempDir('cold');
    const started = performance.now();
    const child = startChild(process.execPath, [...PRODUCT_NODE_FLAGS, 'dist/src/index.js'], {
      cwd: BOT_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir },
    });
    try {
      await waitFor200(`http://127.0.0.1:${port}/healthz`, 30_000, child, 5);
      runsMs.push(round(performance.now() - started, 0));
    } finally {
      await child.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return { medianMs: median(runsMs), runsMs };
}
