import { startCaptureServer, type CaptureServer } from '../support/capture-server';
import { mother, onboardCard, postJson, startTestApp, type RunningApp } from '../support/test-app';

describe('the bot over HTTP, with the embedded store', () => {
  let capture: CaptureServer;
  let bot: RunningApp;

  beforeAll(async () => {
    capture = await startCaptureServer();
    bot = await startTestApp();
    await postJson(bot.base, '/dev/clock', { now: '2026-11-24T12:00:00+01:00' });
  });
  afterAll(async () => {
    await bot.stop();
    await capture.close();
  });

  it('answers GET /healthz with JSON', async () => {
    const res = await fetch(`${bot.base}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toMatchObject({ status: 'ok', storage: 'embedded' });
  });

  it('welcomes a new mother in Norwegian at the channel, asking for consent', async () => {
    const m = mother(bot.base, capture);
    const { status, replies } = await m.send('hei');
    expect(status).toBe(200);
    const texts = replies.map((r) => r.text ?? '').join('\n');
    expect(texts).toMatch(/gratulerer/i);
    expect(texts).toMatch(/lagre svarene dine/);
    expect(replies.some((r) => (r.attachments ?? []).some((a) => a.contentType === 'application/vnd.microsoft.card.adaptive'))).toBe(true);
  });

  it('welcomes in nynorsk and English when the client says so', async () => {
    const nn = await mother(bot.base, capture, { locale: 'nn-NO' }).send('hei');
    expect(nn.replies[0]?.text).toMatch(/Eg er ein følgjesvein/);
    const en = await mother(bot.base, capture, { locale: 'en-GB' }).send('hello');
    expect(en.replies[0]?.text).toMatch(/congratulations/i);
  });

  it('handles a redelivered activity once', async () => {
    const m = mother(bot.base, capture);
    await m.send(onboardCard('2026-11-24T03:10:00+01:00'));
    const first = await m.send({ action: 'log', type: 'feed' }, 'same-activity-id');
    const again = await m.send({ action: 'log', type: 'feed' }, 'same-activity-id');
    expect(first.replies.length).toBeGreaterThan(0);
    expect(again.replies).toHaveLength(0);
    const data = await m.exportData();
    expect(data.events.filter((e) => e.type === 'feed')).toHaveLength(1);
  });

  it('loses nothing when 20 turns for one mother arrive at once', async () => {
    const m = mother(bot.base, capture);
    await m.send(onboardCard('2026-11-24T03:10:00+01:00', 'pump'));
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => m.send({ action: 'log', type: 'pump', ml: i + 1, double: true })));
    expect(results.every((r) => r.status === 200)).toBe(true);
    const data = await m.exportData();
    const volumes = data.events.filter((e) => e.type === 'pump').map((e) => e.ml as number).sort((a, b) => a - b);
    expect(volumes).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('gives every logged event an id of its own and takes back one whole logging with "angre"', async () => {
    const m = mother(bot.base, capture);
    await m.send(onboardCard('2026-11-24T03:10:00+01:00', 'both'));
    await m.send({ action: 'log', type: 'feed', side: 'left' });
    await m.send({ action: 'checkin', feeds: 9, wetDiapers: 5, yellowStools: 3, pumpMl: [22, 25, 30] });
    await postJson(bot.base, '/dev/clock', { now: '2026-11-24T12:05:00+01:00' });
    try {
      await m.send({ action: 'log', type: 'diaper', wet: true, stool: 'none' });

      const logged = await m.exportData();
      const ids = logged.events.map((e) => e.id);
      expect(ids).toHaveLength(5);
      expect(new Set(ids).size).toBe(5);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{12}$/);

      expect((await m.send('angre')).replies[0]?.text).toBe('Angret. Dette er slettet:\n\n- bleie kl. 12.05: våt');
      // The check-in answer and its three volumes were one logging: they go together, the feed before stays.
      const undone = (await m.send('angre')).replies[0]?.text ?? '';
      expect(undone.split('\n\n').slice(1)).toEqual([
        expect.stringMatching(/^- pumping .*: 22 ml$/),
        expect.stringMatching(/^- pumping .*: 25 ml$/),
        expect.stringMatching(/^- pumping .*: 30 ml$/),
        '- svaret ditt på den daglige sjekken',
      ]);
      const left = await m.exportData();
      expect(left.events.map((e) => e.type)).toEqual(['feed']);
      expect(left.events[0]?.id).toBe(logged.events[0]?.id);
    } finally {
      await postJson(bot.base, '/dev/clock', { now: '2026-11-24T12:00:00+01:00' });
    }
  });

  it('answers an invoke it has no handler for with 501, as the SDK does, and neither writes to her nor stores her', async () => {
    const m = mother(bot.base, capture);
    const invoke = { ...m.activity({ action: 'log', type: 'feed' }), type: 'invoke', name: 'adaptiveCard/action' };
    const res = await postJson(bot.base, '/api/messages', invoke);
    expect(res.status).toBe(501);
    expect(m.replies()).toHaveLength(0);
    expect(await bot.app.store.get(m.motherId)).toBeUndefined();
    expect((await m.send('hei')).replies.map((r) => r.text ?? '').join('\n')).toMatch(/gratulerer/i);
  });

  it.each([
    ['a body that is not JSON', '{not json', 'application/json', 400],
    ['an activity without a type', JSON.stringify({ text: 'hei' }), 'application/json', 400],
    ['a JSON array', '[1,2]', 'application/json', 400],
    ['a message without a serviceUrl', JSON.stringify({ type: 'message', text: 'hei', channelId: 'msteams', from: { id: 'u' }, conversation: { id: 'c' } }), 'application/json', 400],
    ['a message whose serviceUrl is a number', JSON.stringify({ type: 'message', text: 'hei', serviceUrl: 42, channelId: 'msteams', from: { id: 'u' }, conversation: { id: 'c' } }), 'application/json', 400],
    ['a 1 MB body', JSON.stringify({ type: 'message', text: 'x'.repeat(1024 * 1024) }), 'application/json', 413],
  ])('refuses %s with a 4xx and keeps running', async (_name, body, contentType, status) => {
    const res = await fetch(`${bot.base}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
    expect(res.status).toBe(status);
    expect((await fetch(`${bot.base}/healthz`)).status).toBe(200);
  });
});

describe('a restart on the same DATA_DIR', () => {
  it('keeps the mother and her log', async () => {
    const capture = await startCaptureServer();
    const first = await startTestApp();
    await postJson(first.base, '/dev/clock', { now: '2026-11-24T12:00:00+01:00' });
    const m = mother(first.base, capture);
    await m.send(onboardCard('2026-11-24T03:10:00+01:00', 'breast'));
    await m.send({ action: 'log', type: 'feed', side: 'left' });
    await first.stop();

    const second = await startTestApp({ DATA_DIR: first.dataDir });
    await postJson(second.base, '/dev/clock', { now: '2026-11-24T12:05:00+01:00' });
    const stored = await second.app.store.get(m.motherId);
    expect(stored?.doc.profile).toMatchObject({ feedingMode: 'breast', birthAt: '2026-11-24T02:10:00.000Z' });
    expect(stored?.doc.events.map((e) => e.type)).toEqual(['feed']);
    await second.stop();
    await capture.close();
  });
});
