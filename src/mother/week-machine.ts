/**
 * Her first week as one XState v5 machine. Stages, in real hours since birth:
 *
 *   beforeOnboarding   until ONBOARDED (birthAt known)
 *   firstHours         [0, 24) h
 *   daysOneToThree     [24, 72) h
 *   activationWindow   [72, 120) h, no activation sign yet
 *   activationReached  an activation finding fired (ACTIVATED), until 168 h
 *   activationDelayed  120 h passed without activation, until ACTIVATED or 168 h
 *   weekComplete       [168, 192) h: the week is over; the goodbye is due
 *   afterWeek          from 192 h, or as soon as GOODBYE_SENT arrives in weekComplete
 *
 * ACTIVATED moves any stage from firstHours to activationDelayed into
 * activationReached (an early 3 x 20 ml or "milk is in" counts too).
 * Time enters only through events that carry `now` (ONBOARDED, TICK,
 * CHECKIN_DUE, ACTIVATED, GOODBYE_SENT): no `after` timers, which do not survive
 * persistence, and no wall clock. The clock in the context never goes back, so a
 * late or replayed event cannot move her to an earlier stage.
 */
import { assign, createActor, setup, type Actor, type SnapshotFrom } from 'xstate';
import { HOUR_MS, millisOrNaN } from './time';
import { WEEK_HOURS } from './limits';

export const WEEK_MACHINE_VERSION = 1;

export const WEEK_STAGES = [
  'beforeOnboarding',
  'firstHours',
  'daysOneToThree',
  'activationWindow',
  'activationReached',
  'activationDelayed',
  'weekComplete',
  'afterWeek',
] as const;
export type WeekStage = (typeof WEEK_STAGES)[number];

/** Where each time-driven stage ends, in hours since birth (the hours of the week are in limits.ts). */
export const STAGE_BOUNDARY_HOURS = {
  firstHoursEnd: WEEK_HOURS.firstDayEnd,
  daysOneToThreeEnd: WEEK_HOURS.activationWatch,
  activationDelayedAt: WEEK_HOURS.activationDelayed,
  weekCompleteAt: WEEK_HOURS.weekOver,
  afterWeekAt: WEEK_HOURS.afterWeek,
} as const;

export type WeekEvent =
  | { type: 'ONBOARDED'; birthAt: string; now: string }
  | { type: 'TICK'; now: string }
  | { type: 'CHECKIN_DUE'; now: string }
  | { type: 'ACTIVATED'; now: string }
  | { type: 'GOODBYE_SENT'; now: string }
  | { type: 'RESET' };

export interface WeekContext {
  birthAt: string | null;
  /** The latest `now` any event brought. */
  now: string | null;
  activatedAt: string | null;
  goodbyeAt: string | null;
}

const EMPTY_CONTEXT: WeekContext = { birthAt: null, now: null, activatedAt: null, goodbyeAt: null };


function isTime(value: unknown): value is string {
  return !Number.isNaN(millisOrNaN(value));
}

function later(current: string | null, candidate: string): string | null {
  const candidateMs = millisOrNaN(candidate);
  if (Number.isNaN(candidateMs)) return current;
  const currentMs = millisOrNaN(current);
  if (Number.isNaN(currentMs)) return candidate;
  return candidateMs > currentMs ? candidate : current;
}

/** Real hours since birth (hoursSinceBirth of time.ts, without luxon on the canonical path). */
function hoursOf(context: WeekContext): number {
  if (context.birthAt === null || context.now === null) return Number.NEGATIVE_INFINITY;
  return (millisOrNaN(context.now) - millisOrNaN(context.birthAt)) / HOUR_MS;
}

export const weekMachine = setup({
  types: {
    context: {} as WeekContext,
    events: {} as WeekEvent,
  },
  guards: {
    isValidOnboarding: ({ event }) => event.type === 'ONBOARDED' && isTime(event.birthAt) && isTime(event.now),
    reachedHour: ({ context }, params: { hour: number }) => hoursOf(context) >= params.hour,
  },
  actions: {
    onboard: assign(({ event }) =>
      event.type === 'ONBOARDED' ? { ...EMPTY_CONTEXT, birthAt: event.birthAt, now: event.now } : {},
    ),
    advanceClock: assign({
      now: ({ context, event }) => ('now' in event ? later(context.now, event.now) : context.now),
    }),
    markActivated: assign({
      activatedAt: ({ context, event }) => context.activatedAt ?? ('now' in event ? event.now : context.now),
    }),
    markGoodbye: assign({
      goodbyeAt: ({ context, event }) => context.goodbyeAt ?? ('now' in event ? event.now : context.now),
    }),
    clear: assign(() => ({ ...EMPTY_CONTEXT })),
  },
}).createMachine({
  id: 'firstWeek',
  context: { ...EMPTY_CONTEXT },
  initial: 'beforeOnboarding',
  on: {
    TICK: { actions: 'advanceClock' },
    CHECKIN_DUE: { actions: 'advanceClock' },
    RESET: { target: '.beforeOnboarding', actions: 'clear' },
  },
  states: {
    beforeOnboarding: {
      on: {
        ONBOARDED: { guard: 'isValidOnboarding', target: 'firstHours', actions: 'onboard' },
        TICK: {},
        CHECKIN_DUE: {},
      },
    },
    firstHours: {
      always: { guard: { type: 'reachedHour', params: { hour: STAGE_BOUNDARY_HOURS.firstHoursEnd } }, target: 'daysOneToThree' },
      on: { ACTIVATED: { target: 'activationReached', actions: ['advanceClock', 'markActivated'] } },
    },
    daysOneToThree: {
      always: { guard: { type: 'reachedHour', params: { hour: STAGE_BOUNDARY_HOURS.daysOneToThreeEnd } }, target: 'activationWindow' },
      on: { ACTIVATED: { target: 'activationReached', actions: ['advanceClock', 'markActivated'] } },
    },
    activationWindow: {
      always: { guard: { type: 'reachedHour', params: { hour: STAGE_BOUNDARY_HOURS.activationDelayedAt } }, target: 'activationDelayed' },
      on: { ACTIVATED: { target: 'activationReached', actions: ['advanceClock', 'markActivated'] } },
    },
    activationDelayed: {
      always: { guard: { type: 'reachedHour', params: { hour: STAGE_BOUNDARY_HOURS.weekCompleteAt } }, target: 'weekComplete' },
      on: { ACTIVATED: { target: 'activationReached', actions: ['advanceClock', 'markActivated'] } },
    },
    activationReached: {
      always: { guard: { type: 'reachedHour', params: { hour: STAGE_BOUNDARY_HOURS.weekCompleteAt } }, target: 'weekComplete' },
    },
    weekComplete: {
      always: { guard: { type: 'reachedHour', params: { hour: STAGE_BOUNDARY_HOURS.afterWeekAt } }, target: 'afterWeek' },
      on: { GOODBYE_SENT: { target: 'afterWeek', actions: ['advanceClock', 'markGoodbye'] } },
    },
    afterWeek: {},
  },
});

