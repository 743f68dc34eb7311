import fs from 'node:fs';
import path from 'node:path';
import { describeCycle, fileImports, folderCycles, folderGraph, folderOf, ROOT, SRC_ROOT_FILES, type FileImport } from './folder-graph';

/**
 * The layout of ../shared/ARCHITECTURE.md: src/ holds the composition root and its configuration,
 * everything else lives in a folder by what it is, and no two folders import each other, however
 * far round (edge → dialogs → mother, language, knowledge → support; store and checkins know the
 * document, not the conversation). Type-only imports count: they couple folders as much as any.
 */

const imports = fileImports();
const graph = folderGraph(imports);

/** The imports from files of one folder into files of another, as "a.ts imports b.ts". */
const importsBetween = (from: (folder: string) => boolean, to: (folder: string) => boolean): string[] =>
  imports.filter((i) => from(folderOf(i.from)) && to(folderOf(i.to))).map((i) => `${i.from} imports ${i.to}`);

describe('the folders of src/ and dialogs/', () => {
  it('src/ itself holds only index.ts and config.ts', () => {
    const loose = fs
      .readdirSync(path.join(ROOT, 'src'), { withFileTypes: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) => entry.name)
      .filter((name) => !SRC_ROOT_FILES.includes(name));
    expect(loose).toEqual([]);
  });

  it('reads the imports it judges (the edge imports dialogs; a type-only import counts)', () => {
    expect(graph.get('src/edge')?.has('dialogs')).toBe(true);
    expect(imports).toContainEqual({ from: 'src/edge/proactive-sender.ts', to: 'dialogs/reply.ts' });
    expect(graph.size).toBeGreaterThanOrEqual(10);
  });

  it('have no import cycle between them', () => {
    const cycles = folderCycles(graph).map((cycle) => describeCycle(cycle, graph));
    expect(cycles).toEqual([]);
  });

  it('nothing imports the edge but the composition root', () => {
    expect(importsBetween((folder) => folder !== 'src/edge' && folder !== 'src/index.ts', (folder) => folder === 'src/edge')).toEqual([]);
  });

  it('store and checkins know the document, not the conversation (no dialogs, no edge)', () => {
    expect(importsBetween((folder) => folder === 'src/store' || folder === 'src/checkins', (folder) => folder === 'dialogs' || folder === 'src/edge')).toEqual([]);
  });
});

describe('the cycle finder', () => {
  const edge = (from: string, to: string): [string, FileImport] => [to, { from: `${from}/a.ts`, to: `${to}/b.ts` }];
  const graphOf = (edges: Record<string, string[]>) => new Map(Object.entries(edges).map(([from, tos]) => [from, new Map(tos.map((to) => edge(from, to)))]));

  it('names each cycle with an import that makes each step', () => {
    const cyclic = graphOf({ 'src/a': ['src/b'], 'src/b': ['src/c'], 'src/c': ['src/a', 'src/d'], 'src/d': [] });
    const cycles = folderCycles(cyclic);
    expect(cycles).toEqual([['src/a', 'src/b', 'src/c', 'src/a']]);
    expect(describeCycle(cycles[0]!, cyclic)).toBe(
      'src/a → src/b (src/a/a.ts imports src/b/b.ts) → src/c (src/b/a.ts imports src/c/b.ts) → src/a (src/c/a.ts imports src/a/b.ts)',
    );
  });

  it('finds every shortest cycle in a knot of folders, and none in a graph without one', () => {
    const knot = graphOf({ x: ['y', 'z'], y: ['x'], z: ['x'], w: ['x'] });
    expect(folderCycles(knot)).toEqual([
      ['x', 'y', 'x'],
      ['x', 'z', 'x'],
    ]);
    expect(folderCycles(graphOf({ x: ['y', 'z'], y: ['z'], z: [] }))).toEqual([]);
  });
});
