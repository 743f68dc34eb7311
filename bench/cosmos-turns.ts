import type { RunningBot } from './support/bots';
import { startCosmosBot } from './support/cosmos-bot';
import type { Channel } from './support/channel';
import type { LoadResult } from './support/load';
import { round } from './support/stats';
import { compareWithEcho, onboardAll, type Comparison, type TurnLoad } from './turn-latency';

export interface CosmosFigures extends Comparison {
  /** The same turns open loop at a fixed rate (no request counting). */
  atRate: Comparison;
  requestsPerTurn: number;
  readsPerTurn: number;
  writesPerTurn: number;
  otherPerTurn: number;
  /** The kinds of request other than document reads and writes, with how many were seen. */
  other: Record<string, number>;
}

/** "GET /dbs/bench/colls/mothers/docs/abc" -> "GET /dbs/{db}/colls/{coll}/docs/{id}" */
const shapeOf = (request: string): string =>
  request.replace(/\?.*$/, '').replace(/\/(dbs|colls|docs|pkranges)\/[^/]+/g, (_match, kind: string) => `/${kind}/{${kind}}`);

/** The real bot with STORAGE=cosmos against the protocol server, through a proxy that counts what reaches Cosmos. */
export async function measureCosmosTurns(echo: RunningBot, channel: Channel, load: TurnLoad, atRate: TurnLoad): Promise<CosmosFigures> {
  const { bot, proxy, stop } = await startCosmosBot();
  try {
    const mothers = await onboardAll([bot, echo], channel, 'cosmos', load.mothers, load.concurrency);
    const counted: string[] = [];
    let turns = 0;
    const comparison = await compareWithEcho(bot, echo, channel, mothers, load, async (timedRound) => {
      const before = proxy.seen.length;
      const result: LoadResult = await timedRound();
      counted.push(...proxy.seen.slice(before));
      turns += result.latenciesMs.length;
      return result;
    });
    const comparisonAtRate = await compareWithEcho(bot, echo, channel, mothers, atRate);
    const shapes = counted.map(shapeOf);
    const reads = shapes.filter((s) => s === 'GET /dbs/{dbs}/colls/{colls}/docs/{docs}').length;
    const writes = shapes.filter((s) => s === 'PUT /dbs/{dbs}/colls/{colls}/docs/{docs}' || s === 'POST /dbs/{dbs}/colls/{colls}/docs' || s === 'DELETE /dbs/{dbs}/colls/{colls}/docs/{docs}').length;
    const other: Record<string, number> = {};
    for (const shape of shapes) {
      if (!shape.includes('/docs')) other[shape] = (other[shape] ?? 0) + 1;
    }
    const otherCount = Object.values(other).reduce((a, b) => a + b, 0);
    return {
      ...comparison,
      atRate: comparisonAtRate,
      requestsPerTurn: round(counted.length / turns, 3),
      readsPerTurn: round(reads / turns, 3),
      writesPerTurn: round(writes / turns, 3),
      otherPerTurn: round(otherCount / turns, 3),
      other,
    };
  } finally {
    await stop();
  }
}
