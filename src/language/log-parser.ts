import { DateTime } from 'luxon';
import type { Side, StoolKind } from '../mother/events';
import { MAX_DAILY_COUNT, MAX_FEED_MINUTES, MAX_SESSION_ML } from '../mother/limits';
import type { Locale } from '../mother/profile';
import { readImpossibleClock } from './clock';
import type { Concern, CountFact, LoggableEvent, LogIntent, PendingEvent } from './intent';
import { readNumber } from './numbers';
import { readTime, type TimeContext, type TimeSpan } from './relative-time';
import { isMeconiumNoun, stoolColour } from './stools';
import { longestPhraseAt, matchesAt, type Token } from './tokens';
import { readVolume, readVolumeList, type VolumeSpan } from './volumes';
import { byHandAt } from './by-hand';
import { readMilkIn } from './milk-in-signs';
import { readDuration } from './durations';
import { readTimeRange, type TimeRangeSpan } from './time-range';
import { LIST_JOINERS, listedClockAfter } from './listed-times';
import { householdMeasureAt } from './household-measures';
import { perBreastAt } from './per-breast';
import { givenToTheBaby } from './given-to-the-baby';
import { roughClockAt } from './rough-clock';
import { dayOfTheClocks, shareTrailingDay } from './shared-day';


type AnchorType = 'feed' | 'pump' | 'expression' | 'milk-in' | 'diaper';

interface Anchor {
  type: AnchorType;
  start: number;
  end: number;
  double?: boolean;
  volumes: VolumeSpan[];
  count?: number;
  minutes?: number;
  /** Its minutes were on each breast: «10 min på hver side» (said), «begge sider 10 min hver» (alone, the sides named elsewhere). */
  minutesEach?: 'said' | 'alone';
  side?: Side;
  time?: TimeSpan;
  /** Its time is one that does not exist ("kl 25"): no event, only an `impossible-time` concern. */
  impossibleTime?: boolean;
  /** Its amount was a spoon, drops or a syringe: not millilitres, so it is asked for. */
  unmeasured?: boolean;
  /** Milk coming in read from signs or said with doubt: she is asked before it is logged. */
  toConfirm?: boolean;
  diaper?: DiaperGroup;
}

/** The tokens of a clock time that does not exist, with a day or date she put before it ("i går kl 26"). */
interface ImpossibleSpan {
  start: number;
  end: number;
}

interface DiaperGroup {
  noun: boolean;
  wet?: boolean;
  stoolMentioned: boolean;
  /** A stool noun ("bæsj") was said, not only a colour. */
  stoolWord?: boolean;
  stool?: StoolKind;
  /** «ingen våte bleier», «hasn't had a wet nappy»: none, which is a count of none, not a dry diaper. */
  none?: boolean;
}

const FEED_WORDS = new Set(['ammet', 'fed', 'feed', 'feeding', 'feeds', 'breastfed', 'breastfeed', 'breastfeeding', 'nursed', 'nursing', 'nurse', 'ammemåltid', 'ammestund', 'latched', 'dia', 'dier', 'diende', 'feeda', 'feedet']);
const PUMP_WORDS = new Set(['pumpet', 'pumped', 'pump', 'pumping', 'pumps', 'pumpeøkt', 'pumpeøkter', 'dobbeltpumpet', 'enkeltpumpet']);
const EXPRESSION_WORDS = new Set(['håndmelket', 'melket', 'expressed', 'expression', 'handexpressed']);
const DIAPER_NOUNS = new Set(['bleie', 'bæsjebleie', 'tissebleie', 'våtbleie', 'diaper', 'diapers', 'nappy', 'nappies']);
const STOOL_WORDS = new Set([
  'bæsj', 'bæsjebleie', 'avføring', 'poo', 'poop', 'pooped', 'poos', 'poops', 'poopy', 'poopie', 'pooey', 'pooy', 'poohy',
  'stool', 'stools', 'dirty', 'soiled', 'skitten', 'skitne', 'skittent',
]);
const WET_WORDS = new Set(['våt', 'tiss', 'tissebleie', 'våtbleie', 'wet', 'pee', 'peed', 'wee', 'urine']);
const DRY_WORDS = new Set(['tørr', 'dry']);
const NEGATIONS = new Set(['ingen', 'ikke', 'ikkje', 'not', 'no', 'uten', 'utan', 'without', 'ingenting']);
const COUNT_WORDS = new Set(['ganger', 'gang', 'gonger', 'gong', 'times', 'time', 'x', 'stk', 'stykk', 'stykker']);
export const SIDES: Readonly<Record<string, Side>> = {
  venstre: 'left', left: 'left', høyre: 'right', høgre: 'right', hø: 'right', right: 'right', begge: 'both', both: 'both',
};
/** «10 min hver» after the sides are named: minutes on each. */
const EACH_ALONE = new Set(['hver', 'kvar', 'each']);
const DOUBLE_WORDS = new Set(['dobbelt', 'dobbel', 'double', 'samtidig', 'simultaneously', 'dobbeltpumpet', 'doublepumped']);
const SINGLE_PHRASES: readonly (readonly string[])[] = [
  ['enkeltpumpet'], ['enkel'], ['enkelt'], ['single'], ['en', 'side'], ['ei', 'side'], ['ein', 'side'], ['én', 'side'],
  ['ett', 'bryst'], ['eitt', 'bryst'], ['et', 'bryst'], ['one', 'side'], ['one', 'breast'], ['bare', 'en', 'side'], ['berre', 'ei', 'side'],
];
/** "en våt bleie og en gul bæsj": an article starts another diaper. */
const ARTICLES = new Set(['en', 'ei', 'ein', 'et', 'ett', 'eitt', 'one', 'a', 'an', 'another']);
const NOT_DONE = new Set(['didn', 'didnt', 'haven', 'havent', 'hasn', 'hasnt', 't', 'never', 'aldri', 'glemte', 'forgot']);
const DESCRIBES_THING = new Set(['er', 'var', 'is', 'was', 'virker', 'fungerer', 'funker', 'verkar', 'works', 'broke', 'broken']);
/** «ammingen går ikke», «breastfeeding is so hard», «amminga kjennest tung»: how breastfeeding goes. */
const SAYS_HOW_IT_GOES = new Set([...DESCRIBES_THING, 'går', 'gikk', 'gjekk', 'isnt', 'isn', 'wasnt', 'feels', 'føles', 'kjennes', 'kjennest', 'blir', 'vert', 'hurts', 'sucks', 'has', 'have']);
const ONCE: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };

