import { SqliteMotherStore } from '../src/store/sqlite-mother-store';
import type { MotherDocument } from '../src/store/mother-document';
import { startRealBot, tempDir } from './support/bots';
import { memoryOf } from './support/child-process';
import type { Channel } from './support/channel';
import { postJson, runLoad } from './support/load';
import { activityFrom, benchMother, BIRTH_AT, onboarding, type BenchMother } from './support/mothers';
import { round } from './support/stats';
import fs from 'node:fs';

const HOUR_MS = 3_600_000;
const birthMs = Date.parse(BIRTH_AT);
const iso = (ms: number): string => new Date(ms).toISOString();

export interface MemoryFigures {
  mothers: number;
  documentBytes: number;
  eventsInWeek: number;
  rssAfterStartMb: number;
  /** Turns per second on full-week documents (each turn evaluates her whole week). */
  turnsPerSecond: number;
  rssAfterTurnsMb: number;
  peakRssMb: number;
  /** V8's heap in use after the turns (GET /dev/memory): what of the RSS is JavaScript's. */
  heapUsedAfterTurnsMb: number;
  loading: string;
}

/** What she logs on day `day` (0-6): feeds, diapers as the first week goes, pumping, milk in, the daily check-in. */
function dayOfLogs(day: number): Array<Record<string, unknown>> {
  const at = (slot: number, slots: number): string => iso(birthMs + day * 24 * HOUR_MS + (slot * 24 * HOUR_MS) / slots + 20 * 60_000);
  const feeds = 8 + (day % 4);
  const wet = Math.min(day + 1, 6);
  const stool = day < 2 ? 'meconium' : day < 4 ? 'transitional' : 'yellow';
  const sides = ['left', 'right', 'both'] as const;
  const logs: Array<Record<string, unknown>> = [];
  for (let i = 0; i < feeds; i++) logs.push({ action: 'log', type: 'feed', at: at(i, feeds), side: sides[i % 3] });
  for (let i = 0; i < wet; i++) logs.push({ action: 'log', type: 'diaper', at: at(i, wet), wet: true, stool: i < 3 ? stool : 'none' });
  for (let i = 0; i < 4; i++) logs.push({ action: 'log', type: 'pump', at: at(i, 4), ml: 5 * (day + 1) + i, double: true });
  if (day < 2) logs.push({ action: 'log', type: 'expression', at: at(1, 2), ml: 2 + day });
  if (day === 3) logs.push({ action: 'log', type: 'milk-in', at: at(1, 2) });
  logs.push({ action: 'checkin', feeds, wetDiapers: wet, yellowStools: day < 4 ? 0 : 3, pumpMl: [5 * (day + 1), 5 * (day + 1) + 2] });
  return logs;
}

/** One mother's whole first week through the real bot over HTTP, with the daily check-in pass; returns her stored document. */
async function logOneWeek(channel: Channel): Promise<MotherDocument> {
  const dataDir = tempDir('week');
  const bot = await startRealBot({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  const mother = benchMother('week', 0);
  try {
    await postJson(bot.base, '/dev/clock', { now: iso(birthMs + HOUR_MS) });
    await postJson(bot.base, '/api/messages', activityFrom(mother, channel.url, onboarding()));
    for (let day = 0; day < 7; day++) {
      await postJson(bot.base, '/dev/clock', { now: iso(birthMs + (day * 24 + 7) * HOUR_MS) });
      await postJson(bot.base, '/dev/checkins/run', {});
      await postJson(bot.base, '/dev/clock', { now: iso(birthMs + ((day + 1) * 24) * HOUR_MS - 60_000) });
      for (const log of dayOfLogs(day)) {
        const { status } = await postJson(bot.base, '/api/messages', activityFrom(mother, channel.url, log));
        if (status !== 200) throw new Error(`a logged event got HTTP ${status}`);
      }
    }
  } finally {
    await bot.stop();
  }
  const store = SqliteMotherStore.open(dataDir);
  const stored = await store.get(mother.motherId);
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (!stored) throw new Error('the week mother was not stored');
  return stored.doc;
}

function cloneFor(week: MotherDocument, mother: BenchMother, serviceUrl: string): MotherDocument {
  return {
    ...week,
    id: mother.motherId,
    recentActivityIds: [],
    ...(week.conversation
      ? { conversation: { ...week.conversation, serviceUrl, conversation: { ...week.conversation.conversation, id: mother.conversationId }, user: { id: mother.userId } } }
      : {}),
  };
}

/**
 * RSS of the bot process holding `count` mothers, each with a fully logged first week in its
 * embedded store, after one turn for each (so every document has been read, handled and written).
 */
export async function measureMemory(channel: Channel, count: number, concurrency: number): Promise<MemoryFigures> {
  const week = await logOneWeek(channel);
  const documentBytes = Buffer.byteLength(JSON.stringify(week));
  const dataDir = tempDir('memory');
  const mothers = Array.from({ length: count }, (_, i) => benchMother('mem', i));
  const store = SqliteMotherStore.open(dataDir);
  for (const mother of mothers) await store.create(cloneFor(week, mother, channel.url));
  await store.close();

  const bot = await startRealBot({ DATA_DIR: dataDir });
  try {
    const rssAfterStart = memoryOf(bot.process.pid).rssBytes;
    await postJson(bot.base, '/dev/clock', { now: iso(birthMs + (6 * 24 + 20) * HOUR_MS) });
    const turns = mothers.map((m, i) => activityFrom(m, channel.url, i % 2 ? { action: 'log', type: 'feed', side: 'right' } : 'våt bleie'));
    const result = await runLoad(bot.base, turns, concurrency);
    if (result.failures > 0) throw new Error(`${result.failures} turns failed in the memory run`);
    const after = memoryOf(bot.process.pid);
    const heap = (await (await fetch(`${bot.base}/dev/memory`)).json()) as { heapUsedBytes: number };
    const mb = (bytes: number): number => round(bytes / 1024 / 1024, 1);
    return {
      mothers: count,
      documentBytes,
      eventsInWeek: week.events.length,
      rssAfterStartMb: mb(rssAfterStart),
      turnsPerSecond: round(result.turnsPerSecond, 0),
      rssAfterTurnsMb: mb(after.rssBytes),
      peakRssMb: mb(after.peakRssBytes),
      heapUsedAfterTurnsMb: mb(heap.heapUsedBytes),
      loading: `${count} mothers, each with a logged first week (${week.events.length} events, ${documentBytes} B of JSON) in the embedded store, then one turn for each`,
    };
  } finally {
    await bot.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
