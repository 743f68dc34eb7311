/** The README's statechart is the one drawn from the mother's machine now, and it names every state and every week stage. */
import fs from 'node:fs';
import path from 'node:path';
import { motherMachine } from '../../dialogs/mother-machine';
import { readmeStatechart, stateKeys, statechartBlock, statechartMermaid } from '../../dialogs/statechart';
import { WEEK_STAGES } from '../../src/mother/week-stages';

const mermaid = statechartMermaid(motherMachine);

/** The states the picture declares: `name`, `state name {` or `state "label" as name`, each on its own line. */
function declared(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    const match = /^\s*(?:state\s+(\w+)\s*\{|state\s+"[^"]*"\s+as\s+(\w+)|(\w+))\s*$/.exec(line);
    const name = match?.[1] ?? match?.[2] ?? match?.[3];
    if (name && name !== 'stateDiagram') names.add(name);
  }
  return names;
}

/** The lines of the block `state <name> {` … its closing brace. */
function blockOf(text: string, name: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === `state ${name} {`);
  if (start < 0) return '';
  const indent = lines[start]!.length - lines[start]!.trimStart().length;
  const end = lines.findIndex((line, index) => index > start && line.trim() === '}' && line.length - line.trimStart().length === indent);
  return lines.slice(start, end + 1).join('\n');
}

describe("the mother's statechart", () => {
  it('is in the README as generated now', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
    const block = readmeStatechart(readme);
    if (block === undefined) throw new Error('README.md has no <!-- statechart:start --> … <!-- statechart:end --> block: run `npm run diagram`');
    if (block !== statechartBlock(mermaid)) throw new Error("README.md's statechart differs from the mother's machine: run `npm run diagram`");
  });

  it('is a Mermaid state diagram in a fenced block GitHub draws', () => {
    expect(statechartBlock(mermaid)).toMatch(/^```mermaid\nstateDiagram-v2\n[\s\S]*\n```$/);
  });

  it('names every state of the machine', () => {
    const keys = stateKeys(motherMachine);
    expect(keys.length).toBeGreaterThan(20);
    const names = declared(mermaid);
    expect(keys.filter((key) => !names.has(key))).toEqual([]);
  });

  it('names every week stage, in the week region', () => {
    const week = declared(blockOf(mermaid, 'week'));
    expect(WEEK_STAGES.filter((stage) => !week.has(stage))).toEqual([]);
  });

  it('is the same text for the same machine', () => {
    expect(statechartMermaid(motherMachine)).toBe(mermaid);
  });
});
