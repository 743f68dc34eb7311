import fs from 'node:fs';
import { startCaptureServer, type CaptureServer } from '../support/capture-server';
import { startTestApp, type RunningApp } from '../support/test-app';
import { ECHO, HOSTILE_CLASSES, MODE_ENV, sendRaw, type Mode } from './hostile-requests';

/** Per mode and class: requests tried, answers with 5xx, process exits, the longest answer. Printed and written for the report. */
const FIGURES_FILE = '/tmp/hostile-figures.json';
interface Figures {
  mode: Mode;
  class: string;
  requests: number;
  fiveXx: number;
  exits: number;
  longestMs: number;
}
const figures: Figures[] = [];

afterAll(() => {
  fs.writeFileSync(FIGURES_FILE, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`hostile requests, in the test process (also in ${FIGURES_FILE}):\n${figures.map((f) => `${f.mode.padEnd(12)} ${f.class.padEnd(96)} requests ${f.requests}  5xx ${f.fiveXx}  exits ${f.exits}  longest ${f.longestMs} ms`).join('\n')}`);
});

describe.each(['development', 'production'] as const)('hostile requests to POST /api/messages (%s)', (mode) => {
  let capture: CaptureServer;
  let bot: RunningApp;
  beforeAll(async () => {
    capture = await startCaptureServer();
    bot = await startTestApp({ ...MODE_ENV[mode] });
  });
  afterAll(async () => {
    await bot?.stop();
    await capture?.close();
  });

  it.each(HOSTILE_CLASSES.map((hostile) => [hostile.name, hostile] as const))('%s: the expected 4xx, no echo, nothing stored, and the bot still answers', async (_name, hostile) => {
    const tally: Figures = { mode, class: hostile.name, requests: 0, fiveXx: 0, exits: 0, longestMs: 0 };
    figures.push(tally);
    for (const [index, request] of hostile.requests(capture.url).entries()) {
      const answer = await sendRaw(bot.base, request);
      tally.requests += 1;
      if (answer.status >= 500) tally.fiveXx += 1;
      tally.longestMs = Math.max(tally.longestMs, answer.ms);

      expect({ index, status: answer.status }).toEqual({ index, status: hostile.status[mode] });
      expect(answer.body).not.toMatch(ECHO);
      if (answer.status >= 400) expect(JSON.parse(answer.body)).toEqual({ error: expect.any(String) });
      if (hostile.answeredBeforeBodyEnds) expect(answer.beforeBodyEnded).toBe(true);
      expect((await fetch(`${bot.base}/healthz`)).status).toBe(200);

      const stored = request.motherId ? await bot.app.store.get(request.motherId) : undefined;
      if (hostile.turnRuns && answer.status === 200) {
        // The odd locale counts as none: she is welcomed in the default language, and it is not kept.
        expect(stored?.doc).toMatchObject({ locale: 'nb' });
        expect(stored?.doc.conversation?.locale).toBeUndefined();
        const replies = capture.for(request.conversationId ?? '');
        expect(replies.map((reply) => reply.text ?? '').join('\n')).toMatch(/gratulerer/i);
        for (const reply of replies) expect(reply.locale === undefined || typeof reply.locale === 'string').toBe(true);
      } else expect(stored).toBeUndefined();
    }
  });
});
