import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBotProcess, ensureBuilt, type BotProcess } from '../support/bot-process';
import { startCaptureServer, type CaptureServer } from '../support/capture-server';
import { tempDataDir } from '../support/test-app';
import { ECHO, HOSTILE_CLASSES, MODE_ENV, sendRaw, type Mode } from './hostile-requests';

/** The same table against the bot as `npm start` runs it: a request that ended the process would show here as an exit. */
const FIGURES_FILE = '/tmp/hostile-figures-process.json';
const figures: Array<{ mode: Mode; class: string; requests: number; fiveXx: number; exits: number; longestMs: number }> = [];

beforeAll(() => {
  ensureBuilt();
}, 180_000);

afterAll(() => {
  fs.writeFileSync(FIGURES_FILE, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`hostile requests, against node dist/src/index.js (also in ${FIGURES_FILE}):\n${figures.map((f) => `${f.mode.padEnd(12)} ${f.class.padEnd(96)} requests ${f.requests}  5xx ${f.fiveXx}  exits ${f.exits}  longest ${f.longestMs} ms`).join('\n')}`);
});

/** Whether the process has ended, or does within `ms`. */
function exited(bot: BotProcess, ms: number): Promise<boolean> {
  if (bot.child.exitCode !== null || bot.child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    bot.child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

describe.each(['development', 'production'] as const)('hostile requests to a bot process (%s)', (mode) => {
  let capture: CaptureServer;
  let bot: BotProcess;
  // Its own TMPDIR: restify's multipart parser wrote uploads there and never removed them.
  const tmpdir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-tmp-'));
  beforeAll(async () => {
    capture = await startCaptureServer();
    bot = await startBotProcess({ ...MODE_ENV[mode], TMPDIR: tmpdir, DATA_DIR: tempDataDir() });
  }, 60_000);
  afterAll(async () => {
    await bot?.stop();
    await capture?.close();
  });

  it('answers every class as the table says, keeps running, and writes no upload to TMPDIR', async () => {
    const filesAtStart = fs.readdirSync(tmpdir);
    for (const hostile of HOSTILE_CLASSES) {
      const tally = { mode, class: hostile.name, requests: 0, fiveXx: 0, exits: 0, longestMs: 0 };
      figures.push(tally);
      for (const [index, request] of hostile.requests(capture.url).entries()) {
        const answer = await sendRaw(bot.base, request).catch(() => ({ status: 0, body: '', ms: 0, beforeBodyEnded: false }));
        tally.requests += 1;
        if (answer.status >= 500) tally.fiveXx += 1;
        tally.longestMs = Math.max(tally.longestMs, answer.ms);
        const healthy = await fetch(`${bot.base}/healthz`).then((res) => res.status === 200, () => false);
        const alive = healthy || !(await exited(bot, 1_000));
        if (!alive) tally.exits += 1;
        expect({ class: hostile.name, index, status: answer.status, healthy, alive }).toEqual({ class: hostile.name, index, status: hostile.status[mode], healthy: true, alive: true });
        expect(answer.body).not.toMatch(ECHO);
      }
    }
    expect(fs.readdirSync(tmpdir)).toEqual(filesAtStart);
    expect(bot.output()).not.toMatch(ECHO);
  }, 120_000);
});
