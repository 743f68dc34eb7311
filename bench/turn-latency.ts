import { cpuMsOf } from './support/child-process';
import type { RunningBot } from './support/bots';
import type { Channel } from './support/channel';
import { postJson, runAtRate, runLoad, type LoadResult } from './support/load';
import { activityFrom, benchMother, onboarding, timedTurns, TURN_CLOCK, type BenchMother } from './support/mothers';
import { median, percentile, round } from './support/stats';

export interface TurnLoad {
  mothers: number;
  rounds: number;
  turnsPerRound: number;
  /** Activities in flight at once: closed loop, each side as fast as it can (also used for onboarding). */
  concurrency: number;
  /** When set, the timed rounds are open loop at this many turns per second instead (runAtRate). */
  ratePerSecond?: number;
}

export interface SideFigures {
  turns: number;
  failures: number;
  p50Ms: number;
  p99Ms: number;
  turnsPerSecond: number;
  /** CPU (user + system) the server process spent per timed turn. */
  serverCpuMsPerTurn: number;
}

export interface Comparison {
  load: TurnLoad;
  bot: SideFigures;
  echo: SideFigures;
  p50Ratio: number;
  p99Ratio: number;
  throughputRatio: number;
  /** Bot p50 over echo p50 in each pair of alternating rounds: how much the ratio moves with the machine. */
  roundP50Ratios: number[];
}

function figures(results: LoadResult[], cpuMs: number): SideFigures {
  const latencies = results.flatMap((r) => r.latenciesMs);
  const elapsedMs = results.reduce((sum, r) => sum + r.elapsedMs, 0);
  return {
    turns: latencies.length,
    failures: results.reduce((sum, r) => sum + r.failures, 0),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    turnsPerSecond: round((latencies.length / elapsedMs) * 1000, 0),
    serverCpuMsPerTurn: round(cpuMs / latencies.length, 3),
  };
}

/** Onboards every mother on both servers (not timed), so both have seen the same traffic before the rounds. */
export async function onboardAll(servers: RunningBot[], channel: Channel, prefix: string, count: number, concurrency: number): Promise<BenchMother[]> {
  const mothers = Array.from({ length: count }, (_, i) => benchMother(prefix, i));
  for (const server of servers) {
    if (server.name !== 'echo') await postJson(server.base, '/dev/clock', { now: TURN_CLOCK });
    const result = await runLoad(server.base, mothers.map((m) => activityFrom(m, channel.url, onboarding())), concurrency);
    if (result.failures > 0) throw new Error(`${result.failures} onboardings failed on ${server.name}\n${server.process.output().slice(-2000)}`);
  }
  return mothers;
}

/**
 * The same turns against the bot and the echo baseline in alternating rounds (bot, echo, bot,
 * echo...), so that noise from other work on the machine falls on both alike.
 * `aroundBotRound` wraps each timed bot round (e.g. to count Cosmos requests).
 */
export async function compareWithEcho(
  bot: RunningBot,
  echo: RunningBot,
  channel: Channel,
  mothers: BenchMother[],
  load: TurnLoad,
  aroundBotRound: (round: () => Promise<LoadResult>) => Promise<LoadResult> = (r) => r(),
): Promise<Comparison> {
  // One untimed round each, so that the figures show steady state rather than the JIT warming up.
  for (const server of [bot, echo]) await runLoad(server.base, timedTurns(mothers, channel.url, Math.min(400, load.turnsPerRound), 0), load.concurrency);
  const results = { bot: [] as LoadResult[], echo: [] as LoadResult[] };
  const cpuMs = { bot: 0, echo: 0 };
  for (let r = 0; r < load.rounds; r++) {
    for (const server of [bot, echo]) {
      const side = server === bot ? 'bot' : 'echo';
      const turns = timedTurns(mothers, channel.url, load.turnsPerRound, r + 1);
      const timedRound = (): Promise<LoadResult> => (load.ratePerSecond ? runAtRate(server.base, turns, load.ratePerSecond) : runLoad(server.base, turns, load.concurrency));
      const cpuBefore = cpuMsOf(server.process.pid);
      const result = side === 'bot' ? await aroundBotRound(timedRound) : await timedRound();
      cpuMs[side] += cpuMsOf(server.process.pid) - cpuBefore;
      results[side].push(result);
    }
  }
  const botFigures = figures(results.bot, cpuMs.bot);
  const echoFigures = figures(results.echo, cpuMs.echo);
  return {
    load,
    bot: botFigures,
    echo: echoFigures,
    p50Ratio: round(botFigures.p50Ms / echoFigures.p50Ms),
    p99Ratio: round(botFigures.p99Ms / echoFigures.p99Ms),
    throughputRatio: round(botFigures.turnsPerSecond / echoFigures.turnsPerSecond),
    roundP50Ratios: results.bot.map((botRound, r) => round(median(botRound.latenciesMs) / median(results.echo[r]!.latenciesMs))),
  };
}
