import type { Logger } from '../support/logger';
import { NO_TELEMETRY, type CheckinPassCounts, type Telemetry } from '../telemetry/telemetry';
import type { Clock } from '../support/clock';
import type { MotherDocument, StoredConversationReference } from '../store/mother-document';
import { EtagConflictError, type MotherStore } from '../store/mother-store';
import type { MotherProfile } from '../mother/profile';
import { latestSlotAtOrBefore, nextCheckInAt } from './next-checkin';
import { RateLimiter, realSleep, type Sleep } from './rate-limiter';
import { DEFAULT_RETRY, sendWithRetry, type Attempt, type RetryOptions, type SendResult } from './send-with-retry';

/** A check-in more than this late (the bot was down) is skipped, never sent as an old burst. */
export const MAX_LATENESS_MS = 3 * 60 * 60 * 1000;
const PAGE_SIZE = 200;
/** Check-ins in flight at once; also the most a crash between claim and send can cost. */
const CONCURRENCY = 8;

/** Sends the activities of one message in order, each paced, retried and timed out; stops at the first not delivered. */
export type DeliverInOrder = (attempts: Attempt[]) => Promise<SendResult>;

/**
 * Opens her conversation (in the bot: adapter.continueConversationAsync), renders the replies
 * and hands one attempt per activity to `deliver`; resolves with what `deliver` answered.
 * `R` is a reply as the conversation makes it and the sender renders it; the scheduler only
 * carries replies from one to the other.
 */
export type ProactiveSender<R> = (
  reference: StoredConversationReference,
  replies: R[],
  locale: MotherDocument['locale'],
  deliver: DeliverInOrder,
) => Promise<SendResult>;

/**
 * What the conversation says when her check-in is due. The scheduler decides when and to whom,
 * never what: the bot passes dialogs/checkin-message.ts (`checkinConversation`), wired in
 * src/edge/app.ts.
 */
export interface CheckinConversation<R> {
  /** Her check-in at `now`: her document with the check-in opened, and the replies that ask it. */
  open(doc: MotherDocument, now: string): { doc: MotherDocument; replies: R[] };
  /** The gentle reminder at `now`: none when her check-in is no longer open. */
  reminder(doc: MotherDocument, now: string): R[];
}

/** What one pass did (the counts telemetry reports). */
export type PassResult = CheckinPassCounts;

export interface SchedulerOptions<R> {
  store: MotherStore;
  clock: Clock;
  conversation: CheckinConversation<R>;
  send: ProactiveSender<R>;
  logger: Logger;
  telemetry?: Telemetry;
  globalRatePerSecond: number;
  perConversationRatePerSecond: number;
  retry?: Partial<RetryOptions>;
  /** A gentle reminder when a check-in is still unanswered this many hours later; 0 or absent: off. */
  reminderAfterHours?: number;
  sleep?: Sleep;
}

type Claim<R> =
  | { kind: 'send'; doc: MotherDocument; replies: R[] }
  | { kind: 'skip'; reason: 'late' | 'no-consent' | 'not-due' };

/** Her document with the slot taken, and what to do once that write has gone through. */
interface Decision<R> {
  write: MotherDocument;
  then: Claim<R>;
}

interface SendClaim<R> {
  id: string;
  doc: MotherDocument;
  replies: R[];
}

function emptyResult(): PassResult {
  return { due: 0, sent: 0, skippedLate: 0, skippedNoConsent: 0, claimedElsewhere: 0, blocked: 0, timedOut: 0, failed: 0 };
}

/**
 * Finds the mothers who are due, claims each with her etag (so two instances never send the same
 * check-in), re-checks consent and "stopp" at send time, sends, and moves nextCheckInAt on.
 * Delivery is at most once per slot: the claim is written before the send.
 */
export class CheckinScheduler<R> {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<PassResult> | undefined;
  private readonly limiter: RateLimiter;
  private readonly retry: RetryOptions;

  constructor(private readonly options: SchedulerOptions<R>) {
    const sleep = options.sleep ?? realSleep;
    this.limiter = new RateLimiter(options.globalRatePerSecond, options.perConversationRatePerSecond, Date.now, sleep);
    this.retry = { ...DEFAULT_RETRY, sleep, random: Math.random, now: Date.now, ...options.retry };
  }

