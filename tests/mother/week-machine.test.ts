import { createActor } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { atHour, hoursSinceBirth } from '../../src/mother/time';
import {
  runWeek,
  stageOf,
  WEEK_MACHINE_VERSION,
  WEEK_STAGES,
  weekMachine,
  type PersistedWeek,
  type WeekEvent,
  type WeekSnapshot,
  type WeekStage,
} from '../../src/mother/week-machine';

const BIRTH = '2026-10-20T08:00:00.000Z';
const at = (hours: number) => atHour({ birthAt: BIRTH }, hours);

/** An independent reading of the stage rules, to check the machine against. */
function expectedStage(events: readonly WeekEvent[]): WeekStage {
  let birthAt: string | null = null;
  let now = '';
  let activated = false;
  let goodbye = false;
  const hours = () => (birthAt ? hoursSinceBirth({ birthAt }, now) : Number.NEGATIVE_INFINITY);
  const advance = (candidate: string) => {
    if (Date.parse(candidate) > Date.parse(now)) now = candidate;
  };
  for (const event of events) {
    if (event.type === 'RESET') {
      birthAt = null;
      activated = false;
      goodbye = false;
    } else if (event.type === 'ONBOARDED') {
      if (birthAt === null) {
        birthAt = event.birthAt;
        now = event.now;
      }
    } else if (birthAt !== null) {
      const before = hours();
      if (event.type === 'ACTIVATED' && !activated && before < 168) {
        activated = true;
        advance(event.now);
      } else if (event.type === 'GOODBYE_SENT' && !goodbye && before >= 168 && before < 192) {
        goodbye = true;
        advance(event.now);
      } else if (event.type === 'TICK' || event.type === 'CHECKIN_DUE') {
        advance(event.now);
      }
    }
  }
  if (birthAt === null) return 'beforeOnboarding';
  const h = hours();
  if (goodbye || h >= 192) return 'afterWeek';
  if (h >= 168) return 'weekComplete';
  if (activated) return 'activationReached';
  if (h >= 120) return 'activationDelayed';
  if (h >= 72) return 'activationWindow';
  if (h >= 24) return 'daysOneToThree';
  return 'firstHours';
}

/** Sample events for the path generators; time-carrying events use the snapshot's clock where the event has no own time. */
function sampleEvents(tickHours: readonly number[]) {
  return (snapshot: WeekSnapshot): WeekEvent[] => {
    const now = snapshot.context.now ?? at(0);
    return [
      { type: 'ONBOARDED', birthAt: BIRTH, now: at(0.5) },
      { type: 'ONBOARDED', birthAt: BIRTH, now: at(50) },
      ...tickHours.map((hours): WeekEvent => ({ type: 'TICK', now: at(hours) })),
      { type: 'CHECKIN_DUE', now: at(121) },
      { type: 'ACTIVATED', now },
      { type: 'GOODBYE_SENT', now },
      { type: 'RESET' },
    ];
  };
}

/** Drives the events one turn at a time, each through a JSON round trip of the stored snapshot, as the bot does. */
function replayStored(events: readonly WeekEvent[]): { stage: WeekStage; persisted: PersistedWeek | undefined } {
  let persisted: PersistedWeek | undefined;
  let stage: WeekStage = 'beforeOnboarding';
  for (const event of events) {
    const run = runWeek(persisted, [event]);
    persisted = JSON.parse(JSON.stringify(run.persisted)) as PersistedWeek;
    stage = run.stage;
  }
  return { stage, persisted };
}

describe('week machine, model-based', () => {
  const shortest = getShortestPaths(weekMachine, {
    events: sampleEvents([23.9, 24, 71.9, 72, 119.9, 120, 167.9, 168, 191.9, 192]),
  });

  it('reaches every stage', () => {
    const reached = new Set(shortest.map((path) => path.state.value as string));
    expect([...reached].sort()).toEqual([...WEEK_STAGES].sort());
  });

  it('every shortest path ends in the stage the rules define, also when stored between events', () => {
    expect(shortest.length).toBeGreaterThan(20);
    for (const path of shortest) {
      const events = path.steps.map((step) => step.event);
      const stored = replayStored(events);
      expect({ events, stage: stored.stage }).toEqual({ events, stage: path.state.value });
      expect({ events, stage: stored.stage }).toEqual({ events, stage: expectedStage(events) });
    }
  });

  it('every simple path over the stage boundaries agrees with the rules', () => {
    const simple = getSimplePaths(weekMachine, {
      events: (snapshot: WeekSnapshot) => sampleEvents([24, 72, 120, 168, 192])(snapshot).filter((e) => e.type !== 'RESET' && e.type !== 'CHECKIN_DUE'),
      serializeState: (snapshot) => `${String(snapshot.value)}|${snapshot.context.activatedAt ? 'A' : ''}|${snapshot.context.goodbyeAt ? 'G' : ''}`,
    });
    expect(simple.length).toBeGreaterThan(10);
    for (const path of simple) {
      const events = path.steps.map((step) => step.event);
      const { stage } = runWeek(undefined, events);
      expect({ events, stage }).toEqual({ events, stage: expectedStage(events) });
    }
  });
});

