import { detectRedFlag } from '../../src/language/red-flags';
import type { Level, Phrasing } from './red-flag-phrasings';

const RANK: Record<Level, number> = { none: 0, urgent: 1, emergency: 2 };

export function levelOf(code: ReturnType<typeof detectRedFlag>): Level {
  if (code === 'red-flag.emergency') return 'emergency';
  if (code === 'red-flag.urgent') return 'urgent';
  return 'none';
}

export function detectedLevel(phrasing: Phrasing): Level {
  const context = phrasing.hoursSinceBirth !== undefined ? { hoursSinceBirth: phrasing.hoursSinceBirth } : {};
  return levelOf(detectRedFlag(phrasing.text, context));
}

export interface TableScore {
  alarms: number;
  quiet: number;
  /** Alarms caught at their level or a more severe one. */
  caught: number;
  /** Quiet phrasings that raised any flag. */
  falseAlarms: number;
  /** Anything answered "call 113" that is not labelled emergency. */
  false113: number;
  /** Quiet phrasings answered urgent. */
  falseUrgent: number;
  /** Phrasings answered exactly at their level. */
  exact: number;
  wrong: Array<{ text: string; expected: Level; got: Level; hoursSinceBirth?: number }>;
}

/** Scores the table against the detector as it is. */
export function scoreTable(phrasings: readonly Phrasing[]): TableScore {
  const score: TableScore = { alarms: 0, quiet: 0, caught: 0, falseAlarms: 0, false113: 0, falseUrgent: 0, exact: 0, wrong: [] };
  for (const phrasing of phrasings) {
    const got = detectedLevel(phrasing);
    const expected = phrasing.level;
    if (expected === 'none') score.quiet += 1;
    else score.alarms += 1;
    if (expected !== 'none' && RANK[got] >= RANK[expected]) score.caught += 1;
    if (expected === 'none' && got !== 'none') score.falseAlarms += 1;
    if (expected === 'none' && got === 'urgent') score.falseUrgent += 1;
    if (got === 'emergency' && expected !== 'emergency') score.false113 += 1;
    if (got === expected) score.exact += 1;
    else score.wrong.push({ text: phrasing.text, expected, got, ...(phrasing.hoursSinceBirth !== undefined ? { hoursSinceBirth: phrasing.hoursSinceBirth } : {}) });
  }
  return score;
}