export type WeekSnapshot = SnapshotFrom<typeof weekMachine>;

/** What is stored in MotherDocument.machine. */
export interface PersistedWeek {
  version: number;
  snapshot: unknown;
}

export interface WeekRun {
  stage: WeekStage;
  context: WeekContext;
  persisted: PersistedWeek;
}

function isWeekStage(value: unknown): value is WeekStage {
  return typeof value === 'string' && (WEEK_STAGES as readonly string[]).includes(value);
}

function stringField(source: unknown, key: string): string | null {
  if (!source || typeof source !== 'object') return null;
  const value = (source as Record<string, unknown>)[key];
  return isTime(value) ? value : null;
}

/**
 * Events that rebuild her week from what an old or damaged snapshot still tells
 * (birth time, clock, activation, goodbye). Nothing known: a fresh start.
 */
function replayFrom(snapshot: unknown): WeekEvent[] {
  const context = snapshot && typeof snapshot === 'object' ? (snapshot as Record<string, unknown>).context : undefined;
  const birthAt = stringField(context, 'birthAt');
  const now = stringField(context, 'now');
  if (!birthAt || !now) return [];
  const activatedAt = stringField(context, 'activatedAt');
  const goodbyeAt = stringField(context, 'goodbyeAt');
  const events: WeekEvent[] = [{ type: 'ONBOARDED', birthAt, now: activatedAt ?? now }];
  if (activatedAt) events.push({ type: 'ACTIVATED', now: activatedAt });
  if (goodbyeAt) events.push({ type: 'TICK', now: goodbyeAt }, { type: 'GOODBYE_SENT', now: goodbyeAt });
  events.push({ type: 'TICK', now });
  return events;
}

/**
 * The snapshot in the shape xstate restores, or undefined when it is not one of
 * ours (xstate reports a bad snapshot asynchronously, out of reach of a try/catch).
 */
function restorableSnapshot(snapshot: unknown): WeekSnapshot | undefined {
  if (!snapshot || typeof snapshot !== 'object') return undefined;
  const candidate = snapshot as Record<string, unknown>;
  const context = candidate.context;
  if (candidate.status !== 'active' || !isWeekStage(candidate.value) || !context || typeof context !== 'object') return undefined;
  const fields = context as Record<string, unknown>;
  const timeOrNull = (key: keyof WeekContext) => fields[key] === null || isTime(fields[key]);
  if (!timeOrNull('birthAt') || !timeOrNull('now') || !timeOrNull('activatedAt') || !timeOrNull('goodbyeAt')) return undefined;
  return { ...candidate, children: {}, historyValue: {} } as unknown as WeekSnapshot;
}

function startActor(persisted: PersistedWeek | undefined): Actor<typeof weekMachine> {
  const restorable = persisted && persisted.version === WEEK_MACHINE_VERSION ? restorableSnapshot(persisted.snapshot) : undefined;
  if (restorable) {
    try {
      const actor = createActor(weekMachine, { snapshot: restorable }).start();
      if (isWeekStage(actor.getSnapshot().value)) return actor;
      actor.stop();
    } catch {
      // A damaged snapshot: rebuilt below from what it still tells.
    }
  }
  const actor = createActor(weekMachine).start();
  for (const event of replayFrom(persisted?.snapshot)) actor.send(event);
  return actor;
}

/**
 * Her week after `events`: restores it from the stored snapshot (or starts fresh
 * when there is none or it is of another version, replaying what it still
 * tells), sends the events in order to the actor and returns the new
 * JSON-serialisable snapshot. Every run goes through the machine.
 */
export function runWeek(persisted: PersistedWeek | undefined, events: readonly WeekEvent[]): WeekRun {
  const actor = startActor(persisted);
  for (const event of events) actor.send(event);
  const snapshot = actor.getSnapshot();
  const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as unknown;
  actor.stop();
  const stage = isWeekStage(snapshot.value) ? snapshot.value : 'beforeOnboarding';
  return { stage, context: { ...snapshot.context }, persisted: { version: WEEK_MACHINE_VERSION, snapshot: stored } };
}

/** Her stage as stored; beforeOnboarding when nothing is stored. */
export function stageOf(persisted: PersistedWeek | undefined): WeekStage {
  return runWeek(persisted, []).stage;
}
