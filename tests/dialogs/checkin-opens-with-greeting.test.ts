import { checkinDue } from '../../dialogs/handle-turn';
import type { Locale } from '../../src/mother/profile';
import { onboarded } from './support/day-three';

/**
 * Her check-in at 09:00 on day 4 opened with «I have seen no sign yet that the milk has come in» and
 * only then «Hei! Dag 4.»: the greeting and the day's guide come first, what the rules found after it.
 */
describe.each<Locale>(['nb', 'nn', 'en'])('the check-in opens with her greeting (%s)', (locale) => {
  const kinds = (replies: ReturnType<typeof checkinDue>['replies']) =>
    replies.map((reply) => (reply.kind === 'text' ? reply.key : reply.kind === 'findings' ? reply.lead.code : reply.kind));

  it('day 4, no sign of milk yet: the greeting, then the gentle note, then the card and the first question', () => {
    const { replies } = checkinDue(onboarded(locale, 'breast'), '2026-11-27T08:00:00.000Z');
    expect(kinds(replies)).toEqual(['checkin:day.4.breast', 'activation.watch-72h', 'card', 'checkin:question.feeds']);
  });

  it('day 6, still no sign: the greeting, then the advice to call today, before the questions', () => {
    const { replies } = checkinDue(onboarded(locale, 'breast'), '2026-11-29T08:00:00.000Z');
    expect(kinds(replies)).toEqual(['checkin:day.6.breast', 'activation.delayed-120h', 'card', 'checkin:question.feeds']);
  });
});
