import { checkinDue } from '../../dialogs/handle-turn';
import type { Locale } from '../../src/mother/profile';
import { runTurns } from './support/run-turns';
import { ctx, NOW, onboarded, replyKeys, say, talk } from './support/day-three';

/** Born on 22 November: day 5 at NOW. */
const DAY_FIVE_BIRTH = '2026-11-22T02:10:00.000Z';

/**
 * A helper found, on day 4, «status» right after a check-in that asked her to contact jordmor or the health
 * station today leave that advice out: it showed her numbers and «Jeg følger med …» only. Advice to contact
 * someone, given in the last 24 hours and still holding, is said again under her numbers.
 */
describe.each<[Locale, string]>([
  ['nb', 'nei'],
  ['nn', 'nei'],
  ['en', 'no'],
])('status after advice to make contact (%s)', (locale, no) => {
  const advised = () => talk(checkinDue(onboarded(locale, 'both', DAY_FIVE_BIRTH), NOW).doc, locale, '4', no, '1', '0');

  it('the check-in asked her to make contact', () => {
    expect(advised().last.replies.some((reply) => reply.kind === 'findings' && ['contact', 'urgent'].includes(reply.lead.severity))).toBe(true);
  });

  it('«status» shows her numbers and that advice again', () => {
    const out = talk(advised().doc, locale, 'status');
    const keys = replyKeys(out.last);
    expect(keys[0]).toMatch(/^dialog:status\./);
    expect(out.last.replies.some((reply) => reply.kind === 'findings' && ['contact', 'urgent'].includes(reply.lead.severity))).toBe(true);
  });

  it('a day and more later, the status is her numbers only', () => {
    const later = { ...ctx(locale), now: new Date(Date.parse(NOW) + 25 * 3600_000).toISOString() };
    const out = runTurns(advised().doc, [say('status')], later);
    expect(out.last.replies.some((reply) => reply.kind === 'findings')).toBe(false);
  });
});
