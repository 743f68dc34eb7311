import type { Finding, FindingCode } from '../src/mother/findings';
import type { MotherDocument } from '../src/store/mother-document';
import { text, type Reply } from './reply';

const ACTIVATION = ['activation.self-reported', 'activation.pump-3x20', 'activation.stools-ok'] as const;
/** Findings that say her milk has not come in yet. */
const NOT_YET: ReadonlySet<FindingCode> = new Set(['activation.watch-72h', 'activation.delayed-120h']);

/** Her week in a few numbers, and whether the milk came in, as she logged it (unless `toldJustNow` has just said it had not). */
export function weekSummary(doc: MotherDocument, toldJustNow: readonly Finding[]): Reply[] {
  const count = (type: string) => doc.events.filter((e) => e.type === type).length;
  // Each check-in answer covers its own 24 h: their sum is her week when she did not log one by one.
  const answered = doc.checkins.reduce((sum, c) => sum + (c.feeds ?? 0), 0);
  // A check-in's wet diapers and yellow stools may be the same diapers: the larger of the two at least.
  const answeredDiapers = doc.checkins.reduce((sum, c) => sum + Math.max(c.wetDiapers ?? 0, c.yellowStools ?? 0), 0);
  const pumpedMl = doc.events.reduce((sum, e) => sum + (e.type === 'pump' || e.type === 'expression' ? e.ml : 0), 0);
  const activated = doc.findings.find((f) => (ACTIVATION as readonly string[]).includes(f.code));
  // A finding of this very turn that her milk has not come in has just said so, with what to do: not twice.
  const toldNotActivated = toldJustNow.some((finding) => NOT_YET.has(finding.code));
  return [
    // Only pumping: no breastfeeds at 0 to read as a shortfall.
    text(doc.profile?.feedingMode === 'pump' ? 'checkin:summary.numbersPumpOnly' : 'checkin:summary.numbers', {
      feeds: Math.max(count('feed'), answered),
      diapers: Math.max(count('diaper'), answeredDiapers),
      pumps: count('pump') + count('expression'),
      ml: Math.round(pumpedMl),
    }),
    ...(activated ? [text('checkin:summary.activated')] : toldNotActivated ? [] : [text('checkin:summary.notActivated')]),
  ];
}
