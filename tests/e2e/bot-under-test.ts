import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startProcess, waitForHttp, type Started } from './processes';

export const ROOT = path.resolve(__dirname, '..', '..');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'e2e');

export interface RunningBot {
  port: number;
  baseUrl: string;
  dataDir: string;
  process: Started;
  stop(): Promise<void>;
}

/** `npm start` (build, then run) on a free port with an empty embedded store in a temp DATA_DIR. */
export async function startBot(extraEnv: Record<string, string> = {}): Promise<RunningBot> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-bot-data-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    STORAGE: 'embedded',
    NODE_ENV: 'development',
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    ...extraEnv,
  };
  // E2E_BOT_FROM_SOURCE=1 runs src/index.ts through tsx: no build, for a quick loop while developing.
  const started = process.env.E2E_BOT_FROM_SOURCE === '1'
    ? startProcess(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'index.ts')], { cwd: ROOT, env })
    : startProcess('npm', ['start', '--silent'], { cwd: ROOT, env });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${baseUrl}/healthz`, 150_000, started);
  } catch (error) {
    await started.stop();
    throw error;
  }
  return {
    port,
    baseUrl,
    dataDir,
    process: started,
    stop: async () => {
      await started.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface RunningPlayground {
  url: string;
  process: Started;
  stop(): Promise<void>;
}

/** scripts/playground.mjs (the same as `npm run playground`) against the bot, with a no-op xdg-open. */
export async function startPlayground(botPort: number, channel = 'msteams'): Promise<RunningPlayground> {
  const port = await freePort(56150);
  const started = startProcess(process.execPath, [path.join(ROOT, 'scripts', 'playground.mjs'), '--channel', channel], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(botPort), PLAYGROUND_PORT: String(port), PLAYGROUND_NO_BROWSER: '1' },
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(url, 60_000, started);
  } catch (error) {
    await started.stop();
    throw error;
  }
  return { url, process: started, stop: () => started.stop() };
}
