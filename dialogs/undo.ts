import { emptyRuleState } from '../src/mother/rule-state';
import type { UndoneType } from '../src/language/intent';
import type { MotherDocument } from '../src/store/mother-document';
import { text } from './reply';
import type { TurnContextInfo, TurnOutcome } from './turn';
import { holdRules } from './hold-rules';
import { eventLines } from './stored-summary';

/**
 * "angre" / "slett siste": removes her last logging action, or with a kind named («angre siste amming»)
 * her last of that kind (all events of that entry, and the check-in answer given with it) and the
 * findings that action produced; then the rules are
 * held against what remains, so a finding that still holds is found again. She is told what went,
 * line by line, as she was told what was stored.
 */
export function undoLast(doc: MotherDocument, ctx: TurnContextInfo, type?: UndoneType): TurnOutcome {
  const entry = type ? lastEntryOf(doc, type) : lastEntry(doc);
  if (!entry) return { doc: undefined, replies: [text(type ? 'dialog:undo.nothingOfKind' : 'dialog:undo.nothing')], locale: doc.locale };
  const removed = doc.events.filter((e) => e.entry === entry);
  const answered = doc.checkins.some((c) => c.entry === entry);
  const summary = { timezone: doc.profile?.timezone ?? ctx.defaultTimezone, now: ctx.now };
  return {
    doc: withoutEntry(doc, entry, ctx.now),
    replies: [text('dialog:undo.removed'), ...eventLines(removed, summary), ...(answered ? [text('dialog:undo.checkinLine')] : [])],
    locale: doc.locale,
  };
}

/** The entry «angre» takes back: her last logging action, or the check-in answer given after it. */
export function lastEntry(doc: MotherDocument): string | undefined {
  const lastEvent = [...doc.events].reverse().find((e) => e.type !== 'symptom');
  const lastCheckin = doc.checkins[doc.checkins.length - 1];
  return lastCheckin?.entry && (!lastEvent || lastCheckin.at >= lastEvent.loggedAt) ? lastCheckin.entry : lastEvent?.entry;
}

/** «angre siste amming»: the entry of her last log of that kind (with whatever else she logged in the same message). */
function lastEntryOf(doc: MotherDocument, type: UndoneType): string | undefined {
  return [...doc.events].reverse().find((event) => event.type === type)?.entry;
}

/** Her document without one entry's events, check-in answer and findings, the rules held again against what remains. */
export function withoutEntry(doc: MotherDocument, entry: string, now: string): MotherDocument {
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
  return holdRules(trimmed, now, 'turn').doc;
}
