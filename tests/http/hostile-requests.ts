import http from 'node:http';
import zlib from 'node:zlib';
import { randomUUID } from 'node:crypto';
import { motherIdOf } from '../../src/store/mother-identity';

/** Words of hers that every hostile body carries; no answer and no log may echo even a piece of them. */
export const MARKER = 'vondt i brystet';
export const ECHO = /vondt|brystet/;

export type Mode = 'development' | 'production';

/** The environment of each mode; production needs an app id, so every turn there needs a token. */
export const MODE_ENV: Record<Mode, Record<string, string>> = {
  development: { NODE_ENV: 'development', CHECKIN_LOOP: 'off' },
  production: {
    NODE_ENV: 'production',
    MicrosoftAppId: '00000000-1111-2222-3333-444444444444',
    MicrosoftAppPassword: 'test-app-password',
    MOTHER_ID_KEY: 'hostile-requests-test-key-0123456789abcdef',
    CHECKIN_LOOP: 'off',
  },
};

export interface HostileRequest {
  headers: Record<string, string>;
  /** Written in this order, stopping as soon as the answer comes; without a content-length header the body is chunked. */
  chunks: Buffer[];
  /** Only the headers are sent: the answer must come on them alone. */
  withholdBody?: boolean;
  /** The mother the body's activity names, to show that nothing of hers was stored. */
  motherId?: string;
  /** Her conversation, where replies would arrive. */
  conversationId?: string;
}

export interface HostileClass {
  name: string;
  requests: (serviceUrl: string) => HostileRequest[];
  /** The status each request must get. */
  status: Record<Mode, number>;
  /** A turn runs (development only): the odd field is ignored, she is answered, and the field is not stored. */
  turnRuns?: boolean;
  /** The answer must come while the body is still being sent: the server stopped reading. */
  answeredBeforeBodyEnds?: boolean;
}

/** A well-formed Web Chat message from a new mother, with `change` applied (a value of undefined deletes the field). */
export function activityOf(serviceUrl: string, change: Record<string, unknown> = {}): { activity: Record<string, unknown>; motherId: string; conversationId: string } {
  const suffix = randomUUID().slice(0, 8);
  const activity: Record<string, unknown> = {
    type: 'message',
    id: `hostile-${suffix}`,
    channelId: 'webchat',
    serviceUrl,
    from: { id: `user-hostile-${suffix}`, name: 'Hostile' },
    recipient: { id: 'bot', name: 'bot' },
    conversation: { id: `conv-hostile-${suffix}`, conversationType: 'personal' },
    locale: 'nb-NO',
    text: MARKER,
  };
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) delete activity[key];
    else activity[key] = value;
  }
  const from = activity.from as { id?: unknown; aadObjectId?: unknown } | undefined;
  const motherId = motherIdOf({ channelId: activity.channelId as string, from: (typeof from === 'object' ? from : undefined) as never });
  return { activity, motherId, conversationId: `conv-hostile-${suffix}` };
}

const JSON_TYPE = { 'content-type': 'application/json' };
const bytes = (value: unknown): Buffer => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));

/** A body of the given content type and encoding, carrying a well-formed activity. */
function carrying(serviceUrl: string, headers: Record<string, string>, encode: (json: Buffer) => Buffer): HostileRequest {
  const { activity, motherId } = activityOf(serviceUrl);
  return { headers, chunks: [encode(bytes(activity))], motherId };
}

let bomb: Buffer | undefined;
/**
 * About 150 KB of gzip that inflates to a 150 MB JSON activity, made once: a gzip body may be
 * several members one after the other, so one member of 1 MB of 'a' (about 1 KB) is repeated.
 */
function gzipBomb(serviceUrl: string): HostileRequest {
  const { activity, motherId } = activityOf(serviceUrl);
  if (!bomb) {
    const head = JSON.stringify({ ...activity, text: '' }).slice(0, -2);
    const megabyte = zlib.gzipSync(Buffer.alloc(1024 * 1024, 'a'), { level: 9 });
    bomb = Buffer.concat([zlib.gzipSync(`${head}"${MARKER} `), ...Array.from({ length: 150 }, () => megabyte), zlib.gzipSync('"}')]);
  }
  return { headers: { ...JSON_TYPE, 'content-encoding': 'gzip' }, chunks: [bomb], motherId };
}

function multipartWithFile(serviceUrl: string): HostileRequest {
  const { activity, motherId } = activityOf(serviceUrl);
  const boundary = `----hostile${randomUUID().slice(0, 8)}`;
  const body = [
    `--${boundary}\r\nContent-Disposition: form-data; name="activity"\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(activity)}\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="journal.txt"\r\nContent-Type: text/plain\r\n\r\n${`${MARKER}\n`.repeat(4000)}\r\n`,
    `--${boundary}--\r\n`,
  ].join('');
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, chunks: [Buffer.from(body)], motherId };
}

