/**
 * The performance bench (issue 9): turn latency against an echo baseline on the embedded store
 * and on Cosmos DB's protocol server, the scheduler, free questions, memory and cold start.
 * Prints a table of targets and writes bench/results/bench.json.
 * Run: npm run bench   (BENCH_QUICK=1 for a smoke run with small counts)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { measureColdStart } from './cold-start';
import { measureCosmosTurns } from './cosmos-turns';
import { measureFreeQuestions } from './free-questions';
import { measureMemory } from './memory';
import { printTable, type Row } from './report';
import { median } from './support/stats';
import { measureScheduler } from './scheduler-pass';
import { PRODUCT_NODE_FLAGS, PROJECT_ROOT, startEchoBot, startRealBot } from './support/bots';
import { startChannel } from './support/channel';
import { compareWithEcho, onboardAll, type Comparison, type TurnLoad } from './turn-latency';

const quick = process.env.BENCH_QUICK === '1';
/**
 * Eight rounds a side: every mother's eight turns right after onboarding, one of each kind of the mix
 * (support/mothers.ts; 400 of them have one untimed warm-up turn first). A single round's ratio moves
 * by a fifth or more with the shared machine; eight alternating pairs hold the pooled p50 steadier.
 */
const TURNS: TurnLoad = quick ? { mothers: 100, rounds: 2, turnsPerRound: 200, concurrency: 8 } : { mothers: 1000, rounds: 8, turnsPerRound: 1000, concurrency: 8 };
const COSMOS_TURNS: TurnLoad = quick ? { mothers: 50, rounds: 2, turnsPerRound: 100, concurrency: 8 } : { mothers: 1000, rounds: 3, turnsPerRound: 500, concurrency: 8 };
/**
 * The same turns open loop at a fixed rate that neither side is near saturating: the wait a mother
 * has when the machine is not full. 50 turns/s is far above a large deployment's mean (10,000
 * mothers writing some 30 times a day make 3.5 turns/s).
 */
const RATE_PER_SECOND = 50;
/** A round at 50 turns/s takes 10 s a side; four (three on Cosmos) are enough there, where nothing saturates. */
const AT_RATE_MAX_ROUNDS = 4;
const atRate = (load: TurnLoad, turnsPerRound: number): TurnLoad => ({ ...load, rounds: Math.min(load.rounds, AT_RATE_MAX_ROUNDS), turnsPerRound: quick ? 100 : turnsPerRound, ratePerSecond: RATE_PER_SECOND });
/** Issue 23's guard on turns, as ratios to the echo bot in the same run. */
const TURN_GUARD = { p50: 1.15, p99: 1.5, throughput: 0.75 } as const;
const MEMORY_MOTHERS = quick ? 500 : 10_000;
const COLD_STARTS = 5;

function log(message: string): void {
  console.log(`[bench ${(performance.now() / 1000).toFixed(0)} s] ${message}`);
}

function build(): void {
  // tsc emits even when another part of the checkout does not type-check; the bench then measures what was emitted.
  const result = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (result.status !== 0) log(`warning: the build reported errors, measuring what it emitted:\n${result.stdout.trim().slice(0, 1000)}`);
  if (!fs.existsSync(path.join(PROJECT_ROOT, 'dist', 'src', 'index.js'))) throw new Error('the build made no dist/src/index.js');
}

const SECTIONS = ['embedded', 'cosmos', 'scheduler', 'freeQuestions', 'memory', 'coldStart'] as const;
type Section = (typeof SECTIONS)[number];
/** BENCH_ONLY=embedded,memory runs only those sections (for experiments); the default is all. */
const only = new Set((process.env.BENCH_ONLY ?? SECTIONS.join(',')).split(',').map((name) => name.trim()));
const wanted = (section: Section): boolean => only.has(section);

type Results = Partial<{
  embedded: Comparison & { atRate: Comparison };
  cosmos: Awaited<ReturnType<typeof measureCosmosTurns>>;
  scheduler: ReturnType<typeof measureScheduler>;
  freeQuestions: ReturnType<typeof measureFreeQuestions>;
  memory: Awaited<ReturnType<typeof measureMemory>>;
  coldStart: Awaited<ReturnType<typeof measureColdStart>>;
}>;

