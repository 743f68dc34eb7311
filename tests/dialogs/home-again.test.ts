import { checkinDue } from '../../dialogs/handle-turn';
import type { Locale } from '../../src/mother/profile';
import { NOW, onboarded, replyKeys, talk } from './support/day-three';

/**
 * «vi kom hjem fra sykehuset i dag» got «not sure I can answer» with two topics, «we are home now» where to
 * get help: home from the hospital is welcomed, with how she goes on here. A question that names home is
 * still a question; in a check-in the open question follows.
 */
describe.each<[Locale, string[], string]>([
  ['nb', ['vi kom hjem fra sykehuset i dag', 'ble skrevet ut i dag'], 'når kommer melken nå som vi er hjemme'],
  ['nn', ['vi kom heim i dag', 'vi er heime no'], 'kor ofte skal eg amme no som vi er heime'],
  ['en', ['we are home now', 'got home yesterday'], 'how often should i feed now that we are home'],
])('home from the hospital (%s)', (locale, homes, question) => {
  it.each(homes)('«%s» is welcomed home, and nothing is stored', (message) => {
    const out = talk(onboarded(locale), locale, message);
    expect(replyKeys(out.last)).toEqual(['dialog:home.welcome']);
    expect(out.doc?.events ?? []).toEqual([]);
  });

  it('a question that names home is answered as a question', () => {
    expect(replyKeys(talk(onboarded(locale), locale, question).last)).not.toContain('dialog:home.welcome');
  });

  it('in a check-in, the open question follows', () => {
    const out = talk(checkinDue(onboarded(locale), NOW).doc, locale, homes[0]!);
    expect(replyKeys(out.last)).toEqual(['dialog:home.welcome', 'checkin:question.feeds']);
  });
});
