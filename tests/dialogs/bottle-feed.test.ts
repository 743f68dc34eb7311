import { checkinDue } from '../../dialogs/handle-turn';
import type { Locale } from '../../src/mother/profile';
import { NOW, onboarded, replyKeys, talk } from './support/day-three';

/**
 * «hun drakk 30 ml fra flaska» stored nothing and got «Det forsto jeg ikke helt»: she is told that
 * bottle feeds are not logged here, what is, and how to log the milk she pumped for it.
 */
describe.each<[Locale, string[], string[], string]>([
  ['nb', ['hun drakk 30 ml fra flaska', 'ga henne tilskudd', 'han fikk 20 ml på kopp'], ['jeg ga opp', 'hun drikker godt nå'], 'pumpet 30 ml'],
  ['nn', ['ho drakk 20 ml på flaske', 'gav ho litt morsmjølkerstatning på flaske'], ['eg gav opp'], 'pumpa 30 ml'],
  ['en', ['gave her 20 ml formula', 'she had a bottle', 'he drank 30 ml from a cup'], ['i gave up'], 'pumped 30 ml'],
])('a bottle feed (%s)', (locale, bottles, notBottles, pumped) => {
  it.each(bottles)('«%s» stores nothing and says what is logged here', (message) => {
    const out = talk(onboarded(locale), locale, message);
    expect(replyKeys(out.last)).toEqual(['dialog:bottle.notLogged']);
    expect(out.doc!.events).toEqual([]);
  });

  it.each(notBottles)('«%s» is not taken for a bottle feed', (message) => {
    expect(replyKeys(talk(onboarded(locale), locale, message).last)).not.toContain('dialog:bottle.notLogged');
  });

  it('the pumping it suggests is logged as written', () => {
    const out = talk(onboarded(locale), locale, pumped);
    expect(out.doc!.events).toMatchObject([{ type: 'pump', ml: 30 }]);
  });

  it('in the check-in, the same question follows and the answers so far are kept', () => {
    const asked = talk(checkinDue(onboarded(locale), NOW).doc, locale, '8');
    const out = talk(asked.doc, locale, bottles[0]!);
    expect(replyKeys(out.last)).toEqual(['dialog:bottle.notLogged', 'checkin:question.pumpMl']);
    expect(out.doc!.draft?.checkin?.values).toMatchObject({ feeds: 8 });
    expect(out.doc!.events).toEqual([]);
  });
});
