import type { FindingCode, Severity } from './findings';

export const RULE_STATE_VERSION = 1;

/**
 * What evaluate() keeps between turns: the episodes that are open now, with the
 * severity they were last fired at. JSON-serialisable; stored as
 * MotherDocument.ruleState.
 */
export interface RuleState {
  version: number;
  open: Partial<Record<FindingCode, Severity>>;
}

export function emptyRuleState(): RuleState {
  return { version: RULE_STATE_VERSION, open: {} };
}
