import type { FeedingMode } from '../mother/events';
import type { DiaperEvent, ExpressionEvent, FeedEvent, MilkInEvent, PumpEvent, StoolKind } from '../mother/events';
import type { Locale } from '../mother/profile';
import type { LogCorrection } from './log-correction';

/** The kinds of log «angre siste …» and «når … sist?» can name. */
export type UndoneType = 'feed' | 'pump' | 'expression' | 'diaper';

/** Events a mother logs in words (symptoms come from the red-flag check, not from here). */
export type LoggableEvent = FeedEvent | DiaperEvent | PumpEvent | ExpressionEvent | MilkInEvent;

/** An event she named but with a value still to ask for ("pumpet", "bæsjebleie" without a colour), or to confirm. */
export type PendingEvent =
  | { type: 'diaper'; at: string; wet?: boolean; stool?: StoolKind; missing: Array<'wet' | 'stool'> }
  | { type: 'pump'; at: string; double?: boolean; missing: ['ml'] }
  | { type: 'expression'; at: string; missing: ['ml'] }
  /** Fuller, heavier breasts, or "tror melka har kommet": her yes to "has your milk come in?" is asked. */
  | { type: 'milk-in'; at: string; missing: ['confirmation'] };

/** Facts a dialog needs to refuse or confirm a value. Nothing is refused here. */
export type Concern =
  | { code: 'future-time'; at: string; ifYesterday?: string }
  /** A clock time that does not exist ("kl 25:99", "kl 24:30", "at 13 am"), as she wrote it (normalized). */
  | { code: 'impossible-time'; written: string }
  /** A time that belongs to no event she named, or to one that cannot be repeated safely ("pumpet 20 ml kl 8 og kl 11"). */
  | { code: 'unplaced-time'; written: string }
  | { code: 'volume-out-of-range'; ml: number }
  | { code: 'too-many'; type: LoggableEvent['type']; count: number }
  | { code: 'approximate-volume'; ml: number; range?: [number, number] }
  | { code: 'volume-unit-assumed'; ml: number };

/** "tre bæsjebleier i dag", "ammet 3 ganger siden i morges": how many, and over which period. */
export interface CountFact {
  type: LoggableEvent['type'];
  count: number;
  /** ISO UTC start of the period she named, when she named one. */
  from?: string;
  until: string;
  /** Of diapers, what there were none of: «ingen våte bleier» (wet), «ingen bæsj» (stool). */
  none?: 'wet' | 'stool';
}

export interface LogIntent {
  kind: 'log';
  events: LoggableEvent[];
  pending: PendingEvent[];
  concerns: Concern[];
  counts: CountFact[];
  /** Only amounts, no word for what they were ("2 ml"): stored as pumping, unless a log is waiting for its amount. */
  amountOnly?: true;
}

export type Intent =
  | LogIntent
  | { kind: 'status' }
  /** «angre», or «angre siste amming»: her last log, or her last of that kind. */
  | { kind: 'undo'; type?: UndoneType }
  | { kind: 'help' }
  | { kind: 'export' }
  | { kind: 'last-side' }
  /** «slett siste amming og bleie»: an undo it cannot read as one; she is told how to write it. */
  | { kind: 'undo-how' }
  /** «hun drakk 30 ml fra flaska»: a bottle feed, which is not logged here; she is told what is. */
  | { kind: 'bottle' }
  /** «vi kom hjem fra sykehuset i dag»: a welcome home, and how she goes on here. */
  | { kind: 'home' }
  /** «hva lagrer du?», «what happens to my data»: what is stored of her, and who sees it. */
  | { kind: 'privacy' }
  /** «jeg pumper bare nå», «endre til bare pumping»: how she feeds has changed. */
  | { kind: 'set-mode'; mode: FeedingMode }
  /** «når ammet jeg sist?»: when her last log of that kind was. */
  | { kind: 'last-log'; type: UndoneType }
  | { kind: 'week' }
  | { kind: 'summary' }
  | { kind: 'delete' }
  | { kind: 'pause' }
  | { kind: 'resume' }
  /** «sjekk inn», «dagens sjekk», «check in now»: the daily check-in, now. */
  | { kind: 'checkin-now' }
  | { kind: 'set-language'; locale: Locale }
  | { kind: 'set-checkin-time'; time: string }
  /** `otherAt`: the other hour on that day a 12-hour clock may be («i går kl 7»: 07:00 beside 19:00). */
  | { kind: 'set-birth'; birthAt: string; future: boolean; approximate: boolean; otherAt?: string }
  | { kind: 'skip' }
  | { kind: 'yes' }
  | { kind: 'no' }
  | { kind: 'number'; value: number; approximate: boolean; range?: [number, number] }
  | { kind: 'numbers'; values: number[] }
  | { kind: 'time'; at: string; future: boolean; approximate: boolean; ifYesterday?: string }
  | { kind: 'question'; text: string }
  /** «nei det var venstre», «no, at 5»: the log just stored, changed. */
  | { kind: 'correct-log'; change: LogCorrection }
  | { kind: 'unknown' };

export type IntentKind = Intent['kind'];

export interface UnderstandContext {
  /** ISO instant of this turn. */
  now: string;
  /** Her IANA zone. */
  timezone: string;
  locale: Locale;
  /**
   * What she was just asked, when the dialog knows. 'birth': the message is read as the birth
   * time even without "født"/"born", so "01.11 kl 3" or a bare "23.11" is a date, not 23:11.
   */
  expecting?: 'birth';
}
