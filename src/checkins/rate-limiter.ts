export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Spaces sends so that no more than `perSecond` start in any second, for the whole app and
 * for each conversation (Teams: 7 per second per conversation, 50 per app and tenant).
 */
export class RateLimiter {
  private nextGlobal = 0;
  private readonly nextByKey = new Map<string, number>();

  constructor(
    private readonly globalPerSecond: number,
    private readonly perKeyPerSecond: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: Sleep = realSleep,
  ) {}

  /** Waits for a free place for `messages` messages to `key`, then takes it. */
  async take(key: string, messages = 1): Promise<void> {
    const t = this.now();
    const at = Math.max(t, this.nextGlobal, this.nextByKey.get(key) ?? 0);
    this.nextGlobal = at + (messages * 1000) / this.globalPerSecond;
    this.nextByKey.set(key, at + (messages * 1000) / this.perKeyPerSecond);
    if (this.nextByKey.size > 10_000) this.forgetPast(t);
    if (at > t) await this.sleep(at - t);
  }

  private forgetPast(t: number): void {
    for (const [k, v] of this.nextByKey) if (v < t) this.nextByKey.delete(k);
  }
}
