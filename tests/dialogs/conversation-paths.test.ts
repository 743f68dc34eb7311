import { transition, type ActorScope, type AnyStateNode, type SnapshotFrom } from 'xstate';
import { createTestModel, getAdjacencyMap, getShortestPaths, getSimplePaths, type AdjacencyMap, type AdjacencyValue } from 'xstate/graph';
import { checkinConversation, checkinDue, handleTurn } from '../../dialogs/handle-turn';
import type { MotherContext, MotherMachineEvent } from '../../dialogs/machine-context';
import { motherMachine } from '../../dialogs/mother-machine';
import type { Reply } from '../../dialogs/reply';
import type { TurnContextInfo, TurnInput } from '../../dialogs/turn';
import { turnEvent } from '../../dialogs/turn-event';
import { CHECKIN_QUESTIONS, type CheckinQuestion } from '../../src/mother/checkin-questions';
import type { MotherDocument } from '../../src/store/mother-document';

/**
 * Paths through her conversation, found from the machine itself with xstate/graph. Her words are
 * events as the turn makes them (turnEvent: understand() read in the state she is in, red flags
 * first), from a small alphabet; cards and the scheduler's check-ins besides. A state is its value
 * only (the week stage and where the conversation is): her document, the context, would make
 * every state new. The properties are what a mother would notice along every path: every word
 * answered, a check-in only opened by the scheduler and each answer kept under its own question,
 * "slett mine data" undone by "nei" and final after "ja", red flags that leave the open question
 * open, a state that always agrees with what is stored of her.
 */

type Snapshot = SnapshotFrom<typeof motherMachine>;
type Value = { week: string; conversation: unknown };

const ZONE = 'Europe/Oslo';
/** 14:00 in Oslo on day 3 of a birth on 24.11 at 03:10. */
const NOW = '2026-11-26T13:00:00.000Z';
/** Hour 171 of that birth: the check-in due then is the goodbye. */
const WEEK_OVER = '2026-12-01T05:10:00.000Z';

let ids = 0;
const ctxAt = (now: string): TurnContextInfo => ({ motherId: 'graph', now, defaultLocale: 'nb', defaultTimezone: ZONE, newId: () => `id-${ids++}` });
const valueOf = (snapshot: Snapshot): Value => snapshot.value as Value;
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
/** JSON with the keys of every object in order, for values kept in whatever order they were set. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));

/**
 * The state value her document restores to, as handleTurn's `restore` reads it: no document is a
 * new mother; a value that says onboarded without a profile is read from what the document holds.
 */
function restoredValue(value: Value, doc: MotherDocument | null): Value {
  if (!doc) return { week: 'beforeOnboarding', conversation: 'new' };
  const onboarded = typeof value.conversation === 'object' && value.conversation !== null && 'onboarded' in value.conversation;
  if (onboarded && !doc.profile) {
    const conversation = doc.consent === 'refused' ? 'refused' : doc.consent !== 'given' ? { onboarding: 'consent' } : { onboarding: 'birth' };
    return { week: 'beforeOnboarding', conversation };
  }
  return value;
}

/** Her machine at the start of a turn at `now`: the state her document keeps, and a context fresh for the turn (handle-turn.ts, `restore`). */
function restore(value: Value, doc: MotherDocument | null, now: string, heard?: MotherDocument['locale']): Snapshot {
  const turn = ctxAt(now);
  const context: MotherContext = { doc, now, replies: [], locale: heard ?? doc?.locale ?? turn.defaultLocale, written: false, restartWeek: false, passingOn: false, turn };
  return motherMachine.resolveState({ value: restoredValue(value, doc) as never, context });
}

/**
 * The mother's machine taken one turn at a time, as handleTurn takes it: every event starts from
 * the state value and the document the turn before left, with a fresh turn context (its `now`,
 * no replies yet). What is graphed is the machine itself; only what a turn does not keep is reset.
 */
