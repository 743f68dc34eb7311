/**
 * Compares the scheduler's CPU per due mother of two checkouts (or of one checkout under two
 * environments) by running bench/scheduler.ts in both at the same time, PAIRS times. On this
 * shared machine single runs drift by a fifth within minutes; two runs side by side see the same
 * moment, so their ratio moves by a few percent only (an A/A check gave 0.98-1.04).
 *
 * Run: npx tsx bench/scheduler-side-by-side.ts DIR_A DIR_B [PAIRS]
 *   SIDE_ENV_A / SIDE_ENV_B: JSON objects of settings added to that side's environment.
 * Each directory needs this project's bench/scheduler.ts and its node_modules.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PRODUCT_ENV, PRODUCT_NODE_FLAGS } from './support/bots';
import { median } from './support/stats';

interface Figures {
  firstPass: number;
  running: number;
}

const LINE = /per due mother [\d.]+ ms wall \/ ([\d.]+) ms CPU.*compiled during it: ([\d.]+) ms CPU/;

function sideEnv(name: string): Record<string, string> {
  const raw = process.env[name];
  return raw ? (JSON.parse(raw) as Record<string, string>) : {};
}

function runScheduler(dir: string, env: Record<string, string>): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...PRODUCT_NODE_FLAGS, '--import', 'tsx', 'bench/scheduler.ts'], {
      cwd: dir,
      env: { ...process.env, ...PRODUCT_ENV, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const match = LINE.exec(output);
      if (code !== 0 || !match) return reject(new Error(`bench/scheduler.ts in ${dir} gave no figures (exit ${code}): ${output.slice(-400)}`));
      resolve({ running: Number(match[1]), firstPass: Number(match[2]) });
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
  const first: number[] = [];
  const running: number[] = [];
  for (let pair = 1; pair <= pairs; pair++) {
    const [a, b] = await Promise.all([runScheduler(path.resolve(dirA), envA), runScheduler(path.resolve(dirB), envB)]);
    first.push(b.firstPass / a.firstPass);
    running.push(b.running / a.running);
    console.log(
      `pair ${pair}: first pass A ${a.firstPass} B ${b.firstPass} ms (B/A ${first.at(-1)!.toFixed(3)}); ` +
        `running A ${a.running} B ${b.running} ms (B/A ${running.at(-1)!.toFixed(3)})`,
    );
  }
  console.log(`B/A, CPU per due mother: first pass after a start ${summary(first)}; running ${summary(running)}`);
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
