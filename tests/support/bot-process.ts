import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const ENTRY = path.join(PROJECT_ROOT, 'dist', 'src', 'index.js');
/** The V8 flags the bot runs with everywhere (package.json config.nodeFlags): its heap limit among them. */
const NODE_FLAGS: string[] = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { config: { nodeFlags: string } }).config.nodeFlags.split(/\s+/).filter(Boolean);
const BUILD_INFO = path.join(PROJECT_ROOT, 'dist', '.tsbuildinfo');
const TSC_EMITTED_WITH_ERRORS = 2;
const SOURCES = ['src', 'dialogs'].map((dir) => path.join(PROJECT_ROOT, dir));

/** The bot as `npm start` runs it: `node dist/src/index.js`, one process per instance. */
export interface BotProcess {
  base: string;
  port: number;
  child: ChildProcess;
  /** The last 20 000 characters it wrote, to explain a failure. */
  output(): string;
  /** Ends it at once, as a crashed or evicted instance ends: no shutdown hook runs. */
  kill(): Promise<void>;
  /** Asks it to stop (SIGTERM) and waits; SIGKILL after 5 s. */
  stop(): Promise<void>;
}

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Runs `npm run build` when dist/ is missing or older than a source file; returns whether it built. */
export function ensureBuilt(): boolean {
  const builtAt = fs.existsSync(ENTRY) && fs.existsSync(BUILD_INFO) ? fs.statSync(BUILD_INFO).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map(newestSourceMtime));
  if (builtAt > changedAt) return false;
  try {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: PROJECT_ROOT, stdio: 'pipe', timeout: 120_000 });
  } catch (error) {
    // tsc exits with 2 when it reports type errors but has still written dist/ (the typecheck step
    // of `npm test` reports those); anything else means there is nothing to run.
    if ((error as { status?: number }).status !== TSC_EMITTED_WITH_ERRORS || !fs.existsSync(ENTRY)) throw error;
  }
  return true;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Writes a PEM file a child process can trust through NODE_EXTRA_CA_CERTS; returns its path. */
export function writeCaFile(pem: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'test-ca-'));
  const file = path.join(dir, 'ca.pem');
  fs.writeFileSync(file, pem);
  return file;
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess): Promise<void> {
  return exited(child) ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts one instance on a free loopback port and waits until /healthz answers. */
export async function startBotProcess(env: Record<string, string>, startTimeoutMs = 30_000): Promise<BotProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...NODE_FLAGS, ENTRY], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), NODE_ENV: 'development', HOST: '127.0.0.1', LOG_LEVEL: 'warn', MicrosoftAppId: '', MicrosoftAppPassword: '', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (exited(child)) return;
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.kill('SIGTERM');
    await waitForExit(child);
    clearTimeout(force);
  };
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (exited(child)) throw new Error(`the bot exited while starting:\n${output}`);
    try {
      if ((await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2_000) })).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the bot did not answer /healthz within ${startTimeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    base,
    port,
    child,
    output: () => output,
    kill: async () => {
      if (exited(child)) return;
      child.kill('SIGKILL');
      await waitForExit(child);
    },
    stop,
  };
}
