/**
 * The mother's machine drawn as a Mermaid `stateDiagram-v2`, read from the machine's own state
 * nodes (states, initial states, parallel regions, `on` and `always` transitions, guard names), so
 * the picture in the README cannot drift from the code: `npm run diagram` writes it, and
 * tests/dialogs/statechart.test.ts fails when the README's copy differs.
 *
 * What is drawn: one arrow per (source, event, target), its guards joined in the order the machine
 * tries them (`else` for an unguarded fallback beside guarded ones, none where every transition on
 * the event goes there); an arrow without an event is an eventless (`always`) transition, taken as
 * soon as its guard holds. A guard shows its type and its parameters' values, less a value that
 * names the arrow's own source or target. Transitions without a target are left out: they answer
 * her and leave her where she is. To keep it readable:
 * - an arrow that every child of a composite has alike (same event, guards and target, outside the
 *   composite) is drawn once, from the composite (the check-in questions' commands);
 * - arrows from one state, on one event and guard type, to every child of a composite, the guard
 *   picking which, are drawn once, to the composite: `back --> checkin : [resumesAt question]`;
 * - a composite's own transition to a state inside it starts at a marker "any <name> state".
 * The output depends only on the machine, in definition order.
 */
import type { AnyStateMachine, AnyStateNode } from 'xstate';

export const STATECHART_START = '<!-- statechart:start -->';
export const STATECHART_END = '<!-- statechart:end -->';

/** A guard as drawn: its type and the values of its parameters that the arrow does not already show. */
interface Guard {
  type: string;
  values: string[];
  /** The parameter that names the arrow's target, left out of `values` (shown only when the arrow points at the target's composite instead). */
  picks?: string;
}

/**
 * Transitions from one state on one event ('' for `always`) to one target, guards in the order
 * they are tried. `anywhere`: a composite's transition to a state inside it, drawn from a marker
 * state "any <name> state" in it (Mermaid cannot draw an arrow from a box to a state in the box).
 */
interface Arrow {
  source: AnyStateNode;
  anywhere: boolean;
  event: string;
  target: AnyStateNode;
  guards: Guard[];
}

const INDENT = '  ';

/** The Mermaid text of `machine`'s statechart (no code fence), ending in a newline. */
export function statechartMermaid(machine: AnyStateMachine): string {
  const root = machine.root;
  const nodes = descendants(root);
  const names = stateNames(nodes);
  const arrows = new Map<AnyStateNode, Arrow[]>(nodes.map((node) => [node, ownArrows(node)]));
  hoistShared(root, arrows);
  for (const node of nodes) arrows.set(node, gathered(arrows.get(node) ?? []));

  // Each arrow goes in the block of the innermost composite holding both its ends (under a
  // parallel state: in the section of the region it starts in), before the states it names:
  // Mermaid puts a state into the last block that names it.
  const placed = new Map<AnyStateNode, Arrow[]>();
  const inSection = new Map<AnyStateNode, Arrow[]>();
  for (const node of nodes) {
    for (const arrow of arrows.get(node) ?? []) {
      const block = blockOf(arrow);
      const region = block.type === 'parallel' ? childrenOf(block).find((child) => isWithin(arrow.source, child)) : undefined;
      const into = region ? inSection : placed;
      into.set(region ?? block, [...(into.get(region ?? block) ?? []), arrow]);
    }
  }
  const sourceName = (arrow: Arrow) => (arrow.anywhere ? `${names.get(arrow.source)}_any` : names.get(arrow.source));
  const arrowLines = (block: AnyStateNode, depth: number, from = placed): string[] =>
    (from.get(block) ?? []).map((arrow) => `${INDENT.repeat(depth)}${sourceName(arrow)} --> ${names.get(arrow.target)} : ${label(arrow)}`);

  const draw = (node: AnyStateNode, depth: number): string[] => {
    const pad = INDENT.repeat(depth);
    const name = names.get(node)!;
    const children = childrenOf(node);
    if (children.length === 0) return node.type === 'final' ? [`${pad}${name}`, `${pad}${name} --> [*]`] : [`${pad}${name}`];
    const inner = arrowLines(node, depth + 1);
    if (placed.get(node)?.some((arrow) => arrow.anywhere && arrow.source === node)) inner.push(`${pad}${INDENT}state "any ${name} state" as ${name}_any`);
    if (node.type === 'parallel') {
      // One section per region, separated by `--`.
      children.forEach((region, index) => {
        if (index > 0) inner.push(`${pad}${INDENT}--`);
        inner.push(...arrowLines(region, depth + 1, inSection), ...draw(region, depth + 1));
      });
    } else {
      for (const target of node.initial?.target ?? []) inner.push(`${pad}${INDENT}[*] --> ${names.get(target)}`);
      for (const child of children) inner.push(...draw(child, depth + 1));
    }
    return [`${pad}state ${name} {`, ...inner, `${pad}}`];
  };

  return `${['stateDiagram-v2', ...draw(root, 1)].join('\n')}\n`;
}

