import type { FeedEvent, LoggedEvent } from '../src/mother/events';
import type { MotherDocument } from '../src/store/mother-document';
import { text, type Reply } from './reply';
import { whenText } from './stored-summary';

/**
 * "hvilken side sist?": the side of her last breastfeed logged with a side, from her log, and
 * when; a later feed logged without a side is named, so the answer is never older than it looks.
 */
export function lastSideReplies(doc: MotherDocument, now: string): Reply[] {
  const timezone = doc.profile!.timezone;
  const feeds = doc.events
    .filter((event): event is LoggedEvent & FeedEvent => event.type === 'feed' && Date.parse(event.at) <= Date.parse(now))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const withSide = feeds.filter((feed) => feed.side !== undefined).at(-1);
  if (!withSide) return [text('dialog:lastSide.none')];
  const reply = text(`dialog:lastSide.${withSide.side!}`, { when: whenText(withSide.at, { timezone, now }) });
  const latest = feeds.at(-1)!;
  if (latest === withSide) return [reply];
  return [reply, text('dialog:lastSide.laterWithoutSide', { when: whenText(latest.at, { timezone, now }) })];
}
