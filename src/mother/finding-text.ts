import type { Finding } from './findings';
import type { WeekStage } from './week-machine';

/**
 * The locale key of a finding's guide text: `findings:<family>.<name>`.
 * diapers.wet-low has a second text for its contact severity (from day 4),
 * because that one must say whom to contact today.
 */
export function findingTextKey(finding: Pick<Finding, 'code' | 'severity'>): string {
  if (finding.code === 'diapers.wet-low' && finding.severity === 'contact') return 'findings:diapers.wet-low-contact';
  return `findings:${finding.code}`;
}

/** The i18next options for a finding's text: the values kept in `data`. */
export function findingTextParams(finding: Pick<Finding, 'data'>): Record<string, number | string> {
  return { ...(finding.data ?? {}) };
}

export function stageTextKey(stage: WeekStage): string {
  return `findings:stage.${stage}`;
}
