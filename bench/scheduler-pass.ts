import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './support/bots';

export interface SchedulerFigures {
  measured: boolean;
  /** CPU milliseconds per due mother in one pass over 100,000, as bench/scheduler.ts reports it. */
  cpuMsPerMother?: number;
  note: string;
  reported?: unknown;
}

const SCRIPT = path.join(PROJECT_ROOT, 'bench', 'scheduler.ts');
const RESULT = path.join(PROJECT_ROOT, 'bench', 'results', 'scheduler.json');

/** CPU ms per mother from the report: a key like cpuMsPerMother, or cpuMs inside an object named like perDueMother; depth first. */
function cpuPerMother(value: unknown, insideMotherKey = false): number | undefined {
  if (!value || typeof value !== 'object') return undefined;
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'number' && /cpu/i.test(key) && (insideMotherKey || /mother/i.test(key))) return field;
  }
  for (const [key, field] of Object.entries(value)) {
    const found = cpuPerMother(field, /per.*mother/i.test(key));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Runs bench/scheduler.ts (written by another engineer) when it exists; "not measured" otherwise. */
export function measureScheduler(): SchedulerFigures {
  if (!fs.existsSync(SCRIPT)) return { measured: false, note: 'not measured: bench/scheduler.ts does not exist yet' };
  const startedAt = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 300_000 });
  if (run.status !== 0) return { measured: false, note: `not measured: bench/scheduler.ts failed (${run.error?.message ?? `exit ${run.status}`}): ${(run.stderr ?? '').slice(-300)}` };
  const fresh = fs.existsSync(RESULT) && fs.statSync(RESULT).mtimeMs >= startedAt - 1000;
  const reported: unknown = fresh ? JSON.parse(fs.readFileSync(RESULT, 'utf8')) : undefined;
  const cpuMsPerMother = cpuPerMother(reported);
  if (cpuMsPerMother === undefined) {
    return { measured: false, note: `bench/scheduler.ts ran but wrote no CPU-per-mother figure to bench/results/scheduler.json; its output: ${run.stdout.trim().slice(-400)}`, reported };
  }
  return { measured: true, cpuMsPerMother, note: run.stdout.trim().split('\n').slice(-3).join(' | '), reported };
}
