import type { Locale } from '../../src/mother/profile';
import { onboarded, replyKeys, talk } from './support/day-three';

/**
 * A helper found the check-in time changed only by «endre tid til X»: «jeg vil ha sjekken kl 7 om kvelden»
 * got feeding frequency, «bytt tid til kl 8» and «change the time to 8pm» were not understood. And back in
 * English, «norsk igjen takk» and «back to norwegian please» left her in English.
 */
describe.each<[Locale, Array<[string, string]>]>([
  ['nb', [['jeg vil ha sjekken kl 7 om kvelden', '19:00'], ['bytt tid til kl 8', '08:00'], ['kan du spørre meg kl 20 i stedet', '20:00'], ['sjekken kl 10 takk', '10:00']]],
  ['nn', [['kan du senda sjekken klokka 8 i staden', '08:00'], ['endre sjekken til 19.30', '19:30']]],
  ['en', [['change the time to 8pm', '20:00'], ['can you ask me at 7 in the evening', '19:00']]],
])('the check-in time in her words (%s)', (locale, cases) => {
  it.each(cases)('«%s» moves her check-in to %s', (message, time) => {
    const out = talk(onboarded(locale), locale, message);
    expect(replyKeys(out.last)).toEqual(['dialog:checkins.timeChanged']);
    expect(out.doc!.profile!.checkInTime).toBe(time);
  });
});

describe('back to Norwegian', () => {
  it.each(['norsk igjen takk', 'på norsk igjen', 'back to norwegian please'])('«%s» writes bokmål again', (message) => {
    const english = talk(onboarded('nb'), 'nb', 'english please').doc;
    expect(english!.locale).toBe('en');
    expect(talk(english, 'en', message).doc!.locale).toBe('nb');
  });
});
