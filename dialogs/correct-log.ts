import { DateTime } from 'luxon';
import { bareNumberAsClock, type LogCorrection, type Recount } from '../src/language/log-correction';
import type { LoggedEvent, MotherEvent } from '../src/mother/events';
import { MAX_EVENTS_PER_MESSAGE, MAX_FEED_MINUTES, MAX_SESSION_ML } from '../src/mother/limits';
import type { MotherDocument } from '../src/store/mother-document';
import { herZone } from '../src/mother/her-zone';
import { parseEventTime } from './card-input';
import { holdRules } from './hold-rules';
import { dayLimitProblem } from './log-checks';
import { findingReplies } from './logging';
import { text } from './reply';
import { eventLines } from './stored-summary';
import type { TurnContextInfo, TurnOutcome } from './turn';

/** How far from the hour logged a bare number may move it: «nei det var 3» of a feed at 2. */
const NEAR_HOUR_MS = 3 * 60 * 60 * 1000;
/** How long after she logged something she can change it by naming it («nei vent det var 4 våte», «nei det var bæsj»). */
export const CHANGED_WITHIN_MS = 60 * 60 * 1000;

/** The event she logged last, and whether it can be changed alone: not one of several stored at once, nor a check-in's pumping (its answer holds the same ml). */
function lastLogged(doc: MotherDocument): { event: LoggedEvent; alone: boolean } | undefined {
  const last = [...doc.events].reverse().find((event) => event.type !== 'symptom');
  if (!last) return undefined;
  const alone = doc.events.filter((event) => event.entry === last.entry).length === 1 && !doc.checkins.some((checkin) => checkin.entry === last.entry);
  return { event: last, alone };
}

/** The event with the change, or why it cannot take it: a stored event, or one held while onboarding is open. */
export function changedEvent<E extends MotherEvent>(event: E, change: LogCorrection, doc: MotherDocument, ctx: TurnContextInfo): E | { refusal: string } | undefined {
  // Several times are for several logs stored together (correctLastLog), never for one.
  if (change.times) return undefined;
  // «no it was 7 on the left» of a feed: 7 minutes or 7 o'clock? It fits nothing
  if (change.amount !== undefined && change.side !== undefined && event.type !== 'pump') return undefined;
  // «nei det var 3» of a feed at 2, or a diaper, which have no amount: the hour it was, when it is near the
  // hour logged (a slip of the hour); a number far from it («nei det var 8» of a feed at 4) may be minutes, and fits nothing
  const clock = change.amount !== undefined && change.ml === undefined && event.type !== 'pump' && event.type !== 'expression'
    ? bareNumberAsClock(change.amount, { now: ctx.now, timezone: doc.profile?.timezone ?? ctx.defaultTimezone })
    : undefined;
  if (clock?.at && Math.abs(Date.parse(clock.at) - Date.parse(event.at)) <= NEAR_HOUR_MS) {
    const { amount: _amount, ...rest } = change;
    change = { ...rest, ...clock };
  }
  // «nei det var 35 fra venstre» of a pumping with each breast's ml: that breast, and the total
  const sideMl = change.ml ?? change.amount;
  if (event.type === 'pump' && change.side !== undefined && change.side !== 'both' && sideMl !== undefined) {
    const pump = event as E & { leftMl?: number; rightMl?: number; ml: number };
    if (pump.leftMl === undefined || pump.rightMl === undefined || change.at !== undefined || change.minutes !== undefined) return undefined;
    const sides = change.side === 'left' ? { leftMl: sideMl, rightMl: pump.rightMl } : { leftMl: pump.leftMl, rightMl: sideMl };
    const ml = sides.leftMl + sides.rightMl;
    if (sideMl <= 0 || ml > MAX_SESSION_ML) return { refusal: 'common:invalid.ml-range' };
    return { ...pump, ...sides, ml };
  }
  let next: E = event;
  if (change.side !== undefined || change.minutes !== undefined) {
    if (next.type !== 'feed') return undefined;
    // As a typed log reads them: minutes past a feed's length are no feed's minutes.
    if (change.minutes !== undefined && (change.minutes <= 0 || change.minutes > MAX_FEED_MINUTES)) return undefined;
    next = { ...next, ...(change.side !== undefined ? { side: change.side } : {}), ...(change.minutes !== undefined ? { minutes: change.minutes } : {}) };
  }
  const ml = change.ml ?? change.amount;
  if (ml !== undefined) {
    if (next.type !== 'pump' && next.type !== 'expression') return undefined;
    if (ml <= 0 || ml > MAX_SESSION_ML) return { refusal: 'common:invalid.ml-range' };
    const { leftMl: _left, rightMl: _right, ...withoutSides } = next as E & { leftMl?: number; rightMl?: number };
    next = { ...withoutSides, ml } as unknown as E;
  }
  if (change.at !== undefined) {
    // «nei, kl 6 om morgenen» at 03:40 of a feed logged yesterday: that morning, the log's own day, not one to come
    const zone = herZone(doc.profile?.timezone ?? ctx.defaultTimezone);
    const sameDay = (a: string, b: string): boolean => DateTime.fromISO(a, { zone }).hasSame(DateTime.fromISO(b, { zone }), 'day');
    const wanted = change.future && change.ifYesterday && sameDay(event.at, change.ifYesterday) ? change.ifYesterday : change.at;
    const at = parseEventTime(wanted, ctx.now, doc.profile?.birthAt, doc.profile?.timezone);
    if (!at.ok) return { refusal: `common:invalid.${at.reason}` };
    next = { ...next, at: at.value };
  }
  return next;
}

/**
 * «nei det var venstre», «no, at 5», «feil, 30 ml»: the log she stored last, changed as she says, and
 * the rules held again. She is told how it reads now. When her last log cannot take the change
 * (several were stored at once, a side for a diaper), she is told to undo it.
 */