const WITH = new Set(['med', 'with']);

/** A word that says what was in a diaper: a colour, wet or a stool word. */
const describesDiaper = (word: string): boolean => stoolColour(word) !== undefined || WET_WORDS.has(word) || STOOL_WORDS.has(word);

function isDiaperWord(word: string): boolean {
  return DIAPER_NOUNS.has(word) || STOOL_WORDS.has(word) || WET_WORDS.has(word) || DRY_WORDS.has(word) || isMeconiumNoun(word);
}

/** «pupp», the everyday word for the breast, is a feed only when it was given or taken: «ga pupp», «fikk puppen», «tok pupp». */
const BREAST_WORDS = new Set(['pupp', 'puppen', 'puppe', 'puppa']);
// Done, not to be done: «skal gi pupp», «vil ta puppen» are no feed.
const GIVEN_OR_TAKEN = new Set(['ga', 'gav', 'gitt', 'fikk', 'fekk', 'fått', 'tok', 'tatt']);

function anchorTypeOf(tokens: readonly Token[], at: number): AnchorType | undefined {
  const word = tokens[at]?.text ?? '';
  if (FEED_WORDS.has(word)) return 'feed';
  if (BREAST_WORDS.has(word) && GIVEN_OR_TAKEN.has(tokens[at - 1]?.text ?? '')) return 'feed';
  if (PUMP_WORDS.has(word)) return 'pump';
  if (EXPRESSION_WORDS.has(word)) return 'expression';
  if ((word === 'melka' || word === 'melk') && tokens[at + 1]?.text === 'ut') return 'expression';
  if (word === 'hånd' && tokens[at + 1]?.text === '-' && tokens[at + 2]?.text === 'expressed') return 'expression';
  return undefined;
}

/** The kind of log one word names («amming», «bleien», «pumpeøkt», «feed»), as a log reads it. */
export function eventTypeOfWord(tokens: readonly Token[], at: number): 'feed' | 'pump' | 'expression' | 'diaper' | undefined {
  const type = anchorTypeOf(tokens, at);
  if (type === 'feed' || type === 'pump' || type === 'expression') return type;
  return isDiaperWord(tokens[at]?.text ?? '') ? 'diaper' : undefined;
}

function distance(anchor: Anchor, start: number, end: number): number {
  if (end <= anchor.start) return anchor.start - end + 0.5; // ties go to the anchor before
  if (start >= anchor.end) return start - anchor.end;
  return 0;
}

function nearest(anchors: readonly Anchor[], start: number, end: number, accepts: (anchor: Anchor) => boolean): Anchor | undefined {
  let best: Anchor | undefined;
  let bestDistance = Infinity;
  for (const anchor of anchors) {
    if (!accepts(anchor)) continue;
    const d = distance(anchor, start, end);
    if (d < bestDistance) {
      best = anchor;
      bestDistance = d;
    }
  }
  return best;
}

/** "ikke ammet", "ingen gul bæsj"; a comma ends the reach of a "nei". */
function negatedBefore(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.text ?? '';
  // «wasn't wet» comes as «wasn t»; «didn't», «hasnt» are not done
  if (NEGATIONS.has(before) || NOT_DONE.has(before) || IS_NOT.has(before)) return true;
  return tokens[at - 1]?.kind === 'word' && NEGATIONS.has(tokens[at - 2]?.text ?? '');
}

/** «skal», «vil», «må», «will», «going (to)», «need (to)», «nekter å»: what she will, wants, has to or refuses to do. */
const MODALS = new Set([
  'skal', 'ska', 'skulle', 'vil', 'ville', 'må', 'bør', 'burde', 'kan', 'kunne', 'trenger', 'treng', 'nekter', 'nektet', 'nekta',
  // «jeg har begynt å pumpe»: what she does now, not one session
  'begynt',
  'will', 'll', 'would', 'going', 'gonna', 'want', 'wants', 'wanted', 'must', 'should', 'can', 'could', 'need', 'needs', 'refuse', 'refuses', 'refused',
]);
/** Between the modal and the verb: «skal bare amme», «skal jeg pumpe», «going to feed», «will be pumping». */
const MODAL_FILLERS = new Set(['å', 'aa', 'to', 'bare', 'berre', 'just', 'snart', 'straks', 'nå', 'soon', 'be', 'jeg', 'eg', 'vi', 'me', 'i', 'we', 'hun', 'ho', 'han', 'she', 'he']);
const MODAL_REACH = 3;

function modalBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - MODAL_REACH); k--) {
    const word = tokens[k]?.text ?? '';
    if (MODALS.has(word)) return true;
    if (!MODAL_FILLERS.has(word)) return false;
  }
  return false;
}

const EVERY = new Set(['hver', 'kvar', 'every']);
const HOURS = new Set(['time', 'timer', 'timar', 'timen', 't', 'hour', 'hours']);
/** «ammer hver 2. time», «feed every 3 hours»: how often, not one feed. */
function everyFewHoursAfter(tokens: readonly Token[], at: number): boolean {
  if (!EVERY.has(tokens[at + 1]?.text ?? '') || tokens[at + 2]?.kind !== 'number') return false;
  const unit = tokens[at + 3]?.text === '.' ? tokens[at + 4] : tokens[at + 3];
  return HOURS.has(unit?.text ?? '');
}

/** «pumpet ikke», «amma ikkje»: the verb first, as Norwegian puts it, and its negation after it. */
const NOT_AFTER = new Set(['ikke', 'ikkje']);

/** «når jeg ammer», «hver gang eg pumpar», «every time I pump»: whenever she does it, not one time she did. */
const WHENEVER: readonly (readonly string[])[] = [['når'], ['hver', 'gang'], ['kvar', 'gong'], ['whenever'], ['every', 'time'], ['each', 'time']];
const I_OR_WE = new Set(['jeg', 'eg', 'vi', 'me', 'i', 'we']);

function wheneverBefore(tokens: readonly Token[], at: number): boolean {
  if (!I_OR_WE.has(tokens[at - 1]?.text ?? '')) return false;
  for (const opener of WHENEVER) if (matchesAt(tokens, at - 1 - opener.length, opener)) return true;
  return false;
}