function withField(serviceUrl: string, ...changes: Array<Record<string, unknown>>): HostileRequest[] {
  return changes.map((change) => {
    const { activity, motherId, conversationId } = activityOf(serviceUrl, change);
    return { headers: JSON_TYPE, chunks: [bytes(activity)], motherId, conversationId };
  });
}

const REFUSED = (status: number): Record<Mode, number> => ({ development: status, production: status });
const OVER_LIMIT_BYTES = 20 * 1024 * 1024;

export const HOSTILE_CLASSES: HostileClass[] = [
  { name: 'content-encoding gzip, body not gzip', status: REFUSED(415), requests: (url) => [carrying(url, { ...JSON_TYPE, 'content-encoding': 'gzip' }, (json) => json)] },
  {
    name: 'truncated gzip',
    status: REFUSED(415),
    requests: (url) => [carrying(url, { ...JSON_TYPE, 'content-encoding': 'gzip' }, (json) => zlib.gzipSync(json).subarray(0, 20))],
  },
  { name: 'gzip bomb (150 KB inflating to 150 MB)', status: REFUSED(415), requests: (url) => [gzipBomb(url)] },
  { name: 'deflate', status: REFUSED(415), requests: (url) => [carrying(url, { ...JSON_TYPE, 'content-encoding': 'deflate' }, (json) => zlib.deflateSync(json))] },
  { name: 'br', status: REFUSED(415), requests: (url) => [carrying(url, { ...JSON_TYPE, 'content-encoding': 'br' }, (json) => zlib.brotliCompressSync(json))] },
  {
    name: 'several content-encodings, or one in capitals',
    status: REFUSED(415),
    requests: (url) => [
      carrying(url, { ...JSON_TYPE, 'content-encoding': 'identity, gzip' }, (json) => zlib.gzipSync(json)),
      carrying(url, { ...JSON_TYPE, 'content-encoding': 'GZIP' }, (json) => zlib.gzipSync(json)),
    ],
  },
  { name: 'multipart with a file', status: REFUSED(415), requests: (url) => [multipartWithFile(url)] },
  {
    name: 'form-encoded',
    status: REFUSED(415),
    requests: (url) => [
      carrying(url, { 'content-type': 'application/x-www-form-urlencoded' }, (json) => Buffer.from(new URLSearchParams(JSON.parse(json.toString()) as Record<string, string>).toString())),
    ],
  },
  { name: 'text/csv', status: REFUSED(415), requests: () => [{ headers: { 'content-type': 'text/csv' }, chunks: [Buffer.from(`type,text\nmessage,"${MARKER}\n`)] }] },
  { name: 'text/plain', status: REFUSED(415), requests: (url) => [carrying(url, { 'content-type': 'text/plain' }, (json) => json)] },
  { name: 'no content type', status: REFUSED(415), requests: (url) => [carrying(url, {}, (json) => json)] },
  {
    name: 'a JSON-like content type that is not application/json, or another charset',
    status: REFUSED(415),
    requests: (url) => [
      carrying(url, { 'content-type': 'application/json-patch+json' }, (json) => json),
      carrying(url, { 'content-type': 'application/json; charset=latin1' }, (json) => json),
    ],
  },
  {
    name: 'invalid UTF-8',
    status: REFUSED(400),
    requests: (url) => [carrying(url, JSON_TYPE, (json) => Buffer.concat([json.subarray(0, 20), Buffer.from([0xff, 0xfe, 0xc3]), json.subarray(20)]))],
  },
  {
    name: 'invalid JSON',
    status: REFUSED(400),
    requests: (url) => [
      carrying(url, JSON_TYPE, (json) => json.subarray(0, json.length - 3)),
      // A parser's message would quote this one.
      { headers: JSON_TYPE, chunks: [Buffer.from(`{"type":"message","text":${MARKER}}`)] },
    ],
  },
  {
    name: 'deep nesting (100,000 arrays, 50,000 objects)',
    status: REFUSED(400),
    requests: () => [
      { headers: JSON_TYPE, chunks: [Buffer.from(`${'['.repeat(100_000)}"${MARKER}"${']'.repeat(100_000)}`)] },
      { headers: JSON_TYPE, chunks: [Buffer.from(`${'{"a":'.repeat(50_000)}"${MARKER}"${'}'.repeat(50_000)}`)] },
    ],
  },
  {
    name: 'over 512 KB with content-length',
    status: REFUSED(413),
    requests: (url) => {
      const { activity, motherId } = activityOf(url, { text: `${MARKER} ${'x'.repeat(600 * 1024)}` });
      const body = bytes(activity);
      return [{ headers: { ...JSON_TYPE, 'content-length': String(body.length) }, chunks: [body], motherId }];
    },
  },
  {
    name: 'over 512 KB by its content-length, refused before a byte of it is sent',
    status: REFUSED(413),
    answeredBeforeBodyEnds: true,
    requests: () => [{ headers: { ...JSON_TYPE, 'content-length': String(20 * 1024 * 1024) }, chunks: [], withholdBody: true }],
  },
  {
    name: 'over 512 KB chunked (20 MB, no content-length)',
    status: REFUSED(413),
    answeredBeforeBodyEnds: true,
    requests: (url) => {
      const { activity, motherId } = activityOf(url);
      const head = bytes(activity).subarray(0, -1);
      return [{ headers: JSON_TYPE, chunks: [head, Buffer.from(', "padding": "'), ...Array.from({ length: OVER_LIMIT_BYTES / 65536 }, () => Buffer.alloc(65536, 'a')), Buffer.from('"}')], motherId }];
    },
  },
  {
    name: 'a JSON body that is not an activity object',
    status: REFUSED(400),
    requests: () => ['[1,2]', 'null', `"${MARKER}"`, '42', ''].map((body) => ({ headers: JSON_TYPE, chunks: [Buffer.from(body)] })),
  },
  {
    name: 'locale of the wrong type (5, true, {}, [])',
    status: { development: 200, production: 401 },
    turnRuns: true,
    requests: (url) => withField(url, { locale: 5, text: 'hei' }, { locale: true, text: 'hei' }, { locale: {}, text: 'hei' }, { locale: [], text: 'hei' }),
  },
  { name: 'text as a number or an object', status: REFUSED(400), requests: (url) => withField(url, { text: 5 }, { text: { said: MARKER } }) },
  { name: 'from as a string', status: REFUSED(400), requests: (url) => withField(url, { from: 'user-hostile' }) },
  { name: 'conversation missing', status: REFUSED(400), requests: (url) => withField(url, { conversation: undefined }) },
  {
    name: 'other fields of the wrong type (type, id, recipient, channelId, channelData, membersAdded)',
    status: REFUSED(400),
    requests: (url) =>
      withField(
        url,
        { type: 5 },
        { id: { nested: MARKER } },
        { recipient: undefined },
        { channelId: ['webchat'] },
        { channelData: MARKER },
        { type: 'conversationUpdate', membersAdded: [null] },
        { from: { id: 'x'.repeat(2000) } },
      ),
  },
  {
    name: 'serviceUrl that is not a URL',
    status: REFUSED(400),
    requests: () => withField('unused', { serviceUrl: `not a url ${MARKER}` }, { serviceUrl: 'file:///etc/passwd' }, { serviceUrl: 42 }),
  },
  {
    name: 'serviceUrl not on this machine without an app id',
    status: { development: 403, production: 401 },
    requests: () =>
      ['https://smba.trafficmanager.net/emea/', 'http://10.0.0.1:3978/', 'http://localhost.example.com/', 'http://127.0.0.1.nip.io/', 'http://[::ffff:7f00:1]/'].flatMap((serviceUrl) => withField(serviceUrl, {})),
  },
  { name: 'value as a huge array', status: REFUSED(400), requests: (url) => withField(url, { text: '', value: Array.from({ length: 60_000 }, (_, i) => i) }) },
];

