import { randomUUID } from 'node:crypto';
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { agentTrusting, closeServer, listenOnLoopback, type CosmosTestServer } from './cosmos-server';

/** What the proxy does instead of forwarding, for the next `times` matching requests. */
export interface Fault {
  /** An HTTP status to answer with, 'reset' to drop the connection without an answer, or 'hang' to never answer. */
  answer: number | 'reset' | 'hang';
  times: number;
  retryAfterMs?: number;
  /** Which requests to fail; by default every request on documents (not the account or container metadata). */
  matches?: (method: string, path: string) => boolean;
}

export interface FaultProxy {
  endpoint: string;
  agent: https.Agent;
  /** Every request that reached the proxy, as "METHOD path", faulted or not. */
  seen: string[];
  inject(fault: Fault): void;
  clear(): void;
  close(): Promise<void>;
}

const onDocuments = (_method: string, path: string): boolean => path.includes('/docs');

/**
 * An HTTPS proxy in front of the protocol server that can answer 429, 503 or drop the
 * connection instead of forwarding, so the store meets faults over the real protocol.
 */
export async function startFaultProxy(upstream: CosmosTestServer): Promise<FaultProxy> {
  const faults: Fault[] = [];
  const seen: string[] = [];
  const upstreamHost = `127.0.0.1:${upstream.port}`;
  let proxyHost = '';

  const server = https.createServer({ cert: upstream.certificate.cert, key: upstream.certificate.key }, (req, res) => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    seen.push(`${method} ${path}`);
    const fault = faults.find((candidate) => candidate.times > 0 && (candidate.matches ?? onDocuments)(method, path));
    if (fault) {
      fault.times -= 1;
      req.resume();
      answerWithFault(fault, req, res);
      return;
    }
    forward(req, res);
  });

  function forward(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const outgoing = https.request(
        {
          host: '127.0.0.1',
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: upstreamHost },
          agent: upstream.agent,
        },
        (upstreamRes) => {
          const body: Buffer[] = [];
          upstreamRes.on('data', (chunk: Buffer) => body.push(chunk));
          upstreamRes.on('end', () => {
            // The account document names the server's own address; point the client back at the proxy.
            const text = Buffer.concat(body).toString('utf8').split(upstreamHost).join(proxyHost);
            const headers = { ...upstreamRes.headers };
            delete headers['content-length'];
            delete headers['transfer-encoding'];
            res.writeHead(upstreamRes.statusCode ?? 502, { ...headers, 'content-length': Buffer.byteLength(text) });
            res.end(text);
          });
        },
      );
      outgoing.on('error', () => res.destroy());
      outgoing.end(Buffer.concat(chunks));
    });
  }

  const port = await listenOnLoopback(server);
  proxyHost = `127.0.0.1:${port}`;
  const agent = agentTrusting(upstream.certificate);
  return {
    endpoint: `https://${proxyHost}/`,
    agent,
    seen,
    inject: (fault) => faults.push({ ...fault }),
    clear: () => {
      faults.length = 0;
    },
    async close() {
      agent.destroy();
      await closeServer(server);
    },
  };
}

function answerWithFault(fault: Fault, req: IncomingMessage, res: ServerResponse): void {
  if (fault.answer === 'reset') {
    req.socket.destroy();
    return;
  }
  // A service that took the connection and the request and says nothing (closed with the proxy).
  if (fault.answer === 'hang') return;
  const body = JSON.stringify({ code: fault.answer === 429 ? 'TooManyRequests' : 'ServiceUnavailable', message: 'injected by the test proxy' });
  res.writeHead(fault.answer, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'x-ms-activity-id': randomUUID(),
    ...(fault.retryAfterMs !== undefined ? { 'x-ms-retry-after-ms': String(fault.retryAfterMs) } : {}),
  });
  res.end(body);
}
