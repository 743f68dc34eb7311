/**
 * The one entry point the bot calls after a turn: which rules run, and which of
 * the findings that hold are new.
 *
 * Triggers (RULES.md "When rules are evaluated"):
 * - 'event'   after a logged event: first-hour, pump.single, hand-expression.only
 *             and the activation signs (pump-3x20, stools-ok, self-reported).
 * - 'checkin' a check-in answer: the 24 h count rules (feeds.*, pump.frequency-low,
 *             diapers.wet-low, stools.low-day4, stools.meconium-day5), and also the
 *             'event' rules, because an answer brings events too (its pumpMl become
 *             pump events, its yellow stools can show activation).
 * - every trigger, 'turn' included: the time-based rules colostrum.* (from hour 24),
 *   activation.watch-72h and activation.delayed-120h.
 *
 * Episodes: a finding fires once per episode, not on every message.
 * - Milestones fire once ever: first-hour.* (done or missed, only one of them),
 *   colostrum.* (one of them), each activation.* code. Once any activation sign
 *   has fired, watch-72h and delayed-120h never fire.
 * - Every other code (count rules at check-ins, pump.single, hand-expression.only)
 *   opens an episode at the first evaluation where it holds and fires then. The
 *   episode stays open, silent, while later evaluations find it still holding; it
 *   closes at the first evaluation of that rule where it no longer holds, so it can
 *   fire again only after a real change back. An episode that holds at a higher
 *   severity than it fired with (diapers.wet-low moving from advice on day 3 to
 *   contact on day 4) fires again: the message has become more serious.
 *   Why not once per day: a count that stays low would repeat the same advice every
 *   day, which worries more than it helps; a change is news, repetition is not.
 * - A rule that cannot be judged (its check-in question was skipped, or it does not
 *   apply to her mode or hour yet) leaves its episode as it was.
 */
import type { CheckinAnswer, MotherEvent } from './events';
import type { Finding, FindingCode } from './findings';
import type { MotherProfile } from './profile';
import { RULE_STATE_VERSION, type RuleState } from './rule-state';
import { bySeverity, isMoreSevere } from './severity';
import { activationSigns, activationWatch } from './rules/activation';
import { colostrumDay1 } from './rules/colostrum';
import { wetDiapersLow } from './rules/diapers';
import { feedFrequency } from './rules/feeds';
import { firstHour } from './rules/first-hour';
import { handExpressionOnly } from './rules/hand-expression';
import { pumpFrequency, pumpSingle } from './rules/pump';
import type { RuleInput, RuleResult } from './rules/rule-input';
import { stoolsLowDay4, stoolsMeconiumDay5 } from './rules/stools';

export type EvaluationTrigger = 'event' | 'checkin' | 'turn';

export interface EvaluationInput {
  profile: MotherProfile;
  events: readonly MotherEvent[];
  checkins: readonly CheckinAnswer[];
  now: string;
  trigger: EvaluationTrigger;
}

export interface EvaluationResult {
  /** New findings, most severe first. */
  fired: Finding[];
  state: RuleState;
  /** A check-in's count rules had something to hold (at least one judged her answer), so "all looks well" means something. */
  judged: boolean;
}

type EpisodeKind =
  /** Fires once ever; `group` codes exclude each other (done or missed). */
  | { kind: 'once'; group: readonly FindingCode[] }
  | { kind: 'episodic' };

interface RuleEntry {
  codes: readonly FindingCode[];
  triggers: readonly EvaluationTrigger[];
  episodes: EpisodeKind;
  run: (input: RuleInput) => RuleResult;
}

const EVENT: readonly EvaluationTrigger[] = ['event', 'checkin'];
const CHECKIN: readonly EvaluationTrigger[] = ['checkin'];
const ALWAYS: readonly EvaluationTrigger[] = ['event', 'checkin', 'turn'];
const EPISODIC: EpisodeKind = { kind: 'episodic' };
const onceEach = (code: FindingCode): EpisodeKind => ({ kind: 'once', group: [code] });

const FIRST_HOUR_CODES: readonly FindingCode[] = ['first-hour.done', 'first-hour.missed'];
const COLOSTRUM_CODES: readonly FindingCode[] = ['colostrum.day1-in-range', 'colostrum.day1-low'];

