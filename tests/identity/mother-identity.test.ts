import { motherIdOf } from '../../src/mother-identity';

describe('her id', () => {
  // Her id is the key of her stored data: if it ever changed, she would lose her week.
  it('stays the hash it has always been, from the channel and her AAD object id before her user id', () => {
    expect(motherIdOf({ channelId: 'msteams', from: { id: '29:user', name: '', aadObjectId: 'aad-123' } })).toBe('16d154f7b79e9a681ed0c8204e1859b85d89ed6b');
    expect(motherIdOf({ channelId: 'msteams', from: { id: 'aad-123', name: '' } })).toBe('16d154f7b79e9a681ed0c8204e1859b85d89ed6b');
  });
});
