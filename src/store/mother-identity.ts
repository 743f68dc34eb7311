import { createHmac, createSecretKey, hash, type KeyObject } from 'node:crypto';
import { DEVELOPMENT_MOTHER_ID_KEY } from '../config';
import type { StoredConversationReference } from './mother-document';

/** What of an activity (or of her stored conversation reference) names her. */
export interface Who {
  channelId?: string;
  from?: { id?: string; name?: string; aadObjectId?: string };
}

let key: KeyObject = createSecretKey(Buffer.from(DEVELOPMENT_MOTHER_ID_KEY, 'utf8'));

/** Set once by the composition root (src/edge/app.ts) from MOTHER_ID_KEY. */
export function useMotherIdKey(secret: string): void {
  key = createSecretKey(Buffer.from(secret, 'utf8'));
}

const whoOf = (activity: Who): string => `${activity.channelId ?? 'unknown'}\u0000${activity.from?.aadObjectId || activity.from?.id || 'anonymous'}`;

/**
 * A mother is channelId + her user id (in Teams the AAD object id when present). Her document id is
 * an HMAC-SHA-256 of it with MOTHER_ID_KEY, so ids in logs and storage do not name the channel
 * account, and nobody who knows her account can work out her id without the key.
 */
export function motherIdOf(activity: Who, secret?: string): string {
  return createHmac('sha256', secret === undefined ? key : secret)
    .update(whoOf(activity))
    .digest('hex')
    .slice(0, 40);
}

/** Her id before keyed ids (an unkeyed SHA-256): only to find and move a document stored under it. */
export function legacyMotherIdOf(activity: Who): string {
  return hash('sha256', whoOf(activity), 'hex').slice(0, 40);
}

/** The activity fields her id is made of, as kept in her conversation reference. */
export function whoInReference(reference: StoredConversationReference): Who {
  return { channelId: reference.channelId, from: { id: reference.user.id, ...(reference.user.aadObjectId ? { aadObjectId: reference.user.aadObjectId } : {}) } };
}
