import type { CheckinQuestion } from '../src/mother/checkin-questions';
import { emptyRuleState } from '../src/mother/rule-state';
import { askQuestion, previousQuestion } from './checkin-dialog';
import type { MotherDocument } from '../src/store/mother-document';
import { text } from './reply';
import type { TurnContextInfo, TurnOutcome } from './turn';
import { progressWeek } from './week-progress';

/**
 * "angre" / "slett siste": removes her last logging action (all events of that entry, and the
 * check-in answer given with it) and the findings that action produced; then the rules are
 * held against what remains, so a finding that still holds is found again.
 */
export function undoLast(doc: MotherDocument, ctx: TurnContextInfo): TurnOutcome {
  const lastEvent = [...doc.events].reverse().find((e) => e.type !== 'symptom');
  const lastCheckin = doc.checkins[doc.checkins.length - 1];
  const entry = lastCheckin?.entry && (!lastEvent || lastCheckin.at >= lastEvent.loggedAt) ? lastCheckin.entry : lastEvent?.entry;
  if (!entry) return { doc: undefined, replies: [text('dialog:undo.nothing')], locale: doc.locale };
  const removed = doc.events.filter((e) => e.entry === entry).length + doc.checkins.filter((c) => c.entry === entry).length;
  const findings = doc.findings.filter((f) => f.entry !== entry);
  const ruleState = { ...(doc.ruleState ?? emptyRuleState()), open: { ...(doc.ruleState?.open ?? {}) } };
  for (const f of doc.findings) if (!findings.includes(f)) delete ruleState.open[f.code];
  const trimmed: MotherDocument = {
    ...doc,
    events: doc.events.filter((e) => e.entry !== entry),
    checkins: doc.checkins.filter((c) => c.entry !== entry),
    findings,
    ruleState,
  };
  const { doc: progressed } = progressWeek(trimmed, ctx.now, 'turn');
  return { doc: progressed, replies: [text('dialog:undo.done', { count: removed })], locale: doc.locale };
}

/**
 * "angre" while a check-in is open: the answer just given (or passed by) is taken back and its
 * question asked again. With no answer given yet in this check-in, undefined: her last entry is undone.
 */
export function undoCheckinAnswer(doc: MotherDocument, ctx: TurnContextInfo): TurnOutcome | undefined {
  if (doc.dialog?.name !== 'checkin') return undefined;
  const previous: CheckinQuestion | undefined = previousQuestion(doc);
  if (!previous) return undefined;
  const values = { ...(doc.dialog.values ?? {}) };
  delete values[previous];
  return {
    doc: { ...doc, dialog: { ...doc.dialog, step: previous, values }, updatedAt: ctx.now },
    replies: [text('checkin:undone'), askQuestion(previous)],
    locale: doc.locale,
  };
}
