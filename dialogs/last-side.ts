import { lastBreastfeedSide } from '../src/mother/last-side';
import type { MotherDocument } from '../src/store/mother-document';
import { text, type Reply } from './reply';
import { whenText } from './stored-summary';

/**
 * "hvilken side sist?": the side of her last breastfeed logged with a side, and when; a later
 * feed logged without a side is named, so the answer is never older than it looks.
 */
export function lastSideReplies(doc: MotherDocument, now: string): Reply[] {
  const at = { timezone: doc.profile!.timezone, now };
  const found = lastBreastfeedSide(doc.events, now);
  const withSide = found?.last.side ? { at: found.last.at, side: found.last.side } : found?.lastWithSide;
  if (!found || !withSide) return [text('dialog:lastSide.none')];
  const reply = text(`dialog:lastSide.${withSide.side}`, { when: whenText(withSide.at, at) });
  if (found.last.side) return [reply];
  return [reply, text('dialog:lastSide.laterWithoutSide', { when: whenText(found.last.at, at) })];
}
