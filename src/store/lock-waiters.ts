import { StoreUnavailableError } from './mother-store';

const FIRST_PAUSE_MS = 1;
/** Also how late a waiting call may notice its deadline. */
const MAX_PAUSE_MS = 50;

interface Waiter {
  /** Runs the call once: false while the lock is still held (then it stays in line). */
  attempt: () => boolean;
  deadline: number;
  fail: (error: Error) => void;
}

/**
 * Calls that met another connection's lock, tried again on timers so that the event loop keeps
 * serving meanwhile (SQLite would otherwise wait in its busy handler, blocking the thread). Only the
 * first in line tries the lock; once it gets through the others follow at once, in order, so many
 * waiting turns cost one try per pause, not one each.
 */
export class LockWaiters {
  private readonly line: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;
  private pause = FIRST_PAUSE_MS;

  wait<T>(operation: () => T, isLocked: (error: unknown) => boolean, deadline: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const attempt = (): boolean => {
        try {
          resolve(operation());
        } catch (error) {
          if (isLocked(error)) return false;
          reject(error);
        }
        return true;
      };
      this.line.push({ attempt, deadline, fail: reject });
      this.timer ??= setTimeout(() => this.tryInOrder(), this.pause);
    });
  }

  /** Fails every waiting call (the store is closing). */
  close(error: Error): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const waiter of this.line.splice(0)) waiter.fail(error);
  }

  private tryInOrder(): void {
    this.timer = undefined;
    const now = Date.now();
    for (let i = this.line.length - 1; i >= 0; i--) {
      const waiter = this.line[i]!;
      if (now < waiter.deadline) continue;
      this.line.splice(i, 1);
      waiter.fail(new StoreUnavailableError('the embedded store stayed locked past the deadline (SQLITE_BUSY)'));
    }
    while (this.line.length > 0) {
      if (!this.line[0]!.attempt()) {
        this.pause = Math.min(this.pause * 2, MAX_PAUSE_MS);
        this.timer = setTimeout(() => this.tryInOrder(), this.pause);
        return;
      }
      this.line.shift();
    }
    this.pause = FIRST_PAUSE_MS;
  }
}
