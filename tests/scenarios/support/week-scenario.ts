import { DateTime } from 'luxon';
import type { Finding, Severity } from '../../../src/mother/findings';
import { isWeekStage, type WeekStage } from '../../../src/mother/week-stages';
import type { CaptureServer } from '../../support/capture-server';
import { mother, onboardCard, postJson, type RunningApp, type Sent } from '../../support/test-app';

export type FeedingMode = 'breast' | 'pump' | 'both';
type Reply = Sent['replies'][number];

/** One turn as she lived it: what she sent, the replies she got, and the findings it fired (from the app's store). */
export interface Turn {
  at: string;
  sent: Record<string, unknown>;
  replies: Reply[];
  fired: Finding[];
}

export interface WeekScenarioOptions {
  /** Local wall-clock time of birth, ISO with offset. */
  birthAt: string;
  feedingMode: FeedingMode;
  timezone?: string;
  locale?: string;
}

/** Whom she is told to call, by severity (RULES.md): contact names jordmor/helsestasjon, urgent 116 117, emergency 113. */
const WHOM_TO_CALL: Partial<Record<Severity, RegExp>> = {
  contact: /jordmor|helsestasjon|helsesøster|helsesjukepleiar|helsesykepleier|fastlege|legevakt|116 117|\b113\b/i,
  urgent: /116 117|\b113\b/,
  emergency: /\b113\b/,
};

/**
 * A first week walked through the bot's HTTP surface, in her time:
 *   at('+0h40m')        40 minutes after birth
 *   at('+97h')          97 real hours after birth
 *   at('day 2 09:00')   09:00 on her second local calendar day (day 1 is the date of birth)
 * Every turn goes through POST /api/messages with a card value from CONTRACT.md;
 * the clock moves only through POST /dev/clock.
 */
export function weekScenario(bot: RunningApp, capture: CaptureServer, options: WeekScenarioOptions) {
  const zone = options.timezone ?? 'Europe/Oslo';
  const birth = DateTime.fromISO(options.birthAt, { setZone: true });
  if (!birth.isValid) throw new Error(`bad birthAt ${options.birthAt}`);
  const her = mother(bot.base, capture, { locale: options.locale ?? 'nb-NO', name: options.feedingMode });
  const turns: Turn[] = [];
  let now = birth.toUTC().toISO()!;

  function instant(when: string): string {
    const sinceBirth = /^\+(\d+(?:\.\d+)?)h(?:(\d+)m)?$/.exec(when);
    if (sinceBirth) return birth.plus({ hours: Number(sinceBirth[1]), minutes: Number(sinceBirth[2] ?? 0) }).toUTC().toISO()!;
    const localDay = /^day (\d+) (\d\d):(\d\d)$/.exec(when);
    if (localDay) {
      const day = birth.setZone(zone).startOf('day').plus({ days: Number(localDay[1]) - 1 });
      return day.set({ hour: Number(localDay[2]), minute: Number(localDay[3]) }).toUTC().toISO()!;
    }
    throw new Error(`unknown time "${when}": use '+97h', '+0h40m' or 'day 2 09:00'`);
  }

  async function storedFindings(): Promise<Finding[]> {
    return (await bot.app.store.get(her.motherId))?.doc.findings ?? [];
  }

  async function turn(value: Record<string, unknown>): Promise<Turn> {
    const before = (await storedFindings()).length;
    const { status, replies } = await her.send(value);
    if (status !== 200) throw new Error(`POST /api/messages answered ${status}`);
    const done: Turn = { at: now, sent: value, replies, fired: (await storedFindings()).slice(before) };
    turns.push(done);
    return done;
  }

  return {
    her,
    turns,
    /** The instant a time spec names, as ISO UTC. */
    instant,
    get now(): string {
      return now;
    },
    /** Moves the bot's clock (and hers). */
    async at(when: string): Promise<void> {
      now = instant(when);
      const res = await postJson(bot.base, '/dev/clock', { now });
      if (res.status !== 200) throw new Error(`POST /dev/clock answered ${res.status}`);
    },
    onboard: (extra: Record<string, unknown> = {}) => turn(onboardCard(options.birthAt, options.feedingMode, { timezone: zone, ...extra })),
    /** A `log` card; `at` may be a time spec, and is sent as ISO. */
    log: (type: string, fields: Record<string, unknown> = {}) =>
      turn({ action: 'log', type, ...fields, ...(typeof fields.at === 'string' ? { at: instant(fields.at) } : {}) }),
    checkin: (answer: { feeds?: number; wetDiapers?: number; yellowStools?: number; pumpMl?: number[] }) => turn({ action: 'checkin', ...answer }),
    exportData: () => her.exportData(),
    /** POST /dev/checkins/run; returns what reached her conversation at the capture server. */
    async runCheckins(): Promise<{ sent: number; toHer: Reply[] }> {
      const before = her.replies().length;
      const res = await postJson(bot.base, '/dev/checkins/run', {});
      if (res.status !== 200) throw new Error(`POST /dev/checkins/run answered ${res.status}`);
      return { sent: (res.json as { sent: number }).sent, toHer: her.replies().slice(before) };
    },
    async stage(): Promise<WeekStage> {
      const week = (await bot.app.store.get(her.motherId))?.doc.machine?.value.week;
      return isWeekStage(week) ? week : 'beforeOnboarding';
    },
  };
}

export type WeekScenario = ReturnType<typeof weekScenario>;

export const codesOf = (findings: readonly { code: string }[]): string[] => findings.map((f) => f.code);

export const textOf = (replies: readonly Reply[]): string => replies.map((r) => r.text ?? '').join('\n');

/**
 * Turns where a contact, urgent or emergency finding fired without a reply that says whom to call.
 * Each such finding needs its own reply naming a place or number for its severity.
 */
export function alarmsWithoutWhomToCall(turns: readonly Turn[]): Array<{ at: string; code: string; replies: string[] }> {
  const missing: Array<{ at: string; code: string; replies: string[] }> = [];
  for (const turn of turns) {
    for (const severity of Object.keys(WHOM_TO_CALL) as Severity[]) {
      const pattern = WHOM_TO_CALL[severity]!;
      const alarms = turn.fired.filter((f) => f.severity === severity);
      const naming = turn.replies.filter((r) => pattern.test(r.text ?? '')).length;
      if (alarms.length > naming) for (const f of alarms) missing.push({ at: turn.at, code: f.code, replies: turn.replies.map((r) => r.text ?? '') });
    }
  }
  return missing;
}

export const isAdaptiveCard = (reply: Reply): boolean => (reply.attachments ?? []).some((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