/** Between «hasn't» and «wet», or «ikke» and «våt», words that keep the negation on it. */
const HAD_WORDS = new Set(['had', 'have', 'has', 'got', 'hatt', 'fått', 'been', 'vært', 'vore']);
const SOME_WORDS = new Set(['a', 'an', 'any', 'en', 'ei', 'et', 'ett', 'noen', 'nokon', 'noe', 'noko', 'some', 'one', 'single']);
const NO_WORDS = new Set(['ingen', 'inga', 'no', 'none']);
/** «wasn't», «isnt»: how one thing was, with or without the apostrophe. */
const IS_NOT = new Set(['wasn', 'isn', 'weren', 'wasnt', 'isnt', 'werent']);

const HAS = new Set(['har', 'hadde', 'has', 'have', 'had']);
const SINCE = new Set(['siden', 'sidan', 'sia', 'since']);

/**
 * «ingen våte bleier», «hasn't had a wet nappy», «har ikke hatt noen våte»: that there were none,
 * unlike «bleia var ikke våt» (a dry one).
 */
function noneBefore(tokens: readonly Token[], at: number): boolean {
  let had = false;
  for (let back = at - 1; back >= Math.max(0, at - 5); back--) {
    const word = tokens[back]?.text ?? '';
    if (NO_WORDS.has(word)) return true;
    // «wasn't wet» says how one diaper was
    if (word === 't' && IS_NOT.has(tokens[back - 1]?.text ?? '')) return false;
    // «har ikke tisset», «has not peed»: none; «ikke våt bleie siden i morges»: none since then
    if (NOT_DONE.has(word) || word === 'not' || word === 'ikke' || word === 'ikkje') {
      return had || NOT_DONE.has(word) || HAS.has(tokens[back - 1]?.text ?? '') || tokens.slice(at + 1).some((token) => SINCE.has(token.text));
    }
    if (HAD_WORDS.has(word)) had = true;
    else if (!SOME_WORDS.has(word)) return false;
  }
  return false;
}

/** Builds diaper anchors: one per diaper she described ("våt bleie og gul bæsj" is one diaper). */
function diaperAnchors(tokens: readonly Token[], consumed: readonly boolean[], counts: ReadonlyMap<number, number>): Anchor[] {
  const anchors: Anchor[] = [];
  let current: Anchor | undefined;
  let lastDiaperToken = -10;
  for (let at = 0; at < tokens.length; at++) {
    if (consumed[at]) continue;
    const word = tokens[at]?.text ?? '';
    const colour = stoolColour(word);
    const diaperWord = isDiaperWord(word);
    const colourNearDiaper =
      colour !== undefined && (counts.has(at) || tokens.slice(Math.max(0, at - 3), at + 4).some((token) => isDiaperWord(token.text)));
    // «hun har bæsjet 3 ganger i natt, svart»: a colour said last, after a comma, is the stool's before it
    const colourAfterthought = colour !== undefined && !colourNearDiaper && tokens[at - 1]?.text === ',' && endsHere(tokens, at + 1);
    if (colourAfterthought && current?.diaper?.stoolMentioned && current.diaper.stool === undefined && !negatedBefore(tokens, at)) {
      current.diaper.stool = colour;
      continue;
    }
    if (!diaperWord && !colourNearDiaper) {
      if (anchorTypeOf(tokens, at)) current = undefined;
      continue;
    }
    const group: DiaperGroup | undefined = current?.diaper;
    const countHere = counts.get(at);
    const articleBefore = ARTICLES.has(tokens[at - 1]?.text ?? '') || (stoolColour(tokens[at - 1]?.text ?? '') === undefined ? false : ARTICLES.has(tokens[at - 2]?.text ?? ''));
    const hasContent = group !== undefined && (group.noun || group.wet !== undefined || group.stoolMentioned);
    const startsNew =
      !current ||
      (articleBefore && hasContent && !(colour === undefined && stoolColour(tokens[at - 1]?.text ?? '') !== undefined)) ||
      !group ||
      at - lastDiaperToken > 4 ||
      (DIAPER_NOUNS.has(word) && group.noun) ||
      (countHere !== undefined && current.count !== undefined) ||
      (WET_WORDS.has(word) && group.wet === true && !DIAPER_NOUNS.has(word)) ||
      (STOOL_WORDS.has(word) && group.stoolWord === true && !DIAPER_NOUNS.has(word));
    if (startsNew) {
      current = { type: 'diaper', start: at, end: at + 1, volumes: [], diaper: { noun: false, stoolMentioned: false } };
      anchors.push(current);
    }
    const anchor = current!;
    const diaper = anchor.diaper!;
    anchor.end = at + 1;
    lastDiaperToken = at;
    if (countHere !== undefined) anchor.count = countHere;
    if (DIAPER_NOUNS.has(word)) diaper.noun = true;
    const none = WET_WORDS.has(word) && noneBefore(tokens, at);
    const negated = none || negatedBefore(tokens, at);
    if (WET_WORDS.has(word)) diaper.wet = !negated;
    if (none) diaper.none = true;
    if (DRY_WORDS.has(word)) diaper.wet = false;
    if (STOOL_WORDS.has(word) || isMeconiumNoun(word)) {
      diaper.stoolMentioned = true;
      diaper.stoolWord = true;
      if (negated) diaper.stool = 'none';
    }
    if (isMeconiumNoun(word)) diaper.stool = 'meconium';
    // «bæsj, men ikke gul»: a colour she denies leaves the colour to ask, never that colour
    if (colour !== undefined && diaper.stool !== 'none') {
      diaper.stoolMentioned = true;
      if (!negatedBefore(tokens, at)) diaper.stool = colour;
      else if (diaper.stool === colour) delete diaper.stool;
    }
  }
  return anchors;
}

/** Words that may stand between two listed times of one kind of event: "ammet venstre kl 10 og høyre kl 12". */
/** Words between two times of the same event: «kl 8 og igjen kl 11», «at 2 and again at 5», «kl 8, så kl 11». */
const BETWEEN_LISTED = new Set([
  ...LIST_JOINERS, ...Object.keys(SIDES), 'side', 'sida', 'på', 'on', 'the',
  'igjen', 'att', 'again', 'så', 'then', 'deretter', 'etterpå', 'senere', 'seinare', 'later',
]);

