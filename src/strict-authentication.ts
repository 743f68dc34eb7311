import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, type ClaimsIdentity, type ConnectorFactory } from 'botframework-connector';
import { ConnectorClients, ReusedConnectorFactory } from './reused-connectors';

type Base = ConfigurationBotFrameworkAuthentication;

/**
 * The SDK's authentication with two changes. Any failure to validate a request is a 401: the SDK
 * answers 500 when a token with a known key id carries a forged signature (jsonwebtoken throws its
 * own error, not an AuthenticationError). And replies and check-ins reuse the process's Bot
 * Connector clients instead of building one per turn (src/reused-connectors.ts).
 */
export class StrictBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  readonly connectorClients = new ConnectorClients();

  override async authenticateRequest(...args: Parameters<Base['authenticateRequest']>): ReturnType<Base['authenticateRequest']> {
    let result: Awaited<ReturnType<Base['authenticateRequest']>>;
    try {
      result = await super.authenticateRequest(...args);
    } catch (err) {
      if (err instanceof AuthenticationError) throw err;
      throw new AuthenticationError('Unauthorized. The token could not be validated.', 401);
    }
    return result.connectorFactory ? { ...result, connectorFactory: this.reused(result.connectorFactory, result.claimsIdentity) } : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reused(super.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  /** Keyed by the app id the SDK's own factory makes its credentials for (audience claim, else appid claim). */
  private reused(made: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const appId = claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
    return new ReusedConnectorFactory(made, appId, this.connectorClients);
  }
}
