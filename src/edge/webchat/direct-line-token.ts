import { randomBytes } from 'node:crypto';

/** What the browser gets: never the secret. */
export interface DirectLineToken {
  token: string;
  conversationId: string;
  expiresIn: number;
}

export class DirectLineTokenError extends Error {
  constructor(readonly reason: 'unreachable' | 'rejected' | 'malformed') {
    super(`Direct Line token exchange failed: ${reason}`);
    this.name = 'DirectLineTokenError';
  }
}

const TOKEN_REQUEST_TIMEOUT_MS = 10_000;

/** Direct Line binds the token to this id; the `dl_` prefix is what Direct Line expects for user ids it may trust. */
export function newDirectLineUserId(): string {
  return `dl_${randomBytes(16).toString('hex')}`;
}

/** Exchanges the Direct Line secret for a short-lived conversation token (POST /v3/directline/tokens/generate). */
export async function generateDirectLineToken(
  endpoint: string,
  secret: string,
  userId: string = newDirectLineUserId(),
): Promise<DirectLineToken> {
  let response: Response;
  try {
    response = await fetch(`${endpoint}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(TOKEN_REQUEST_TIMEOUT_MS),
    });
  } catch {
    throw new DirectLineTokenError('unreachable');
  }
  if (!response.ok) throw new DirectLineTokenError('rejected');

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new DirectLineTokenError('malformed');
  }
  return parseTokenResponse(body);
}

function parseTokenResponse(body: unknown): DirectLineToken {
  if (typeof body !== 'object' || body === null) throw new DirectLineTokenError('malformed');
  const { token, conversationId, expires_in: expiresIn } = body as Record<string, unknown>;
  if (typeof token !== 'string' || token === '' || typeof conversationId !== 'string' || typeof expiresIn !== 'number') {
    throw new DirectLineTokenError('malformed');
  }
  return { token, conversationId, expiresIn };
}
