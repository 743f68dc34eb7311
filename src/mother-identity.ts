import { hash } from 'node:crypto';
import type { Activity } from 'botbuilder';

/**
 * A mother is channelId + her user id (in Teams the AAD object id when present). We keep a
 * hash of it as her document id, so ids in logs and storage do not name the channel account.
 */
export function motherIdOf(activity: Pick<Activity, 'channelId' | 'from'>): string {
  const user = activity.from?.aadObjectId || activity.from?.id || 'anonymous';
  return hash('sha256', `${activity.channelId ?? 'unknown'}\u0000${user}`, 'hex').slice(0, 40);
}
