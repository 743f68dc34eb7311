import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, type ClaimsIdentity, type ConnectorClient, type ConnectorFactory, type UserTokenClient } from 'botframework-connector';
import { ReusedClients, ReusedConnectorFactory } from './reused-clients';

type Base = ConfigurationBotFrameworkAuthentication;

/** The app id the SDK makes credentials for: the audience claim, else the appid claim. */
const appIdOf = (claimsIdentity: ClaimsIdentity): string =>
  claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';

/**
 * The SDK's authentication with two changes. Any failure to validate a request is a 401: the SDK
 * answers 500 when a token with a known key id carries a forged signature (jsonwebtoken throws its
 * own error, not an AuthenticationError). And turns and check-ins reuse the process's Bot
 * Framework clients instead of building two per turn (src/edge/reused-clients.ts).
 */
export class StrictBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectorClients = new ReusedClients<ConnectorClient>();
  private readonly userTokenClients = new ReusedClients<UserTokenClient>();

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

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokenClients.obtain(appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  private reused(made: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new ReusedConnectorFactory(made, appIdOf(claimsIdentity), this.connectorClients);
  }
}
