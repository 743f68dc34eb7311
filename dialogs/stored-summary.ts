import type { DiaperEvent, FeedEvent, MotherEvent } from '../src/mother/events';
import type { DateTime } from 'luxon';
import { localTime } from '../src/mother/time';
import { text, type Phrase, type Reply } from './reply';

/** Whom the confirmation speaks to: her zone, and the turn's time. */
export interface SummaryContext {
  timezone: string;
  now: string;
  /** Advice follows in the same reply: the stored line says so plainly, without a thumbs-up. */
  calm?: boolean;
  /** The finding that follows is glad her milk has come in: the stored line says it plainly, not the same joy twice. */
  milkInPraised?: boolean;
}

/**
 * What was stored, as she reads it: one sentence for one event ("Amming kl. 14.30 ført."), a
 * heading and one short line per event for several. Times are her wall clock in her zone, with
 * "i går" or the date when the event is on another day than today there.
 *
 * Each sentence and line is a key with params. The parts that vary inside a line (when, the side
 * and minutes of a feed, what was in the diaper) are phrases of their own, which the edge puts in
 * her language: written out whole, every line in every variant would be some hundred keys per language.
 */
export function storedSummary(events: readonly MotherEvent[], summary: SummaryContext): Reply[] {
  // A red-flag symptom is answered by its own advice; here it only needs to be acknowledged.
  const shown = events.filter((e) => e.type !== 'symptom');
  const [first] = shown;
  if (!first) return [text('common:logged.symptom')];
  if (shown.length === 1) return [sentence(first, summary)];
  return [text('dialog:logged.many'), ...eventLines(shown, summary)];
}

/**
 * One short line per event ("- amming kl. 09.00"); the same line again and again, as "ammet 7
 * ganger" stores it, once with how many times, so that she does not read a stack of copies.
 */
export function eventLines(events: readonly MotherEvent[], summary: SummaryContext): Reply[] {
  const runs: Array<{ line: Reply; count: number; same: string }> = [];
  for (let at = 0; at < events.length; at++) {
    const event = events[at]!;
    if (event.type === 'symptom') continue;
    // «pumpet 3 ganger», «5, 8, 6»: sessions with no times of their own, one line with each ml
    const counted = countedPumpings(events, at);
    if (counted.length > 1) {
      const line = text('common:logged.line.pumpCounted', { when: whenText(event.at, summary), count: counted.length, mls: counted.map((p) => p.ml).join(', ') });
      runs.push({ line, count: 1, same: JSON.stringify(line) });
      at += counted.length - 1;
      continue;
    }
    const next = line(event, summary);
    const same = JSON.stringify(next);
    const last = runs.at(-1);
    if (last?.same === same) last.count += 1;
    else runs.push({ line: next, count: 1, same });
  }
  return runs.map(({ line: shown, count }) =>
    count === 1 || shown.kind !== 'text' ? shown : text('common:logged.repeated', { line: { key: shown.key, ...(shown.params ? { params: shown.params } : {}) }, count }),
  );
}

/** Pumpings from `at` on stored at the same minute, one entry, one ml each and not all the same (the same would read «(3 ganger)»). */
function countedPumpings(events: readonly MotherEvent[], at: number): Array<Extract<MotherEvent, { type: 'pump' }>> {
  const first = events[at];
  if (first?.type !== 'pump' || first.leftMl !== undefined) return [];
  const run: Array<Extract<MotherEvent, { type: 'pump' }>> = [];
  for (const event of events.slice(at)) {
    if (event.type !== 'pump' || event.at !== first.at || event.leftMl !== undefined || event.double !== first.double) break;
    run.push(event);
  }
  return new Set(run.map((p) => p.ml)).size > 1 ? run : [];
}

type Shown = Exclude<MotherEvent, { type: 'symptom' }>;

function sentence(event: Shown, summary: SummaryContext): Reply {
  // Milk coming in keeps its warm words, unless the finding after it says them.
  if (event.type === 'milk-in') return text(summary.milkInPraised ? 'common:logged.milk-in-plain' : 'common:logged.milk-in');
  const plain = described('common:logged', event, summary);
  return summary.calm || plain.kind !== 'text' ? plain : text('common:logged.glad', { sentence: { key: plain.key, ...(plain.params ? { params: plain.params } : {}) } });
}

function line(event: Shown, summary: SummaryContext): Reply {
  return described('common:logged.line', event, summary);
}

/** The key under `prefix` and the params that say what this event was. */
function described(prefix: string, event: Shown, summary: SummaryContext): Reply {
  const when = whenText(event.at, summary);
  switch (event.type) {
    case 'feed': {
      const details = feedDetails(event);
      return details.length ? text(`${prefix}.feedDetails`, { when, details }) : text(`${prefix}.feed`, { when });
    }
    case 'pump':
      // Each breast's amount is shown beside the total, so "20 ml from each" is not read as 40 ml wrongly stored.
      if (event.leftMl !== undefined && event.rightMl !== undefined) return text(`${prefix}.pumpSides`, { when, left: event.leftMl, right: event.rightMl, ml: event.ml });
      return text(`${prefix}.${event.double ? 'pumpDouble' : 'pump'}`, { when, ml: event.ml });
    case 'expression':
      return text(`${prefix}.expression`, { when, ml: event.ml });
    case 'diaper':
      return text(`${prefix}.diaper`, { when, contents: diaperContents(event) });
    case 'milk-in':
      return text(`${prefix}.milk-in`, { when });
  }
}

/** "kl. 14.30", "i går kl. 23.10" or "24.11. kl. 23.10": her wall clock, the day named when it is not today. */
export function whenText(at: string, { timezone, now }: SummaryContext): Phrase {
  // Read off the DateTime's fields: luxon's toFormat was half the CPU of a log's confirmation.
  const local = localTime(at, timezone);
  const daysAgo = calendarDay(localTime(now, timezone)) - calendarDay(local);
  const which = daysAgo === 0 ? 'today' : daysAgo === 1 ? 'yesterday' : 'date';
  return { key: `common:logged.when.${which}`, params: { hour: twoDigits(local.hour), minute: twoDigits(local.minute), day: twoDigits(local.day), month: twoDigits(local.month) } };
}

/** A birth as she reads it back: as `whenText`, and «i dag» named too, since the day is what she checks. */
export function birthWhenText(birthAt: string, summary: SummaryContext): Phrase {
  const read = whenText(birthAt, summary);
  return read.key === 'common:logged.when.today' ? { ...read, key: 'common:logged.when.todayNamed' } : read;
}

/** Her wall-clock date as a day count, so that two dates compare by subtraction. */
const calendarDay = (local: DateTime): number => Date.UTC(local.year, local.month - 1, local.day) / 86_400_000;
const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** The side and minutes of a feed, when she gave them ("venstre side, 15 min"); none otherwise. */
function feedDetails(event: FeedEvent): Phrase[] {
  const parts: Phrase[] = [];
  if (event.side) parts.push({ key: `common:logged.side.${event.side}` });
  if (event.minutes !== undefined) parts.push({ key: 'common:logged.minutes', params: { minutes: event.minutes } });
  return parts;
}

/** "våt", "gul bæsj", "våt, svart bæsj", or "tørr" for neither; a stool alone never says wet or dry. */
function diaperContents(event: DiaperEvent): Phrase {
  const wetness = event.wet === undefined ? 'unknown' : event.wet ? 'wet' : 'dry';
  return { key: `common:logged.contents.${wetness}.${event.stool}` };
}