describe('week machine, stages and time', () => {
  it('walks a week with activation', () => {
    const steps: [WeekEvent, WeekStage][] = [
      [{ type: 'ONBOARDED', birthAt: BIRTH, now: at(2) }, 'firstHours'],
      [{ type: 'TICK', now: at(30) }, 'daysOneToThree'],
      [{ type: 'CHECKIN_DUE', now: at(80) }, 'activationWindow'],
      [{ type: 'ACTIVATED', now: at(81) }, 'activationReached'],
      [{ type: 'TICK', now: at(130) }, 'activationReached'],
      [{ type: 'TICK', now: at(168) }, 'weekComplete'],
      [{ type: 'GOODBYE_SENT', now: at(170) }, 'afterWeek'],
    ];
    let persisted: PersistedWeek | undefined;
    for (const [event, stage] of steps) {
      const run = runWeek(persisted, [event]);
      expect(run.stage).toBe(stage);
      persisted = run.persisted;
    }
  });

  it('marks activation as delayed at 120 h, and still takes a late activation', () => {
    const delayed = runWeek(undefined, [
      { type: 'ONBOARDED', birthAt: BIRTH, now: at(1) },
      { type: 'TICK', now: at(119.9) },
    ]);
    expect(delayed.stage).toBe('activationWindow');
    const after = runWeek(delayed.persisted, [{ type: 'TICK', now: at(120) }]);
    expect(after.stage).toBe('activationDelayed');
    expect(runWeek(after.persisted, [{ type: 'ACTIVATED', now: at(130) }]).stage).toBe('activationReached');
  });

  it('never goes back when an older time arrives', () => {
    const run = runWeek(undefined, [
      { type: 'ONBOARDED', birthAt: BIRTH, now: at(1) },
      { type: 'TICK', now: at(100) },
      { type: 'TICK', now: at(30) },
    ]);
    expect(run.stage).toBe('activationWindow');
    expect(run.context.now).toBe(at(100));
  });

  it('places a mother who onboards late straight in her stage', () => {
    expect(runWeek(undefined, [{ type: 'ONBOARDED', birthAt: BIRTH, now: at(130) }]).stage).toBe('activationDelayed');
  });

  it('ignores an onboarding with an unreadable time', () => {
    expect(runWeek(undefined, [{ type: 'ONBOARDED', birthAt: 'yesterday', now: at(1) }]).stage).toBe('beforeOnboarding');
  });
});

