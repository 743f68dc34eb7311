import type { Next, Request, Response, Server } from 'restify';
import { API_CSP, webChatPageCsp } from './content-security-policy';
import { DirectLineTokenError, generateDirectLineToken } from './direct-line-token';
import {
  renderWebChatPage,
  WEBCHAT_BUNDLE_PATH,
  WEBCHAT_CLIENT_PATH,
  WEBCHAT_CLIENT_SCRIPT,
  WEBCHAT_STYLE,
  WEBCHAT_STYLE_PATH,
} from './web-chat-page';
import { readWebChatBundle } from './webchat-bundle';
import { resolveWebChatOptions, type WebChatOptions } from './web-chat-options';

export const DIRECT_LINE_TOKEN_PATH = '/api/directline/token';

const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function send(res: Response, status: number, contentType: string, body: string | Buffer, headers: Record<string, string>): void {
  res.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

function sendJson(res: Response, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), {
    'Cache-Control': 'no-store, max-age=0',
    Pragma: 'no-cache',
    'Content-Security-Policy': API_CSP,
  });
}

/**
 * Restify runs a handler without `next` only if it is an async function, hence the two styles below.
 *
 * The self-hosted web chat: GET / (page), the Web Chat bundle and our small client script,
 * and POST /api/directline/token, which trades the Direct Line secret for a short-lived token.
 * Neither the secret nor a token is ever logged.
 */
export function registerWebChat(server: Server, options: WebChatOptions = {}): void {
  const { directLineSecret, directLineEndpoint } = resolveWebChatOptions(options);
  const page = renderWebChatPage({
    configured: directLineSecret !== undefined,
    directLineDomain: `${directLineEndpoint}/v3/directline`,
  });
  const pageCsp = webChatPageCsp(directLineEndpoint);

  server.get('/', (_req: Request, res: Response, next: Next) => {
    send(res, 200, 'text/html; charset=utf-8', page, {
      'Content-Security-Policy': pageCsp,
      'Cache-Control': 'no-cache',
      'X-Frame-Options': 'DENY',
    });
    next();
  });

  server.get(WEBCHAT_BUNDLE_PATH, (_req: Request, res: Response, next: Next) => {
    send(res, 200, 'application/javascript; charset=utf-8', readWebChatBundle(), {
      'Cache-Control': 'public, max-age=86400',
      'Content-Security-Policy': API_CSP,
    });
    next();
  });

  server.get(WEBCHAT_CLIENT_PATH, (_req: Request, res: Response, next: Next) => {
    send(res, 200, 'application/javascript; charset=utf-8', WEBCHAT_CLIENT_SCRIPT, {
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': API_CSP,
    });
    next();
  });

  server.get(WEBCHAT_STYLE_PATH, (_req: Request, res: Response, next: Next) => {
    send(res, 200, 'text/css; charset=utf-8', WEBCHAT_STYLE, { 'Cache-Control': 'no-cache' });
    next();
  });

  server.post(DIRECT_LINE_TOKEN_PATH, async (_req: Request, res: Response) => {
    if (directLineSecret === undefined) {
      sendJson(res, 503, { error: 'webchat-not-configured' });
      return;
    }
    try {
      const { token, conversationId, expiresIn } = await generateDirectLineToken(directLineEndpoint, directLineSecret);
      sendJson(res, 200, { token, conversationId, expiresIn });
    } catch (error) {
      const reason = error instanceof DirectLineTokenError ? error.reason : 'unexpected';
      sendJson(res, 502, { error: 'direct-line-unavailable', reason });
    }
  });
}
