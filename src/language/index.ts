/** Understanding a mother's Norwegian (nb, nn) or English text. Pure: no I/O, time from arguments. */
export { understand } from './intents';
export type { Intent, IntentKind, LogIntent, LoggableEvent, PendingEvent, Concern, CountFact, UnderstandContext } from './intent';
export { normalize, cleanText, MAX_SCAN_CHARS } from './normalize';
export { parseNumber, numberWordValue } from './numbers';
export { parseVolume, type Volume } from './volumes';
export { parseClock, formatClock, type ClockReading } from './clock';
export { resolveTime, type ResolvedTime, type TimeContext } from './relative-time';
export { parseYesNo } from './yes-no';
export { stoolColour } from './stools';
export { namesHouseholdMeasure } from './household-measures';
export { saysEachTime } from './each-time';
