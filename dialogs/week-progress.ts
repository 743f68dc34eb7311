import { evaluate } from '../src/mother/evaluate';
import { runWeek, type WeekEvent } from '../src/mother/week-machine';
import type { Finding } from '../src/mother/findings';
import type { MotherDocument } from '../src/store/mother-document';

export type Trigger = 'event' | 'checkin' | 'turn';

const ACTIVATION_CODES = new Set(['activation.pump-3x20', 'activation.stools-ok', 'activation.self-reported']);

/**
 * Holds her log against the rules at `now` and moves her week machine on. Returns the document with the new findings appended, and those findings.
 */
export function progressWeek(doc: MotherDocument, now: string, trigger: Trigger, entry?: string, moments: WeekEvent[] = []): { doc: MotherDocument; fired: Finding[]; judged: boolean } {
  const profile = doc.profile;
  if (!profile) return { doc, fired: [], judged: false };
  const { fired: found, state, judged } = evaluate({ profile, events: doc.events, checkins: doc.checkins, now, trigger }, doc.findings, doc.ruleState);
  const fired = entry ? found.map((f) => ({ ...f, entry })) : found;
  const weekEvents: WeekEvent[] = [
    ...(doc.machine ? [] : [{ type: 'ONBOARDED' as const, birthAt: profile.birthAt, now }]),
    { type: 'TICK' as const, now },
    ...moments,
    ...(fired.some((f) => ACTIVATION_CODES.has(f.code)) ? [{ type: 'ACTIVATED' as const, now }] : []),
  ];
  const { persisted } = runWeek(doc.machine, weekEvents);
  return {
    fired,
    judged,
    doc: {
      ...doc,
      findings: [...doc.findings, ...fired],
      ruleState: state,
      machine: persisted,
      updatedAt: now,
    },
  };
}
