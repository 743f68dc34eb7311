/**
 * A check-in pass over 100,000 mothers in the embedded store, with the Bot Connector stubbed by a
 * no-op sender: time (wall and CPU) to find the due mothers and to claim them, per due mother.
 * The store is filled by a child process, so the measuring process starts like a bot on that store.
 * Its first pass, a tenth of the mothers, is reported on its own: it includes compiling the
 * scheduler's and the domain's code. The target is held against the pass half a minute later, over
 * as many other mothers: steady state, as in a running bot, like the warm-up round of the turn benches.
 * Run: npm run bench:scheduler   (writes bench/results/scheduler.json, or SCHEDULER_BENCH_RESULT)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import pino from 'pino';
import { Clock } from '../src/support/clock';
import { newEntryId } from '../src/support/entry-id';
import { CheckinScheduler, type ProactiveSender } from '../src/checkins/scheduler';
import { checkinConversation } from '../dialogs/handle-turn';
import type { Reply } from '../dialogs/reply';
import type { LoggedEvent } from '../src/mother/events';
import { holdRules } from '../dialogs/hold-rules';
import type { MotherProfile } from '../src/mother/profile';
import { newMotherDocument, type MotherDocument } from '../src/store/mother-document';
import { SQLITE_FILE_NAME, SqliteMotherStore } from '../src/store/sqlite-mother-store';

const MOTHERS = 100_000;
/** The morning peak: a tenth chose the same check-in time and are due in this pass. */
const DUE_SHARE = 0.1;
/** Paused, not onboarded or past their week: no check-in planned. */
const UNPLANNED_SHARE = 0.2;
const NOW = '2026-11-26T08:00:20.000Z';
/** The second pass: the other tenth is due half a minute after the first. */
const LATER = '2026-11-26T08:00:50.000Z';
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
    const { doc } = holdRules(logged, LAST_LOGGED_AT, 'event');
    week = { events: doc.events, findings: doc.findings, ruleState: doc.ruleState, machine: doc.machine };
    loggedWeeks.set(key, week);
  }
  return week;
}

/** Her planned check-in: a tenth due in the first pass, a tenth in the second, a fifth none, the rest later in the morning. */
function plannedCheckIn(i: number): string | null {
  const group = Math.round(1 / DUE_SHARE);
  if (i % group === 0) return new Date(Date.UTC(2026, 10, 26, 8, 0, i % 20)).toISOString();
  if (i % group === group / 2) return new Date(Date.UTC(2026, 10, 26, 8, 0, 30 + (i % 20))).toISOString();
  if (i % 5 === 1 && UNPLANNED_SHARE > 0) return null;
  return new Date(Date.UTC(2026, 10, 26, 8, 1 + (i % 600))).toISOString();
}

function mother(i: number): MotherDocument {
  const next = plannedCheckIn(i);
  // Pumping only or both, alternating every ten mothers, so that each pass has as many of each.
  const profile: MotherProfile = { birthAt: '2026-11-24T02:10:00.000Z', feedingMode: Math.floor(i / 10) % 2 ? 'both' : 'pump', timezone: 'Europe/Oslo', checkInTime: '09:00', locale: 'nb' };
  return {
    ...newMotherDocument(`m${i}`, CREATED_AT, 'nb'),
    consent: 'given',
    profile,
    conversation: { channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', conversation: { id: `a:conv-${i}`, conversationType: 'personal' }, user: { id: `29:user-${i}` }, bot: { id: '28:bot' } },
    ...loggedWeek(i, profile),
    nextCheckInAt: next,
    checkInsPaused: next === null,
  };
}

/** Direct rows in one transaction: the store commits each create() on its own, far slower for 100,000 rows. */
function fill(dataDir: string): void {
  SqliteMotherStore.open(dataDir).close();
  const db = new Database(join(dataDir, SQLITE_FILE_NAME));
  db.pragma('synchronous = OFF');
  const insert = db.prepare('INSERT INTO mothers (id, etag, next_checkin_at, document) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < MOTHERS; i++) {
      const doc = mother(i);
      insert.run(doc.id, `etag-${i}`, doc.nextCheckInAt, JSON.stringify(doc));
    }
  })();
  db.close();
}

