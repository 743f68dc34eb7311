import { checkinDue, handleTurn } from '../../dialogs/handle-turn';
import type { Reply } from '../../dialogs/reply';
import type { TurnContextInfo, TurnInput } from '../../dialogs/turn';
import type { WeekStage } from '../../src/mother/week-stages';
import type { MotherDocument } from '../../src/store/mother-document';
import { prng } from '../support/prng';

/**
 * The `week` region of her machine, held against an independent reading of its rules (not the
 * machine's `always` chains): the stage follows the hours since birth and the activation findings
 * in her document, the goodbye ends the week, an older `now` never takes it back, and a corrected
 * birth time starts it again. Every turn goes through handleTurn / checkinDue with a real document,
 * stored (JSON) between turns as the store keeps it.
 */

const ZONE = 'Europe/Oslo';
const HOUR_MS = 3_600_000;
/** 22.11 kl 10 in Oslo: "født 24.11 kl 10" moves it 48 h later, "født 22.11 kl 10" back. */
const BIRTH = '2026-11-22T09:00:00.000Z';
const LATER_BIRTH = '2026-11-24T09:00:00.000Z';
const ACTIVATION = ['activation.pump-3x20', 'activation.stools-ok', 'activation.self-reported'];

// ---- the independent reading ----------------------------------------------------------------

/** The stages in the order the week moves through them; a stage never gives way to one before it. */
const ORDER: WeekStage[] = ['beforeOnboarding', 'firstHours', 'daysOneToThree', 'activationWindow', 'activationDelayed', 'activationReached', 'weekComplete', 'afterWeek'];
const rank = (stage: WeekStage): number => ORDER.indexOf(stage);
const later = (a: WeekStage, b: WeekStage): WeekStage => (rank(a) >= rank(b) ? a : b);

/** Where a week read only from its hours and whether an activation finding is there stands. */
function stageAt(hours: number, activated: boolean): WeekStage {
  if (hours >= 192) return 'afterWeek';
  if (hours >= 168) return 'weekComplete';
  if (activated) return 'activationReached';
  if (hours >= 120) return 'activationDelayed';
  if (hours >= 72) return 'activationWindow';
  if (hours >= 24) return 'daysOneToThree';
  return 'firstHours';
}

interface Turn {
  /** The stage before the turn. */
  before: WeekStage;
  /** Her document after the turn (undefined: she has none). */
  doc: MotherDocument | undefined;
  now: string;
  /** The turn was the scheduler's check-in. */
  checkinDue: boolean;
  /** Her birth time before the turn (undefined: not onboarded). */
  birthBefore: string | undefined;
}

const hoursSince = (birthAt: string, now: string): number => (Date.parse(now) - Date.parse(birthAt)) / HOUR_MS;
const activatedIn = (doc: MotherDocument): boolean => doc.findings.some((f) => ACTIVATION.includes(f.code));

/** The stage the rules say after one turn. */
function expectedStage(turn: Turn): WeekStage {
  const { doc, now } = turn;
  if (!doc?.profile) return 'beforeOnboarding';
  const hours = hoursSince(doc.profile.birthAt, now);
  // A check-in due from hour 168 is the goodbye: the week is behind her.
  if (turn.checkinDue && hours >= 168) return 'afterWeek';
  const fresh = stageAt(hours, activatedIn(doc));
  // Onboarding, or a birth time moved: the week starts again from the birth it now has.
  const restarted = turn.birthBefore === undefined || Date.parse(turn.birthBefore) !== Date.parse(doc.profile.birthAt);
  return restarted ? fresh : later(turn.before, fresh);
}

// ---- driving her turns ----------------------------------------------------------------------

let ids = 0;
const atHour = (hours: number, birth = BIRTH): string => new Date(Date.parse(birth) + hours * HOUR_MS).toISOString();
const ctx = (now: string): TurnContextInfo => ({ motherId: 'week', now, defaultLocale: 'nb', defaultTimezone: ZONE, newId: () => `id-${ids++}` });
const say = (text: string): TurnInput => ({ kind: 'message', text });
const onboardCard = (birthAt = BIRTH): TurnInput => ({
  kind: 'message',
  text: '',
  value: { action: 'onboard', birthAt, feedingMode: 'breast', checkInTime: '09:00', timezone: ZONE, consent: true },
});
/** As the store keeps it: nothing but JSON. */
const stored = (doc: MotherDocument): MotherDocument => JSON.parse(JSON.stringify(doc)) as MotherDocument;
const weekOf = (doc: MotherDocument | undefined): WeekStage => (doc?.machine?.value.week ?? 'beforeOnboarding') as WeekStage;
const keys = (replies: Reply[]): string[] => replies.map((r) => (r.kind === 'text' ? r.key : r.kind === 'findings' ? r.lead.code : r.kind));

