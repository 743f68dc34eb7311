import type { CheckinAnswer, LoggedEvent } from '../src/mother/events';
import type { FindingCode, Severity } from '../src/mother/findings';
import type { MotherDocument } from '../src/store/mother-document';

/** The export format of CONTRACT.md, schemaVersion 1. */
export interface ExportDocument {
  schemaVersion: 1;
  exportedAt: string;
  mother: { birthAt?: string; feedingMode?: string; timezone?: string; checkInTime?: string; locale: string; checkInsPaused: boolean };
  events: Array<Omit<LoggedEvent, 'entry'>>;
  checkins: CheckinAnswer[];
  findings: Array<{ code: FindingCode; at: string; severity: Severity }>;
}

export function exportDocument(doc: MotherDocument, now: string): ExportDocument {
  const p = doc.profile;
  return {
    schemaVersion: 1,
    exportedAt: now,
    mother: { birthAt: p?.birthAt, feedingMode: p?.feedingMode, timezone: p?.timezone, checkInTime: p?.checkInTime, locale: doc.locale, checkInsPaused: doc.checkInsPaused },
    events: doc.events.map(({ entry: _entry, ...event }) => event),
    checkins: doc.checkins,
    findings: doc.findings.map(({ code, at, severity }) => ({ code, at, severity })),
  };
}