/**
 * One more feed or diaper at a time listed after the one before ("ammet kl 8 og kl 11", "våt bleie
 * kl 9 og kl 12"). An amount or a count cannot be repeated safely ("pumpet 20 ml kl 8 og kl 11":
 * 20 ml each, or in all?), nor can a value still to be asked: those times stay unplaced.
 */
function anotherOfTheSame(owner: Anchor, between: readonly Token[], span: { start: number; end: number }): Anchor | undefined {
  if (owner.type !== 'feed' && owner.type !== 'diaper') return undefined;
  if (owner.count !== undefined || !between.every((token) => BETWEEN_LISTED.has(token.text))) return undefined;
  const { side: _side, time: _time, minutes: _minutes, ...same } = owner;
  return { ...same, start: span.start, end: span.end, volumes: [] };
}

/** «frå venstre», «from the left», «høyre side» right after an amount: the tokens it takes, or 0. */
const FROM = new Set(['fra', 'frå', 'på', 'i', 'from', 'on', 'off', 'of']);
function sideAfter(tokens: readonly Token[], at: number): number {
  let cursor = at;
  if (FROM.has(tokens[cursor]?.text ?? '')) cursor += 1;
  if (tokens[cursor]?.text === 'the' || tokens[cursor]?.text === 'den') cursor += 1;
  const side = SIDES[tokens[cursor]?.text ?? ''];
  if (side === undefined || side === 'both') return 0;
  cursor += 1;
  if (SIDE_NOUNS.has(tokens[cursor]?.text ?? '')) cursor += 1;
  return cursor - at;
}
const SIDE_NOUNS = new Set(['side', 'sida', 'bryst', 'brystet', 'breast', 'boob']);

/**
 * «pumpa to ganger, 15 og 20 ml», «pumpet 3 ganger: 10, 12 og 15 ml»: as many amounts as times are one
 * each, never their sum each time. Undefined when the amounts are not one a time, or name a breast.
 */
function amountOfEach(volumes: readonly VolumeSpan[], times: number, ofABreast: (volume: VolumeSpan) => boolean): number[] | undefined {
  if (times < 2 || volumes.some(ofABreast)) return undefined;
  if (volumes.length === times) return volumes.map((volume) => volume.ml);
  const [only] = volumes;
  return volumes.length === 1 && only && only.parts.length === times ? [...only.parts] : undefined;
}

/** «15 på venstre og 20 på høyre»: two amounts without a unit, each followed by its side. */
function amountsOfBothSidesAt(tokens: readonly Token[], at: number, locale: Locale): [VolumeSpan, VolumeSpan] | undefined {
  if (!readNumber(tokens, at, locale)) return undefined;
  const first = readVolume(tokens, at, { locale, requireUnit: false });
  const firstSide = first && !first.unitGiven ? sideAfter(tokens, first.end) : 0;
  if (!first || firstSide === 0 || !LIST_JOINERS.has(tokens[first.end + firstSide]?.text ?? '')) return undefined;
  const secondAt = first.end + firstSide + 1;
  const second = readNumber(tokens, secondAt, locale) ? readVolume(tokens, secondAt, { locale, requireUnit: false }) : undefined;
  return second && !second.unitGiven && sideAfter(tokens, second.end) > 0 ? [first, second] : undefined;
}

/** The message ends at `at`, or a mark ends the clause there. */
const endsHere = (tokens: readonly Token[], at: number): boolean => at >= tokens.length || /^[.!?,;]$/.test(tokens[at]!.text);

/**
 * Volumes under one pump word are one session when joined ("12 + 10 ml", "12 ml og 10 ml",
 * "venstre 12 ml høyre 10 ml": both breasts combined). A comma, a time between them, or a
 * third volume starts another session ("20 ml kl 14 og 25 ml kl 16", "20, 25 og 30 ml").
 */
function splitSessions(anchors: Anchor[], tokens: readonly Token[], times: ReadonlyArray<{ start: number; end: number }>): Anchor[] {
  const added: Anchor[] = [];
  for (const anchor of anchors) {
    if (anchor.volumes.length < 2) continue;
    const ordered = [...anchor.volumes].sort((a, b) => a.start - b.start);
    const isList = ordered.some((volume, k) => k > 0 && tokens.slice(ordered[k - 1]?.end ?? 0, volume.start).some((token) => token.text === ','));
    const sessions: VolumeSpan[][] = [];
    let current: VolumeSpan[] = [];
    for (const volume of ordered) {
      const previous = current[current.length - 1];
      const between = previous ? tokens.slice(previous.end, volume.start) : [];
      const separated =
        isList ||
        between.some((token) => token.text === ',' || token.text === ';') ||
        times.some((time) => previous !== undefined && time.start >= previous.end && time.end <= volume.start) ||
        current.length >= 2;
      if (previous && separated) {
        sessions.push(current);
        current = [];
      }
      current.push(volume);
    }
    sessions.push(current);
    if (sessions.length < 2) continue;
    // "pumpet 3 ganger, 20, 25 og 30 ml": the count is the list
    if (anchor.count === sessions.length) delete anchor.count;
    const [first, ...rest] = sessions;
    anchor.volumes = first ?? [];
    anchor.end = Math.max(anchor.end, ...anchor.volumes.map((volume) => volume.end));
    for (const session of rest) {
      const start = Math.min(...session.map((volume) => volume.start));
      const end = Math.max(...session.map((volume) => volume.end));
      added.push({ type: anchor.type, start, end, volumes: session, ...(anchor.double !== undefined ? { double: anchor.double } : {}) });
    }
  }
  return added;
}

function spreadTimes(count: number, at: string, from: string | undefined): string[] {
  if (!from || count <= 1) return new Array<string>(count).fill(at);
  const start = DateTime.fromISO(from).toMillis();
  const end = DateTime.fromISO(at).toMillis();
  const step = (end - start) / count;
  return Array.from({ length: count }, (_, k) =>
    DateTime.fromMillis(Math.round(start + step * (k + 0.5)), { zone: 'utc' }).toISO({ suppressMilliseconds: true }) ?? at,
  );
}

