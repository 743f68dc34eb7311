import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { closeServer, listenOnLoopback, testCertificate } from '../support/cosmos-server';
import type { RunningBot } from './bot-under-test';
import type { ChatAttachment, SentActivity } from './playground-session';

export const FILE_CONSENT_CARD = 'application/vnd.microsoft.teams.card.file.consent';

/**
 * Her OneDrive as Teams hands a bot an upload URL: an HTTPS server on this machine that keeps what
 * is PUT to it. The bot trusts its certificate through `caFile` (NODE_EXTRA_CA_CERTS); nothing else does.
 */
export interface OneDrive {
  url: string;
  caFile: string;
  uploads: Map<string, Buffer>;
  close(): Promise<void>;
}

export async function startOneDrive(): Promise<OneDrive> {
  const certificate = testCertificate();
  const uploads = new Map<string, Buffer>();
  const server = https.createServer({ cert: certificate.cert, key: certificate.key }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method === 'PUT') uploads.set(req.url ?? '', Buffer.concat(chunks));
      res.writeHead(req.method === 'PUT' ? 201 : 404, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  const port = await listenOnLoopback(server);
  // The machine's own extra CAs stay trusted beside ours.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-one-drive-'));
  const caFile = path.join(dir, 'ca.pem');
  const inherited = process.env.NODE_EXTRA_CA_CERTS && fs.existsSync(process.env.NODE_EXTRA_CA_CERTS) ? fs.readFileSync(process.env.NODE_EXTRA_CA_CERTS, 'utf8') : '';
  fs.writeFileSync(caFile, `${inherited}\n${certificate.cert}`);
  return {
    url: `https://127.0.0.1:${port}`,
    caFile,
    uploads,
    close: async () => {
      await closeServer(server);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

let uploadCount = 0;

/**
 * She taps "Allow" on a FileConsentCard: the invoke Teams would send the bot, in the conversation the
 * playground uses (read from the last message it passed on), with an upload URL on her OneDrive.
 * Returns the bytes the bot uploaded there.
 */
export async function acceptFile(bot: RunningBot, drive: OneDrive, like: SentActivity, consent: ChatAttachment): Promise<Buffer> {
  uploadCount += 1;
  const upload = `/upload/${uploadCount}`;
  const sample = like as SentActivity & Record<string, unknown>;
  const card = consent.content as { acceptContext?: unknown };
  const invoke = {
    type: 'invoke',
    name: 'fileConsent/invoke',
    id: `consent-${uploadCount}`,
    channelId: 'msteams',
    serviceUrl: sample.serviceUrl,
    from: sample.from,
    recipient: sample.recipient,
    conversation: sample.conversation,
    locale: sample.locale,
    value: {
      type: 'fileUpload',
      action: 'accept',
      context: card.acceptContext,
      uploadInfo: { name: `file-${uploadCount}`, uploadUrl: `${drive.url}${upload}`, contentUrl: `${drive.url}/files/${uploadCount}`, uniqueId: `u${uploadCount}`, fileType: 'json' },
    },
  };
  const res = await fetch(`${bot.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(invoke) });
  if (res.status !== 200) throw new Error(`the consent invoke answered ${res.status}`);
  const bytes = drive.uploads.get(upload);
  if (!bytes) throw new Error('the bot uploaded nothing after her consent');
  return bytes;
}
