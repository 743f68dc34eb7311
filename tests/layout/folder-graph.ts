import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The folders of the code and the imports between them, read from the sources: every .ts file under
 * src/ and dialogs/, every relative import (type-only ones too: an `import type` couples the folders
 * as much as any other; only the emitted JavaScript forgets it).
 */

export const ROOT = path.resolve(__dirname, '..', '..');

/** The only files src/ itself may hold: the composition root and the configuration it reads. */
export const SRC_ROOT_FILES = ['config.ts', 'index.ts'];

/** One import of one file by another, both relative to the project root ("src/edge/bot.ts"). */
export interface FileImport {
  from: string;
  to: string;
}

function tsFilesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) found.push(...tsFilesUnder(relative));
    else if (entry.name.endsWith('.ts')) found.push(relative);
  }
  return found;
}

export function sourceFiles(): string[] {
  return [...tsFilesUnder('src'), ...tsFilesUnder('dialogs')].sort();
}

/** The file a relative specifier names, the way the compiler finds it (x.ts, x.d.ts, x/index.ts). */
function resolve(fromFile: string, specifier: string): string | undefined {
  const base = path.posix.join(path.posix.dirname(fromFile), specifier);
  const candidates = [base, `${base}.ts`, `${base}.d.ts`, `${base}/index.ts`];
  return candidates.find((candidate) => fs.existsSync(path.join(ROOT, candidate)) && fs.statSync(path.join(ROOT, candidate)).isFile());
}

/** Every relative import of every source file (import, export ... from, import(), require(), typeof import()). */
export function fileImports(files: string[] = sourceFiles()): FileImport[] {
  const imports: FileImport[] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = resolve(file, fileName);
      if (to === undefined) throw new Error(`${file} imports '${fileName}', which names no file`);
      imports.push({ from: file, to });
    }
  }
  return imports;
}

/**
 * The folder a file belongs to: dialogs, or the first folder under src/ (src/edge/webchat/x.ts is
 * src/edge). The two files of src/ itself are each a node of their own: index.ts imports everything
 * and nothing imports it; config.ts is read by many.
 */
export function folderOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'dialogs') return 'dialogs';
  if (parts[0] === 'src') return parts.length === 2 ? file : `src/${parts[1]}`;
  throw new Error(`${file} is outside src/ and dialogs/`);
}

/** Folder → folder, with one file import that makes each edge (to name it in a message). */
export function folderGraph(imports: FileImport[]): Map<string, Map<string, FileImport>> {
  const graph = new Map<string, Map<string, FileImport>>();
  for (const fileImport of imports) {
    const from = folderOf(fileImport.from);
    const to = folderOf(fileImport.to);
    if (!graph.has(from)) graph.set(from, new Map());
    if (!graph.has(to)) graph.set(to, new Map());
    if (from !== to && !graph.get(from)!.has(to)) graph.get(from)!.set(to, fileImport);
  }
  return graph;
}

/**
 * The cycles between folders: for every group of folders that reach each other (Tarjan's strongly
 * connected components), the shortest cycle through each of its folders, each once. A cycle is its
 * folders in order, the first repeated at the end, starting at its alphabetically first folder.
 */
export function folderCycles(graph: Map<string, Map<string, unknown>>): string[][] {
  const successors = (node: string): string[] => [...(graph.get(node)?.keys() ?? [])].sort();
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];

  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of successors(node)) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);

  /** Breadth first from `start` back to it, inside the component: the shortest cycle through it. */
  const shortestCycleThrough = (start: string, inside: Set<string>): string[] => {
    const previous = new Map<string, string>();
    const queue = [start];
    while (queue.length > 0) {
      const node = queue.shift()!;
      const nexts = successors(node).filter((next) => inside.has(next));
      if (nexts.includes(start)) {
        const path = [node];
        for (let back = previous.get(node); back !== undefined; back = previous.get(back)) path.unshift(back);
        return path;
      }
      for (const next of nexts) {
        if (next === start || previous.has(next)) continue;
        previous.set(next, node);
        queue.push(next);
      }
    }
    throw new Error(`no way back to ${start} inside ${[...inside].join(', ')}`);
  };

  const cycles = new Map<string, string[]>();
  for (const component of components) {
    const inside = new Set(component);
    for (const start of component) {
      const path = shortestCycleThrough(start, inside);
      const first = path.indexOf([...path].sort()[0]!);
      const rotated = [...path.slice(first), ...path.slice(0, first)];
      cycles.set(rotated.join(' '), [...rotated, rotated[0]!]);
    }
  }
  return [...cycles.values()];
}

/** "src/a → src/b (src/a/x.ts imports src/b/y.ts) → src/a (...)" */
export function describeCycle(cycle: string[], graph: Map<string, Map<string, FileImport>>): string {
  const steps = cycle.slice(1).map((to, i) => {
    const through = graph.get(cycle[i]!)!.get(to)!;
    return `→ ${to} (${through.from} imports ${through.to})`;
  });
  return [cycle[0], ...steps].join(' ');
}
