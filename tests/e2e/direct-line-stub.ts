import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DirectLineStub {
  endpoint: string;
  /** Paths the stub was asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Stands in for Direct Line on this machine: it hands out a token and starts a conversation,
 * which is all Web Chat needs to draw itself. It carries no messages; Direct Line itself is in Azure.
 */
export async function startDirectLineStub(): Promise<DirectLineStub> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'authorization, content-type, x-ms-bot-agent');
    if (req.method === 'OPTIONS') {
      res.statusCode = 204;
      res.end();
      return;
    }
    res.setHeader('Content-Type', 'application/json');
    if (req.url === '/v3/directline/tokens/generate') {
      return void res.end(JSON.stringify({ conversationId: 'stub-conversation', token: 'stub-token', expires_in: 1800 }));
    }
    if (req.url?.startsWith('/v3/directline/conversations')) {
      return void res.end(JSON.stringify({ conversationId: 'stub-conversation', token: 'stub-token', expires_in: 1800, activities: [], watermark: '0' }));
    }
    res.statusCode = 404;
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