export interface Answer {
  status: number;
  body: string;
  ms: number;
  /** Whether the answer came while the body was still being written. */
  beforeBodyEnded: boolean;
}

function drainedOrClosed(req: http.ClientRequest): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      req.off('drain', done).off('close', done);
      resolve();
    };
    req.on('drain', done).on('close', done);
  });
}

/** Sends one request as raw as node:http allows; stops writing as soon as the answer comes. */
export function sendRaw(base: string, request: HostileRequest, timeoutMs = 20_000): Promise<Answer> {
  const url = new URL('/api/messages', base);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let bodyEnded = false;
    let answered = false;
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: request.headers, agent: false, timeout: timeoutMs }, (res) => {
      answered = true;
      const beforeBodyEnded = !bodyEnded;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body, ms: Math.round(performance.now() - started), beforeBodyEnded });
        if (!bodyEnded) req.destroy();
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    if (request.withholdBody) return req.flushHeaders();
    void (async () => {
      for (const chunk of request.chunks) {
        if (answered || req.destroyed) return;
        if (!req.write(chunk)) await drainedOrClosed(req);
        // A turn of the event loop between chunks: a server that drains fast would otherwise take
        // the whole body before this client has read the answer it already sent.
        else await new Promise((resolve) => setImmediate(resolve));
      }
      bodyEnded = true;
      req.end();
    })().catch(() => undefined);
  });
}
