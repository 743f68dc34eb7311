import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local Bot Connector for load: takes every reply the bot posts, answers 200 and only counts. */
export interface Channel {
  url: string;
  replies(): number;
  close(): Promise<void>;
}

const REPLY_PATH = /\/v3\/conversations\/[^/]+\/activities/;

export async function startChannel(): Promise<Channel> {
  let replies = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (REPLY_PATH.test(req.url ?? '')) replies += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"id":"reply-${replies}"}`);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    replies: () => replies,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