const turns = Object.create(motherMachine, {
  transition: {
    value: (snapshot: Snapshot, event: MotherMachineEvent, scope: ActorScope<Snapshot, MotherMachineEvent>) => {
      const heard = event.type === 'MESSAGE' || event.type === 'CARD' || event.type === 'RED_FLAG' ? event.heard : undefined;
      const restored = restore(valueOf(snapshot), snapshot.context.doc, event.now, heard);
      // A document already there is not written again on install: the turn ends before her machine.
      if (event.type === 'INSTALLED' && snapshot.context.doc) return restored;
      return motherMachine.transition(restored, event, scope as never);
    },
  },
}) as typeof motherMachine;

// ---- her alphabet ---------------------------------------------------------------------------

const TEXTS = [
  'hei',
  'ja',
  'nei',
  '24.11 kl 03.10',
  'begge',
  '09:00',
  '5',
  'hopp over',
  'nei det var 5',
  'angre',
  'pumpet',
  '20 ml',
  'slett mine data',
  'status',
  'hva er håndmelking?',
  'melken har kommet',
  'kl 23 ammet',
  'født 24.11 kl 10',
  // Red flags: urgent and emergency.
  'feber 39',
  'blå rundt munnen',
] as const;

const ONBOARD = { action: 'onboard', birthAt: '2026-11-24T02:10:00.000Z', feedingMode: 'both', checkInTime: '09:00', timezone: ZONE, consent: true };
const CARDS = {
  onboard: ONBOARD,
  withdraw: { ...ONBOARD, consent: false },
  checkin: { action: 'checkin', feeds: 8, wetDiapers: 6, pumpMl: [], yellowStools: 3 },
} as const;

/** What she sent for each event made here, and its name in a path: a path can be replayed through handleTurn and read. */
const sent = new WeakMap<MotherMachineEvent, { input: TurnInput | 'checkinDue' | 'reminderDue'; name: string }>();
function made(event: MotherMachineEvent, input: TurnInput | 'checkinDue' | 'reminderDue', name: string): MotherMachineEvent {
  sent.set(event, { input, name });
  return event;
}

/** Her words as the turn reads them in this state (turn-event.ts: a red flag first, the birth question reads dates). */
function say(snapshot: Snapshot, text: string, now = NOW): MotherMachineEvent {
  const askedForBirth = same(valueOf(snapshot).conversation, { onboarding: 'birth' });
  const input: TurnInput = { kind: 'message', text };
  return made(turnEvent(snapshot.context.doc ?? undefined, input, ctxAt(now), askedForBirth), input, JSON.stringify(text));
}
function tap(snapshot: Snapshot, value: Record<string, unknown>, name = 'CARD'): MotherMachineEvent {
  const input: TurnInput = { kind: 'message', text: '', value };
  return made(turnEvent(snapshot.context.doc ?? undefined, input, ctxAt(NOW), false), input, name);
}

/** Every event of the alphabet in `snapshot`: her typed words, three cards, the app installed, and the scheduler's check-in today and after the week. */
function eventsIn(snapshot: Snapshot): MotherMachineEvent[] {
  return [
    ...TEXTS.map((text) => say(snapshot, text)),
    ...Object.entries(CARDS).map(([name, value]) => tap(snapshot, value, `CARD ${name}`)),
    made({ type: 'INSTALLED', now: NOW }, { kind: 'installed' }, 'INSTALLED'),
    made({ type: 'CHECKIN_DUE', now: NOW }, 'checkinDue', 'CHECKIN_DUE'),
    made({ type: 'CHECKIN_DUE', now: WEEK_OVER }, 'checkinDue', 'CHECKIN_DUE (week over)'),
    made({ type: 'REMINDER_DUE', now: NOW }, 'reminderDue', 'REMINDER_DUE'),
  ];
}

/** An event's name in a path: her words, the card, or the scheduler's check-in. */
const named = (event: MotherMachineEvent): string => sent.get(event)?.name ?? event.type;
const serializeState = (snapshot: Snapshot): string => JSON.stringify(snapshot.value);
const serializeEvent = (event: MotherMachineEvent): string => named(event);

const NEW = restore({ week: 'beforeOnboarding', conversation: 'new' }, null, NOW);
const INPUT = NEW.context;

