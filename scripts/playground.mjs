// npm run playground [-- --channel webchat|msteams] : the Microsoft 365 Agents Playground
// against a bot that is already running (npm start), on http://127.0.0.1:56150.
//
// Environment: PORT (the bot's, default 3978), PLAYGROUND_CHANNEL (msteams), PLAYGROUND_PORT (56150),
// BOT_ENDPOINT (default http://127.0.0.1:$PORT/api/messages).
/* global AbortSignal */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHANNELS = ['msteams', 'webchat', 'directline', 'emulator'];

function option(name) {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (index < 0) return undefined;
  const arg = args[index];
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
}

const channel = option('channel') ?? process.env.PLAYGROUND_CHANNEL ?? 'msteams';
if (!CHANNELS.includes(channel)) {
  console.error(`playground: --channel must be one of ${CHANNELS.join(', ')} (got "${channel}")`);
  process.exit(2);
}
const botPort = process.env.PORT || '3978';
const endpoint = process.env.BOT_ENDPOINT || `http://127.0.0.1:${botPort}/api/messages`;
const playgroundPort = process.env.PLAYGROUND_PORT || '56150';
const url = `http://127.0.0.1:${playgroundPort}`;

/** The playground quits when it cannot open a browser; on a machine without a desktop, give it an xdg-open that does nothing. */
function pathWithQuietBrowser() {
  const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  if (!headless && process.env.PLAYGROUND_NO_BROWSER !== '1') return { PATH: process.env.PATH ?? '', cleanup: () => {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'playground-bin-'));
  for (const opener of ['xdg-open', 'open', 'sensible-browser', 'x-www-browser', 'www-browser']) {
    fs.writeFileSync(path.join(dir, opener), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  }
  return {
    PATH: `${dir}${path.delimiter}${process.env.PATH ?? ''}`,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

async function warnIfBotIsDown() {
  const health = new URL('/healthz', endpoint);
  try {
    const response = await fetch(health, { signal: AbortSignal.timeout(2000) });
    if (!response.ok) console.warn(`playground: ${health} answered ${response.status}.`);
  } catch {
    console.warn(`playground: no bot answers at ${health} yet. Start it with \`npm start\` (the playground still starts).`);
  }
}

await warnIfBotIsDown();
const { PATH, cleanup } = pathWithQuietBrowser();
const cli = path.join(ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
const child = spawn(process.execPath, [cli, '-e', endpoint, '-c', channel, '-p', playgroundPort, '--disable-telemetry'], {
  env: { ...process.env, PATH },
  stdio: 'inherit',
});
console.log(`playground: ${channel} channel -> ${endpoint}`);
console.log(`playground: open ${url} in a browser`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  cleanup();
  process.exit(code ?? (signal ? 1 : 0));
});