  /** Runs a pass now (to catch up after a restart) and then every `intervalMs`. */
  start(intervalMs: number): void {
    const tick = (): void => {
      void this.runPass().catch((err: Error) => this.options.logger.error({ name: err.name }, 'check-in pass failed'));
    };
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
    tick();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass; a pass already under way in this process is joined, not doubled. */
  runPass(): Promise<PassResult> {
    if (!this.running) this.running = this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<PassResult> {
    const startedAt = Date.now();
    const now = this.options.clock.now();
    const result = emptyResult();
    let continuation: string | undefined;
    do {
      const page = await this.options.store.findDue(now, PAGE_SIZE, continuation);
      continuation = page.continuation;
      result.due += page.ids.length;
      await this.claimAndSend(page.ids, now, result);
    } while (continuation);
    this.options.logger.info({ ...result, now }, 'check-in pass');
    (this.options.telemetry ?? NO_TELEMETRY).checkinPass(result, startedAt, Date.now());
    return result;
  }

  /**
   * Keeps up to CONCURRENCY check-ins in flight. Whenever sends have finished, as many mothers as
   * there are free places are claimed together (one commit for all of them), then sent. A slow
   * send holds only its own place, and a crash between claim and send costs at most CONCURRENCY
   * check-ins (never one twice).
   */
  private async claimAndSend(ids: readonly string[], now: string, result: PassResult): Promise<void> {
    const sending = new Set<Promise<void>>();
    let next = 0;
    while (next < ids.length || sending.size > 0) {
      const free = CONCURRENCY - sending.size;
      if (free > 0 && next < ids.length) {
        const batch = ids.slice(next, next + free);
        next += batch.length;
        for (const claim of await this.claimBatch(batch, now, result)) {
          const delivery: Promise<void> = this.deliver(claim, now, result).finally(() => sending.delete(delivery));
          sending.add(delivery);
        }
      } else {
        await Promise.race(sending);
      }
    }
  }

  private failed(id: string, err: unknown, result: PassResult): void {
    result.failed++;
    this.options.logger.error({ motherId: id, name: (err as Error).name }, 'check-in failed');
  }

  /**
   * Reads the batch, decides each claim and writes them all with their etags in one go; a conflict
   * means another instance (or her own turn) came first. Returns the check-ins to send. A mother
   * whose document cannot be read, decided or written counts as failed; she stays due.
   */
  private async claimBatch(ids: readonly string[], now: string, result: PassResult): Promise<SendClaim<R>[]> {
    const read = await Promise.all(
      ids.map((id) =>
        this.options.store.get(id).catch((err: unknown) => {
          this.failed(id, err, result);
          return null;
        }),
      ),
    );
    const decided: Array<{ id: string; etag: string; decision: Decision<R> }> = [];
    read.forEach((stored, index) => {
      const id = ids[index]!;
      if (stored === null) return;
      try {
        const decision = stored ? this.decide(stored.doc, now) : undefined;
        if (stored && decision) decided.push({ id, etag: stored.etag, decision });
        else result.claimedElsewhere++;
      } catch (err) {
        this.failed(id, err, result);
      }
    });
    let written: Array<string | Error>;
    try {
      written = await this.options.store.replaceEach(decided.map(({ etag, decision }) => ({ doc: decision.write, etag })));
    } catch (err) {
      for (const { id } of decided) this.failed(id, err, result);
      return [];
    }
    const toSend: SendClaim<R>[] = [];
    decided.forEach(({ id, decision }, index) => {
      const outcome = written[index];
      const claim = decision.then;
      if (outcome instanceof EtagConflictError || (claim.kind === 'skip' && claim.reason === 'not-due')) result.claimedElsewhere++;
      else if (outcome instanceof Error) this.failed(id, outcome, result);
      else if (claim.kind === 'skip' && claim.reason === 'late') result.skippedLate++;
      else if (claim.kind === 'skip') result.skippedNoConsent++;
      else toSend.push({ id, doc: claim.doc, replies: claim.replies });
    });
    return toSend;
  }

  private async deliver(claim: SendClaim<R>, now: string, result: PassResult): Promise<void> {
    try {
      const reference = claim.doc.conversation!;
      const outcome = await this.options.send(reference, claim.replies, claim.doc.locale, (attempts) => this.deliverInOrder(reference, attempts));
      if (outcome === 'sent') result.sent++;
      else if (outcome === 'blocked') {
        result.blocked++;
        await this.pause(claim.id, now);
      } else {
        if (outcome === 'timeout') result.timedOut++;
        else result.failed++;
        this.options.logger.warn({ motherId: claim.id, outcome }, 'check-in not delivered');
      }
    } catch (err) {
      this.failed(claim.id, err, result);
    }
  }

  /** What taking her slot writes, and what follows once it is written; undefined when she is not due (any more). */
  private decide(doc: MotherDocument, now: string): Decision<R> | undefined {
    if (!doc.nextCheckInAt || doc.nextCheckInAt > now) return undefined;
    const profile = doc.profile;
    const canSend = doc.consent === 'given' && !doc.checkInsPaused && !!profile && !!doc.conversation;
    const next = profile && canSend ? nextCheckInAt(profile, now, false) : null;
    if (doc.reminderAt && doc.nextCheckInAt === doc.reminderAt) return this.decideReminder(doc, next, canSend, now);
    const slot = profile ? sendableSlot(profile, doc.nextCheckInAt, now) : doc.nextCheckInAt;
    const late = isLate(slot, now);
    // A slot planned again after it was sent (a turn with a clock behind ours) is not sent twice.
    const alreadySent = doc.lastCheckInSlot !== undefined && doc.lastCheckInSlot >= slot;
    const planned: MotherDocument = { ...doc, nextCheckInAt: next };
    if (!canSend) return { write: planned, then: { kind: 'skip', reason: 'no-consent' } };
    if (late) return { write: planned, then: { kind: 'skip', reason: 'late' } };
    if (alreadySent) return { write: planned, then: { kind: 'skip', reason: 'not-due' } };
    const message = this.options.conversation.open(planned, now);
    const write: MotherDocument = { ...message.doc, lastCheckInSlot: slot, lastCheckInSentAt: now, ...this.planReminder(message.doc, next, now) };
    return { write, then: { kind: 'send', doc: write, replies: message.replies } };
  }

  /** With reminders on, the due time becomes the reminder's when it comes before the next slot. */
  private planReminder(doc: MotherDocument, next: string | null, now: string): Partial<MotherDocument> {
    const hours = this.options.reminderAfterHours ?? 0;
    if (hours <= 0 || doc.draft?.checkin === undefined) return { reminderAt: undefined };
    const reminderAt = new Date(Date.parse(now) + hours * 3_600_000).toISOString();
    if (next && next <= reminderAt) return { reminderAt: undefined };
    return { reminderAt, nextCheckInAt: reminderAt };
  }

  /** A gentle reminder, only while that check-in is still unanswered; then on to the next slot. */
  private decideReminder(doc: MotherDocument, next: string | null, canSend: boolean, now: string): Decision<R> {
    const replies = canSend && !isLate(doc.reminderAt!, now) ? this.options.conversation.reminder(doc, now) : [];
    const write: MotherDocument = { ...doc, nextCheckInAt: next, reminderAt: undefined };
    return { write, then: replies.length ? { kind: 'send', doc: write, replies } : { kind: 'skip', reason: 'not-due' } };
  }

  private async deliverInOrder(reference: StoredConversationReference, attempts: Attempt[]): Promise<SendResult> {
    const pace = () => this.limiter.take(reference.conversation.id);
    const controller = new AbortController();
    for (const attempt of attempts) {
      const outcome = await sendWithRetry(attempt, this.retry, pace, controller);
      if (outcome !== 'sent') return outcome;
    }
    return 'sent';
  }

  /** She blocked or removed the bot: no more check-ins until she writes again and says "start". */
  private async pause(id: string, now: string): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const stored = await this.options.store.get(id);
      if (!stored) return;
      try {
        await this.options.store.replace({ ...stored.doc, checkInsPaused: true, nextCheckInAt: null, updatedAt: now }, stored.etag);
        return;
      } catch (err) {
        if (!(err instanceof EtagConflictError)) throw err;
      }
    }
  }
}

function isLate(slot: string, now: string): boolean {
  return Date.parse(now) - Date.parse(slot) > MAX_LATENESS_MS;
}

/** After downtime the planned slot may be days old; today's slot, if recent enough, is the one to send (once). */
function sendableSlot(profile: MotherProfile, planned: string, now: string): string {
  if (!isLate(planned, now)) return planned;
  const recent = latestSlotAtOrBefore(profile, now);
  return recent !== null && recent > planned ? recent : planned;
}
