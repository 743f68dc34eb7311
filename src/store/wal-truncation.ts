import type Database from 'better-sqlite3';

const FIRST_RETRY_MS = 20;
const MAX_RETRY_MS = 1_000;

/**
 * After a deletion her older versions are still in the write-ahead log, and in its unused tail after
 * a normal checkpoint. A truncating checkpoint copies what is current into the main file (where
 * secure_delete has zeroed her rows) and cuts the log to nothing. It cannot finish while another
 * connection reads an older snapshot (a second instance, a backup), so then it is tried again in the
 * background until it does; no turn waits for it.
 */
export class WalTruncation {
  private timer: NodeJS.Timeout | undefined;
  private pause = FIRST_RETRY_MS;

  constructor(private readonly db: Database.Database) {}

  /** Truncates now when it can, otherwise keeps trying in the background. */
  request(): void {
    if (this.timer || this.tryNow()) return;
    this.pause = FIRST_RETRY_MS;
    this.retryLater();
  }

  /** One last try when one is pending (closing the last connection truncates by itself), then no more. */
  stop(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.tryNow();
  }

  private retryLater(): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.tryNow()) return;
      this.pause = Math.min(this.pause * 2, MAX_RETRY_MS);
      this.retryLater();
    }, this.pause);
    this.timer.unref();
  }

  private tryNow(): boolean {
    if (!this.db.open) return true;
    try {
      const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
      return result?.busy !== 1;
    } catch {
      // A locked or failing file now is tried again later; her row itself is already deleted.
      return false;
    }
  }
}
