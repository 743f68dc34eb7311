import type { AddressInfo } from 'node:net';
import restify, { type Server } from 'restify';
import { registerWebChat, type WebChatOptions } from '../../src/edge/webchat';

export interface RunningWebChat {
  baseUrl: string;
  close(): Promise<void>;
}

export async function startWebChatServer(options: WebChatOptions): Promise<RunningWebChat> {
  const server: Server = restify.createServer({ name: 'webchat-test' });
  registerWebChat(server, options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
