import { checkinDue } from '../../dialogs/handle-turn';
import type { Locale } from '../../src/mother/profile';
import { runTurns } from './support/run-turns';
import { ctx, NOW, onboarded, replyKeys, say, talk } from './support/day-three';

/**
 * Right after a check-in whose answers called for advice, a helper found «hva skal jeg gjøre?», «er det farlig
 * for babyen?», «what should i do» answered «Det kan jeg dessverre ikke svare på»: the advice of the last two
 * hours is given again, with its next step. With none given, the question is answered as before.
 */
describe.each<[Locale, string[], string]>([
  ['nb', ['hva skal jeg gjøre?', 'er det farlig for babyen'], 'nei'],
  ['nn', ['kva skal eg gjere?', 'kva no'], 'nei'],
  ['en', ['what should i do', 'what does that mean?'], 'no'],
])('what now, after advice (%s)', (locale, whatNows, no) => {
  const advised = () => talk(checkinDue(onboarded(locale), NOW).doc, locale, '4', no, '1', '0');

  it('the check-in gave advice', () => {
    expect(advised().last.replies.some((reply) => reply.kind === 'findings' && reply.lead.severity !== 'info')).toBe(true);
  });

  it.each(whatNows)('«%s» gets that advice again', (whatNow) => {
    const out = talk(advised().doc, locale, whatNow);
    expect(replyKeys(out.last)[0]).toMatch(/^(feeds|diapers)\./);
  });

  it('three hours later, or with no advice given, it is answered as a question', () => {
    const later = { ...ctx(locale), now: new Date(Date.parse(NOW) + 3 * 3600_000).toISOString() };
    expect(replyKeys(runTurns(advised().doc, [say(whatNows[0]!)], later).last)).not.toContainEqual(expect.stringMatching(/^(feeds|diapers)\./));
    expect(replyKeys(talk(onboarded(locale), locale, whatNows[0]!).last)).not.toContainEqual(expect.stringMatching(/^(feeds|diapers)\./));
  });
});
