/** The keyset position after the last mother of a page: (nextCheckInAt, id). Opaque to callers. */
export interface DuePosition {
  at: string;
  id: string;
}

export function encodeDueContinuation(position: DuePosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id]), 'utf8').toString('base64url');
}

export function decodeDueContinuation(token: string): DuePosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw new RangeError('not a continuation token of this store');
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') {
    throw new RangeError('not a continuation token of this store');
  }
  return { at: parsed[0], id: parsed[1] };
}
