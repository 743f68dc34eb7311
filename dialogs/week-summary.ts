import { numbersRow } from './numbers-row';
import type { CheckinAnswer, LoggedEvent } from '../src/mother/events';
import type { Finding, FindingCode } from '../src/mother/findings';
import { HOUR_MS } from '../src/mother/time';
import type { MotherDocument } from '../src/store/mother-document';
import { text, type Reply } from './reply';

const ACTIVATION = ['activation.self-reported', 'activation.pump-3x20', 'activation.stools-ok'] as const;
/** Findings that say her milk has not come in yet. */
const NOT_YET: ReadonlySet<FindingCode> = new Set(['activation.watch-72h', 'activation.delayed-120h']);

/** Her week in a few numbers, and whether the milk came in, as she logged it (unless `toldJustNow` has just said it had not). */
export function weekSummary(doc: MotherDocument, toldJustNow: readonly Finding[]): Reply[] {
  const count = (type: string) => doc.events.filter((e) => e.type === type).length;
  const pumpedMl = doc.events.reduce((sum, e) => sum + (e.type === 'pump' || e.type === 'expression' ? e.ml : 0), 0);
  const activated = doc.findings.find((f) => (ACTIVATION as readonly string[]).includes(f.code));
  // A finding of this very turn that her milk has not come in has just said so, with what to do: not twice.
  const toldNotActivated = toldJustNow.some((finding) => NOT_YET.has(finding.code));
  const pumps = count('pump') + count('expression');
  return [
    text(`checkin:summary.${numbersRow(doc.profile?.feedingMode, pumps)}`, {
      feeds: weekCount(doc.events, doc.checkins, 'feed', (c) => c.feeds),
      // A check-in's wet diapers and yellow stools may be the same diapers: the larger of the two at least.
      diapers: weekCount(doc.events, doc.checkins, 'diaper', (c) => Math.max(c.wetDiapers ?? 0, c.yellowStools ?? 0)),
      pumps,
      ml: Math.round(pumpedMl),
    }),
    ...(activated ? [text('checkin:summary.activated')] : toldNotActivated ? [] : [text('checkin:summary.notActivated')]),
  ];
}

/**
 * Her week's count of one kind of event: each check-in answer counts for its own 24 h, or the events
 * she logged in them when they are more (never both); what she logged outside every answered 24 h counts too.
 */
function weekCount(events: readonly LoggedEvent[], checkins: readonly CheckinAnswer[], type: LoggedEvent['type'], answered: (checkin: CheckinAnswer) => number | undefined): number {
  const times = events.filter((event) => event.type === type).map((event) => Date.parse(event.at));
  const counted = new Set<number>();
  let total = 0;
  for (const checkin of checkins) {
    const until = Date.parse(checkin.at);
    const inside = times.map((ms, index) => (ms > until - 24 * HOUR_MS && ms <= until && !counted.has(index) ? index : -1)).filter((index) => index >= 0);
    for (const index of inside) counted.add(index);
    total += Math.max(answered(checkin) ?? 0, inside.length);
  }
  return total + times.length - counted.size;
}