describe('week machine, persistence', () => {
  const toStage: Record<WeekStage, WeekEvent[]> = {
    beforeOnboarding: [{ type: 'TICK', now: at(5) }],
    firstHours: [{ type: 'ONBOARDED', birthAt: BIRTH, now: at(1) }],
    daysOneToThree: [{ type: 'ONBOARDED', birthAt: BIRTH, now: at(1) }, { type: 'TICK', now: at(40) }],
    activationWindow: [{ type: 'ONBOARDED', birthAt: BIRTH, now: at(1) }, { type: 'TICK', now: at(80) }],
    activationReached: [{ type: 'ONBOARDED', birthAt: BIRTH, now: at(1) }, { type: 'ACTIVATED', now: at(60) }],
    activationDelayed: [{ type: 'ONBOARDED', birthAt: BIRTH, now: at(1) }, { type: 'TICK', now: at(125) }],
    weekComplete: [{ type: 'ONBOARDED', birthAt: BIRTH, now: at(1) }, { type: 'TICK', now: at(170) }],
    afterWeek: [{ type: 'ONBOARDED', birthAt: BIRTH, now: at(1) }, { type: 'TICK', now: at(170) }, { type: 'GOODBYE_SENT', now: at(171) }],
  };
  const followUps: WeekEvent[][] = [
    [{ type: 'TICK', now: at(75) }],
    [{ type: 'ACTIVATED', now: at(90) }],
    [{ type: 'TICK', now: at(121) }, { type: 'ACTIVATED', now: at(122) }],
    [{ type: 'TICK', now: at(180) }, { type: 'GOODBYE_SENT', now: at(181) }],
    [{ type: 'RESET' }, { type: 'ONBOARDED', birthAt: BIRTH, now: at(3) }],
  ];

  it.each(WEEK_STAGES)('%s survives a JSON round trip and behaves the same after restore', (stage) => {
    const live = createActor(weekMachine).start();
    for (const event of toStage[stage]) live.send(event);
    expect(live.getSnapshot().value).toBe(stage);

    const stored = JSON.parse(JSON.stringify(runWeek(undefined, toStage[stage]).persisted)) as PersistedWeek;
    expect(stored.version).toBe(WEEK_MACHINE_VERSION);
    expect(stageOf(stored)).toBe(stage);

    for (const events of followUps) {
      const fresh = createActor(weekMachine).start();
      for (const event of [...toStage[stage], ...events]) fresh.send(event);
      expect({ events, stage: runWeek(stored, events).stage }).toEqual({ events, stage: fresh.getSnapshot().value });
      fresh.stop();
    }
    live.stop();
  });

  it('rebuilds from a snapshot of another version, from what it still tells', () => {
    const stored = runWeek(undefined, toStage.activationReached).persisted;
    const older = { version: WEEK_MACHINE_VERSION - 1, snapshot: stored.snapshot };
    const rebuilt = runWeek(older, [{ type: 'TICK', now: at(100) }]);
    expect(rebuilt.stage).toBe('activationReached');
    expect(rebuilt.persisted.version).toBe(WEEK_MACHINE_VERSION);
  });

  it('starts fresh from nothing or from a damaged snapshot', () => {
    expect(stageOf(undefined)).toBe('beforeOnboarding');
    expect(stageOf({ version: WEEK_MACHINE_VERSION, snapshot: { value: 'nowhere' } })).toBe('beforeOnboarding');
    expect(stageOf({ version: WEEK_MACHINE_VERSION, snapshot: null })).toBe('beforeOnboarding');
  });
});

describe('week machine, stored and restored', () => {
  // Every turn and check-in restores her week from its stored snapshot: the result must be exactly
  // what the same events give without a store between them, for every stage and every kind of follow-up.
  let seed = 11;
  const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const someHour = (): number => Math.round(random() * 2200) / 10 - 10;
  // Valid times only: an ACTIVATED or GOODBYE_SENT without one keeps it in the context, and such a
  // snapshot is not restored but rebuilt from what it still tells (its events always carry the clock's time).
  const someTime = (): string => pick([at(someHour()), at(someHour()), new Date(Date.parse(at(someHour()))).toISOString().replace('.000Z', '+00:00')]);
  const someEvent = (): WeekEvent =>
    pick<() => WeekEvent>([
      () => ({ type: 'TICK', now: someTime() }),
      () => ({ type: 'TICK', now: someTime() }),
      () => ({ type: 'CHECKIN_DUE', now: someTime() }),
      () => ({ type: 'ACTIVATED', now: someTime() }),
      () => ({ type: 'GOODBYE_SENT', now: someTime() }),
      () => ({ type: 'ONBOARDED', birthAt: BIRTH, now: someTime() }),
    ])();

  it('gives what one run through all the events gives, over 3,000 random stored weeks and follow-ups', () => {
    const stagesSeen = new Set<WeekStage>();
    for (let i = 0; i < 3000; i++) {
      const history: WeekEvent[] = [{ type: 'ONBOARDED', birthAt: BIRTH, now: at(someHour()) }, ...Array.from({ length: Math.floor(random() * 4) }, someEvent)];
      const stored = JSON.parse(JSON.stringify(runWeek(undefined, history).persisted)) as PersistedWeek;
      const followUp = Array.from({ length: 1 + Math.floor(random() * 3) }, () => (random() < 0.8 ? { type: 'TICK' as const, now: someTime() } : someEvent()));
      const restored = runWeek(stored, followUp);
      const unbroken = runWeek(undefined, [...history, ...followUp]);
      stagesSeen.add(unbroken.stage);
      expect({ history, followUp, run: restored }).toEqual({ history, followUp, run: unbroken });
    }
    expect([...stagesSeen].sort()).toEqual(WEEK_STAGES.filter((stage) => stage !== 'beforeOnboarding').sort());
  });
});
