import { evaluate } from '../src/mother/evaluate';
import type { Finding } from '../src/mother/findings';
import type { MotherDocument } from '../src/store/mother-document';

export type Trigger = 'event' | 'checkin' | 'turn';

/** Holds her log against the rules at `now`: the document with the new findings appended and the rules' state, and those findings. */
export function holdRules(doc: MotherDocument, now: string, trigger: Trigger, entry?: string): { doc: MotherDocument; fired: Finding[]; judged: boolean } {
  const profile = doc.profile;
  if (!profile) return { doc, fired: [], judged: false };
  const { fired: found, state, judged } = evaluate({ profile, events: doc.events, checkins: doc.checkins, now, trigger }, doc.findings, doc.ruleState);
  const fired = entry ? found.map((f) => ({ ...f, entry })) : found;
  return { fired, judged, doc: { ...doc, findings: [...doc.findings, ...fired], ruleState: state, updatedAt: now } };
}
