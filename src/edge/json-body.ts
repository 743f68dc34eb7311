import type { IncomingMessage } from 'node:http';

/** The largest body we accept, as sent and as read; a 100 KB message fits, a 1 MB body is refused with 413. */
export const MAX_BODY_BYTES = 512 * 1024;

/** Far deeper than any activity or card value; a body nested deeper is refused before it is parsed. */
export const MAX_JSON_DEPTH = 64;

/** Why a body was refused: a status, a code for the request's log line, and a fixed text that never quotes the body. */
export interface BodyRefusal {
  status: 400 | 413 | 415;
  code: string;
  error: string;
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; refusal: BodyRefusal };

const refused = (status: BodyRefusal['status'], code: string, error: string): JsonBody => ({ ok: false, refusal: { status, code, error } });

const COMPRESSED = refused(415, 'compressed-body', 'the body must not be compressed (content-encoding)');
const NOT_JSON_TYPE = refused(415, 'unsupported-media-type', 'the body must be application/json');
const TOO_LARGE = refused(413, 'body-too-large', `the body must be at most ${MAX_BODY_BYTES} bytes`);
const UNREADABLE = refused(400, 'body-unreadable', 'the body could not be read');
const NOT_UTF8 = refused(400, 'invalid-utf8', 'the body must be UTF-8');
const TOO_DEEP = refused(400, 'json-too-deep', `the body must not nest deeper than ${MAX_JSON_DEPTH} levels`);
const INVALID_JSON = refused(400, 'invalid-json', 'the body is not valid JSON');

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `application/json`, with or without a charset, and that charset UTF-8. */
function isJsonContentType(header: string | undefined): boolean {
  const [mediaType, ...parameters] = (header ?? '').split(';').map((part) => part.trim().toLowerCase());
  if (mediaType !== 'application/json') return false;
  return parameters.every((parameter) => !parameter.startsWith('charset=') || /^charset="?utf-8"?$/.test(parameter));
}

function isCompressed(header: string | undefined): boolean {
  const encoding = (header ?? '').trim().toLowerCase();
  return encoding !== '' && encoding !== 'identity';
}

/** Whether arrays and objects nest deeper than `max`, brackets inside strings not counted. */
function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/**
 * Reads a JSON request body by our rules, never decompressing or parsing anything else: a compressed
 * body or another content type is refused unread (415), a declared or counted size past the limit
 * stops the reading (413), and invalid UTF-8, nesting past MAX_JSON_DEPTH or invalid JSON is 400.
 * Never rejects.
 */
export function readJsonBody(req: IncomingMessage): Promise<JsonBody> {
  if (isCompressed(req.headers['content-encoding'])) return Promise.resolve(COMPRESSED);
  if (!isJsonContentType(req.headers['content-type'])) return Promise.resolve(NOT_JSON_TYPE);
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return Promise.resolve(TOO_LARGE);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: JsonBody): void => {
      req.off('data', onData).off('end', onEnd).off('error', onGone).off('close', onGone);
      // Whatever is still coming is not kept; the refusal decides how the connection ends (src/edge/server.ts refuseBody).
      if (!result.ok) req.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) finish(TOO_LARGE);
      else chunks.push(chunk);
    };
    const onEnd = (): void => finish(parsed(Buffer.concat(chunks, size)));
    const onGone = (): void => finish(UNREADABLE);
    req.on('data', onData).on('end', onEnd).on('error', onGone).on('close', onGone);
    // A client that goes away after the reading stopped must not leave an 'error' nobody listens to.
    req.on('error', () => undefined);
  });
}

function parsed(bytes: Buffer): JsonBody {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return NOT_UTF8;
  }
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) return TOO_DEEP;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return INVALID_JSON;
  }
}