/** The README's block: the Mermaid text as a fenced code block that GitHub draws. */
export function statechartBlock(mermaid: string): string {
  return `\`\`\`mermaid\n${mermaid}\`\`\``;
}

/** The text between the README's two markers (without the newlines next to them), or undefined when a marker is missing. */
export function readmeStatechart(readme: string): string | undefined {
  const start = readme.indexOf(STATECHART_START);
  const end = readme.indexOf(STATECHART_END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + STATECHART_START.length, end).replace(/^\n/, '').replace(/\n$/, '');
}

/** `readme` with `block` between its markers; throws when they are missing. */
export function withStatechart(readme: string, block: string): string {
  const start = readme.indexOf(STATECHART_START);
  const end = readme.indexOf(STATECHART_END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${STATECHART_START} and ${STATECHART_END}, in that order`);
  return `${readme.slice(0, start + STATECHART_START.length)}\n${block}\n${readme.slice(end)}`;
}

/** Every state key of the machine (the root's included), in definition order. */
export function stateKeys(machine: AnyStateMachine): string[] {
  return descendants(machine.root).map((node) => node.key);
}

function childrenOf(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states ?? {}) as AnyStateNode[];
}

function descendants(node: AnyStateNode): AnyStateNode[] {
  return [node, ...childrenOf(node).flatMap(descendants)];
}

/** A state's name in the picture: its key, or its path joined by `_` where two states share a key. */
function stateNames(nodes: AnyStateNode[]): Map<AnyStateNode, string> {
  const count = new Map<string, number>();
  for (const node of nodes) count.set(node.key, (count.get(node.key) ?? 0) + 1);
  const safe = (name: string) => name.replace(/[^A-Za-z0-9_]/g, '_');
  return new Map(nodes.map((node) => [node, safe(count.get(node.key) === 1 ? node.key : [node.machine.root.key, ...node.path].join('_'))]));
}

function isWithin(node: AnyStateNode, ancestor: AnyStateNode): boolean {
  for (let current: AnyStateNode | undefined = node; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

/** The composite whose block holds an arrow: the innermost one holding both ends, and above either end itself. */
function blockOf(arrow: Arrow): AnyStateNode {
  if (arrow.anywhere) return arrow.source;
  let block: AnyStateNode = arrow.source;
  while (block.parent && !isWithin(arrow.target, block)) block = block.parent;
  return (block === arrow.source || block === arrow.target) && block.parent ? block.parent : block;
}

interface TransitionLike {
  target?: readonly AnyStateNode[];
  guard?: unknown;
}

/**
 * A node's own arrows: its `on` transitions, then its `always` ones (event ''), targetless ones
 * left out. Where every transition on an event goes to one target, the last unguarded, the arrow
 * has no guard: whatever she says moves her there.
 */
function ownArrows(node: AnyStateNode): Arrow[] {
  const arrows: Arrow[] = [];
  const lists: [string, readonly TransitionLike[]][] = [...(node.transitions as Map<string, TransitionLike[]>).entries()];
  if (node.always?.length) lists.push(['', node.always as TransitionLike[]]);
  for (const [event, transitions] of lists) {
    const only = transitions[0]?.target?.[0];
    const unconditional = transitions.every((transition) => transition.target?.length === 1 && transition.target[0] === only) && transitions.at(-1)?.guard === undefined;
    const anyGuarded = transitions.some((transition) => transition.guard !== undefined);
    for (const transition of transitions) {
      for (const target of transition.target ?? []) {
        let arrow = arrows.find((known) => known.event === event && known.target === target);
        if (!arrow) arrows.push((arrow = { source: node, anywhere: target !== node && isWithin(target, node), event, target, guards: [] }));
        if (unconditional) continue;
        const guard = transition.guard === undefined ? (anyGuarded ? { type: 'else', values: [] } : undefined) : drawnGuard(transition.guard, [node.key, target.key]);
        if (guard && !arrow.guards.some((known) => sameGuard(known, guard))) arrow.guards.push(guard);
      }
    }
  }
  return arrows;
}

/** A guard's type with its parameters' values (`said yes/resume`, `hourAtLeast 24`), less those that name the arrow's own ends. */
function drawnGuard(guard: unknown, ends: string[]): Guard {
  if (typeof guard === 'string') return { type: guard, values: [] };
  if (typeof guard === 'function') return { type: guard.name || 'inline', values: [] };
  if (!guard || typeof guard !== 'object' || !('type' in guard)) return { type: 'guard', values: [] };
  const { type, params } = guard as { type: unknown; params?: unknown };
  const entries = params && typeof params === 'object' ? Object.entries(params) : [];
  const values = entries
    .filter(([, value]) => value !== undefined && !ends.includes(value as string))
    .map(([, value]) => (Array.isArray(value) ? value.map(String).join('/') : typeof value === 'object' ? JSON.stringify(value) : String(value)));
  const picks = entries.find(([, value]) => value === ends[1])?.[0];
  return { type: String(type), values, ...(picks ? { picks } : {}) };
}

const sameGuard = (a: Guard, b: Guard) => a.type === b.type && a.picks === b.picks && a.values.join('\n') === b.values.join('\n');
const sameGuards = (a: Arrow, b: Arrow) => a.guards.length === b.guards.length && a.guards.every((guard, index) => sameGuard(guard, b.guards[index]!));
const sameArrow = (a: Arrow, b: Arrow) => a.event === b.event && a.target === b.target && sameGuards(a, b);

/** Arrows every child of a composite has alike, to a target outside it, move up to the composite (bottom-up). */
function hoistShared(node: AnyStateNode, arrows: Map<AnyStateNode, Arrow[]>): void {
  const children = childrenOf(node);
  for (const child of children) hoistShared(child, arrows);
  if (node.type !== 'compound' || children.length < 2) return;
  const [first, ...others] = children.map((child) => arrows.get(child) ?? []);
  const shared = (first ?? []).filter((arrow) => !arrow.anywhere && !isWithin(arrow.target, node) && others.every((list) => list.some((other) => sameArrow(arrow, other))));
  if (shared.length === 0) return;
  for (const child of children) arrows.set(child, (arrows.get(child) ?? []).filter((arrow) => !shared.some((moved) => sameArrow(arrow, moved))));
  arrows.set(node, [...(arrows.get(node) ?? []), ...shared.map((arrow) => ({ ...arrow, source: node }))]);
}

/**
 * Arrows from one state on one event, with guards that each pick the target, to every state of a
 * composite outside it become one arrow to the composite, its guards showing what they pick:
 * `back --> checkin : [resumesAt question]`.
 */
function gathered(arrows: Arrow[]): Arrow[] {
  const result: Arrow[] = [];
  const done = new Set<Arrow>();
  for (const arrow of arrows) {
    if (done.has(arrow)) continue;
    done.add(arrow);
    const box = arrow.target.parent;
    const picking = arrow.guards.length > 0 && arrow.guards.every((guard) => guard.picks);
    const siblings = arrows.filter((other) => other.event === arrow.event && other.target.parent === box && sameGuards(other, arrow));
    const children = box ? childrenOf(box) : [];
    if (box && picking && !isWithin(arrow.source, box) && children.length > 1 && children.every((child) => siblings.some((other) => other.target === child))) {
      for (const other of siblings) done.add(other);
      result.push({ ...arrow, target: box, guards: arrow.guards.map((guard) => ({ type: guard.type, values: [...guard.values, guard.picks!] })) });
    } else result.push(arrow);
  }
  return result;
}

/** `EVENT [guard, guard]`; guards of one type with one value each next to each other are joined: `said yes/no/skip`. */
function label(arrow: Arrow): string {
  const guards: Guard[] = [];
  for (const guard of arrow.guards) {
    const last = guards.at(-1);
    if (last && last.type === guard.type && last.values.length === 1 && guard.values.length === 1) last.values = [`${last.values[0]}/${guard.values[0]}`];
    else guards.push({ type: guard.type, values: [...guard.values] });
  }
  const shown = guards.length > 0 ? `[${guards.map((guard) => [guard.type, ...guard.values].join(' ')).join(', ')}]` : '';
  const text = [arrow.event, shown].filter(Boolean).join(' ') || 'always';
  // A `:` would start another label and `;` or `#` can end or escape one in Mermaid.
  return text.replace(/[:;#]/g, ' ');
}
