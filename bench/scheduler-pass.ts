import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PRODUCT_NODE_FLAGS, PROJECT_ROOT } from './support/bots';
import { median } from './support/stats';

export interface SchedulerFigures {
  measured: boolean;
  /** CPU milliseconds per due mother in a pass over 100,000 in a running process, as bench/scheduler.ts reports it: the median of RUNS runs. */
  cpuMsPerMother?: number;
  /** Each run's figure, in the order run; cpuMsPerMother is their median. */
  runsCpuMsPerMother?: number[];
  /** The same for the first pass after the start of each run (its code compiled during it): the median. */
  firstPassCpuMsPerMother?: number;
  note: string;
  reported?: unknown;
}

const SCRIPT = path.join(PROJECT_ROOT, 'bench', 'scheduler.ts');

/** bench/scheduler.ts of the checkout in `dir`, run as the bot runs (its V8 flags), and the file it writes its figures to. */
export function schedulerBench(dir: string, extraEnv: Record<string, string> = {}, result = path.join(dir, 'bench', 'results', 'scheduler.json')): { args: string[]; env: NodeJS.ProcessEnv; result: string } {
  return {
    args: [...PRODUCT_NODE_FLAGS, '--import', 'tsx', path.join(dir, 'bench', 'scheduler.ts')],
    env: { ...process.env, ...extraEnv, SCHEDULER_BENCH_RESULT: result },
    result,
  };
}
const RUNS = 3;

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

/** One run of bench/scheduler.ts, with the V8 flags the bot runs with: its CPU ms per due mother, or why there is none. */
function runOnce(): { cpuMsPerMother?: number; note: string; reported?: unknown } {
  const startedAt = Date.now();
  const bench = schedulerBench(PROJECT_ROOT);
  const run = spawnSync(process.execPath, bench.args, { cwd: PROJECT_ROOT, env: bench.env, encoding: 'utf8', timeout: 300_000 });
  if (run.status !== 0) return { note: `not measured: bench/scheduler.ts failed (${run.error?.message ?? `exit ${run.status}`}): ${(run.stderr ?? '').slice(-300)}` };
  const fresh = fs.existsSync(bench.result) && fs.statSync(bench.result).mtimeMs >= startedAt - 1000;
  const reported: unknown = fresh ? JSON.parse(fs.readFileSync(bench.result, 'utf8')) : undefined;
  const cpuMsPerMother = cpuPerMother(reported);
  if (cpuMsPerMother === undefined) {
    return { note: `bench/scheduler.ts ran but wrote no CPU-per-mother figure to bench/results/scheduler.json; its output: ${run.stdout.trim().slice(-400)}`, reported };
  }
  return { cpuMsPerMother, note: run.stdout.trim().split('\n').slice(-3).join(' | '), reported };
}

/**
 * Runs bench/scheduler.ts (written by another engineer) RUNS times, each on a fresh store, and
 * keeps the median: one pass takes about 2 s, and a busy moment on the shared machine moved a
 * single pass by a fifth. "Not measured" when the script is missing or reports no figure.
 */
export function measureScheduler(): SchedulerFigures {
  if (!fs.existsSync(SCRIPT)) return { measured: false, note: 'not measured: bench/scheduler.ts does not exist yet' };
  const runs: Array<ReturnType<typeof runOnce>> = [];
  for (let i = 0; i < RUNS; i++) {
    const run = runOnce();
    if (run.cpuMsPerMother === undefined) return { measured: false, note: run.note, reported: run.reported };
    runs.push(run);
  }
  const perMother = runs.map((run) => run.cpuMsPerMother!);
  const middle = runs[perMother.indexOf(median(perMother))]!;
  const firstPass = runs.map((run) => (run.reported as { firstPassAfterStart?: { perDue?: { cpuMs?: number } } } | undefined)?.firstPassAfterStart?.perDue?.cpuMs);
  const firstPassCpuMsPerMother = firstPass.every((figure) => typeof figure === 'number') ? median(firstPass as number[]) : undefined;
  return { measured: true, cpuMsPerMother: middle.cpuMsPerMother, runsCpuMsPerMother: perMother, firstPassCpuMsPerMother, note: middle.note, reported: middle.reported };
}
