export type Severity = 'info' | 'advice' | 'contact' | 'urgent' | 'emergency';
export const SEVERITY_ORDER: readonly Severity[] = ['emergency', 'urgent', 'contact', 'advice', 'info'];

export type FindingCode =
  | 'first-hour.done'
  | 'first-hour.missed'
  | 'feeds.frequency-ok'
  | 'feeds.frequency-low'
  | 'feeds.none'
  | 'pump.frequency-low'
  | 'pump.single'
  | 'colostrum.day1-in-range'
  | 'colostrum.day1-low'
  | 'activation.pump-3x20'
  | 'activation.stools-ok'
  | 'activation.self-reported'
  | 'activation.watch-72h'
  | 'activation.delayed-120h'
  | 'stools.low-day4'
  | 'stools.meconium-day5'
  | 'diapers.wet-low'
  | 'diapers.none-after-day3'
  | 'hand-expression.only'
  | 'red-flag.emergency'
  | 'red-flag.urgent';

/** A finding as stored and exported: `{ code, at, severity }` plus what the reply needs. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** ISO UTC: when it fired. */
  at: string;
  /** Values the guide text may show (counts, volumes). No free text. */
  data?: Record<string, number | string>;
  /** The logging action (LoggedEvent.entry) whose turn fired it, so that "angre" can take it back. */
  entry?: string;
}
