/**
 * One check-in pass over 100,000 mothers in the embedded store, with the Bot Connector stubbed
 * by a no-op sender: time (wall and CPU) to find the due mothers and to claim them, per due mother.
 * Run: npx tsx bench/scheduler.ts   (writes bench/results/scheduler.json)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import pino from 'pino';
import { Clock } from '../src/clock';
import { newEntryId } from '../src/entry-id';
import { CheckinScheduler, type ProactiveSender } from '../src/checkins/scheduler';
import type { LoggedEvent } from '../src/mother/events';
import { progressWeek } from '../dialogs/week-progress';
import type { MotherProfile } from '../src/mother/profile';
import { newMotherDocument, type MotherDocument } from '../src/store/mother-document';
import { SQLITE_FILE_NAME, SqliteMotherStore } from '../src/store/sqlite-mother-store';

const MOTHERS = 100_000;
/** The morning peak: a tenth chose the same check-in time and are due in this pass. */
const DUE_SHARE = 0.1;
/** Paused, not onboarded or past their week: no check-in planned. */
const UNPLANNED_SHARE = 0.2;
const NOW = '2026-11-26T08:00:20.000Z';
const CREATED_AT = '2026-11-24T06:00:00.000Z';
const LAST_LOGGED_AT = '2026-11-26T06:00:00.000Z';
const TARGET_CPU_MS_PER_DUE = 0.2;

function events(i: number): LoggedEvent[] {
  return Array.from({ length: 24 }, (_, k) => ({
    type: k % 3 === 0 ? 'diaper' : 'feed',
    at: new Date(Date.UTC(2026, 10, 24, 4 + k * 2, i % 60)).toISOString(),
    ...(k % 3 === 0 ? { wet: true, stool: 'transitional' } : { side: 'left' }),
    id: newEntryId(),
    entry: newEntryId(),
    loggedAt: '2026-11-26T06:00:00.000Z',
  })) as LoggedEvent[];
}

/** Her log, findings, rule state and week machine as the bot stored them after her last logged event (one per log pattern, reused). */
const loggedWeeks = new Map<string, Pick<MotherDocument, 'events' | 'findings' | 'ruleState' | 'machine'>>();

function loggedWeek(i: number, profile: MotherProfile): Pick<MotherDocument, 'events' | 'findings' | 'ruleState' | 'machine'> {
  const key = `${i % 60}-${profile.feedingMode}`;
  let week = loggedWeeks.get(key);
  if (!week) {
    const logged = { ...newMotherDocument('pattern', CREATED_AT, 'nb'), consent: 'given' as const, profile, events: events(i) };
    const { doc } = progressWeek(logged, LAST_LOGGED_AT, 'event');
    week = { events: doc.events, findings: doc.findings, ruleState: doc.ruleState, machine: doc.machine };
    loggedWeeks.set(key, week);
  }
  return week;
}

