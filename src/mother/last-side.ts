import type { MotherEvent, Side } from './events';
import { millisOf } from './time';

export interface LastSide {
  /** Her latest breastfeed up to now (by its time, not by when she logged it); `side` only when she gave one. */
  last: { at: string; side?: Side };
  /** The latest breastfeed with a side, when the latest one has none: what she can still be told. */
  lastWithSide?: { at: string; side: Side };
}

/** The side of her last logged breastfeed, from her log; undefined when she logged no breastfeed. */
export function lastBreastfeedSide(events: readonly MotherEvent[], now: string): LastSide | undefined {
  const nowMs = millisOf(now);
  const feeds = events
    .filter((e) => e.type === 'feed' && millisOf(e.at) <= nowMs)
    .map((e) => ({ at: e.at, side: e.type === 'feed' ? e.side : undefined, ms: millisOf(e.at) }))
    .sort((a, b) => a.ms - b.ms);
  const last = feeds.at(-1);
  if (!last) return undefined;
  if (last.side) return { last: { at: last.at, side: last.side } };
  const withSide = feeds.filter((f) => f.side !== undefined).at(-1);
  return { last: { at: last.at }, ...(withSide?.side ? { lastWithSide: { at: withSide.at, side: withSide.side } } : {}) };
}
