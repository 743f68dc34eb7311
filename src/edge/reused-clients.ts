import { ConnectorFactory, type ConnectorClient } from 'botframework-connector';

/** Teams and Web Chat use a handful of service URLs; the bound only guards against a flood of new ones. */
export const MAX_REUSED_CLIENTS = 64;

/**
 * Bot Framework clients kept for the life of the process, one per destination. The SDK builds a
 * new Bot Connector client and a new token service client (each with its HTTP pipeline and
 * credentials) for every turn and every check-in; they are meant to be long-lived, and their
 * credentials keep and renew their own token, so one per destination serves every turn.
 */
export class ReusedClients<T> {
  private readonly clients = new Map<string, Promise<T>>();

  constructor(private readonly max = MAX_REUSED_CLIENTS) {}

  get size(): number {
    return this.clients.size;
  }

  /** The kept client for `key`, or one made by `make` and kept; a failed make is not kept. */
  obtain(key: string, make: () => Promise<T>): Promise<T> {
    const kept = this.clients.get(key);
    if (kept) {
      // Moved to the end, so that the bound drops the least recently used destination.
      this.clients.delete(key);
      this.clients.set(key, kept);
      return kept;
    }
    const made = make();
    if (this.clients.size >= this.max) this.clients.delete(this.clients.keys().next().value as string);
    this.clients.set(key, made);
    made.catch(() => {
      if (this.clients.get(key) === made) this.clients.delete(key);
    });
    return made;
  }
}

/** A ConnectorFactory that hands out kept Bot Connector clients, made by the SDK's factory when missing. */
export class ReusedConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly made: ConnectorFactory,
    private readonly appId: string,
    private readonly clients: ReusedClients<ConnectorClient>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.clients.obtain(`${this.appId}\n${serviceUrl}\n${audience ?? ''}`, () => this.made.create(serviceUrl, audience));
  }
}
