import { createHash } from 'node:crypto';
import { DEVELOPMENT_MOTHER_ID_KEY } from '../../src/config';
import { legacyMotherIdOf, motherIdOf, useMotherIdKey } from '../../src/store/mother-identity';

const teams = { channelId: 'msteams', from: { id: '29:user', name: '', aadObjectId: 'aad-123' } };

describe('her id', () => {
  afterEach(() => useMotherIdKey(DEVELOPMENT_MOTHER_ID_KEY));

  // Her id is the key of her stored data: if it changed for the same key, she would lose her week.
  it('stays the HMAC-SHA-256 it is for a key, from the channel and her AAD object id before her user id', () => {
    expect(motherIdOf(teams)).toBe('a71fde9bb0e895bd32126f7548a6e46c69dcf68d');
    expect(motherIdOf({ channelId: 'msteams', from: { id: 'aad-123', name: '' } })).toBe('a71fde9bb0e895bd32126f7548a6e46c69dcf68d');
    expect(motherIdOf(teams, 'another key of at least thirty-two characters')).toBe('72d865bc9a9f0be91b851667c38e1e3e81d67652');
  });

  it('cannot be worked out from her account without the key', () => {
    const unkeyed = createHash('sha256').update('msteams\u0000aad-123').digest('hex').slice(0, 40);
    expect(legacyMotherIdOf(teams)).toBe(unkeyed);
    // The id stored before keyed ids, which anyone knowing her AAD object id could compute.
    expect(unkeyed).toBe('16d154f7b79e9a681ed0c8204e1859b85d89ed6b');
    expect(motherIdOf(teams)).not.toBe(unkeyed);
  });

  it('is made with the key the app was given', () => {
    const secret = 'a production key of at least thirty-two characters';
    useMotherIdKey(secret);
    expect(motherIdOf(teams)).toBe(motherIdOf(teams, secret));
    expect(motherIdOf(teams)).not.toBe(motherIdOf(teams, DEVELOPMENT_MOTHER_ID_KEY));
  });
});