type Step = { kind: 'say'; text: string; hour: number } | { kind: 'card'; birthAt: string; hour: number } | { kind: 'checkinDue'; hour: number };

interface Walked {
  doc: MotherDocument | undefined;
  replies: Reply[];
  expected: WeekStage;
  actual: WeekStage;
}

/** One turn of hers at `step.hour` after BIRTH (the first birth), stored; the stage the rules expect and the one the machine took. */
function turn(doc: MotherDocument | undefined, step: Step): Walked {
  const now = atHour(step.hour);
  const before = weekOf(doc);
  const birthBefore = doc?.profile?.birthAt;
  let after: MotherDocument | undefined;
  let replies: Reply[];
  if (step.kind === 'checkinDue') {
    const out = checkinDue(doc!, now);
    after = out.doc;
    replies = out.replies;
  } else {
    const out = handleTurn(doc, step.kind === 'say' ? say(step.text) : onboardCard(step.birthAt), ctx(now));
    after = out.doc === null ? undefined : (out.doc ?? doc);
    replies = out.replies;
  }
  const kept = after && stored(after);
  return { doc: kept, replies, actual: weekOf(kept), expected: expectedStage({ before, doc: kept, now, checkinDue: step.kind === 'checkinDue', birthBefore }) };
}

/** Turns one after another; each stage is compared to the rules' as it is reached. */
function walk(steps: Step[], from?: MotherDocument): Walked & { trail: Array<[string, WeekStage, WeekStage]> } {
  let doc = from;
  let last: Walked | undefined;
  const trail: Array<[string, WeekStage, WeekStage]> = [];
  for (const step of steps) {
    last = turn(doc, step);
    doc = last.doc;
    trail.push([label(step), last.expected, last.actual]);
  }
  return { ...last!, trail };
}

const label = (step: Step): string =>
  `${step.hour.toFixed(2)} h: ${step.kind === 'say' ? JSON.stringify(step.text) : step.kind === 'card' ? `onboard card (birth ${step.birthAt})` : 'CHECKIN_DUE'}`;

const onboarded = (hour = 1): MotherDocument => walk([{ kind: 'card', birthAt: BIRTH, hour }]).doc!;

// ---- the tests --------------------------------------------------------------------------------

describe('the week region walks the stages by the hours since birth', () => {
  it('reads the model right (the model itself, on its boundaries)', () => {
    expect([0, 23.99, 24, 71.99, 72, 119.99, 120, 167.99, 168, 191.99, 192, 400].map((h) => stageAt(h, false))).toEqual([
      'firstHours',
      'firstHours',
      'daysOneToThree',
      'daysOneToThree',
      'activationWindow',
      'activationWindow',
      'activationDelayed',
      'activationDelayed',
      'weekComplete',
      'weekComplete',
      'afterWeek',
      'afterWeek',
    ]);
    expect([0, 119.99, 120, 167.99, 168, 192].map((h) => stageAt(h, true))).toEqual(['activationReached', 'activationReached', 'activationReached', 'activationReached', 'weekComplete', 'afterWeek']);
  });

  it('before onboarding there is no stage to walk', () => {
    const greeted = walk([{ kind: 'say', text: 'hei', hour: 3 }]);
    expect(greeted.actual).toBe('beforeOnboarding');
    const consented = walk([{ kind: 'say', text: 'ja', hour: 3 }], greeted.doc);
    expect(consented.actual).toBe('beforeOnboarding');
  });

  const BOUNDARIES = [0.5, 23.99, 24, 71.99, 72, 119.99, 120, 167.99, 168, 191.99, 192, 230];

  it.each(BOUNDARIES)('onboarded at hour %p: the stage of that hour', (hour) => {
    const { actual, expected } = walk([{ kind: 'card', birthAt: BIRTH, hour }]);
    expect(actual).toBe(stageAt(hour, false));
    expect(actual).toBe(expected);
  });

  it('a message at each boundary hour moves her on, one stage after another', () => {
    const steps: Step[] = [{ kind: 'card', birthAt: BIRTH, hour: 0.25 }, ...BOUNDARIES.map((hour): Step => ({ kind: 'say', text: 'status', hour }))];
    const { trail } = walk(steps);
    expect(trail.map(([, , actual]) => actual)).toEqual(['firstHours', ...BOUNDARIES.map((h) => stageAt(h, false))]);
    for (const [what, expected, actual] of trail) expect(`${what} → ${actual}`).toBe(`${what} → ${expected}`);
  });

  it('a jump over several stages in one turn lands where the hours say', () => {
    expect(walk([{ kind: 'say', text: 'status', hour: 130 }], onboarded()).actual).toBe('activationDelayed');
    expect(walk([{ kind: 'say', text: 'status', hour: 200 }], onboarded()).actual).toBe('afterWeek');
  });
});