// ---- reading states ---------------------------------------------------------------------------

const conversationOf = (snapshot: Snapshot): unknown => valueOf(snapshot).conversation;
const checkinQuestionOf = (snapshot: Snapshot): CheckinQuestion | undefined => {
  const conversation = conversationOf(snapshot) as { onboarded?: { checkin?: CheckinQuestion } | string } | string;
  return typeof conversation === 'object' && typeof conversation.onboarded === 'object' ? conversation.onboarded.checkin : undefined;
};
const at = (conversation: unknown) => (snapshot: Snapshot): boolean => same(conversationOf(snapshot), conversation);
const IDLE = { onboarded: 'idle' };
const inCheckin = (question: CheckinQuestion) => at({ onboarded: { checkin: question } });
/** The reply keys of a turn, as a test reads them (a red flag and other findings by their lead code). */
const keys = (snapshot: Snapshot): string[] =>
  snapshot.context.replies.map((r) => (r.kind === 'text' ? r.key : r.kind === 'findings' ? r.lead.code : r.kind === 'card' ? `card:${r.card}` : r.kind));

/** Whether `value` is in the state node at `path` (['conversation', 'onboarded', 'checkin', 'feeds']). */
function isIn(value: unknown, path: readonly string[]): boolean {
  const [head, ...rest] = path;
  if (head === undefined) return true;
  if (typeof value === 'string') return value === head && rest.length === 0;
  if (typeof value !== 'object' || value === null || !(head in value)) return false;
  return isIn((value as Record<string, unknown>)[head], rest);
}

/** Every state node under `node`, itself included. */
const nodesUnder = (node: AnyStateNode): AnyStateNode[] => [node, ...Object.values(node.states).flatMap(nodesUnder)];

/** One event, as a turn takes it. */
const step = (snapshot: Snapshot, event: MotherMachineEvent): Snapshot => transition(turns, snapshot, event)[0];

// ---- the graph --------------------------------------------------------------------------------

let graph: AdjacencyMap<Snapshot, MotherMachineEvent>;
let edges: Array<{ from: Snapshot; event: MotherMachineEvent; to: Snapshot }>;
const reached = (): Snapshot[] => Object.values(graph).map((v) => v.state);
/** The transitions of one state of an adjacency map (keyed by the events' names). */
const transitionsOf = (transitions: AdjacencyValue<Snapshot, MotherMachineEvent>['transitions']) =>
  Object.values(transitions) as Array<{ event: MotherMachineEvent; state: Snapshot }>;
const where = (snapshot: Snapshot): string => serializeState(snapshot);

beforeAll(() => {
  graph = getAdjacencyMap(turns, { fromState: NEW, input: INPUT, events: eventsIn, serializeState, serializeEvent });
  edges = Object.values(graph).flatMap(({ state, transitions }) => transitionsOf(transitions).map(({ event, state: to }) => ({ from: state, event, to })));
});

