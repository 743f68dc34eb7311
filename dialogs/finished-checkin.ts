import type { Intent } from '../src/language';
import type { CheckinQuestion } from '../src/mother/checkin-questions';
import type { MotherDocument } from '../src/store/mother-document';
import { checkedValue, finishCheckin } from './checkin-dialog';
import { withDraft, withoutDraft } from './draft';
import type { CheckinValues } from './logging';
import { text } from './reply';
import { findingReplies } from './logging';
import { WEEK_OFFER_KEY } from './week-picture';
import type { TurnContextInfo, TurnOutcome } from './turn';
import { lastEntry, withoutEntry } from './undo';

/**
 * «nei, det var 6» right after the last answer of a typed check-in: the new value of that answer
 * (a number; for the pumping question ml), when the check-in is still the last thing she gave.
 */
export function finishedCheckinCorrection(doc: MotherDocument, intent: Intent): number | undefined {
  const question = reopensAt(doc);
  if (intent.kind !== 'correct-log' || question === undefined) return undefined;
  const { amount, ml, ...other } = intent.change;
  // «nei, 20 ml» is no count of diapers or feeds
  if (Object.values(other).some((value) => value !== undefined) || (ml !== undefined && question !== 'pumpMl')) return undefined;
  return ml !== undefined && amount === undefined ? ml : amount !== undefined && ml === undefined ? amount : undefined;
}

/** Her last check-in answer changed («Rettet: 6 våte bleier.») and the check-in held against the rules again. */
export function correctFinishedCheckin(doc: MotherDocument, value: number, ctx: TurnContextInfo): TurnOutcome {
  const question = reopensAt(doc);
  const reopened = reopenCheckin(doc, ctx).doc;
  if (!question || !reopened) return { doc: undefined, replies: [], locale: doc.locale };
  const checked = checkedValue(reopened, question, [value], ctx.now);
  if ('refusal' in checked) return { doc: undefined, replies: [checked.refusal], locale: doc.locale };
  const said =
    typeof checked.value === 'number'
      ? text(`checkin:corrected.${question}`, { count: checked.value })
      : text('checkin:corrected.pumpMl', { ml: checked.value.join(', ') });
  const finished = finishCheckin(reopened, question, { kind: 'file', value: checked.value }, ctx);
  // What her answers showed before the correction she has read: only what the corrected answer adds is said, and the week is not offered twice.
  const entry = doc.draft?.finishedCheckin?.entry;
  const toldBefore = new Set(doc.findings.filter((finding) => finding.entry === entry).map((finding) => finding.code));
  const offered = doc.draft?.weekOffered === true;
  const news = finished.replies.flatMap((reply) => {
    if (reply.kind === 'findings') return findingReplies([reply.lead, ...reply.others].filter((finding) => !toldBefore.has(finding.code)));
    return offered && reply.kind === 'text' && reply.key === WEEK_OFFER_KEY ? [] : [reply];
  });
  return { ...finished, replies: [said, ...news] };
}

/** The question «angre» reopens her just finished check-in at: its last answer, when that check-in is still the last thing she gave. */
export function reopensAt(doc: MotherDocument): CheckinQuestion | undefined {
  const finished = doc.draft?.finishedCheckin;
  if (!finished || !doc.profile || lastEntry(doc) !== finished.entry) return undefined;
  return finished.answered.at(-1);
}

/**
 * «angre» right after the last answer of a typed check-in: that answer is taken back, the rest of
 * the check-in is open again as it was, and the machine asks that question again.
 */
export function reopenCheckin(doc: MotherDocument, ctx: TurnContextInfo): TurnOutcome {
  const finished = doc.draft?.finishedCheckin;
  const question = reopensAt(doc);
  const answer = doc.checkins.find((checkin) => checkin.entry === finished?.entry);
  if (!finished || !question || !answer) return { doc: undefined, replies: [], locale: doc.locale };
  const values: CheckinValues = {};
  for (const kept of ['feeds', 'wetDiapers', 'yellowStools'] as const) if (answer[kept] !== undefined) values[kept] = answer[kept];
  if (answer.pumpMl !== undefined) values.pumpMl = answer.pumpMl;
  delete values[question];
  const reopened = withDraft(withoutDraft(withoutEntry(doc, finished.entry, ctx.now), 'finishedCheckin'), 'checkin', {
    startedAt: finished.startedAt,
    values,
    answered: finished.answered.slice(0, -1),
  });
  return { doc: { ...reopened, updatedAt: ctx.now }, replies: [text('checkin:undone')], locale: doc.locale };
}
