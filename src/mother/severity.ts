import { SEVERITY_ORDER, type Finding, type FindingCode, type Severity } from './findings';

/**
 * The severity each code has in RULES.md. `diapers.wet-low` is listed with its
 * base severity (advice); the rule raises it to contact from day 4.
 * Red-flag codes are produced by the language layer; they are kept here so that
 * every code has one severity.
 */
export const FINDING_SEVERITY: Readonly<Record<FindingCode, Severity>> = {
  'first-hour.done': 'info',
  'first-hour.missed': 'advice',
  'feeds.frequency-ok': 'info',
  'feeds.frequency-low': 'advice',
  'feeds.none': 'urgent',
  'pump.frequency-low': 'advice',
  'pump.single': 'advice',
  'colostrum.day1-in-range': 'info',
  'colostrum.day1-low': 'info',
  'activation.pump-3x20': 'info',
  'activation.stools-ok': 'info',
  'activation.self-reported': 'info',
  'activation.watch-72h': 'advice',
  'activation.delayed-120h': 'contact',
  'stools.low-day4': 'contact',
  'stools.meconium-day5': 'contact',
  'diapers.wet-low': 'advice',
  'diapers.none-after-day3': 'urgent',
  'hand-expression.only': 'advice',
  'red-flag.emergency': 'emergency',
  'red-flag.urgent': 'urgent',
};

export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as FindingCode[];

/** 0 is the most severe (emergency), 4 the least (info). */
export function severityRank(severity: Severity): number {
  return SEVERITY_ORDER.indexOf(severity);
}

export function isMoreSevere(a: Severity, b: Severity): boolean {
  return severityRank(a) < severityRank(b);
}

/** Most severe first; findings of equal severity keep their order. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => severityRank(a.finding.severity) - severityRank(b.finding.severity) || a.index - b.index)
    .map(({ finding }) => finding);
}