/** In order of evaluation: the activation signs come before the watch rules that depend on them. */
const RULES: readonly RuleEntry[] = [
  { codes: FIRST_HOUR_CODES, triggers: EVENT, episodes: { kind: 'once', group: FIRST_HOUR_CODES }, run: firstHour },
  { codes: ['activation.pump-3x20', 'activation.stools-ok', 'activation.self-reported'], triggers: EVENT, episodes: { kind: 'once', group: [] }, run: activationSigns },
  { codes: ['pump.single'], triggers: EVENT, episodes: EPISODIC, run: pumpSingle },
  { codes: ['hand-expression.only'], triggers: EVENT, episodes: EPISODIC, run: handExpressionOnly },
  { codes: ['feeds.frequency-ok', 'feeds.frequency-low', 'feeds.none'], triggers: CHECKIN, episodes: EPISODIC, run: feedFrequency },
  { codes: ['pump.frequency-low'], triggers: CHECKIN, episodes: EPISODIC, run: pumpFrequency },
  { codes: ['diapers.wet-low', 'diapers.none-after-day3'], triggers: CHECKIN, episodes: EPISODIC, run: wetDiapersLow },
  { codes: ['stools.low-day4'], triggers: CHECKIN, episodes: EPISODIC, run: stoolsLowDay4 },
  { codes: ['stools.meconium-day5'], triggers: CHECKIN, episodes: EPISODIC, run: stoolsMeconiumDay5 },
  { codes: COLOSTRUM_CODES, triggers: ALWAYS, episodes: { kind: 'once', group: COLOSTRUM_CODES }, run: colostrumDay1 },
  { codes: ['activation.watch-72h'], triggers: ALWAYS, episodes: onceEach('activation.watch-72h'), run: activationWatch },
  { codes: ['activation.delayed-120h'], triggers: ALWAYS, episodes: onceEach('activation.delayed-120h'), run: activationWatch },
];

const EPISODIC_CODES: ReadonlySet<FindingCode> = new Set(RULES.filter((r) => r.episodes.kind === 'episodic').flatMap((r) => r.codes));

/**
 * Without a stored state (a document from before rule state existed), every
 * episodic code that ever fired counts as open: better one message too few than
 * the same message twice.
 */
function initialOpen(previous: readonly Finding[], state: RuleState | undefined): RuleState['open'] {
  if (state && state.version === RULE_STATE_VERSION) return { ...state.open };
  const open: RuleState['open'] = {};
  for (const f of previous) if (EPISODIC_CODES.has(f.code)) open[f.code] = f.severity;
  return open;
}

/** The codes a fire-once code excludes: its whole group, or just itself. */
function onceGroupOf(rule: RuleEntry, code: FindingCode): readonly FindingCode[] {
  return rule.episodes.kind === 'once' && rule.episodes.group.length > 0 ? rule.episodes.group : [code];
}

export function evaluate(input: EvaluationInput, previous: readonly Finding[], state?: RuleState): EvaluationResult {
  const open = initialOpen(previous, state);
  // Every finding so far, this evaluation's appended: rules that depend on another finding read it.
  const findings: Finding[] = [...previous];
  const everFired = (codes: readonly FindingCode[]) => findings.some((f) => codes.includes(f.code));
  let judged = false;

  for (const rule of RULES) {
    if (!rule.triggers.includes(input.trigger)) continue;
    // A milestone that has fired can never fire again: by day 3 most of them need no work at all.
    if (rule.episodes.kind === 'once' && rule.codes.every((code) => everFired(onceGroupOf(rule, code)))) continue;
    const holding = rule.run({ ...input, findings });
    if (holding === null) continue;
    if (rule.triggers === CHECKIN) judged = true;

    for (const code of rule.codes) {
      const found = holding.find((f) => f.code === code);
      if (rule.episodes.kind === 'once') {
        if (found && !everFired(onceGroupOf(rule, code))) findings.push(found);
        continue;
      }
      const openAt = open[code];
      if (!found) {
        delete open[code];
      } else if (openAt === undefined || isMoreSevere(found.severity, openAt)) {
        findings.push(found);
        open[code] = found.severity;
      }
    }
  }
  return { fired: bySeverity(findings.slice(previous.length)), state: { version: RULE_STATE_VERSION, open }, judged };
}