/** Mothers due at `at` and not already due at `after` (claimed by the pass before). */
function expectedDue(after: string | undefined, at: string): number {
  let due = 0;
  for (let i = 0; i < MOTHERS; i++) {
    const next = plannedCheckIn(i);
    if (next !== null && next <= at && (after === undefined || next > after)) due++;
  }
  return due;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function systemCpuMs(since: NodeJS.CpuUsage): number {
  return process.cpuUsage(since).system / 1000;
}

interface PassFigures {
  due: number;
  wallMs: number;
  cpuMs: number;
  systemCpuMs: number;
  storeRequests: number;
  activitiesStubbed: number;
}

async function measurePass(store: SqliteMotherStore, at: string, after: string | undefined): Promise<PassFigures> {
  let activities = 0;
  const noopSender: ProactiveSender<Reply> = (_reference, replies, _locale, deliver) => {
    activities += replies.length;
    return deliver(replies.map(() => async () => undefined));
  };
  const clock = new Clock();
  clock.set(at);
  const scheduler = new CheckinScheduler({ store, clock, conversation: checkinConversation, send: noopSender, logger: pino({ level: 'silent' }), globalRatePerSecond: 1e9, perConversationRatePerSecond: 1e9 });
  const requestsBefore = store.requestCount();
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await scheduler.runPass();
  const figures = { due: result.due, wallMs: performance.now() - wall, cpuMs: cpuMs(cpu), systemCpuMs: systemCpuMs(cpu), storeRequests: store.requestCount() - requestsBefore, activitiesStubbed: activities };
  const expected = expectedDue(after, at);
  if (result.due !== expected || result.sent !== expected) throw new Error(`pass at ${at}: expected ${expected} due and sent, found ${result.due}, sent ${result.sent}`);
  return figures;
}

function perDue(pass: PassFigures): { wallMs: number; cpuMs: number } {
  return { wallMs: round(pass.wallMs / pass.due, 4), cpuMs: round(pass.cpuMs / pass.due, 4) };
}

function rounded(pass: PassFigures): PassFigures {
  return { ...pass, wallMs: round(pass.wallMs), cpuMs: round(pass.cpuMs), systemCpuMs: round(pass.systemCpuMs) };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'scheduler-bench-'));
  try {
    const fillStarted = performance.now();
    execFileSync(process.execPath, [...process.execArgv, __filename, '--fill', dataDir], { stdio: 'inherit' });
    const fillMs = performance.now() - fillStarted;
    const store = SqliteMotherStore.open(dataDir);

    const wall = performance.now();
    const cpu = process.cpuUsage();
    let found = 0;
    let continuation: string | undefined;
    do {
      const page = await store.findDue(NOW, 200, continuation);
      found += page.ids.length;
      continuation = page.continuation;
    } while (continuation);
    const find = { wallMs: performance.now() - wall, cpuMs: cpuMs(cpu) };
    if (found !== expectedDue(undefined, NOW)) throw new Error(`expected ${expectedDue(undefined, NOW)} due, found ${found}`);

    const afterStart = await measurePass(store, NOW, undefined);
    const running = await measurePass(store, LATER, NOW);
    await store.close();

    const figures = {
      mothers: MOTHERS,
      due: running.due,
      fillMs: Math.round(fillMs),
      findOnly: { wallMs: round(find.wallMs), cpuMs: round(find.cpuMs) },
      pass: rounded(running),
      perDueMother: perDue(running),
      targetCpuMsPerDue: TARGET_CPU_MS_PER_DUE,
      meetsTarget: perDue(running).cpuMs <= TARGET_CPU_MS_PER_DUE,
      firstPassAfterStart: { ...rounded(afterStart), perDue: perDue(afterStart) },
      node: process.version,
      execArgv: process.execArgv.filter((arg) => arg.startsWith('--max')),
      at: new Date().toISOString(),
    };
    console.log(
      `${MOTHERS} mothers, ${running.due} due: find ${figures.findOnly.wallMs} ms wall / ${figures.findOnly.cpuMs} ms CPU; ` +
        `pass (find + claim + no-op send) ${figures.pass.wallMs} ms wall / ${figures.pass.cpuMs} ms CPU (${figures.pass.systemCpuMs} ms of it in the kernel); ` +
        `per due mother ${figures.perDueMother.wallMs} ms wall / ${figures.perDueMother.cpuMs} ms CPU (target <= ${TARGET_CPU_MS_PER_DUE} ms CPU: ${figures.meetsTarget ? 'met' : 'MISSED'}); ` +
        `the first pass after the start, ${afterStart.due} other mothers, code compiled during it: ${figures.firstPassAfterStart.perDue.cpuMs} ms CPU per due mother`,
    );
    // Two runs side by side in one checkout each need a file of their own (bench/scheduler-side-by-side.ts).
    const result = process.env.SCHEDULER_BENCH_RESULT ?? join(__dirname, 'results', 'scheduler.json');
    mkdirSync(dirname(result), { recursive: true });
    writeFileSync(result, `${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

if (process.argv[2] === '--fill') fill(process.argv[3]!);
else {
  void main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