export function correctLastLog(doc: MotherDocument, change: LogCorrection, ctx: TurnContextInfo): TurnOutcome {
  const logged = lastLogged(doc);
  if (!logged) return { doc: undefined, replies: [text('dialog:correct.nothing')], locale: doc.locale };
  const last = logged.event;
  if (change.recount) return recountNamed(doc, change.recount, ctx) ?? { doc: undefined, replies: [text('dialog:correct.none')], locale: doc.locale };
  if (change.times) return retimedEntry(doc, last, change.times, ctx);
  const recounted = !logged.alone && isBareNumber(change) ? recountedEntry(doc, last, change.amount!, ctx) : undefined;
  if (recounted) return recounted;
  const next = logged.alone ? changedEvent(last, change, doc, ctx) : undefined;
  if (!next) return { doc: undefined, replies: [text('dialog:correct.none')], locale: doc.locale };
  if ('refusal' in next) return { doc: undefined, replies: [text(next.refusal)], locale: doc.locale };
  return withChanged(doc, new Map([[last, next]]), ctx);
}

const isBareNumber = (change: LogCorrection): boolean =>
  change.amount !== undefined && change.ml === undefined && change.side === undefined && change.minutes === undefined && change.at === undefined && !change.times;

/**
 * «3 gule», then «nei det var 2»: diapers or feeds she counted in one go (one kind, one time, nothing
 * else of their own), now as many as she says. Undefined when her last log is no such count.
 */
function recountedEntry(doc: MotherDocument, last: LoggedEvent, count: number, ctx: TurnContextInfo): TurnOutcome | undefined {
  const together = doc.events.filter((event) => event.entry === last.entry);
  const counted =
    (last.type === 'diaper' || last.type === 'feed') &&
    together.every((event) => JSON.stringify({ ...event, id: '' }) === JSON.stringify({ ...last, id: '' })) &&
    !doc.checkins.some((checkin) => checkin.entry === last.entry);
  if (!counted || !Number.isInteger(count) || count < 1 || count > MAX_EVENTS_PER_MESSAGE) return undefined;
  const added = Array.from({ length: Math.max(0, count - together.length) }, (): LoggedEvent => ({ ...last, id: ctx.newId() }));
  if (dayLimitProblem(doc, added)) return { doc: undefined, replies: [text('common:invalid.day-limit')], locale: doc.locale };
  const dropped = new Set(together.slice(count));
  const events = [...doc.events.filter((event) => !dropped.has(event)), ...added];
  return withEvents(doc, events, events.filter((event) => event.entry === last.entry), ctx);
}

/** Her log with the changed events in place, the rules held again, and how they read now. */
function withChanged(doc: MotherDocument, changed: ReadonlyMap<LoggedEvent, LoggedEvent>, ctx: TurnContextInfo): TurnOutcome {
  return withEvents(doc, doc.events.map((event) => changed.get(event) ?? event), [...changed.values()], ctx);
}

const isNamed = (event: LoggedEvent, named: Recount): boolean =>
  event.type === named.type &&
  (event.type !== 'diaper' || ((named.wet === undefined || event.wet === named.wet) && (named.stool === undefined || event.stool === named.stool)));

/**
 * «3 våte og 1 med bæsj», then «nei vent det var 4 våte»: the count she names is her latest log of that
 * kind (not always her last log), as long as she logged it within the hour; it now holds as many.
 */
function recountNamed(doc: MotherDocument, named: Recount, ctx: TurnContextInfo): TurnOutcome | undefined {
  const latest = [...doc.events].reverse().find((event) => isNamed(event, named));
  if (!latest || Date.parse(ctx.now) - Date.parse(latest.loggedAt) > CHANGED_WITHIN_MS) return undefined;
  return recountedEntry(doc, latest, named.count, ctx);
}

/** Her log as corrected, the rules held again, and the corrected events as they read now. */
function withEvents(doc: MotherDocument, events: LoggedEvent[], shown: readonly LoggedEvent[], ctx: TurnContextInfo): TurnOutcome {
  const { doc: held, fired } = holdRules({ ...doc, events, updatedAt: ctx.now }, ctx.now, 'turn');
  const summary = { timezone: doc.profile?.timezone ?? ctx.defaultTimezone, now: ctx.now };
  return { doc: held, replies: [text('dialog:correct.done'), ...eventLines(shown, summary), ...findingReplies(fired)], locale: doc.locale };
}

/**
 * «ammet kl 1 og kl 3», then «nei, kl 2 og 3»: the logs stored together, one time each, in the
 * order of their times. Only logs of one kind, as many as the times she gives, none a check-in's.
 */
function retimedEntry(doc: MotherDocument, last: LoggedEvent, times: readonly string[], ctx: TurnContextInfo): TurnOutcome {
  const together = doc.events.filter((event) => event.entry === last.entry);
  const fits = together.length === times.length && together.every((event) => event.type === last.type) && !doc.checkins.some((checkin) => checkin.entry === last.entry);
  if (!fits) return { doc: undefined, replies: [text('dialog:correct.none')], locale: doc.locale };
  const order = [...together].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const newTimes: string[] = [];
  for (const time of times) {
    const at = parseEventTime(time, ctx.now, doc.profile?.birthAt, doc.profile?.timezone);
    if (!at.ok) return { doc: undefined, replies: [text(`common:invalid.${at.reason}`)], locale: doc.locale };
    newTimes.push(at.value);
  }
  newTimes.sort((a, b) => Date.parse(a) - Date.parse(b));
  return withChanged(doc, new Map(order.map((event, k) => [event, { ...event, at: newTimes[k]! }])), ctx);
}
