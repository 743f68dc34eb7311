import { midwifeSummary } from '../src/mother/midwife-summary';
import { weekTable, type WeekSource } from '../src/mother/week-table';
import type { MotherDocument } from '../src/store/mother-document';
import { answersSoFar } from './answers-so-far';
import { text, type Reply, type Suggestion } from './reply';

/** What her week is drawn from: an onboarded mother's document, with the answers of a check-in she is in the middle of. */
export const weekSourceOf = (doc: MotherDocument, now: string): WeekSource => ({ profile: doc.profile!, ...answersSoFar(doc, now), findings: doc.findings });

/** "uka mi": her week so far as a picture, made now from her log and not kept. */
export function weekPictureReplies(doc: MotherDocument, now: string): Reply[] {
  return [{ kind: 'week', table: weekTable(weekSourceOf(doc, now), now) }];
}

/** "oppsummering": the page for the jordmor or helsesykepleier, in chat and as a PDF. */
export function summaryReplies(doc: MotherDocument, now: string): Reply[] {
  return [{ kind: 'summary', summary: midwifeSummary(weekSourceOf(doc, now), now), now }];
}

export const WEEK_OFFER_KEY = 'checkin:weekOffer.line';

/** After a check-in from day 2: a line that offers the picture, with its button. */
export function weekOffer(): Reply {
  const button: Suggestion = { titleKey: 'checkin:weekOffer.button', word: 'week' };
  return text(WEEK_OFFER_KEY, undefined, [button]);
}
