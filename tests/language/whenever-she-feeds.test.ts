import { readAt, itIsNoLog } from './support/log-of';

/** «hun sovner når jeg ammer» was stored as a feed at the time she wrote it: it says what happens whenever she feeds. */
describe('what happens whenever she feeds or pumps is no log of a feed or a pumping', () => {
  itIsNoLog([
    ['hun sovner når jeg ammer', 'nb'],
    ['hun sovner når jeg ammer om natta', 'nb'],
    ['i dag sovnet hun når jeg ammet', 'nb'],
    ['det lekker når jeg ammer', 'nb'],
    ['hun gråter hver gang jeg pumper', 'nb'],
    ['melka renner hele tiden når jeg pumper', 'nb'],
    ['ho søv når eg ammar', 'nn'],
    ['det lek kvar gong eg pumpar', 'nn'],
    ['she falls asleep every time i feed her', 'en'],
    ['it leaks whenever i pump', 'en'],
  ]);

  it('still logs a feed whose time she gives, one done when the baby did something, and one done now', () => {
    expect(readAt('kl 12 når jeg ammet sovnet hun', 'nb')).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
    expect(readAt('ammet når hun våknet', 'nb')).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
    expect(readAt('pumpet 20 ml når hun sov', 'nb')).toMatchObject({ kind: 'log', events: [{ type: 'pump', ml: 20 }] });
    expect(readAt('eg ammar no', 'nn')).toMatchObject({ kind: 'log', events: [{ type: 'feed' }] });
  });
});
