/** What a mother can log, as in RULES.md. Times are ISO 8601 strings in UTC. */
export type FeedingMode = 'breast' | 'pump' | 'both';
export type Side = 'left' | 'right' | 'both';
export type StoolKind = 'none' | 'meconium' | 'transitional' | 'yellow';
export type RedFlagCode = 'red-flag.emergency' | 'red-flag.urgent';
/** Which sign of RULES.md's red flags her words named; the summary tells a midwife what she wrote about. */
export const RED_FLAG_SIGNS = [
  'not-breathing',
  'not-responding',
  'blue-or-grey',
  'seizure',
  'floppy',
  'grunting',
  'bleeding-fainting',
  'chest-pain',
  'breathless',
  'baby-fever',
  'mother-fever',
  'hard-to-wake',
  'very-sleepy',
  'not-feeding',
  'jaundice',
  'green-vomit',
  'no-wet-diaper',
  'heavy-bleeding',
] as const;
export type RedFlagSign = (typeof RED_FLAG_SIGNS)[number];
/** The signs that are the mother's own, not her baby's (RULES.md): an urgent message about these alone names her 113 signs, not the baby's. */
export const HER_OWN_SIGNS: ReadonlySet<RedFlagSign> = new Set<RedFlagSign>(['mother-fever', 'heavy-bleeding', 'bleeding-fainting', 'chest-pain', 'breathless']);

export type FeedEvent = { type: 'feed'; at: string; side?: Side; minutes?: number };
/**
 * `wet` absent: she did not say whether the diaper was wet ("gul bæsj"). Unknown is not dry: the
 * wet-diaper rules count only `wet: true`, and nothing reads an absent `wet` as dry. A card always sends it.
 */
export type DiaperEvent = { type: 'diaper'; at: string; wet?: boolean; stool: StoolKind };
export type PumpEvent = { type: 'pump'; at: string; ml: number; leftMl?: number; rightMl?: number; double?: boolean };
export type ExpressionEvent = { type: 'expression'; at: string; ml: number };
export type MilkInEvent = { type: 'milk-in'; at: string };
/** `signs` (every sign her words named, the most serious first) is absent on symptoms kept before 3 Dec 2026. */
export type SymptomEvent = { type: 'symptom'; at: string; code: RedFlagCode; signs?: RedFlagSign[] };

export type MotherEvent = FeedEvent | DiaperEvent | PumpEvent | ExpressionEvent | MilkInEvent | SymptomEvent;
export type MotherEventType = MotherEvent['type'];
export const EVENT_TYPES: readonly MotherEventType[] = ['feed', 'diaper', 'pump', 'expression', 'milk-in', 'symptom'];

/**
 * An event as kept in her log. `entry` groups the events of one logging action
 * (a check-in with three pump volumes is one entry), so "angre" undoes the whole action.
 */
export type LoggedEvent = MotherEvent & { id: string; entry: string; loggedAt: string };

/** Her answer to a daily check-in: counts for the 24 h before `at`. A skipped question is absent. */
export interface CheckinAnswer {
  at: string;
  feeds?: number;
  wetDiapers?: number;
  yellowStools?: number;
  pumpMl?: number[];
  /** The logging action it belongs to (see LoggedEvent.entry). */
  entry?: string;
}