async function timed<T>(name: string, seconds: Record<string, number>, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    seconds[name] = Math.round((performance.now() - started) / 1000);
  }
}

async function main(): Promise<void> {
  log('building (tsc -p tsconfig.build.json)');
  build();
  const channel = await startChannel();
  const echo = await startEchoBot();
  const results: Results = {};
  const seconds: Record<string, number> = {};
  try {
    if (wanted('embedded')) {
      log(`turns on the embedded store: ${TURNS.mothers} mothers, ${TURNS.rounds} x ${TURNS.turnsPerRound} turns each side, ${TURNS.concurrency} in flight`);
      results.embedded = await timed('embedded', seconds, async () => {
        const bot = await startRealBot();
        try {
          const mothers = await onboardAll([bot, echo], channel, 'embedded', TURNS.mothers, TURNS.concurrency);
          const saturated = await compareWithEcho(bot, echo, channel, mothers, TURNS);
          return { ...saturated, atRate: await compareWithEcho(bot, echo, channel, mothers, atRate(TURNS, 500)) };
        } finally {
          await bot.stop();
        }
      });
    }
    if (wanted('cosmos')) {
      log(`turns on Cosmos DB (protocol server): ${COSMOS_TURNS.mothers} mothers, ${COSMOS_TURNS.rounds} x ${COSMOS_TURNS.turnsPerRound} turns each side`);
      results.cosmos = await timed('cosmos', seconds, () => measureCosmosTurns(echo, channel, COSMOS_TURNS, atRate(COSMOS_TURNS, 250)));
    }
  } finally {
    await echo.stop();
  }
  if (wanted('scheduler')) {
    log('scheduler (bench/scheduler.ts)');
    results.scheduler = await timed('scheduler', seconds, measureScheduler);
  }
  if (wanted('freeQuestions')) {
    log('free questions (bench/knowledge.ts)');
    results.freeQuestions = await timed('freeQuestions', seconds, measureFreeQuestions);
  }
  if (wanted('memory')) {
    log(`memory with ${MEMORY_MOTHERS} mothers`);
    results.memory = await timed('memory', seconds, () => measureMemory(channel, MEMORY_MOTHERS, 8));
  }
  await channel.close();
  if (wanted('coldStart')) {
    log(`cold start x ${COLD_STARTS}`);
    results.coldStart = await timed('coldStart', seconds, () => measureColdStart(COLD_STARTS));
  }

  const rows = tableOf(results);
  console.log('');
  printTable(rows);
  const out = path.join(PROJECT_ROOT, 'bench', 'results', 'bench.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const machine = { node: process.version, nodeFlags: PRODUCT_NODE_FLAGS, cpus: os.cpus().length, loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100) };
  const botRoot = process.env.BENCH_BOT_ROOT;
  fs.writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), quick, ...(botRoot ? { botRoot } : {}), machine, sectionSeconds: seconds, results, table: rows }, null, 2)}\n`);
  log(`wrote ${path.relative(PROJECT_ROOT, out)}`);
}

function tableOf(r: Results): Row[] {
  const ms = (value: number): string => `${value} ms`;
  const rows: Row[] = [];
  for (const [name, c] of [['embedded', r.embedded], ['Cosmos', r.cosmos]] as const) {
    if (!c) continue;
    // The ratio targets are the embedded store's; on Cosmos the issue asks for the figures.
    const targeted = name === 'embedded';
    // Issue 23's guard is on the open-loop rate (the wait a mother has); the saturated figures are info.
    for (const [how, comparison, guarded] of [[`${c.load.concurrency} in flight`, c, false], [`${c.atRate.load.ratePerSecond} turns/s`, c.atRate, targeted]] as const) {
      rows.push(
        { target: guarded ? `turn p50 <= ${TURN_GUARD.p50}x echo (${name}, ${how})` : `turn p50 vs echo (${name}, ${how}), info`, measured: `${comparison.p50Ratio}x (${ms(comparison.bot.p50Ms)} vs ${ms(comparison.echo.p50Ms)})`, pass: guarded ? comparison.p50Ratio <= TURN_GUARD.p50 : undefined },
        { target: guarded ? `turn p99 <= ${TURN_GUARD.p99}x echo (${name}, ${how})` : `turn p99 vs echo (${name}, ${how}), info`, measured: `${comparison.p99Ratio}x (${ms(comparison.bot.p99Ms)} vs ${ms(comparison.echo.p99Ms)})`, pass: guarded ? comparison.p99Ratio <= TURN_GUARD.p99 : undefined },
      );
    }
    if (targeted) {
      const ratios = [...c.roundP50Ratios].sort((a, b) => a - b);
      rows.push({ target: `turn p50 ratio per round (${name}, ${c.load.concurrency} in flight), info`, measured: `median ${median(ratios)}x, ${ratios[0]}-${ratios[ratios.length - 1]}x over ${ratios.length} pairs of rounds`, pass: undefined });
    }
    rows.push({
      target: targeted ? `throughput >= ${TURN_GUARD.throughput}x echo (${name})` : `throughput (${name}), info`,
      measured: `${c.bot.turnsPerSecond} vs ${c.echo.turnsPerSecond} turns/s (${c.throughputRatio}x); CPU ${c.bot.serverCpuMsPerTurn} vs ${c.echo.serverCpuMsPerTurn} ms/turn`,
      pass: targeted ? c.throughputRatio >= TURN_GUARD.throughput : undefined,
    });
  }
  if (r.cosmos) {
    rows.push({
      target: 'Cosmos: 1 read + 1 write per turn',
      measured: `${r.cosmos.readsPerTurn} reads + ${r.cosmos.writesPerTurn} writes + ${r.cosmos.otherPerTurn} other`,
      pass: r.cosmos.readsPerTurn <= 1 && r.cosmos.writesPerTurn <= 1 && r.cosmos.otherPerTurn === 0,
    });
  }
  if (r.scheduler) {
    rows.push({
      target: 'scheduler <= 0.25 ms CPU per due mother (running bot)',
      measured: r.scheduler.measured ? `${ms(r.scheduler.cpuMsPerMother ?? NaN)} (median of ${(r.scheduler.runsCpuMsPerMother ?? []).join(', ')})` : 'not measured',
      pass: r.scheduler.measured ? (r.scheduler.cpuMsPerMother ?? Infinity) <= 0.25 : undefined,
    });
    if (r.scheduler.firstPassCpuMsPerMother !== undefined) {
      rows.push({ target: 'scheduler, first pass after a start (code compiled during it), info', measured: `${ms(r.scheduler.firstPassCpuMsPerMother)} per due mother (median of ${(r.scheduler.runsCpuMsPerMother ?? []).length} runs)`, pass: undefined });
    }
  }
  if (r.freeQuestions) rows.push({ target: 'free question p99 < 5 ms', measured: `p99 ${ms(r.freeQuestions.p99Ms)}, median ${ms(r.freeQuestions.medianMs)}`, pass: r.freeQuestions.p99Ms < 5 });
  if (r.coldStart) rows.push({ target: 'cold start < 1.5 s (median of 5)', measured: `${ms(r.coldStart.medianMs)} (${r.coldStart.runsMs.join(', ')})`, pass: r.coldStart.medianMs < 1500 });
  if (r.memory) {
    rows.push(
      { target: `RSS < 200 MB with ${r.memory.mothers} mothers`, measured: `${r.memory.rssAfterTurnsMb} MB (peak ${r.memory.peakRssMb} MB, ${r.memory.rssAfterStartMb} MB at start, heap in use ${r.memory.heapUsedAfterTurnsMb} MB)`, pass: r.memory.rssAfterTurnsMb < 200 },
      { target: 'one mother after a logged week, info', measured: `${r.memory.documentBytes} B JSON (${r.memory.eventsInWeek} events); full-week turns ${r.memory.turnsPerSecond} turns/s`, pass: undefined },
    );
  }
  return rows;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