describe('activation', () => {
  it.each([
    ['firstHours', 5],
    ['daysOneToThree', 30],
    ['activationWindow', 80],
    ['activationDelayed', 130],
  ] as const)('"melken har kommet" in %s: activationReached, until hour 168', (stage, hour) => {
    const before = walk([{ kind: 'say', text: 'status', hour }], onboarded(0.5));
    expect(before.actual).toBe(stage);
    const milk = walk([{ kind: 'say', text: 'melken har kommet', hour: hour + 0.1 }], before.doc);
    expect(milk.doc!.findings.map((f) => f.code)).toContain('activation.self-reported');
    expect(milk.actual).toBe('activationReached');
    // It stays there past the hours of the stages it skipped ...
    expect(walk([{ kind: 'say', text: 'status', hour: 150 }], milk.doc).actual).toBe('activationReached');
    // ... and the week ends as any other.
    expect(walk([{ kind: 'say', text: 'status', hour: 168 }], milk.doc).actual).toBe('weekComplete');
  });

  it('from hour 168 an activation finding no longer moves the stage', () => {
    const complete = walk([{ kind: 'say', text: 'status', hour: 170 }], onboarded());
    const milk = walk([{ kind: 'say', text: 'melken har kommet', hour: 171 }], complete.doc);
    expect(milk.doc!.findings.map((f) => f.code)).toContain('activation.self-reported');
    expect(milk.actual).toBe('weekComplete');
  });

  it('the other activation findings count too: three pumpings of 20 ml', () => {
    const pumped = walk(
      [
        { kind: 'say', text: 'pumpet 20 ml', hour: 40 },
        { kind: 'say', text: 'pumpet 25 ml', hour: 43 },
        { kind: 'say', text: 'pumpet 30 ml', hour: 46 },
      ],
      onboarded(),
    );
    expect(pumped.doc!.findings.map((f) => f.code)).toContain('activation.pump-3x20');
    expect(pumped.actual).toBe('activationReached');
  });
});

describe('the goodbye', () => {
  it('a check-in due at hour 168 says goodbye and the week is behind her', () => {
    const goodbye = walk([{ kind: 'checkinDue', hour: 168 }], onboarded());
    expect(keys(goodbye.replies)).toContain('checkin:goodbye');
    expect(goodbye.actual).toBe('afterWeek');
  });

  it('a check-in due before hour 168 opens a check-in; the stage is the hour\'s', () => {
    const due = walk([{ kind: 'checkinDue', hour: 167.9 }], onboarded());
    expect(keys(due.replies)).not.toContain('checkin:goodbye');
    expect(due.doc!.machine!.value.conversation).toEqual({ onboarded: { checkin: 'feeds' } });
    expect(due.actual).toBe('activationDelayed');
  });

  it('when the goodbye is the turn that finds her milk not come in, that is said once, not again in the summary (found in a walk)', () => {
    const goodbye = walk([{ kind: 'checkinDue', hour: 171 }], onboarded());
    expect(keys(goodbye.replies)).toContain('activation.delayed-120h');
    expect(keys(goodbye.replies)).not.toContain('checkin:summary.notActivated');
    expect(keys(goodbye.replies)).toContain('checkin:summary.numbersBreastOnly');
  });

  it('when that was said on an earlier day, the summary says it', () => {
    const told = walk([{ kind: 'checkinDue', hour: 130 }], onboarded());
    expect(keys(told.replies)).toContain('activation.delayed-120h');
    const goodbye = walk([{ kind: 'checkinDue', hour: 171 }], told.doc);
    expect(keys(goodbye.replies)).toContain('checkin:summary.notActivated');
  });

  it('from activationReached too', () => {
    const milk = walk([{ kind: 'say', text: 'melken har kommet', hour: 90 }], onboarded());
    expect(walk([{ kind: 'checkinDue', hour: 180 }], milk.doc).actual).toBe('afterWeek');
  });
});

