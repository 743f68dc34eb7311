import type { Finding, FindingCode } from './findings';
import { bySeverity, isMoreSevere } from './severity';

/**
 * Gentle findings ("keep watching, talk to someone if you are worried"; "the first hour was missed,
 * what you do from now matters"): beside a finding that asks her to make contact today or sooner they
 * would soften it, or read as blame, so they are left out of that message.
 */
const GENTLE: ReadonlySet<FindingCode> = new Set(['activation.watch-72h', 'first-hour.missed']);

/**
 * The findings of one turn as one message (RULES.md notes): the most severe first, shown whole with
 * its next step; each other one as a short line that names no contact (no praise beside a call to make contact), so that jordmor,
 * helsestasjon, 116 117 and 113 are each named at most once. Empty when nothing fired.
 */
export function findingMessage(fired: readonly Finding[]): { lead: Finding; others: Finding[] } | undefined {
  const [lead, ...rest] = bySeverity(fired);
  if (!lead) return undefined;
  const asksContact = !isMoreSevere('contact', lead.severity);
  // Beside a call to make contact, praise («så ofte som anbefalt») softens it as much as a gentle note would.
  return { lead, others: asksContact ? rest.filter((f) => !GENTLE.has(f.code) && f.severity !== 'info') : rest };
}