function mother(i: number): MotherDocument {
  const due = i % Math.round(1 / DUE_SHARE) === 0;
  const unplanned = !due && i % 5 === 1 && UNPLANNED_SHARE > 0;
  const minute = i % 600;
  const next = due ? new Date(Date.UTC(2026, 10, 26, 8, 0, i % 20)).toISOString() : new Date(Date.UTC(2026, 10, 26, 8, 1 + minute)).toISOString();
  const profile: MotherProfile = { birthAt: '2026-11-24T02:10:00.000Z', feedingMode: i % 2 ? 'both' : 'pump', timezone: 'Europe/Oslo', checkInTime: '09:00', locale: 'nb' };
  return {
    ...newMotherDocument(`m${i}`, CREATED_AT, 'nb'),
    consent: 'given',
    profile,
    conversation: { channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', conversation: { id: `a:conv-${i}`, conversationType: 'personal' }, user: { id: `29:user-${i}` }, bot: { id: '28:bot' } },
    ...loggedWeek(i, profile),
    nextCheckInAt: unplanned ? null : next,
    checkInsPaused: unplanned,
  };
}

/** Direct rows in one transaction: the store commits each create() on its own, far slower for 100,000 rows. */
function fill(dataDir: string): number {
  SqliteMotherStore.open(dataDir).close();
  const db = new Database(join(dataDir, SQLITE_FILE_NAME));
  db.pragma('synchronous = OFF');
  const insert = db.prepare('INSERT INTO mothers (id, etag, next_checkin_at, document) VALUES (?, ?, ?, ?)');
  let due = 0;
  db.transaction(() => {
    for (let i = 0; i < MOTHERS; i++) {
      const doc = mother(i);
      if (doc.nextCheckInAt !== null && doc.nextCheckInAt <= NOW) due++;
      insert.run(doc.id, `etag-${i}`, doc.nextCheckInAt, JSON.stringify(doc));
    }
  })();
  db.close();
  return due;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function systemCpuMs(since: NodeJS.CpuUsage): number {
  return process.cpuUsage(since).system / 1000;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'scheduler-bench-'));
  try {
    const fillStarted = performance.now();
    const expectedDue = fill(dataDir);
    const fillMs = performance.now() - fillStarted;
    const store = SqliteMotherStore.open(dataDir);

    let wall = performance.now();
    let cpu = process.cpuUsage();
    let found = 0;
    let continuation: string | undefined;
    do {
      const page = await store.findDue(NOW, 200, continuation);
      found += page.ids.length;
      continuation = page.continuation;
    } while (continuation);
    const find = { wallMs: performance.now() - wall, cpuMs: cpuMs(cpu) };

    let activities = 0;
    const noopSender: ProactiveSender = (_reference, replies, _locale, deliver) => {
      activities += replies.length;
      return deliver(replies.map(() => async () => undefined));
    };
    const clock = new Clock();
    clock.set(NOW);
    const scheduler = new CheckinScheduler({ store, clock, send: noopSender, logger: pino({ level: 'silent' }), globalRatePerSecond: 1e9, perConversationRatePerSecond: 1e9 });
    const requestsBefore = store.requestCount();
    wall = performance.now();
    cpu = process.cpuUsage();
    const result = await scheduler.runPass();
    const pass = { wallMs: performance.now() - wall, cpuMs: cpuMs(cpu), systemCpuMs: systemCpuMs(cpu) };
    const requests = store.requestCount() - requestsBefore;
    await store.close();

    if (found !== expectedDue || result.sent !== expectedDue) throw new Error(`expected ${expectedDue} due and sent, found ${found}, sent ${result.sent}`);
    const perDue = { wallMs: pass.wallMs / result.due, cpuMs: pass.cpuMs / result.due };
    const figures = {
      mothers: MOTHERS,
      due: result.due,
      fillMs: Math.round(fillMs),
      findOnly: { wallMs: round(find.wallMs), cpuMs: round(find.cpuMs) },
      pass: { wallMs: round(pass.wallMs), cpuMs: round(pass.cpuMs), systemCpuMs: round(pass.systemCpuMs), storeRequests: requests, activitiesStubbed: activities },
      perDueMother: { wallMs: round(perDue.wallMs, 4), cpuMs: round(perDue.cpuMs, 4) },
      targetCpuMsPerDue: TARGET_CPU_MS_PER_DUE,
      meetsTarget: perDue.cpuMs <= TARGET_CPU_MS_PER_DUE,
      node: process.version,
      at: new Date().toISOString(),
    };
    console.log(
      `${MOTHERS} mothers, ${result.due} due: find ${figures.findOnly.wallMs} ms wall / ${figures.findOnly.cpuMs} ms CPU; ` +
        `pass (find + claim + no-op send) ${figures.pass.wallMs} ms wall / ${figures.pass.cpuMs} ms CPU (${figures.pass.systemCpuMs} ms of it in the kernel); ` +
        `per due mother ${figures.perDueMother.wallMs} ms wall / ${figures.perDueMother.cpuMs} ms CPU (target <= ${TARGET_CPU_MS_PER_DUE} ms CPU: ${figures.meetsTarget ? 'met' : 'MISSED'})`,
    );
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(join(__dirname, 'results', 'scheduler.json'), `${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
