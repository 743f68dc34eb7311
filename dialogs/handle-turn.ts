import { createActor, type AnyActorScope, type SnapshotFrom } from 'xstate';
import { stageTextKey } from '../src/mother/finding-text';
import { isWeekStage } from '../src/mother/week-stages';
import type { Locale } from '../src/mother/profile';
import { MOTHER_MACHINE_VERSION, type MachineState, type MotherDocument } from '../src/store/mother-document';
import { NO_TURN, type MotherContext, type MotherMachineEvent } from './machine-context';
import { motherMachine } from './mother-machine';
import { text, type Reply } from './reply';
import { turnEvent } from './turn-event';
import { takeHeardVariant } from './onboarding';
import { restingConversation } from '../src/store/upgrade-document';
import type { TurnContextInfo, TurnInput, TurnOutcome } from './turn';
import type { CheckinConversation } from '../src/checkins/scheduler';

type MotherSnapshot = SnapshotFrom<typeof motherMachine>;

/**
 * What a transition runs in. xstate's pure `transition()` builds one (an unstarted actor and its
 * system) for every event, and an actor restored from a snapshot first walks her whole document
 * looking for child actors to revive; this machine has no children, timers or emitted events, so
 * one inert scope serves every turn, and all its actions (assign, raise) run inside the transition.
 */
const SCOPE: AnyActorScope = (() => {
  const self = createActor(motherMachine, { input: NO_TURN });
  return { self, id: '', sessionId: '', system: self.system, defer: () => {}, logger: () => {}, stopChild: () => {}, emit: () => {}, actionExecutor: () => {} };
})();

/**
 * Her machine at a stored state value, with this turn's context. Resolving a value walks the chart
 * (xstate's `resolveState` works out her state nodes and then the value from them again); her week
 * has a few dozen states, so each is resolved once and its snapshot reused with the new context,
 * as xstate itself does when an action assigns a context.
 */
const resolvedStates = new Map<string, MotherSnapshot>();
function snapshotAt(value: MachineState['value'], context: MotherContext): MotherSnapshot {
  const key = JSON.stringify(value);
  let resolved = resolvedStates.get(key);
  if (!resolved) {
    resolved = motherMachine.resolveState({ value: value as never, context });
    resolvedStates.set(key, resolved);
  }
  return { ...resolved, context };
}

/** Her machine as her document left it: its stored state with the document as context. */
function restore(doc: MotherDocument | undefined, ctx: TurnContextInfo, locale: Locale): MotherSnapshot {
  const context: MotherContext = { doc: doc ?? null, now: ctx.now, replies: [], locale, written: false, restartWeek: false, passingOn: false, turn: ctx };
  // A state of this version, unless it says she is onboarded without her profile.
  const stored = doc?.machine?.version === MOTHER_MACHINE_VERSION && (doc.profile || !isOnboardedValue(doc.machine.value)) ? doc.machine.value : undefined;
  if (stored) {
    try {
      return snapshotAt(stored, context);
    } catch {
      // A state this machine does not have (a damaged document): read from what the document holds, below.
    }
  }
  // No state of this version, or a damaged one: where her consent and profile put her; the week walks on from its start.
  return snapshotAt({ week: 'beforeOnboarding', conversation: restingConversation(doc) } as MachineState['value'], context);
}

function isOnboardedValue(value: MachineState['value']): boolean {
  return typeof value.conversation === 'object' && value.conversation !== null && 'onboarded' in value.conversation;
}

const askedForBirth = (value: MachineState['value']): boolean => sameValue(value.conversation, { onboarding: 'birth' });

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** One event through her machine: the document to write (undefined: unchanged, null: deleted) and the replies. */
function run(doc: MotherDocument | undefined, snapshot: MotherSnapshot, event: MotherMachineEvent): TurnOutcome {
  const after = motherMachine.transition(snapshot, event, SCOPE);
  const { context } = after;
  const value = after.value as MachineState['value'];
  const stage = isWeekStage(value.week) ? value.week : 'beforeOnboarding';
  const replies: Reply[] = context.replies.map((reply) => (reply.kind === 'stage' ? text(stageTextKey(stage)) : reply));
  if (context.doc === null) return { doc: doc ? null : undefined, replies, locale: context.locale };
  if (!context.written && sameValue(doc?.machine?.value, value)) return { doc: undefined, replies, locale: context.locale };
  return { doc: { ...context.doc, machine: { version: MOTHER_MACHINE_VERSION, value } }, replies, locale: context.locale };
}

/** The whole of one turn, pure: her document and what she sent in, the new document and the replies out. */
export function handleTurn(doc: MotherDocument | undefined, received: TurnInput, ctx: TurnContextInfo): TurnOutcome {
  const guessed: Locale = doc?.locale ?? ctx.channelLocale ?? ctx.defaultLocale;
  const before = restore(doc, ctx, guessed);
  const event = turnEvent(doc, received, ctx, askedForBirth(before.value as MachineState['value']));
  const heard = 'heard' in event ? event.heard : undefined;
  const snapshot = heard ? { ...before, context: { ...before.context, locale: heard } } : before;
  // A document already there is not written again on install.
  if (event.type === 'INSTALLED' && doc) return { doc: undefined, replies: [], locale: guessed };
  const outcome = run(doc, snapshot, event);
  return doc?.variantOpen ? takeHeardVariant(doc, outcome, heard) : outcome;
}

/** A turn the scheduler starts (a check-in or its reminder): it logs nothing of hers, so it needs no entry ids. */
function scheduled(doc: MotherDocument, event: MotherMachineEvent): TurnOutcome {
  const ctx: TurnContextInfo = { ...NO_TURN.turn, motherId: doc.id, now: event.now, defaultLocale: doc.locale, defaultTimezone: doc.profile?.timezone ?? NO_TURN.turn.defaultTimezone };
  return run(doc, restore(doc, ctx, doc.locale), event);
}

/** Her daily check-in due at `now` (from hour 168 her week's summary and goodbye), as the scheduler sends it. */
export function checkinDue(doc: MotherDocument, now: string): { doc: MotherDocument; replies: Reply[] } {
  const outcome = scheduled(doc, { type: 'CHECKIN_DUE', now });
  return { doc: outcome.doc ?? doc, replies: outcome.replies };
}

/** What the scheduler (src/checkins/scheduler.ts) says at a check-in and at its reminder; the composition root wires it in. */
export const checkinConversation: CheckinConversation<Reply> = {
  open: checkinDue,
  reminder: (doc, now) => scheduled(doc, { type: 'REMINDER_DUE', now }).replies,
};
