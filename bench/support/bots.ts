import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startChild, waitFor200, type Child } from './child-process';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
/** Where dist/src/index.js is run from; another folder (BENCH_BOT_ROOT) lets an experiment measure a patched build. */
export const BOT_ROOT = process.env.BENCH_BOT_ROOT ?? PROJECT_ROOT;

export interface RunningBot {
  name: string;
  base: string;
  process: Child;
  dataDir?: string;
  stop(): Promise<void>;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `bench-${prefix}-`));
}

/** BENCH_BOT_ENV='{"LOG_LEVEL":"warn"}' adds settings to the bot's environment, to compare them in the same bench. */
const EXTRA_BOT_ENV = JSON.parse(process.env.BENCH_BOT_ENV ?? '{}') as Record<string, string>;

const PACKAGE_CONFIG = (JSON.parse(fs.readFileSync(path.join(BOT_ROOT, 'package.json'), 'utf8')) as { config?: { nodeFlags?: string } }).config ?? {};
/** The V8 flags `npm start` and the Dockerfile run the bot with (package.json config.nodeFlags). */
export const PRODUCT_NODE_FLAGS = PACKAGE_CONFIG.nodeFlags?.split(' ').filter(Boolean) ?? [];

/** The real bot as `npm start` runs it after the build: node dist/src/index.js, dev routes on. */
export async function startRealBot(env: Record<string, string> = {}, nodeArgs: string[] = PRODUCT_NODE_FLAGS): Promise<RunningBot> {
  const port = await freePort();
  const dataDir = env.DATA_DIR ?? tempDir('data');
  const child = startChild(process.execPath, [...nodeArgs, 'dist/src/index.js'], {
    cwd: BOT_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, ...EXTRA_BOT_ENV, ...env },
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor200(`${base}/healthz`, 30_000, child, 50);
  return {
    name: 'bot',
    base,
    process: child,
    dataDir,
    stop: async () => {
      await child.stop();
      if (!env.DATA_DIR) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * bench/echo-bot.ts in its own process, as the baseline, with the same V8 flags as the bot: the
 * floor is what botbuilder and restify cost in the runtime the bot is deployed with.
 */
export async function startEchoBot(nodeArgs: string[] = PRODUCT_NODE_FLAGS): Promise<RunningBot> {
  const port = await freePort();
  const child = startChild(process.execPath, [...nodeArgs, '--import', 'tsx', 'bench/echo-bot.ts'], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port) },
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor200(`${base}/healthz`, 30_000, child, 50);
  return { name: 'echo', base, process: child, stop: () => child.stop() };
}
