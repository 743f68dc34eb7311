import http from 'node:http';
import https from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Activity, ResourceResponse } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import { retryAfterMsOf } from '../support/retry-after';

/** As the SDK's pipeline: three more tries after the first, the first wait about a second, doubling. */
const MAX_RETRIES = 3;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 64_000;
/** Statuses the SDK's pipeline tries again after a wait (429 and 503 only with Retry-After, below); 501 and 505 never. */
const TRANSIENT = new Set([408, 500, 502, 503, 504]);

const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };

/** The Bot Connector's answer was no success: its status, for the turn's error line. */
export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';
  constructor(readonly statusCode: number) {
    super(`the Bot Connector answered ${statusCode}`);
  }
}

/**
 * A turn's reply posted to the Bot Connector with Node's own HTTP client: the request the SDK's
 * ConnectorClient sends (`POST v3/conversations/{id}/activities/{replyToId}`, signed by the same
 * credentials), tried again as its pipeline tries (after Retry-After on a 429 or 503; with backoff on a
 * lost connection, 408 and 5xx), until `signal` aborts. The SDK's client serializes the activity field by
 * field through its model and runs a dozen pipeline policies: a quarter of a millisecond of CPU a reply,
 * the largest single cost of a turn beside the echo bot (bench/README.md, «The reply's post»).
 */
export async function postReply(client: ConnectorClient, activity: Partial<Activity>, signal?: AbortSignal): Promise<ResourceResponse> {
  const conversation = encodeURIComponent(activity.conversation?.id ?? '');
  // The reply carries the service URL of her conversation, which the client was made for.
  const url = `${(activity.serviceUrl ?? '').replace(/\/+$/, '')}/v3/conversations/${conversation}/activities${activity.replyToId ? `/${encodeURIComponent(activity.replyToId)}` : ''}`;
  const body = JSON.stringify(activity);
  for (let retry = 0; ; retry++) {
    const headers = await signedHeaders(client, body);
    let answer: { status: number; retryAfterMs?: number; text: string } | undefined;
    try {
      answer = await post(url, headers, body, signal);
    } catch (error) {
      if (signal?.aborted || retry >= MAX_RETRIES || !isLostConnection(error)) throw error;
    }
    if (answer && answer.status < 300) return idOf(answer.text);
    if (answer && (retry >= MAX_RETRIES || !(TRANSIENT.has(answer.status) || (answer.status === 429 && answer.retryAfterMs !== undefined)))) throw new ConnectorError(answer.status);
    await sleep(answer?.retryAfterMs ?? backoff(retry), undefined, { signal });
  }
}

/** The headers of one try, signed anew each time: the credentials keep and renew their own token. */
async function signedHeaders(client: ConnectorClient, body: string): Promise<Record<string, string>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    accept: 'application/json',
  };
  const resource = { headers: { set: (name: string, value: string) => void (headers[name.toLowerCase()] = value) } };
  await client.credentials.signRequest(resource as never);
  return headers;
}

function post(url: string, headers: Record<string, string>, body: string, signal?: AbortSignal): Promise<{ status: number; retryAfterMs?: number; text: string }> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const request = send(target, { method: 'POST', headers, agent: agents[target.protocol as keyof typeof agents], signal }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, retryAfterMs: retryAfterMsOf(response.headers['retry-after'], Date.now()), text }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

const backoff = (retry: number): number => Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** retry * (0.8 + Math.random() * 0.4));

/** A connection lost or never made (read by its code: an error from Node's own modules may come from another realm). */
const isLostConnection = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN|ENOTFOUND|ECONNABORTED)$/.test(String((error as { code?: unknown }).code));

function idOf(text: string): ResourceResponse {
  try {
    const parsed = JSON.parse(text) as { id?: unknown };
    return { id: typeof parsed.id === 'string' ? parsed.id : '' };
  } catch {
    return { id: '' };
  }
}