describe('the conversation graph from a new mother, with her alphabet', () => {
  it('reaches every conversation state of the machine but `back`, which no turn rests in', () => {
    const conversation = motherMachine.root.states.conversation!;
    const nodes = nodesUnder(conversation).filter((node) => node !== conversation);
    const values = reached().map(valueOf);
    const missing = nodes.filter((node) => !values.some((value) => isIn(value, node.path)));
    // `back` has only eventless transitions: every turn that goes there leaves it at once.
    expect(missing.map((node) => node.id)).toEqual(['mother.conversation.back']);
    expect(values.filter((value) => isIn(value, ['conversation', 'back']))).toEqual([]);
    expect(reached().length).toBeGreaterThanOrEqual(30);
    expect(edges.length).toBe(reached().length * eventsIn(NEW).length);
  });

  it('every message, card and red flag gets an answer', () => {
    const silent = edges.filter(({ event, to }) => event.type !== 'CHECKIN_DUE' && event.type !== 'REMINDER_DUE' && event.type !== 'INSTALLED' && to.context.replies.length === 0);
    expect(silent.map(({ from, event }) => `${where(from)} ${named(event)}`)).toEqual([]);
  });

  it('a check-in due when she is onboarded always says something (a check-in or the goodbye)', () => {
    const silent = edges.filter(({ from, event, to }) => event.type === 'CHECKIN_DUE' && from.context.doc?.profile && to.context.replies.length === 0);
    expect(silent.map(({ from, event }) => `${where(from)} ${named(event)}`)).toEqual([]);
  });

  it('a red flag gets its advice first and never changes the conversation state; the open question is still open', () => {
    const flags = edges.filter(({ event }) => event.type === 'RED_FLAG');
    // "feber 39" and "blå rundt munnen" are red flags in every state.
    expect(flags).toHaveLength(2 * reached().length);
    for (const { from, event, to } of flags) {
      expect(`${where(from)}: ${JSON.stringify(conversationOf(to))}`).toBe(`${where(from)}: ${JSON.stringify(conversationOf(from))}`);
      expect(keys(to)[0]).toMatch(/^red-flag\./);
      // What she says next is read as it would have been without the red flag.
      for (const text of ['5', 'ja', 'nei', '24.11 kl 03.10', 'begge'] as const) {
        expect(`${where(from)} ${text}: ${serializeState(step(to, say(to, text)))}`).toBe(`${where(from)} ${text}: ${serializeState(step(from, say(from, text)))}`);
      }
      expect(event.type).toBe('RED_FLAG');
    }
  });

  it('the state always agrees with her document', () => {
    const wrong: string[] = [];
    for (const { from, event, to } of edges) {
      const doc = to.context.doc;
      const conversation = conversationOf(to);
      const holds =
        conversation === 'new'
          ? doc === null
          : conversation === 'refused'
            ? doc?.consent === 'refused' && !doc.profile
            : conversation === 'confirmDelete'
              ? doc !== null
              : isIn(conversation, ['onboarding', 'consent'])
                ? !!doc && doc.consent !== 'given' && !doc.profile
                : isIn(conversation, ['onboarding'])
                  ? doc?.consent === 'given' && !doc.profile
                  : isIn(conversation, ['onboarded', 'checkin'])
                    ? !!doc?.profile && !!doc.draft?.checkin
                    : isIn(conversation, ['onboarded', 'pendingLog'])
                      ? !!doc?.profile && !!doc.draft?.pending?.length
                      : isIn(conversation, ['onboarded', 'confirmLog'])
                        ? !!doc?.profile && !!doc.draft?.yesterday
                        : !!doc?.profile;
      if (!holds) wrong.push(`${where(from)} ${named(event)} → ${where(to)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('check-ins', () => {
  /** Onboarded by the card (she breastfeeds and pumps), day 3, nothing open. */
  const fromIdle = () => reached().find((s) => same(valueOf(s), { week: 'daysOneToThree', conversation: IDLE }))!;

  it.each(CHECKIN_QUESTIONS)('%s is reachable from idle, and only ever opened by CHECKIN_DUE', (question) => {
    const paths = getShortestPaths(turns, { fromState: fromIdle(), input: INPUT, events: eventsIn, serializeState, serializeEvent, toState: inCheckin(question) });
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      // Steps as xstate/graph gives them: the state reached and the event that reached it, after the start.
      const entered = path.steps.findIndex(({ state }) => checkinQuestionOf(state) !== undefined);
      expect(named(path.steps[entered]!.event)).toMatch(/^CHECKIN_DUE/);
    }
    const shortest = Math.min(...paths.map((p) => p.weight));
    expect(shortest).toBe(1 + CHECKIN_QUESTIONS.indexOf(question));
  });

  it('everywhere in the graph, a check-in is entered from outside only by CHECKIN_DUE or by coming back to one set aside', () => {
    const entries = edges.filter(({ from, to }) => checkinQuestionOf(from) === undefined && checkinQuestionOf(to) !== undefined);
    for (const { from, event, to } of entries) {
      if (event.type === 'CHECKIN_DUE') {
        expect(checkinQuestionOf(to)).toBe(CHECKIN_QUESTIONS[0]);
        continue;
      }
      // A side question answered (or dropped): back to the question it set aside, asked again unless her message goes on.
      expect(`${where(from)} ${named(event)} → ${checkinQuestionOf(to)}`).toBe(`${where(from)} ${named(event)} → ${from.context.doc?.draft?.checkin?.resumeAt}`);
    }
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(CHECKIN_QUESTIONS)('a side question asked in %s (a missing value, "yesterday?") comes back to that question once answered', (question) => {
    const there = reached().find((s) => checkinQuestionOf(s) === question && valueOf(s).week === 'daysOneToThree')!;
    for (const [log, answer, stored] of [
      ['pumpet', '20', 'pump'],
      ['kl 23 ammet', 'ja', 'feed'],
      ['pumpet', 'hopp over', undefined],
      ['kl 23 ammet', 'nei', undefined],
    ] as const) {
      const asked = step(there, say(there, log));
      expect(checkinQuestionOf(asked)).toBeUndefined();
      const back = step(asked, say(asked, answer));
      const label = `${question}: ${log} / ${answer}`;
      expect(`${label} → ${checkinQuestionOf(back)}`).toBe(`${label} → ${question}`);
      expect(keys(back).at(-1)).toBe(`checkin:question.${question}`);
      expect(back.context.doc!.draft!.checkin!.values).toEqual(there.context.doc!.draft!.checkin!.values);
      expect(back.context.doc!.draft!.checkin!.resumeAt).toBeUndefined();
      const logged = back.context.doc!.events.slice(there.context.doc!.events.length).map((e) => e.type);
      expect(logged).toEqual(stored ? [stored] : []);
    }
  });

  it('from every check-in question a number moves on to the next question or ends in idle, filed under that question only', () => {
    const questions = edges.filter(({ from, event }) => checkinQuestionOf(from) !== undefined && named(event) === '"5"');
    expect(new Set(questions.map(({ from }) => checkinQuestionOf(from)))).toEqual(new Set(CHECKIN_QUESTIONS));
    for (const { from, to } of questions) {
      const question = checkinQuestionOf(from)!;
      const next = CHECKIN_QUESTIONS[CHECKIN_QUESTIONS.indexOf(question) + 1];
      const filed = { ...from.context.doc!.draft!.checkin!.values, [question]: question === 'pumpMl' ? [5] : 5 };
      expect(valueOf(to).week).toBe(valueOf(from).week);
      if (next) {
        expect(`${where(from)} → ${checkinQuestionOf(to)}`).toBe(`${where(from)} → ${next}`);
        expect(to.context.doc!.draft!.checkin!.values).toEqual(filed);
        expect(keys(to)).toEqual(['dialog:checkin.gotIt', `checkin:question.${next}`]);
      } else {
        expect(`${where(from)} → ${JSON.stringify(conversationOf(to))}`).toBe(`${where(from)} → ${JSON.stringify(IDLE)}`);
        expect(to.context.doc!.draft?.checkin).toBeUndefined();
        expect(to.context.doc!.checkins.at(-1)).toMatchObject(filed);
        expect(to.context.doc!.checkins).toHaveLength(from.context.doc!.checkins.length + 1);
      }
    }
  });

  it.each([
    ['breast', 'feeds'],
    ['pump', 'pumpMl'],
    ['both', 'feeds'],
  ] as const)('a %s mother\'s check-in opens at %s', (feedingMode, first) => {
    const onboarded = step(NEW, tap(NEW, { ...ONBOARD, feedingMode }));
    expect(conversationOf(onboarded)).toEqual(IDLE);
    expect(checkinQuestionOf(step(onboarded, { type: 'CHECKIN_DUE', now: NOW }))).toBe(first);
  });
});

describe('deleting her data', () => {
  const SIDE_QUESTIONS = [{ onboarded: 'pendingLog' }, { onboarded: 'confirmLog' }];
  const withData = () => reached().filter((s) => s.context.doc !== null);

  it('"slett mine data" then "nei" comes back to the state she left, with everything kept', () => {
    const states = withData();
    expect(states.length).toBeGreaterThan(20);
    for (const from of states) {
      const asked = step(from, say(from, 'slett mine data'));
      expect(`${where(from)}: ${JSON.stringify(conversationOf(asked))}`).toBe(`${where(from)}: "confirmDelete"`);
      const kept = step(asked, say(asked, 'nei'));
      const doc = from.context.doc!;
      // A side question (a missing value, "yesterday?") is dropped by any other message; she comes back to what it had set aside.
      const setAside = doc.draft?.checkin?.resumeAt;
      const expected = SIDE_QUESTIONS.some((side) => same(side, conversationOf(from)))
        ? setAside
          ? { onboarded: { checkin: setAside } }
          : IDLE
        : conversationOf(from) === 'confirmDelete'
          ? conversationOf(step(from, say(from, 'nei')))
          : conversationOf(from);
      expect(`${where(from)} → ${JSON.stringify(valueOf(kept))}`).toBe(`${where(from)} → ${JSON.stringify({ week: valueOf(from).week, conversation: expected })}`);
      expect(keys(kept)[0]).toBe('dialog:delete.kept');
      const after = kept.context.doc!;
      expect({ profile: after.profile, consent: after.consent, events: after.events, checkins: after.checkins, findings: after.findings, locale: after.locale }).toEqual({
        profile: doc.profile,
        consent: doc.consent,
        events: doc.events,
        checkins: doc.checkins,
        findings: doc.findings,
        locale: doc.locale,
      });
      // The question she was at is asked again, with her answers so far.
      const question = checkinQuestionOf(kept);
      if (question) expect(keys(kept).at(-1)).toBe(`checkin:question.${question}`);
      if (question) expect(after.draft?.checkin?.values).toEqual(doc.draft?.checkin?.values);
      const onboarding = (conversationOf(kept) as { onboarding?: string }).onboarding;
      if (onboarding) expect(keys(kept).at(-1)).toBe(onboarding === 'consent' ? 'common:welcome.privacy' : `dialog:onboarding.${onboarding}`);
      if (onboarding) expect(after.draft?.onboarding?.values).toEqual(doc.draft?.onboarding?.values);
    }
  });

  it('"slett mine data" then "ja": the conversation is new and her document is gone; her next words start over', () => {
    for (const from of withData()) {
      const asked = step(from, say(from, 'slett mine data'));
      const gone = step(asked, say(asked, 'ja'));
      expect(`${where(from)}: ${JSON.stringify(conversationOf(gone))}`).toBe(`${where(from)}: "new"`);
      expect(gone.context.doc).toBeNull();
      expect(keys(gone)).toEqual(['dialog:delete.done']);
      const again = step(gone, say(gone, 'hei'));
      expect(valueOf(again)).toEqual({ week: 'beforeOnboarding', conversation: { onboarding: 'consent' } });
      expect(again.context.doc).toMatchObject({ consent: 'unknown', events: [], checkins: [], findings: [] });
      expect(again.context.doc!.profile).toBeUndefined();
    }
  });

  it('"slett mine data" then anything else drops the question: a later "ja" deletes nothing', () => {
    for (const from of withData()) {
      const asked = step(from, say(from, 'slett mine data'));
      const moved = step(asked, say(asked, 'status'));
      expect(conversationOf(moved)).not.toBe('confirmDelete');
      const yes = step(moved, say(moved, 'ja'));
      expect(`${where(from)}: ${yes.context.doc === null}`).toBe(`${where(from)}: false`);
    }
  });
});

// ---- replayed through handleTurn --------------------------------------------------------------

const stored = (doc: MotherDocument): MotherDocument => JSON.parse(JSON.stringify(doc)) as MotherDocument;
const storedValue = (doc: MotherDocument | undefined): Value => doc?.machine?.value ?? { week: 'beforeOnboarding', conversation: 'new' };
const replyKeys = (replies: Reply[]): string[] => replies.map((r) => (r.kind === 'text' ? r.key : r.kind === 'findings' ? r.lead.code : r.kind === 'card' ? `card:${r.card}` : r.kind));

describe('paths replayed through handleTurn and checkinDue', () => {
  it('along the shortest path to every state, her stored document is in the state the graph says, with the same replies', async () => {
    const model = createTestModel(turns, { events: eventsIn, serializeState, serializeEvent });
    const paths = model.getShortestPaths({ fromState: NEW, input: INPUT });
    expect(paths.length).toBeGreaterThan(10);
    let steps = 0;
    for (const path of paths) {
      let doc: MotherDocument | undefined;
      let replies: string[] = [];
      let replayed = NEW;
      /** One event of the path, as the pipeline and the scheduler send it, and through the machine step by step. */
      const send = (made: { event: { type: string } }) => {
        const event = made.event as MotherMachineEvent;
        const { input } = sent.get(event)!;
        if (input === 'reminderDue') {
          // The scheduler reminds onboarded mothers only; the reminder changes nothing of hers.
          replies = replyKeys(doc?.profile ? checkinConversation.reminder(doc, event.now) : []);
        } else if (input === 'checkinDue') {
          // The scheduler sends check-ins to onboarded mothers only.
          const out = doc?.profile ? checkinDue(doc, event.now) : { doc, replies: [] };
          doc = out.doc && stored(out.doc);
          replies = replyKeys(out.replies);
        } else {
          const out = handleTurn(doc, input, ctxAt(event.now));
          doc = out.doc === null ? undefined : out.doc ? stored(out.doc) : doc;
          replies = replyKeys(out.replies);
        }
        replayed = doc?.profile || (event.type !== 'CHECKIN_DUE' && event.type !== 'REMINDER_DUE') ? step(replayed, event) : replayed;
        steps++;
      };
      await path.test({
        events: { MESSAGE: send, CARD: send, RED_FLAG: send, INSTALLED: send, CHECKIN_DUE: send, REMINDER_DUE: send },
        states: {
          '*': (state) => {
            const label = path.description;
            // Her stored document, the machine replayed event by event, and the graph's state for this path agree.
            expect(`${label}\n${JSON.stringify(storedValue(doc))}`).toBe(`${label}\n${JSON.stringify(restoredValue(valueOf(replayed), replayed.context.doc))}`);
            expect(`${label}\n${JSON.stringify(valueOf(replayed))}`).toBe(`${label}\n${JSON.stringify(valueOf(state))}`);
            if (replayed !== NEW) expect(`${label}\n${replies.join(',')}`).toBe(`${label}\n${keys(replayed).map((k) => (k === 'stage' ? `findings:stage.${valueOf(replayed).week}` : k)).join(',')}`);
          },
        },
      });
    }
    expect(steps).toBeGreaterThan(paths.length);
  });
});

// ---- one check-in, every simple path ----------------------------------------------------------

/** The check-in as the rules of the dialog say it goes, read independently of the machine: where she is and what is kept. */
interface CheckinModel {
  at: number;
  values: Partial<Record<CheckinQuestion, number | number[]>>;
  done: boolean;
}
const answerOf = (question: CheckinQuestion): number | number[] => (question === 'pumpMl' ? [5] : 5);
function modelStep(model: CheckinModel, text: string): CheckinModel {
  const values = { ...model.values };
  const question = CHECKIN_QUESTIONS[model.at]!;
  const previous = CHECKIN_QUESTIONS[model.at - 1];
  switch (text) {
    case '5':
      values[question] = answerOf(question);
      return { at: model.at + 1, values, done: model.at + 1 === CHECKIN_QUESTIONS.length };
    case 'hopp over':
      return { at: model.at + 1, values, done: model.at + 1 === CHECKIN_QUESTIONS.length };
    case 'angre':
      if (!previous) return model;
      delete values[previous];
      return { at: model.at - 1, values, done: false };
    case 'nei det var 5':
      if (previous) values[previous] = answerOf(previous);
      return { at: model.at, values, done: false };
    default:
      throw new Error(text);
  }
}

describe('one check-in of a mother who breastfeeds and pumps, day 3', () => {
  const WORDS = ['5', 'hopp over', 'angre', 'nei det var 5'] as const;
  const opened = () => {
    const onboarded = step(NEW, tap(NEW, CARDS.onboard));
    return step(onboarded, { type: 'CHECKIN_DUE', now: NOW });
  };
  /** Where she is in the check-in and what it keeps, or what it stored once over. */
  const storedCheckin = (snapshot: Snapshot) => {
    const { at: _at, entry: _entry, ...values } = snapshot.context.doc!.checkins.at(-1) ?? { at: '' };
    return values;
  };
  const checkinState = (snapshot: Snapshot): string =>
    canonical([conversationOf(snapshot), snapshot.context.doc?.draft?.checkin?.values ?? null, checkinQuestionOf(snapshot) ? null : storedCheckin(snapshot)]);
  const checkinEvents = (snapshot: Snapshot) => WORDS.map((text) => say(snapshot, text));
  /** The machine's check-in read as the model's. */
  const modelOf = (snapshot: Snapshot): CheckinModel => {
    const question = checkinQuestionOf(snapshot);
    if (question) return { at: CHECKIN_QUESTIONS.indexOf(question), values: { ...snapshot.context.doc!.draft!.checkin!.values }, done: false };
    return { at: CHECKIN_QUESTIONS.length, values: storedCheckin(snapshot), done: same(conversationOf(snapshot), IDLE) };
  };

  it('every simple path agrees with the dialog\'s rules at every step, and each one that ends has stored what was answered', () => {
    const start = opened();
    expect(checkinQuestionOf(start)).toBe('feeds');
    const options = { fromState: start, input: INPUT, events: checkinEvents, serializeState: checkinState, serializeEvent, stopWhen: (s: Snapshot) => !checkinQuestionOf(s) };
    const paths = getSimplePaths(turns, options);
    const ended = paths.filter((path) => !checkinQuestionOf(path.state));
    // Every question with each earlier answer kept or not (1 + 2 + 4 + 8), and the 16 check-ins that can be stored.
    const table = getAdjacencyMap(turns, options);
    expect(Object.keys(table)).toHaveLength(15 + 16);
    // The whole table, edge by edge, is the dialog's rules.
    for (const { state, transitions } of Object.values(table)) {
      for (const { event, state: to } of transitionsOf(transitions)) {
        const text = (event as { text: string }).text;
        expect(`${checkinState(state)} ${text} → ${canonical(modelOf(to))}`).toBe(`${checkinState(state)} ${text} → ${canonical(modelStep(modelOf(state), text))}`);
      }
    }
    expect(paths.length).toBeGreaterThan(90);
    expect(ended.length).toBeGreaterThan(50);
    for (const path of paths) {
      let model: CheckinModel = { at: 0, values: {}, done: false };
      let replayed = start;
      const said: string[] = [];
      for (const { event } of path.steps.slice(1)) {
        const text = (event as { text: string }).text;
        said.push(text);
        model = modelStep(model, text);
        replayed = step(replayed, say(replayed, text));
        const where = said.join(' / ');
        if (model.done) {
          expect(`${where}: ${JSON.stringify(conversationOf(replayed))}`).toBe(`${where}: ${JSON.stringify(IDLE)}`);
          expect(`${where}: ${canonical(storedCheckin(replayed))}`).toBe(`${where}: ${canonical(model.values)}`);
        } else {
          expect(`${where}: ${checkinQuestionOf(replayed)} ${canonical(replayed.context.doc!.draft!.checkin!.values)}`).toBe(
            `${where}: ${CHECKIN_QUESTIONS[model.at]} ${canonical(model.values)}`,
          );
        }
      }
      expect(checkinState(replayed)).toBe(checkinState(path.state));
    }
  });
});

describe('the reminder of a check-in', () => {
  it('is said in every check-in question, and nowhere else in the graph', () => {
    for (const { from, event, to } of edges) {
      if (event.type !== 'REMINDER_DUE') continue;
      const open = checkinQuestionOf(from) !== undefined;
      expect(`${where(from)}: ${replyKeys(to.context.replies as Reply[]).join(',')}`).toBe(`${where(from)}: ${open ? 'checkin:reminder' : ''}`);
      expect(valueOf(to).conversation).toEqual(valueOf(from).conversation);
    }
  });
});
