import { DateTime, IANAZone } from 'luxon';
import type { FeedingMode, MotherEvent, Side, StoolKind } from '../src/mother/events';
import { MAX_DAILY_COUNT, MAX_FEED_MINUTES, MAX_SESSION_ML } from '../src/mother/limits';
import type { CheckinValues } from './logging';

/** Why a card value was refused; each has a text in locales (common:invalid.<reason>). */
export type InvalidReason =
  | 'unknown-action'
  | 'unknown-type'
  | 'bad-time'
  | 'future-time'
  | 'before-birth'
  | 'bad-ml'
  | 'ml-range'
  | 'bad-count'
  | 'count-range'
  | 'negative-count'
  | 'too-many-at-once'
  | 'day-limit'
  | 'bad-stool'
  | 'bad-side'
  | 'bad-mode'
  | 'bad-checkin-time'
  | 'bad-timezone'
  | 'birth-future'
  | 'birth-too-old'
  | 'no-consent'
  | 'bad-field';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: InvalidReason };
const fail = <T>(reason: InvalidReason): Parsed<T> => ({ ok: false, reason });
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

export const MAX_BIRTH_AGE_DAYS = 14;

type Value = Record<string, unknown>;

/** Teams sends Input.Number and Input.Toggle values as strings; accept both. */
function numberOf(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : Number.NaN;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.trim().replace(',', '.'));
    return Number.isFinite(n) ? n : Number.NaN;
  }
  return undefined;
}
function boolOf(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

export function parseMl(v: unknown): Parsed<number> {
  const n = numberOf(v);
  if (n === undefined || Number.isNaN(n)) return fail('bad-ml');
  if (n < 0 || n > MAX_SESSION_ML) return fail('ml-range');
  return ok(Math.round(n * 10) / 10);
}

export function parseCount(v: unknown): Parsed<number | undefined> {
  const n = numberOf(v);
  if (n === undefined) return ok(undefined);
  if (Number.isNaN(n) || !Number.isInteger(n)) return fail('bad-count');
  if (n < 0) return fail('negative-count');
  if (n > MAX_DAILY_COUNT) return fail('count-range');
  return ok(n);
}

/** An event time: absent means now; never in the future, never before birth. */
const HAS_OFFSET = /([zZ]|[+-]\d\d:?\d\d)$/;

export function parseEventTime(v: unknown, now: string, birthAt: string | undefined, zone = 'Europe/Oslo'): Parsed<string> {
  if (v === undefined || v === null || v === '') return ok(now);
  if (typeof v !== 'string') return fail('bad-time');
  // A time without an offset is her local time, not the server's.
  const at = DateTime.fromISO(v, { zone, setZone: HAS_OFFSET.test(v) });
  if (!at.isValid) return fail('bad-time');
  // A minute of grace for clocks that differ a little between her phone and us.
  if (at.toMillis() > DateTime.fromISO(now).toMillis() + 60_000) return fail('future-time');
  if (birthAt && at.toMillis() < DateTime.fromISO(birthAt).toMillis()) return fail('before-birth');
  return ok(at.toUTC().toISO()!);
}

export function parseBirthAt(v: unknown, now: string, zone: string): Parsed<string> {
  let at: DateTime;
  if (typeof v === 'string') at = DateTime.fromISO(v, { zone, setZone: HAS_OFFSET.test(v) });
  else return fail('bad-time');
  if (!at.isValid) return fail('bad-time');
  const nowDt = DateTime.fromISO(now);
  if (at.toMillis() > nowDt.toMillis() + 60_000) return fail('birth-future');
  if (nowDt.diff(at, 'days').days > MAX_BIRTH_AGE_DAYS) return fail('birth-too-old');
  return ok(at.toUTC().toISO()!);
}

export function parseCheckInTime(v: unknown): Parsed<string> {
  if (v === undefined || v === null || v === '') return ok('09:00');
  if (typeof v !== 'string') return fail('bad-checkin-time');
  const m = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(v.trim());
  if (!m) return fail('bad-checkin-time');
  return ok(`${m[1]!.padStart(2, '0')}:${m[2]}`);
}

export function parseTimezone(v: unknown, fallback: string): Parsed<string> {
  if (v === undefined || v === null || v === '') return ok(fallback);
  if (typeof v !== 'string' || !IANAZone.isValidZone(v)) return fail('bad-timezone');
  return ok(v);
}

export function parseFeedingMode(v: unknown): Parsed<FeedingMode> {
  return v === 'breast' || v === 'pump' || v === 'both' ? ok(v) : fail('bad-mode');
}

export interface OnboardValues {
  birthAt: string;
  feedingMode: FeedingMode;
  checkInTime: string;
  timezone: string;
  firstHour?: 'yes' | 'no';
}

/** The onboard card: the contract's `birthAt`, or our card's separate date and time fields. */
export function parseOnboard(value: Value, now: string, defaultZone: string): Parsed<OnboardValues> {
  if (boolOf(value.consent) !== true) return fail('no-consent');
  const zone = parseTimezone(value.timezone, defaultZone);
  if (!zone.ok) return zone;
  const rawBirth = value.birthAt ?? (typeof value.birthDate === 'string' && typeof value.birthTime === 'string' ? `${value.birthDate}T${value.birthTime}` : undefined);
  const birthAt = parseBirthAt(rawBirth, now, zone.value);
  if (!birthAt.ok) return birthAt;
  const mode = parseFeedingMode(value.feedingMode);
  if (!mode.ok) return mode;
  const time = parseCheckInTime(value.checkInTime);
  if (!time.ok) return time;
  const firstHour = value.firstHour === 'yes' || value.firstHour === 'no' ? value.firstHour : undefined;
  return ok({ birthAt: birthAt.value, feedingMode: mode.value, checkInTime: time.value, timezone: zone.value, ...(firstHour ? { firstHour } : {}) });
}

const SIDES: readonly Side[] = ['left', 'right', 'both'];
const STOOLS: readonly StoolKind[] = ['none', 'meconium', 'transitional', 'yellow'];

/** A `log` card value to one event; every field checked, nothing guessed. */
export function parseLogValue(value: Value, now: string, birthAt: string | undefined, zone?: string): Parsed<MotherEvent> {
  const at = parseEventTime(value.at, now, birthAt, zone);
  if (!at.ok) return at;
  switch (value.type) {
    case 'feed': {
      if (value.side !== undefined && value.side !== '' && !SIDES.includes(value.side as Side)) return fail('bad-side');
      const minutes = numberOf(value.minutes);
      if (minutes !== undefined && !(Number.isInteger(minutes) && minutes >= 0 && minutes <= MAX_FEED_MINUTES)) return fail('bad-field');
      const side = SIDES.includes(value.side as Side) ? (value.side as Side) : undefined;
      return ok({ type: 'feed', at: at.value, ...(side ? { side } : {}), ...(minutes !== undefined ? { minutes } : {}) });
    }
    case 'diaper': {
      const stool = value.stool === undefined || value.stool === '' ? 'none' : value.stool;
      if (!STOOLS.includes(stool as StoolKind)) return fail('bad-stool');
      const wet = value.wet === undefined || value.wet === '' ? false : boolOf(value.wet);
      if (wet === undefined) return fail('bad-field');
      return ok({ type: 'diaper', at: at.value, wet, stool: stool as StoolKind });
    }
    case 'pump': {
      const ml = parseMl(value.ml ?? value.pumpMl);
      if (!ml.ok) return ml;
      const double = value.double === undefined || value.double === '' ? undefined : boolOf(value.double);
      if (double === undefined && value.double !== undefined && value.double !== '') return fail('bad-field');
      return ok({ type: 'pump', at: at.value, ml: ml.value, ...(double !== undefined ? { double } : {}) });
    }
    case 'expression': {
      const ml = parseMl(value.ml ?? value.expressionMl);
      if (!ml.ok) return ml;
      return ok({ type: 'expression', at: at.value, ml: ml.value });
    }
    case 'milk-in':
      return ok({ type: 'milk-in', at: at.value });
    default:
      return fail('unknown-type');
  }
}

/** "22, 25 30" or [22, 25, 30]: the pump sessions of a check-in. */
const ML_UNIT = /(?<=\d|\s|^)\s*ml\b\.?/giu;

export function parsePumpList(v: unknown): Parsed<number[]> {
  if (v === undefined || v === null || v === '') return ok([]);
  // «5 ml, 8 ml», «5ml 8ml»: the unit the field asks for, written beside each amount, is no amount of its own
  const items: unknown[] = Array.isArray(v) ? v : typeof v === 'string' ? v.replace(ML_UNIT, ' ').split(/[\s,;+]+/).filter(Boolean) : [v];
  if (items.length > MAX_DAILY_COUNT) return fail('count-range');
  const out: number[] = [];
  for (const item of items) {
    const ml = parseMl(item);
    if (!ml.ok) return ml;
    out.push(ml.value);
  }
  return ok(out);
}

export function parseCheckinValue(value: Value): Parsed<CheckinValues> {
  const out: CheckinValues = {};
  for (const key of ['feeds', 'wetDiapers', 'yellowStools'] as const) {
    const n = parseCount(value[key]);
    if (!n.ok) return n;
    if (n.value !== undefined) out[key] = n.value;
  }
  if (value.pumpMl === undefined || value.pumpMl === null || value.pumpMl === '') return ok(out);
  const pumps = parsePumpList(value.pumpMl);
  if (!pumps.ok) return pumps;
  out.pumpMl = pumps.value;
  return ok(out);
}
