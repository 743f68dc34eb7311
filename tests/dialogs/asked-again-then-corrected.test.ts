import { checkinDue } from '../../dialogs/handle-turn';
import type { Locale } from '../../src/mother/profile';
import { NOW, onboarded, replyKeys, talk } from './support/day-three';

/**
 * A helper found, at «how many wet diapers?», «vet ikke helt kanskje 4» refused («Et anslag holder…»), and then
 * «nei det var 6» stored «Rettet: pumpet 6 ml»: a pumping she never had, the wet diapers left at none. A guess
 * after «vet ikke» is her answer; and asked again, her correction answers the question asked again.
 */
describe.each<[Locale, string, string, string]>([
  ['nb', 'vet ikke helt kanskje 4', 'fire eller fem', 'nei det var 5'],
  ['nn', 'veit ikkje heilt, kanskje 4', 'fire eller fem', 'nei det var 5'],
  ['en', 'not sure maybe 4', 'like 5 or 6', 'no it was 5'],
])('at the wet diapers, after «no» to the pumping (%s)', (locale, guess, between, correction) => {
  const atWet = () => talk(checkinDue(onboarded(locale), NOW).doc, locale, '7', locale === 'en' ? 'no' : 'nei').doc;

  it(`«${guess}» is 4 wet diapers`, () => {
    const out = talk(atWet(), locale, guess);
    expect(out.doc!.draft?.checkin?.values).toMatchObject({ feeds: 7, pumpMl: [], wetDiapers: 4 });
  });

  it(`«${between}», asked again, then «${correction}» is 5 wet diapers, and the pumping stays none`, () => {
    const again = talk(atWet(), locale, between);
    expect(replyKeys(again.last)).toEqual(['checkin:again.wetDiapers']);
    const out = talk(again.doc, locale, correction);
    expect(out.doc!.draft?.checkin?.values).toMatchObject({ feeds: 7, pumpMl: [], wetDiapers: 5 });
    expect(replyKeys(out.last)).toContain('checkin:question.yellowStools');
  });

  it('a correction after an answer read still changes that answer', () => {
    const answered = talk(atWet(), locale, '3');
    const out = talk(answered.doc, locale, correction);
    expect(out.doc!.draft?.checkin?.values).toMatchObject({ wetDiapers: 5 });
  });
});