describe('an older now never takes the stage back', () => {
  it.each([
    ['daysOneToThree', 30, 10],
    ['activationWindow', 80, 30],
    ['activationDelayed', 130, 75],
    ['weekComplete', 170, 100],
    ['afterWeek', 200, 170],
  ] as const)('%s stays when a message comes with hour %p, then %p', (stage, hour, older) => {
    const there = walk([{ kind: 'say', text: 'status', hour }], onboarded());
    expect(there.actual).toBe(stage);
    expect(walk([{ kind: 'say', text: 'status', hour: older }], there.doc).actual).toBe(stage);
    expect(walk([{ kind: 'checkinDue', hour: older }], there.doc).actual).toBe(stage);
  });

  it('the goodbye at hour 170 stays after a message stamped hour 100', () => {
    const goodbye = walk([{ kind: 'checkinDue', hour: 170 }], onboarded());
    expect(walk([{ kind: 'say', text: 'status', hour: 100 }], goodbye.doc).actual).toBe('afterWeek');
  });

  it('activationReached stays when the sign is undone ("angre")', () => {
    const milk = walk([{ kind: 'say', text: 'melken har kommet', hour: 80 }], onboarded());
    const undone = walk([{ kind: 'say', text: 'angre', hour: 81 }], milk.doc);
    expect(undone.doc!.findings.map((f) => f.code)).not.toContain('activation.self-reported');
    expect(undone.actual).toBe('activationReached');
    expect(walk([{ kind: 'say', text: 'status', hour: 130 }], undone.doc).actual).toBe('activationReached');
  });
});

describe('a corrected birth time starts the week again', () => {
  it('a "correction" to the same birth, or one refused, leaves the stage where it was (after the goodbye too)', () => {
    const gone = walk([{ kind: 'checkinDue', hour: 170 }], onboarded());
    expect(gone.actual).toBe('afterWeek');
    const same = walk([{ kind: 'say', text: 'født 22.11 kl 10', hour: 171 }], gone.doc);
    expect(keys(same.replies)).toEqual(['dialog:birth.changed']);
    expect(same.actual).toBe('afterWeek');
    const refused = walk([{ kind: 'say', text: 'født 30.11 kl 10', hour: 173 }], same.doc);
    expect(keys(refused.replies)).toEqual(['common:invalid.birth-future']);
    expect(refused.actual).toBe('afterWeek');
    const card = walk([{ kind: 'card', birthAt: BIRTH, hour: 174 }], refused.doc);
    expect(card.actual).toBe('afterWeek');
  });

  it('"født 24.11 kl 10" typed at hour 123 (activationDelayed): 75 h since the new birth, activationWindow', () => {
    const delayed = walk([{ kind: 'say', text: 'status', hour: 123 }], onboarded());
    expect(delayed.actual).toBe('activationDelayed');
    const corrected = walk([{ kind: 'say', text: 'født 24.11 kl 10', hour: 123 }], delayed.doc);
    expect(keys(corrected.replies)).toContain('dialog:birth.changed');
    expect(corrected.doc!.profile!.birthAt).toBe(LATER_BIRTH);
    expect(corrected.actual).toBe('activationWindow');
    expect(corrected.actual).toBe(corrected.expected);
  });

  it('after the goodbye: the week is open again from the new birth', () => {
    const goodbye = walk([{ kind: 'checkinDue', hour: 170 }], onboarded());
    const corrected = walk([{ kind: 'say', text: 'født 24.11 kl 10', hour: 171 }], goodbye.doc);
    expect(corrected.actual).toBe(stageAt(171 - 48, false));
  });

  it('with the milk in, from the new birth: activationReached', () => {
    const milk = walk([{ kind: 'say', text: 'melken har kommet', hour: 100 }], onboarded());
    const corrected = walk([{ kind: 'say', text: 'født 24.11 kl 10', hour: 180 }], milk.doc);
    expect(corrected.doc!.profile!.birthAt).toBe(LATER_BIRTH);
    expect(corrected.actual).toBe('activationReached');
  });

  it('typed inside a check-in, the check-in goes on and the week starts again', () => {
    const due = walk([{ kind: 'checkinDue', hour: 130 }], onboarded());
    const corrected = walk([{ kind: 'say', text: 'født 24.11 kl 10', hour: 130.5 }], due.doc);
    expect(corrected.doc!.machine!.value.conversation).toEqual({ onboarded: { checkin: 'feeds' } });
    expect(corrected.actual).toBe(stageAt(130.5 - 48, false));
  });

  it('an onboard card with another birth, tapped again, starts it again too', () => {
    const delayed = walk([{ kind: 'say', text: 'status', hour: 123 }], onboarded());
    const again = walk([{ kind: 'card', birthAt: LATER_BIRTH, hour: 123 }], delayed.doc);
    expect(again.doc!.profile!.birthAt).toBe(LATER_BIRTH);
    expect(again.actual).toBe('activationWindow');
  });
});

