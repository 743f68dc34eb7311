/**
 * Compares the scheduler's CPU per due mother of two checkouts (or of one checkout under two
 * environments) by running bench/scheduler.ts in both at the same time, PAIRS times. On this
 * shared machine single runs drift by a fifth within minutes; two runs side by side see the same
 * moment, so their ratio moves less (the same code against itself: 0.94-1.07 over four pairs, a
 * single pair up to 1.2); trust a difference well outside that in every pair.
 *
 * Run: npx tsx bench/scheduler-side-by-side.ts DIR_A DIR_B [PAIRS]
 *   SIDE_ENV_A / SIDE_ENV_B: JSON objects of settings added to that side's environment.
 * Each directory needs this project's bench/scheduler.ts and its node_modules.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { schedulerBench } from './scheduler-pass';
import { median } from './support/stats';

interface Figures {
  firstPass: number;
  running: number;
}

function sideEnv(name: string): Record<string, string> {
  const raw = process.env[name];
  return raw ? (JSON.parse(raw) as Record<string, string>) : {};
}

/** One run in `dir`: its CPU ms per due mother in both passes, from the figures it writes. */
function runScheduler(dir: string, env: Record<string, string>, result: string): Promise<Figures> {
  const bench = schedulerBench(dir, env, result);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, bench.args, { cwd: dir, env: bench.env, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString('utf8')).slice(-400)));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`bench/scheduler.ts in ${dir} failed (exit ${code}): ${errors}`));
      const reported = JSON.parse(fs.readFileSync(bench.result, 'utf8')) as { perDueMother: { cpuMs: number }; firstPassAfterStart: { perDue: { cpuMs: number } } };
      resolve({ running: reported.perDueMother.cpuMs, firstPass: reported.firstPassAfterStart.perDue.cpuMs });
    });
  });
}

function summary(ratios: number[]): string {
  const sorted = [...ratios].sort((a, b) => a - b);
  return `median ${median(sorted).toFixed(3)} (${sorted[0]!.toFixed(3)}-${sorted[sorted.length - 1]!.toFixed(3)})`;
}

async function main(): Promise<void> {
  const [dirA, dirB, pairsArg] = process.argv.slice(2);
  if (!dirA || !dirB) throw new Error('usage: npx tsx bench/scheduler-side-by-side.ts DIR_A DIR_B [PAIRS]');
  const pairs = Number(pairsArg ?? 5);
  const [envA, envB] = [sideEnv('SIDE_ENV_A'), sideEnv('SIDE_ENV_B')];
  const results = fs.mkdtempSync(path.join(os.tmpdir(), 'scheduler-side-by-side-'));
  try {
    const first: number[] = [];
    const running: number[] = [];
    for (let pair = 1; pair <= pairs; pair++) {
      const [a, b] = await Promise.all([runScheduler(path.resolve(dirA), envA, path.join(results, 'a.json')), runScheduler(path.resolve(dirB), envB, path.join(results, 'b.json'))]);
      first.push(b.firstPass / a.firstPass);
      running.push(b.running / a.running);
      console.log(
        `pair ${pair}: first pass A ${a.firstPass} B ${b.firstPass} ms (B/A ${first.at(-1)!.toFixed(3)}); ` +
          `running A ${a.running} B ${b.running} ms (B/A ${running.at(-1)!.toFixed(3)})`,
      );
    }
    console.log(`B/A, CPU per due mother: first pass after a start ${summary(first)}; running ${summary(running)}`);
  } finally {
    fs.rmSync(results, { recursive: true, force: true });
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
