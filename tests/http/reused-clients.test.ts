import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { ConnectorFactoryImpl } from 'botframework-connector/lib/auth/connectorFactoryImpl';
import { ReusedClients } from '../../src/edge/reused-clients';
import { mother, onboardCard, postJson, withBotAndChannel } from '../support/test-app';

const client = (name: string) => ({ name });

describe('ReusedClients', () => {
  it('makes one client per key and hands it out again', async () => {
    const clients = new ReusedClients<{ name: string }>();
    let made = 0;
    const make = () => Promise.resolve(client(`c${++made}`));
    const first = await clients.obtain('app|emea', make);
    expect(await clients.obtain('app|emea', make)).toBe(first);
    expect(await clients.obtain('app|amer', make)).not.toBe(first);
    expect(made).toBe(2);
  });

  it('does not keep a client that could not be made: the next turn tries again', async () => {
    const clients = new ReusedClients<{ name: string }>();
    await expect(clients.obtain('app', () => Promise.reject(new Error('no credentials')))).rejects.toThrow('no credentials');
    await Promise.resolve();
    expect(clients.size).toBe(0);
    const made = client('second try');
    expect(await clients.obtain('app', () => Promise.resolve(made))).toBe(made);
  });

  it('keeps at most its bound, dropping the least recently used first', async () => {
    const clients = new ReusedClients<{ name: string }>(3);
    let made = 0;
    const make = () => Promise.resolve(client(`c${++made}`));
    for (const key of ['a', 'b', 'c']) await clients.obtain(key, make);
    await clients.obtain('a', make);
    await clients.obtain('d', make);
    expect(clients.size).toBe(3);
    expect(made).toBe(4);
    for (const kept of ['a', 'c', 'd']) await clients.obtain(kept, make);
    expect(made).toBe(4);
    await clients.obtain('b', make);
    expect(made).toBe(5);
  });
});

describe('the bot reuses its Bot Connector and token service clients', () => {
  const ctx = withBotAndChannel({ CHECKIN_LOOP: 'off' });
  let created: jest.SpyInstance;
  let tokenClients: jest.SpyInstance;
  beforeEach(() => {
    created = jest.spyOn(ConnectorFactoryImpl.prototype, 'create');
    tokenClients = jest.spyOn(ConfigurationBotFrameworkAuthentication.prototype, 'createUserTokenClient');
  });
  afterEach(() => {
    created.mockRestore();
    tokenClients.mockRestore();
  });

  it('across turns of different mothers and check-ins on the same channel, and every reply still arrives', async () => {
    await postJson(ctx.bot.base, '/dev/clock', { now: '2026-11-24T12:00:00+01:00' });
    const anna = mother(ctx.bot.base, ctx.capture);
    const berit = mother(ctx.bot.base, ctx.capture);
    expect((await anna.send(onboardCard('2026-11-24T03:10:00+01:00'))).replies.length).toBeGreaterThan(0);
    await postJson(ctx.bot.base, '/dev/clock', { now: '2026-11-25T09:05:00+01:00' });
    expect((await postJson(ctx.bot.base, '/dev/checkins/run', {})).json).toMatchObject({ sent: 1 });
    // One client for replies and one for check-ins (the SDK asks for them with different audiences).
    expect(created).toHaveBeenCalledTimes(2);
    expect(tokenClients).toHaveBeenCalledTimes(1);
    created.mockClear();
    tokenClients.mockClear();

    expect((await berit.send(onboardCard('2026-11-24T03:10:00+01:00'))).replies.length).toBeGreaterThan(0);
    expect((await anna.send('ammet nå')).replies.length).toBeGreaterThan(0);
    expect((await berit.send('våt bleie')).replies.length).toBeGreaterThan(0);
    await postJson(ctx.bot.base, '/dev/clock', { now: '2026-11-26T09:05:00+01:00' });
    const before = { anna: anna.replies().length, berit: berit.replies().length };
    expect((await postJson(ctx.bot.base, '/dev/checkins/run', {})).json).toMatchObject({ sent: 2 });
    expect(anna.replies().length).toBeGreaterThan(before.anna);
    expect(berit.replies().length).toBeGreaterThan(before.berit);

    expect(created).not.toHaveBeenCalled();
    expect(tokenClients).not.toHaveBeenCalled();
  });
});
