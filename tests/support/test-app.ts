import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { createApp, type App, type AppOverrides } from '../../src/edge/app';
import { loadConfig } from '../../src/config';
import { motherIdOf } from '../../src/store/mother-identity';
import { startCaptureServer, type CaptureServer } from './capture-server';

export interface RunningApp {
  app: App;
  base: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** The key of her id in every test app (production refuses to start without one). */
export const TEST_MOTHER_ID_KEY = 'test-mother-id-key-0123456789abcdef0123456789';

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'lactation-test-'));
}

/** The real bot (restify, CloudAdapter, store, scheduler) in this process, on a free port. */
export async function startTestApp(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<RunningApp> {
  const dataDir = env.DATA_DIR ?? tempDataDir();
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', MOTHER_ID_KEY: TEST_MOTHER_ID_KEY, ...env });
  const app = await createApp(config, { logger: pino({ level: 'silent' }), ...overrides });
  const port = await app.listen();
  return { app, base: `http://127.0.0.1:${port}`, dataDir, stop: () => app.close() };
}

export async function postJson(base: string, route: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(base + route, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, json };
}

export type Sent = { status: number; replies: Array<Record<string, unknown> & { text?: string; attachments?: Array<{ contentType: string; content: unknown }> }> };

/**
 * A mother on a channel: posts activities to the bot and collects what reached the capture server for her.
 * Her motherId is keyed with the key of the app last started in this process (the development key before).
 */
const ONE_DRIVE = 'https://one-drive.test';
const FILE_CONSENT_CARD = 'application/vnd.microsoft.teams.card.file.consent';

export function mother(
  base: string,
  capture: CaptureServer,
  options: { locale?: string; channelId?: string; name?: string; userId?: string; conversationId?: string; aadObjectId?: string } = {},
) {
  const suffix = randomUUID().slice(0, 8);
  const conversationId = options.conversationId ?? `conv-${options.name ?? 'm'}-${suffix}`;
  const userId = options.userId ?? `user-${options.name ?? 'm'}-${suffix}`;
  const from = { id: userId, name: 'Test', ...(options.aadObjectId ? { aadObjectId: options.aadObjectId } : {}) };
  const channelId = options.channelId ?? 'webchat';
  const locale = options.locale ?? 'nb-NO';
  const activity = (content: string | Record<string, unknown>, id: string = randomUUID()) => ({
    type: 'message',
    id,
    channelId,
    serviceUrl: capture.url,
    from,
    recipient: { id: 'bot', name: 'bot' },
    conversation: { id: conversationId, conversationType: 'personal' },
    locale,
    timestamp: new Date().toISOString(),
    ...(typeof content === 'string' ? { text: content } : { text: '', value: content }),
  });
  return {
    conversationId,
    userId,
    motherId: motherIdOf({ channelId, from }),
    activity,
    async send(content: string | Record<string, unknown>, id?: string): Promise<Sent> {
      const before = capture.for(conversationId).length;
      const res = await postJson(base, '/api/messages', activity(content, id));
      return { status: res.status, replies: capture.for(conversationId).slice(before) };
    },
    replies: () => capture.for(conversationId),
    async exportData(): Promise<Record<string, unknown> & { events: Array<Record<string, unknown>>; findings: Array<{ code: string; severity: string; at: string }> }> {
      const { replies } = await this.send(locale.startsWith('en') ? 'export' : 'eksporter');
      for (const r of replies) for (const a of r.attachments ?? []) if (a.contentType === 'application/json') return a.content as never;
      // Teams: the export is a file she allows; the bot then uploads it to the URL Teams gives (here nock's).
      const consent = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === FILE_CONSENT_CARD);
      if (!consent) throw new Error(`no export in ${JSON.stringify(replies).slice(0, 300)}`);
      // nock patches Node's http for the whole worker: on only for this upload, so other test files keep real sockets.
      const nock = (await import('nock')).default;
      if (!nock.isActive()) nock.activate();
      try {
        let uploaded: unknown;
        const drive = nock(ONE_DRIVE).put('/export').reply(201, (_uri, body) => {
          uploaded = typeof body === 'string' ? JSON.parse(body) : body;
          return {};
        });
        const context = (consent.content as { acceptContext: unknown }).acceptContext;
        const uploadInfo = { name: 'mine-data.json', uploadUrl: `${ONE_DRIVE}/export`, contentUrl: `${ONE_DRIVE}/mine-data.json`, uniqueId: 'u1', fileType: 'json' };
        const res = await postJson(base, '/api/messages', { ...activity(''), type: 'invoke', name: 'fileConsent/invoke', value: { type: 'fileUpload', action: 'accept', context, uploadInfo } });
        if (res.status !== 200 || !drive.isDone()) throw new Error(`the export was not uploaded after her consent (${res.status})`);
        return uploaded as never;
      } finally {
        nock.cleanAll();
        nock.restore();
      }
    },
  };
}

export const onboardCard = (birthAt: string, feedingMode: 'breast' | 'pump' | 'both' = 'both', extra: Record<string, unknown> = {}) => ({
  action: 'onboard',
  birthAt,
  feedingMode,
  checkInTime: '09:00',
  timezone: 'Europe/Oslo',
  consent: true,
  ...extra,
});

/** A bot and a channel for one describe block: started before its tests, stopped after. */
export function withBotAndChannel(env: Record<string, string> = {}): { bot: RunningApp; capture: CaptureServer } {
  const shared = {} as { bot: RunningApp; capture: CaptureServer };
  beforeAll(async () => {
    shared.capture = await startCaptureServer();
    shared.bot = await startTestApp(env);
  });
  afterAll(async () => {
    await shared.bot?.stop();
    await shared.capture?.close();
  });
  return shared;
}
