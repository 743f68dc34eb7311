import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';

/**
 * The SDK answers 500 when a token with a known key id carries a forged signature (jsonwebtoken
 * throws its own error, not an AuthenticationError). Any failure to validate a request is a 401.
 */
export class StrictBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>) {
    try {
      return await super.authenticateRequest(...args);
    } catch (err) {
      if (err instanceof AuthenticationError) throw err;
      throw new AuthenticationError('Unauthorized. The token could not be validated.', 401);
    }
  }
}
