/**
 * The mother's machine drawn as a Mermaid `stateDiagram-v2`, read from the machine's own state
 * nodes (states, initial states, parallel regions, `on` and `always` transitions, guard names), so
 * the picture in the README cannot drift from the code: `npm run diagram` writes it, and
 * tests/dialogs/statechart.test.ts fails when the README's copy differs.
 *
 * What is drawn: one arrow per (source, event, target), its guards joined in the order the machine
 * tries them (`else` for an unguarded fallback beside guarded ones); an arrow without an event is
 * an eventless (`always`) transition, taken as soon as its guard holds. Transitions without a
 * target are left out: they answer her and leave her where she is. An arrow that every child of a
 * composite state has alike (same event, target and guards, the target outside the composite) is
 * drawn once, from the composite. The output depends only on the machine, in definition order.
 */
import type { AnyStateMachine, AnyStateNode } from 'xstate';

export const STATECHART_START = '<!-- statechart:start -->';
export const STATECHART_END = '<!-- statechart:end -->';

/** Transitions from one state on one event to one target; `guards` in the order they are tried. */
interface Arrow {
  source: AnyStateNode;
  event: string;
  target: AnyStateNode;
  guards: string[];
}

const INDENT = '  ';

/** The Mermaid text of `machine`'s statechart (no code fence), ending in a newline. */
export function statechartMermaid(machine: AnyStateMachine): string {
  const root = machine.root;
  const nodes = descendants(root);
  const names = stateNames(nodes);
  const arrows = new Map<AnyStateNode, Arrow[]>(nodes.map((node) => [node, ownArrows(node)]));
  hoistShared(root, arrows);

  // Each arrow goes in the block of the innermost composite holding both its ends, so that
  // Mermaid, which puts a state into the block it is first named in, keeps every state in place.
  // Under a parallel state an arrow goes in the section of the region it starts in.
  const placed = new Map<AnyStateNode, Arrow[]>();
  const inSection = new Map<AnyStateNode, Arrow[]>();
  for (const node of nodes) {
    for (const arrow of arrows.get(node) ?? []) {
      const block = blockOf(arrow);
      const region = block.type === 'parallel' ? childrenOf(block).find((child) => isWithin(arrow.source, child)) : undefined;
      const into = region ? inSection : placed;
      const key = region ?? block;
      into.set(key, [...(into.get(key) ?? []), arrow]);
    }
  }

  const lines = ['stateDiagram-v2'];
  const arrowLines = (block: AnyStateNode, depth: number, from = placed): string[] =>
    (from.get(block) ?? []).map((arrow) => `${INDENT.repeat(depth)}${names.get(arrow.source)} --> ${names.get(arrow.target)}${label(arrow)}`);

  const draw = (node: AnyStateNode, depth: number): string[] => {
    const pad = INDENT.repeat(depth);
    const name = names.get(node)!;
    const children = childrenOf(node);
    if (children.length === 0) return node.type === 'final' ? [`${pad}${name}`, `${pad}${name} --> [*]`] : [`${pad}${name}`];
    // Arrows come before the states they name: Mermaid puts a state into the last block that names it.
    const inner: string[] = arrowLines(node, depth + 1);
    if (node.type === 'parallel') {
      // One section per region, separated by `--`; a region's own arrows (from the region to a state in it) go in its section.
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

  lines.push(...draw(root, 1));
  return `${lines.join('\n')}\n`;
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
  let block: AnyStateNode = arrow.source;
  while (block.parent && !isWithin(arrow.target, block)) block = block.parent;
  return (block === arrow.source || block === arrow.target) && block.parent ? block.parent : block;
}

/** A node's own arrows: its `on` transitions, then its `always` ones (event ''), targetless ones left out. */
function ownArrows(node: AnyStateNode): Arrow[] {
  const arrows: Arrow[] = [];
  const lists: [string, readonly TransitionLike[]][] = [...(node.transitions as Map<string, TransitionLike[]>).entries()];
  if (node.always?.length) lists.push(['', node.always as TransitionLike[]]);
  for (const [event, transitions] of lists) {
    const anyGuarded = transitions.some((transition) => transition.guard !== undefined);
    for (const transition of transitions) {
      const guard = transition.guard === undefined ? (anyGuarded ? 'else' : undefined) : guardLabel(transition.guard);
      for (const target of transition.target ?? []) {
        let arrow = arrows.find((known) => known.event === event && known.target === target);
        if (!arrow) arrows.push((arrow = { source: node, event, target, guards: [] }));
        if (guard !== undefined && !arrow.guards.includes(guard)) arrow.guards.push(guard);
      }
    }
  }
  return arrows;
}

interface TransitionLike {
  target?: readonly AnyStateNode[];
  guard?: unknown;
}

/** A guard's name with its parameters' values: `said yes/resume`, `hourAtLeast 24`, `weekOver`. */
function guardLabel(guard: unknown): string {
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'function') return guard.name || 'inline guard';
  if (guard && typeof guard === 'object' && 'type' in guard) {
    const { type, params } = guard as { type: unknown; params?: unknown };
    const values =
      params && typeof params === 'object'
        ? Object.values(params)
            .filter((value) => value !== undefined)
            .map((value) => (Array.isArray(value) ? value.map(String).join('/') : typeof value === 'object' ? JSON.stringify(value) : String(value)))
        : [];
    return [String(type), ...values].join(' ');
  }
  return 'guard';
}

/** Arrows every child of a composite has alike, to a target outside it, move up to the composite (bottom-up). */
function hoistShared(node: AnyStateNode, arrows: Map<AnyStateNode, Arrow[]>): void {
  const children = childrenOf(node);
  for (const child of children) hoistShared(child, arrows);
  if (node.type !== 'compound' || children.length < 2) return;
  const same = (a: Arrow, b: Arrow) => a.event === b.event && a.target === b.target && a.guards.join('\n') === b.guards.join('\n');
  const [first, ...others] = children.map((child) => arrows.get(child) ?? []);
  const shared = (first ?? []).filter((arrow) => !isWithin(arrow.target, node) && others.every((list) => list.some((other) => same(arrow, other))));
  if (shared.length === 0) return;
  for (const child of children) arrows.set(child, (arrows.get(child) ?? []).filter((arrow) => !shared.some((moved) => same(arrow, moved))));
  arrows.set(node, [...(arrows.get(node) ?? []), ...shared.map((arrow) => ({ ...arrow, source: node }))]);
}

function label(arrow: Arrow): string {
  const guards = arrow.guards.length > 0 ? `[${arrow.guards.join(', ')}]` : '';
  const text = [arrow.event, guards].filter(Boolean).join(' ') || 'always';
  // A `:` would start another label and `;` or `#` can end or escape one in Mermaid.
  return ` : ${text.replace(/[:;#]/g, ' ')}`;
}
