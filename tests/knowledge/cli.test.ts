import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = path.join(ROOT, 'src', 'knowledge', 'cli.ts');

describe('ask CLI', () => {
  it('prints one JSON line with topic, score and urgent, and exits 0', () => {
    const run = spawnSync(TSX, [CLI, 'hun har 39 i feber, når kommer melken', '--locale', 'nb'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const parsed = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(Object.keys(parsed).sort()).toEqual(['score', 'topic', 'urgent']);
    expect(parsed).toMatchObject({ topic: 'milk-coming-in', urgent: 'red-flag.urgent' });
    expect(typeof parsed.score).toBe('number');
  });

  it.each([
    ['brystvorten min er sår og øm', 'nb', 'sore-nipples'],
    ['brysta mine er harde og ømme', 'nn', 'engorgement'],
    ['what does a good latch look like', 'en', 'latch'],
    ['har hun tungebånd', 'nb', null],
  ])('answers "%s" (%s) with the topic %s', (question, locale, topic) => {
    const run = spawnSync(TSX, [CLI, question, '--locale', locale], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ topic, urgent: null });
  });

  it('prints a usage line on stderr and exits 2 without a question', () => {
    const run = spawnSync(TSX, [CLI, '--locale', 'nn'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/usage/);
  });
});