/**
 * Reads what she logged. Times, volumes, minutes, counts and sides attach to the
 * nearest event word; one time in the message applies to every event in it.
 * A count ("3 ganger") gives that many events: spread evenly over the period she
 * named ("siden i morges"), else all at the stated time; the count is also reported
 * in `counts` so a dialog may treat it as a check-in answer instead.
 */
export function parseLog(tokens: readonly Token[], context: TimeContext & { locale: Locale }): LogIntent | undefined {
  const locale = context.locale;
  const consumed = new Array<boolean>(tokens.length).fill(false);
  const consume = (start: number, end: number): void => {
    for (let k = start; k < end; k++) consumed[k] = true;
  };
  const free = (start: number, end: number): boolean => !consumed.slice(start, end).some(Boolean);

  // "fra 9 til 9.20", "12.10-12.35": read before amounts, so the end of a range is never taken for millilitres
  const ranges: TimeRangeSpan[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const range = readTimeRange(tokens, at, context);
    if (range) {
      ranges.push(range);
      consume(range.start, range.end);
      at = range.end - 1;
    }
  }

  const wordTypes = tokens.map((_, at) => eventTypeOfWord(tokens, at));
  const typesNamed = new Set(wordTypes);
  const takesAmount = typesNamed.has('pump') || typesNamed.has('expression');
  const takesNoAmount = (typesNamed.has('feed') || typesNamed.has('diaper')) && !takesAmount;
  const volumes: VolumeSpan[] = [];
  for (let at = 0; at < tokens.length; at++) {
    if (consumed[at] || tokens[at - 1]?.text === 'kl') continue;
    const list = readVolumeList(tokens, at, locale);
    const last = list?.[list.length - 1];
    if (list && last) {
      volumes.push(...list);
      consume(at, last.end);
      at = last.end - 1;
      continue;
    }
    const volume = readVolume(tokens, at, { locale });
    if (volume) {
      volumes.push(volume);
      consume(volume.start, volume.end);
      at = volume.end - 1;
    }
  }

  // «10 ml, 15 ml og 12», «4 ml frå venstre og 6 frå høgre»: the last amount, the unit left out, is one more of them
  // (from the other breast when each names its side); dropped, it was lost without a word
  for (const volume of [...volumes]) {
    const sided = sideAfter(tokens, volume.end);
    const joined = volume.unitGiven && LIST_JOINERS.has(tokens[volume.end + sided]?.text ?? '') ? volume.end + sided + 1 : undefined;
    if (joined === undefined || consumed[joined] || !readNumber(tokens, joined, locale)) continue;
    const trailing = readVolume(tokens, joined, { locale, requireUnit: false });
    if (!trailing || trailing.unitGiven) continue;
    const trailingSided = sided > 0 ? sideAfter(tokens, trailing.end) : 0;
    if ((sided > 0 && trailingSided === 0) || !endsHere(tokens, trailing.end + trailingSided)) continue;
    volumes.push(trailing);
    consume(trailing.start, trailing.end);
  }

  // «pumpa 15 på venstre og 20 på høyre», «pumped 15 left and 20 right»: an amount from each breast, no
  // unit said; millilitres, as after «pumpet». Not beside a feed, where such numbers are minutes.
  if (takesAmount && !typesNamed.has('feed')) {
    for (let at = 0; at < tokens.length; at++) {
      const pair = consumed[at] || tokens[at - 1]?.text === 'kl' ? undefined : amountsOfBothSidesAt(tokens, at, locale);
      if (!pair || !free(pair[0].start, pair[0].end) || !free(pair[1].start, pair[1].end)) continue;
      volumes.push(...pair);
      for (const volume of pair) consume(volume.start, volume.end);
      at = pair[1].end - 1;
    }
  }

  // "20 ml fra hvert bryst": both breasts gave that much
  const perBreast = new Set<VolumeSpan>();
  const markPerBreast = (volume: VolumeSpan): void => {
    const length = perBreastAt(tokens, volume.end);
    if (length > 0 && !consumed[volume.end]) {
      perBreast.add(volume);
      consume(volume.end, volume.end + length);
    }
  };
  volumes.forEach(markPerBreast);

  // "en teskje", "noen dråper": an amount, but not in ml
  const unmeasured: Array<{ start: number; end: number }> = [];
  for (let at = 0; at < tokens.length; at++) {
    const measure = consumed[at] ? undefined : householdMeasureAt(tokens, at);
    if (measure && free(measure.start, measure.end)) {
      unmeasured.push(measure);
      consume(measure.start, measure.end);
    }
  }

  // "fikk ut 2 ml med hendene": by hand is hand expression
  const byHand: Array<{ start: number; end: number }> = [];
  for (let at = 0; at < tokens.length; at++) {
    const length = consumed[at] ? 0 : byHandAt(tokens, at);
    if (length > 0) {
      byHand.push({ start: at, end: at + length });
      consume(at, at + length);
    }
  }

  let singleSide = false;
  for (let at = 0; at < tokens.length; at++) {
    const length = longestPhraseAt(tokens, at, SINGLE_PHRASES);
    if (length > 0 && !consumed[at]) {
      singleSide = true;
      consume(at, at + length);
    }
  }

  // A clock that does not exist ("kl 25:99", "i går kl 26") is kept apart: never dropped, never "now".
  const times: TimeSpan[] = [...ranges];
  const impossible: ImpossibleSpan[] = [];
  for (let at = 0; at < tokens.length; at++) {
    if (consumed[at]) continue;
    const time = readTime(tokens, at, context) ?? (takesNoAmount ? roughClockAt(tokens, at, context) : undefined);
    if (time && free(time.start, time.end)) {
      const wrongAfter = readImpossibleClock(tokens, time.end, locale);
      if (wrongAfter && free(wrongAfter.start, wrongAfter.end)) {
        impossible.push({ start: time.start, end: wrongAfter.end });
        consume(time.start, wrongAfter.end);
        at = wrongAfter.end - 1;
        continue;
      }
      times.push(time);
      consume(time.start, time.end);
      at = time.end - 1;
      continue;
    }
    const wrong = readImpossibleClock(tokens, at, locale);
    if (wrong && free(wrong.start, wrong.end)) {
      impossible.push(wrong);
      consume(wrong.start, wrong.end);
      at = wrong.end - 1;
    }
  }

  // "kl 9 og 12": the bare hours of a list are clock times, read like its first clock
  const listFirst = new Map<TimeSpan, TimeSpan>();
  for (let k = 0; k < times.length; k++) {
    const previous = times[k]!;
    if (ranges.includes(previous as TimeRangeSpan)) continue;
    const first = listFirst.get(previous) ?? previous;
    const listed = listedClockAfter(tokens, previous, first, context);
    if (listed && free(listed.start, listed.end)) {
      times.push(listed);
      listFirst.set(listed, first);
      consume(listed.start, listed.end);
    }
  }
  times.sort((a, b) => a.start - b.start);
  const eventWords = wordTypes.filter((type) => type !== undefined).length;
  times.splice(0, times.length, ...dayOfTheClocks(shareTrailingDay(times, tokens, context), tokens, context, eventWords));

  const minutes: Array<{ value: number; start: number; end: number }> = [];
  const counts = new Map<number, number>();
  const countSpans: Array<{ value: number; start: number; end: number }> = [];
  for (let at = 0; at < tokens.length; at++) {
    if (consumed[at]) continue;
    const word = tokens[at]?.text ?? '';
    // "i en halv time", "20 min", "for an hour": how long a feed lasted
    const duration = readDuration(tokens, at, { locale });
    if (duration && free(at, duration.end) && duration.minutes > 0 && duration.minutes <= MAX_FEED_MINUTES) {
      minutes.push({ value: duration.minutes, start: at, end: duration.end });
      consume(at, duration.end);
      at = duration.end - 1;
      continue;
    }
    if (ONCE[word] !== undefined) {
      countSpans.push({ value: ONCE[word], start: at, end: at + 1 });
      consume(at, at + 1);
      continue;
    }
    if (word === 'x' && tokens[at + 1]?.kind === 'number') {
      const n = readNumber(tokens, at + 1, locale);
      if (n) {
        countSpans.push({ value: n.value, start: at, end: at + 1 + n.length });
        consume(at, at + 1 + n.length);
        continue;
      }
    }
    const number = readNumber(tokens, at, locale);
    if (!number) continue;
    const after = at + number.length;
    const next = tokens[after]?.text ?? '';
    if (COUNT_WORDS.has(next) && !(next === 'time' && locale !== 'en')) {
      countSpans.push({ value: number.value, start: at, end: after + 1 });
      consume(at, after + 1);
    } else if (WITH.has(next) && describesDiaper(tokens[after + 1]?.text ?? '')) {
      // "og 2 med gul bæsj": a count of its own, not a colour for the diapers counted before
      counts.set(after + 1, number.value);
      countSpans.push({ value: number.value, start: at, end: after + 1 });
      consume(at, after + 1);
    } else if (isDiaperWord(next) || stoolColour(next) !== undefined || anchorTypeOf(tokens, after) !== undefined) {
      // "en våt bleie": an article, not a count
      if (number.digits || number.value !== 1) {
        counts.set(after, number.value);
        countSpans.push({ value: number.value, start: at, end: after });
        consume(at, after);
      }
    }
  }

  const anchors: Anchor[] = [];
  for (let at = 0; at < tokens.length; at++) {
    if (consumed[at]) continue;
    const type = anchorTypeOf(tokens, at);
    if (!type) continue;
    // "pumpa er ødelagt": the pump itself, not a session
    if (type === 'pump' && DESCRIBES_THING.has(tokens[at + 1]?.text ?? '')) continue;
    // «ammingen går ikke», «breastfeeding is so hard»: how it goes, not a feed, unless a time, minutes or a count say one happened
    if (type === 'feed' && SAYS_HOW_IT_GOES.has(tokens[at + 1]?.text ?? '') && times.length === 0 && minutes.length === 0 && !counts.has(at)) continue;
    // "har ikke ammet", "didn't pump", «pumpet ikke», «amma ikkje»: nothing happened
    if (negatedBefore(tokens, at) || NOT_DONE.has(tokens[at - 1]?.text ?? '') || NOT_AFTER.has(tokens[at + 1]?.text ?? '')) continue;
    // «jeg skal pumpe snart», «I'm going to feed her», «hun vil amme hele tiden», «vi ammer hver 2. time»: not one time she did it
    if (modalBefore(tokens, at) || everyFewHoursAfter(tokens, at)) continue;
    // «hun sovner når jeg ammer (om natta)», «it leaks every time I pump»: what happens whenever she does it, unless a clock or a count says one time
    if (wheneverBefore(tokens, at) && !times.some((time) => !time.approximate) && !counts.has(at)) continue;
    const word = tokens[at]?.text ?? '';
    const anchor: Anchor = { type, start: at, end: at + 1, volumes: [] };
    if (word === 'dobbeltpumpet') anchor.double = true;
    if (word === 'enkeltpumpet') anchor.double = false;
    const count = counts.get(at);
    if (count !== undefined) anchor.count = count;
    anchors.push(anchor);
  }
  const milkIn = readMilkIn(tokens);
  if (milkIn && !anchors.some((anchor) => anchor.start === milkIn.at)) {
    anchors.push({ type: 'milk-in', start: milkIn.at, end: milkIn.at + 1, volumes: [], ...(milkIn.kind === 'signs' ? { toConfirm: true } : {}) });
  }
  for (const span of byHand) {
    // "melket ut 4 ml for hånd" is the expression already named; "pumpet med hånda" may be a hand pump.
    // "pumpet 20 ml og 2 ml for hånd": the second of two amounts after a pump word was taken by hand.
    const before = anchors.filter((anchor) => anchor.end <= span.start).sort((a, b) => b.end - a.end)[0];
    const amountBetween = before !== undefined && volumes.filter((volume) => volume.start >= before.end && volume.end <= span.start).length >= 2;
    const named = before !== undefined && (before.type === 'expression' || (before.type === 'pump' && !amountBetween));
    if (!named) anchors.push({ type: 'expression', start: span.start, end: span.end, volumes: [] });
  }
  anchors.push(...diaperAnchors(tokens, consumed, counts));
  anchors.sort((a, b) => a.start - b.start);

  // «venstre 10 min», «hø side 15 min»: a side and its minutes, with no word for what it was, are a feed.
  if (anchors.length === 0 && volumes.length === 0 && minutes.length > 0) {
    const side = tokens.findIndex((token, at) => !consumed[at] && SIDES[token.text] !== undefined);
    if (side >= 0) anchors.push({ type: 'feed', start: side, end: side + 1, volumes: [] });
  }

  // Amounts without a word for what they were ("2 ml"): taken as pumping, and marked, so that the
  // answer to "how much?" of a log waiting for its amount is read as that amount.
  const amountOnly = anchors.length === 0;
  if (amountOnly) {
    if (volumes.length === 0 || givenToTheBaby(tokens)) return undefined;
    for (const volume of volumes) anchors.push({ type: 'pump', start: volume.start, end: volume.end, volumes: [] });
  }

  const takesVolume = (anchor: Anchor): boolean => anchor.type === 'pump' || anchor.type === 'expression';
  for (const volume of volumes) nearest(anchors, volume.start, volume.end, takesVolume)?.volumes.push(volume);
  for (const measure of unmeasured) {
    const target = nearest(anchors, measure.start, measure.end, takesVolume);
    if (target) target.unmeasured = true;
  }
  for (const span of minutes) {
    // "20 min venstre og 10 min høyre" is one feed of 30 minutes
    const feed = nearest(anchors, span.start, span.end, (anchor) => anchor.type === 'feed');
    if (!feed) continue;
    feed.minutes = (feed.minutes ?? 0) + span.value;
    const eachSide = consumed[span.end] ? 0 : perBreastAt(tokens, span.end);
    if (eachSide > 0) {
      feed.minutesEach = 'said';
      consume(span.end, span.end + eachSide);
    } else if (EACH_ALONE.has(tokens[span.end]?.text ?? '')) feed.minutesEach = 'alone';
  }
  for (const span of countSpans) {
    if (counts.has(span.end) && anchors.some((anchor) => anchor.start <= span.end && span.end < anchor.end)) continue;
    const target = nearest(anchors, span.start, span.end, (anchor) => anchor.count === undefined);
    if (target) target.count = span.value;
  }
  const clockSpans: Array<{ start: number; end: number; time?: TimeSpan }> = [...times.map((time) => ({ start: time.start, end: time.end, time })), ...impossible];
  clockSpans.sort((a, b) => a.start - b.start);
  anchors.push(...splitSessions(anchors, tokens, clockSpans));
  anchors.sort((a, b) => a.start - b.start);
  const owners = new Map<object, Anchor>();
  const unplaced: Array<{ start: number; end: number }> = [];
  clockSpans.forEach((span, k) => {
    let target = nearest(anchors, span.start, span.end, (anchor) => anchor.time === undefined && !anchor.impossibleTime);
    // "ammet kl 8 og kl 11": a time listed after another is one more of the same event; none is dropped
    if (!target && span.time) {
      const previous = clockSpans[k - 1];
      const owner = previous ? owners.get(previous) : undefined;
      target = owner && previous ? anotherOfTheSame(owner, tokens.slice(previous.end, span.start), span) : undefined;
      if (target) anchors.push(target);
    }
    if (!target) {
      unplaced.push(span);
      return;
    }
    owners.set(span, target);
    if (span.time) target.time = span.time;
    else target.impossibleTime = true;
    // "ammet fra 9 til 9.20": a feed of 20 minutes, stored at 9
    const length = (span.time as TimeRangeSpan | undefined)?.minutes;
    if (length !== undefined && target.type === 'feed' && target.minutes === undefined) target.minutes = length;
  });
  anchors.sort((a, b) => a.start - b.start);

  const volumeSides = new Map<VolumeSpan, Side>();
  for (let at = 0; at < tokens.length; at++) {
    const word = tokens[at]?.text ?? '';
    const side = SIDES[word];
    if (side) {
      const volumeHere =
        volumes.find((volume) => volume.start === at + 1 || (volume.start === at + 2 && tokens[at + 1]?.text === 'side')) ??
        volumes.find((volume) => volume.end <= at && at < volume.end + sideAfter(tokens, volume.end));
      const target = nearest(anchors, at, at + 1, (anchor) => anchor.type === 'feed' || anchor.type === 'pump');
      if (!target) continue;
      if (target.type === 'feed') target.side = target.side === undefined || target.side === side ? side : 'both';
      if (target.type === 'pump' && volumeHere && side !== 'both') volumeSides.set(volumeHere, side);
    }
    if (DOUBLE_WORDS.has(word)) {
      const pump = nearest(anchors, at, at + 1, (anchor) => anchor.type === 'pump');
      if (pump) pump.double = true;
    }
  }
  if (singleSide) {
    const pump = anchors.find((anchor) => anchor.type === 'pump');
    if (pump && pump.double === undefined) pump.double = false;
  }

  // a bare number right after "pumpet"/"håndmelket" is millilitres, after a count too («pumpet 3x20»)
  for (const anchor of anchors) {
    if (!takesVolume(anchor) || anchor.volumes.length > 0) continue;
    const from = countSpans.find((span) => span.start === anchor.end)?.end ?? anchor.end;
    for (const at of [from, from + 1]) {
      if (consumed[at] || !readNumber(tokens, at, locale)) continue;
      const volume = readVolume(tokens, at, { locale, requireUnit: false });
      if (volume) {
        anchor.volumes.push(volume);
        consume(volume.start, volume.end);
        markPerBreast(volume);
      }
      break;
    }
  }

  const nowIso = readTime([{ text: 'nå', kind: 'word' }], 0, context)?.at ?? context.now;
  const events: LoggableEvent[] = [];
  const pending: PendingEvent[] = [];
  const concerns: Concern[] = [];
  const countFacts: CountFact[] = [];
  for (const span of impossible) {
    concerns.push({ code: 'impossible-time', written: tokens.slice(span.start, span.end).map((token) => token.text).join(' ') });
  }
  for (const span of unplaced) {
    if (anchors.length > 0) concerns.push({ code: 'unplaced-time', written: tokens.slice(span.start, span.end).map((token) => token.text).join(' ') });
  }
  // One time in the message applies to every event in it, a time that does not exist too.
  const onlyTime = clockSpans.length === 1 ? clockSpans[0] : undefined;

  for (const anchor of anchors) {
    const time = anchor.time ?? onlyTime?.time;
    if (anchor.impossibleTime || (time === undefined && onlyTime !== undefined)) continue;
    const at = time?.at ?? nowIso;
    if (time?.future && !concerns.some((concern) => concern.code === 'future-time' && concern.at === at)) {
      concerns.push({ code: 'future-time', at, ...(time.ifYesterday ? { ifYesterday: time.ifYesterday } : {}) });
    }
    const count = anchor.count ?? 1;
    const type = anchor.type;
    if (anchor.count !== undefined) countFacts.push({ type, count, ...(time?.from ? { from: time.from } : {}), until: at });
    // A count above a day's limit ("ammet 40 ganger") gives no events, only a `too-many` concern, so
    // that no message can make a million events. The dialog holds a message to fewer still.
    if (count > MAX_DAILY_COUNT) {
      concerns.push({ code: 'too-many', type, count });
      continue;
    }
    if (!Number.isInteger(count) || count < 1) continue;
    const instants = spreadTimes(count, at, time?.from);

    let ml: number | undefined;
    let leftMl: number | undefined;
    let rightMl: number | undefined;
    const oneEach = amountOfEach(anchor.volumes, instants.length, (volume) => perBreast.has(volume) || volumeSides.has(volume));
    if (anchor.volumes.length > 0 && !anchor.unmeasured) {
      ml = oneEach
        ? Math.max(...oneEach)
        : Math.round(anchor.volumes.reduce((sum, volume) => sum + (perBreast.has(volume) ? 2 * volume.ml : volume.ml), 0) * 100) / 100;
      const [only] = anchor.volumes;
      if (anchor.volumes.length === 1 && only && perBreast.has(only)) {
        leftMl = only.ml;
        rightMl = only.ml;
      }
      for (const volume of anchor.volumes) {
        if (volumeSides.get(volume) === 'left') leftMl = volume.ml;
        if (volumeSides.get(volume) === 'right') rightMl = volume.ml;
        if (volume.approximate) concerns.push({ code: 'approximate-volume', ml: volume.ml, ...(volume.range ? { range: volume.range } : {}) });
        if (!volume.unitGiven) concerns.push({ code: 'volume-unit-assumed', ml: volume.ml });
      }
      if (ml < 0 || ml > MAX_SESSION_ML || anchor.volumes.some((volume) => volume.outOfRange)) concerns.push({ code: 'volume-out-of-range', ml });
    }

    for (const [index, instant] of instants.entries()) {
      if (oneEach && ml !== undefined) ml = oneEach[index]!;
      if (type === 'feed') {
        // On each breast: both of them, twice the minutes.
        const each = anchor.minutesEach === 'said' ? anchor.side === undefined || anchor.side === 'both' : anchor.minutesEach === 'alone' && anchor.side === 'both';
        const side = each ? 'both' : anchor.side;
        const minutes = anchor.minutes !== undefined && each ? Math.min(anchor.minutes * 2, MAX_FEED_MINUTES) : anchor.minutes;
        events.push({ type, at: instant, ...(side ? { side } : {}), ...(minutes !== undefined ? { minutes } : {}) });
      } else if (type === 'milk-in') {
        if (anchor.toConfirm) pending.push({ type, at: instant, missing: ['confirmation'] });
        else events.push({ type, at: instant });
      } else if (type === 'pump') {
        if (ml === undefined) pending.push({ type, at: instant, ...(anchor.double !== undefined ? { double: anchor.double } : {}), missing: ['ml'] });
        else {
          events.push({
            type, at: instant, ml,
            ...(leftMl !== undefined ? { leftMl } : {}), ...(rightMl !== undefined ? { rightMl } : {}),
            ...(anchor.double !== undefined ? { double: anchor.double } : {}),
          });
        }
      } else if (type === 'expression') {
        if (ml === undefined) pending.push({ type, at: instant, missing: ['ml'] });
        else events.push({ type, at: instant, ml });
      } else {
        const diaper = anchor.diaper ?? { noun: true, stoolMentioned: false };
        // "ingen bæsj i dag", «no wet nappy since yesterday»: nothing to log, but a count of none
        const noneWet = diaper.none === true && !diaper.stoolMentioned;
        if ((!diaper.noun && diaper.wet === undefined && diaper.stool === 'none') || noneWet) {
          if (anchor.count === undefined) countFacts.push({ type, count: 0, ...(time?.from ? { from: time.from } : {}), until: at, none: noneWet ? 'wet' : 'stool' });
          continue;
        }
        // A stool says what she needs to log; whether it was also wet stays unknown unless she said it.
        const complete = diaper.wet !== undefined || (diaper.stoolMentioned && diaper.stool !== 'none');
        const wet = diaper.wet !== undefined ? { wet: diaper.wet } : {};
        const stool: StoolKind | undefined = diaper.stool ?? (diaper.stoolMentioned ? undefined : diaper.wet !== undefined ? 'none' : undefined);
        if (complete && stool !== undefined) events.push({ type, at: instant, ...wet, stool });
        else {
          const missing: Array<'wet' | 'stool'> = [];
          if (!complete) missing.push('wet');
          if (stool === undefined) missing.push('stool');
          pending.push({ type, at: instant, ...wet, ...(stool ? { stool } : {}), missing });
        }
      }
    }
  }

  // «pumpet, men fikk ingenting», «pumped but got nothing»: a session that gave 0 ml, not one whose ml is to be asked
  const measured = GOT_NOTHING.test(tokens.map((token) => token.text).join(' ')) ? pending.filter((waiting) => waiting.type === 'pump' || waiting.type === 'expression') : [];
  for (const waiting of measured) {
    pending.splice(pending.indexOf(waiting), 1);
    const { missing: _ml, ...session } = waiting;
    events.push({ ...session, ml: 0 } as LoggableEvent);
  }
  return { kind: 'log', events, pending, concerns, counts: countFacts, ...(amountOnly ? { amountOnly: true as const } : {}) };
}

/** «fikk ingenting», «fekk ikkje noko», «got nothing», «nothing came»; never «fikk nesten ingenting» (a little, asked in ml). */
const GOT_NOTHING = /\b(?:fikk|fekk|got|kom|came)\s+(?:ingenting|ikke\s+noe|ikkje\s+noko|nothing)\b|\bnothing\s+came\b|\bingenting\s+kom\b/u;