// ---- the random walk --------------------------------------------------------------------------


const CORRECTIONS: Array<[string, string]> = [
  ['født 24.11 kl 10', LATER_BIRTH],
  ['født 22.11 kl 10', BIRTH],
];

/** One walk: onboarded at a random hour, then turns at random hours, often later, sometimes earlier. */
function randomWalk(seed: number): Step[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  let hour = random() < 0.7 ? random() * 30 : random() * 200;
  const steps: Step[] = [{ kind: 'card', birthAt: BIRTH, hour }];
  const length = 4 + Math.floor(random() * 9);
  for (let i = 0; i < length; i++) {
    // Mostly forward, up to two days at once; one turn in five comes with an older now.
    hour = Math.max(0.1, random() < 0.2 ? hour - random() * 60 : hour + random() * 48);
    const roll = random();
    if (roll < 0.25) steps.push({ kind: 'checkinDue', hour });
    else if (roll < 0.45) steps.push({ kind: 'say', text: 'melken har kommet', hour });
    else if (roll < 0.55) steps.push({ kind: 'say', text: 'født', hour }); // a correction, chosen when it is typed
    else if (roll < 0.6) steps.push({ kind: 'say', text: 'angre', hour });
    else steps.push({ kind: 'say', text: pick(['status', 'hei', '5', 'ammet', 'hva er håndmelking?']), hour });
  }
  return steps;
}

describe('a seeded random walk through her week, against the rules', () => {
  const WALKS = 300;

  it(`${WALKS} walks: after every turn the stage is the one the rules give`, () => {
    let turns = 0;
    let corrections = 0;
    let olderNows = 0;
    let goodbyes = 0;
    let activations = 0;
    const seen = new Set<WeekStage>();
    for (let seed = 1; seed <= WALKS; seed++) {
      let doc: MotherDocument | undefined;
      let latest = 0;
      const trail: string[] = [];
      for (const planned of randomWalk(seed)) {
        let step = planned;
        if (step.kind === 'say' && step.text === 'født') {
          // Either birth, whether or not it moves hers: one that moves nothing (refused, or hers as it is) leaves the stage.
          const correction = CORRECTIONS[Math.floor(step.hour * 1000) % CORRECTIONS.length]!;
          step = { ...step, text: correction[0] };
          corrections++;
        }
        const hadActivation = !!doc && activatedIn(doc);
        const out = turn(doc, step);
        if (step.hour < latest) olderNows++;
        latest = Math.max(latest, step.hour);
        if (step.kind === 'checkinDue' && hoursSince(out.doc!.profile!.birthAt, atHour(step.hour)) >= 168) goodbyes++;
        if (!hadActivation && activatedIn(out.doc!)) activations++;
        doc = out.doc;
        turns++;
        seen.add(out.actual);
        trail.push(`${label(step)} → ${out.actual}`);
        if (out.actual !== out.expected) {
          throw new Error(`seed ${seed}: expected ${out.expected}, the machine says ${out.actual}\n${trail.join('\n')}`);
        }
      }
    }
    // The walks reach every stage of an onboarded week; they come back in time, say goodbye, find the milk in and correct the birth now and then.
    expect([...seen].sort()).toEqual(ORDER.filter((s) => s !== 'beforeOnboarding').sort());
    expect(corrections).toBeGreaterThan(20);
    expect(turns).toBeGreaterThan(WALKS * 5);
    expect(olderNows).toBeGreaterThan(200);
    expect(goodbyes).toBeGreaterThan(50);
    expect(activations).toBeGreaterThan(100);
  });
});
