import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a channel received from the bot: a real local HTTP server playing the Bot Connector. */
export interface CapturedActivity {
  conversationId: string;
  /** The Authorization header the bot sent with it (its AAD token when it has an app id). */
  authorization?: string;
  activity: Record<string, unknown> & { text?: string; attachments?: Array<{ contentType: string; content: unknown }>; locale?: string };
}

export interface CaptureServer {
  url: string;
  received: CapturedActivity[];
  for(conversationId: string): CapturedActivity['activity'][];
  /** Makes the next `times` posts answer `status` (with optional headers), or hang when status is 'hang'. */
  fail(status: number | 'hang', times: number, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

export async function startCaptureServer(): Promise<CaptureServer> {
  const received: CapturedActivity[] = [];
  const faults: Array<{ status: number | 'hang'; headers?: Record<string, string> }> = [];
  const hanging: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      const fault = match ? faults.shift() : undefined;
      if (fault?.status === 'hang') {
        hanging.push(res);
        return;
      }
      if (fault) {
        res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
        res.end(JSON.stringify({ error: { code: 'Fault', message: 'injected' } }));
        return;
      }
      if (match) {
        const authorization = req.headers.authorization;
        received.push({ conversationId: decodeURIComponent(match[1]!), ...(authorization ? { authorization } : {}), activity: JSON.parse(body || '{}') });
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `act-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    for: (conversationId) => received.filter((r) => r.conversationId === conversationId).map((r) => r.activity),
    fail: (status, times, headers) => {
      for (let i = 0; i < times; i++) faults.push({ status, ...(headers ? { headers } : {}) });
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
