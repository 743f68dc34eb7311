import type { Finding } from './findings';
import type { WeekStage } from './week-stages';

/**
 * The name of a finding's text inside the `findings` namespace: `<family>.<name>`.
 * diapers.wet-low has a second text for its contact severity (from day 4), because that one must
 * say whom to contact today; feeds.frequency-* in mode both counts breastfeeds and pump sessions
 * together, and says so; first-hour.missed worked out from her logs alone (she did not say) tells what
 * it rests on, the first session she logged, instead of telling her she did not start in time; an urgent
 * message about her own signs alone names her 113 signs, not her baby's.
 */
function textName(finding: Pick<Finding, 'code' | 'severity' | 'data'>): string {
  if (finding.code === 'diapers.wet-low' && finding.severity === 'contact') return 'diapers.wet-low-contact';
  if (finding.code === 'red-flag.urgent' && finding.data?.about === 'mother') return 'red-flag.urgent-mother';
  if (finding.code === 'first-hour.missed' && finding.data?.minutes !== undefined) return 'first-hour.missed-logged';
  if (finding.code.startsWith('feeds.frequency-') && finding.data?.pumps !== undefined) return `${finding.code}-both`;
  return finding.code;
}

/** The locale key of a finding's whole guide text, with its next step. */
export function findingTextKey(finding: Pick<Finding, 'code' | 'severity' | 'data'>): string {
  return `findings:${textName(finding)}`;
}

/** The locale key of a finding's one short line, shown under a more severe finding; it names no contact. */
export function findingLineKey(finding: Pick<Finding, 'code' | 'severity' | 'data'>): string {
  const name = textName(finding);
  return `findings:short.${name === 'diapers.wet-low-contact' ? 'diapers.wet-low' : name}`;
}

/** The i18next options for a finding's text: the values kept in `data`. */
export function findingTextParams(finding: Pick<Finding, 'data'>): Record<string, number | string> {
  return { ...(finding.data ?? {}) };
}

export function stageTextKey(stage: WeekStage): string {
  return `findings:stage.${stage}`;
}
