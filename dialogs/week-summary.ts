import type { MotherDocument } from '../src/store/mother-document';
import { text, type Reply } from './reply';

const ACTIVATION = ['activation.self-reported', 'activation.pump-3x20', 'activation.stools-ok'] as const;

/** Her week in a few numbers, and whether the milk came in, as she logged it. */
export function weekSummary(doc: MotherDocument, _now: string): Reply[] {
  const count = (type: string) => doc.events.filter((e) => e.type === type).length;
  // Each check-in answer covers its own 24 h: their sum is her week when she did not log one by one.
  const answered = doc.checkins.reduce((sum, c) => sum + (c.feeds ?? 0), 0);
  const pumpedMl = doc.events.reduce((sum, e) => sum + (e.type === 'pump' || e.type === 'expression' ? e.ml : 0), 0);
  const activated = doc.findings.find((f) => (ACTIVATION as readonly string[]).includes(f.code));
  return [
    text('checkin:summary.numbers', { feeds: Math.max(count('feed'), answered), diapers: count('diaper'), pumps: count('pump') + count('expression'), ml: Math.round(pumpedMl) }),
    text(activated ? 'checkin:summary.activated' : 'checkin:summary.notActivated'),
  ];
}
