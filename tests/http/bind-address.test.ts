import { loadConfig } from '../../src/config';

describe('where the bot listens (HOST)', () => {
  it('is this machine only without an app id: nothing authenticates a request then', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
  });

  it('is every interface with an app id, where every request needs a token and App Service or a container reaches the bot from outside', () => {
    expect(loadConfig({ MicrosoftAppId: '00000000-1111-2222-3333-444444444444' }).host).toBe('0.0.0.0');
  });

  it('is what HOST says when it is set', () => {
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '::1', MicrosoftAppId: '00000000-1111-2222-3333-444444444444' }).host).toBe('::1');
  });
});
