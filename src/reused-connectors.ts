import { ConnectorFactory, type ConnectorClient } from 'botframework-connector';

/** Teams and Web Chat use a handful of service URLs; the bound only guards against a flood of new ones. */
export const MAX_REUSED_CONNECTORS = 64;

/**
 * The Bot Connector clients of this process, one per app id, service URL and audience. The SDK
 * builds a new client (HTTP pipeline, credentials) for every turn and every check-in; the client
 * is meant to be long-lived and its credentials keep and renew their own token, so one per
 * destination serves every turn.
 */
export class ConnectorClients {
  private readonly clients = new Map<string, Promise<ConnectorClient>>();

  constructor(private readonly max = MAX_REUSED_CONNECTORS) {}

  get size(): number {
    return this.clients.size;
  }

  /** The kept client for this destination, or one made by `make` and kept; a failed make is not kept. */
  obtain(appId: string, serviceUrl: string, audience: string | undefined, make: () => Promise<ConnectorClient>): Promise<ConnectorClient> {
    const key = `${appId}\n${serviceUrl}\n${audience ?? ''}`;
    const kept = this.clients.get(key);
    if (kept) return kept;
    const made = make();
    if (this.clients.size >= this.max) this.clients.delete(this.clients.keys().next().value as string);
    this.clients.set(key, made);
    made.catch(() => {
      if (this.clients.get(key) === made) this.clients.delete(key);
    });
    return made;
  }
}

/** A ConnectorFactory that hands out the process's kept clients, made by the SDK's factory when missing. */
export class ReusedConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly made: ConnectorFactory,
    private readonly appId: string,
    private readonly clients: ConnectorClients,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.clients.obtain(this.appId, serviceUrl, audience, () => this.made.create(serviceUrl, audience));
  }
}
