import { numbersRow } from './numbers-row';
import { DateTime } from 'luxon';
import { dayNumber } from '../src/mother/time';
import type { MotherDocument } from '../src/store/mother-document';
import type { MachineReply } from './machine-context';
import { answersSoFar } from './answers-so-far';
import { text } from './reply';
import { isMoreSevere } from '../src/mother/severity';
import type { Finding } from '../src/mother/findings';

/** "hvordan går det?": the last 24 h in numbers, and where she stands in the week (the machine's week region says it). */
export function statusReplies(doc: MotherDocument, now: string): MachineReply[] {
  const profile = doc.profile!;
  const since = DateTime.fromISO(now).minus({ hours: 24 }).toMillis();
  const { events, checkins } = answersSoFar(doc, now);
  const recent = events.filter((e) => Date.parse(e.at) > since && Date.parse(e.at) <= Date.parse(now));
  const pumps = recent.filter((e) => e.type === 'pump' || e.type === 'expression');
  // As the rules do: the larger of what she logged and what she answered at a check-in, never the sum.
  const answer = [...checkins].reverse().find((c) => Date.parse(c.at) > since && Date.parse(c.at) <= Date.parse(now));
  const larger = (logged: number, answered: number | undefined) => Math.max(logged, answered ?? 0);
  const advice = adviceStillHolding(doc, now);
  return [
    text(`dialog:status.${numbersRow(profile.feedingMode, pumps.length)}`, {
      day: Math.max(1, dayNumber(profile, now)),
      feeds: larger(recent.filter((e) => e.type === 'feed').length, answer?.feeds),
      wet: larger(recent.filter((e) => e.type === 'diaper' && e.wet).length, answer?.wetDiapers),
      yellow: larger(recent.filter((e) => e.type === 'diaper' && e.stool === 'yellow').length, answer?.yellowStools),
      pumps: pumps.length,
      ml: Math.round(pumps.reduce((sum, e) => sum + ((e as { ml: number }).ml ?? 0), 0)),
    }),
    // Where she stands in the week («dere er godt på vei») would soften advice to make contact: one or the other.
    ...(advice.length > 0 ? advice : [{ kind: 'stage' } as const]),
  ];
}

/**
 * A helper found «status» right after «Ta kontakt med jordmor eller helsestasjonen i dag» left that out: advice
 * to contact someone, given in the last 24 h and still holding, is said again under her numbers.
 */
function adviceStillHolding(doc: MotherDocument, now: string): MachineReply[] {
  const since = Date.parse(now) - 24 * 60 * 60 * 1000;
  const open = doc.ruleState?.open ?? {};
  const holding = doc.findings.filter((finding) => !isMoreSevere('contact', finding.severity) && Date.parse(finding.at) > since && open[finding.code] !== undefined);
  const most = holding.reduce<Finding | undefined>((kept, finding) => (!kept || isMoreSevere(finding.severity, kept.severity) ? finding : kept), undefined);
  return most ? [{ kind: 'findings', lead: most, others: [] }] : [];
}
