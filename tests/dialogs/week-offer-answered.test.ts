import { checkinDue } from '../../dialogs/handle-turn';
import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { runTurns } from './support/run-turns';
import { ctx, NOW, onboarded, replyKeys, say, talk } from './support/day-three';

/** Day 3, the check-in answered by typing, ending «Vil du se uken din så langt i et bilde?». */
function offered(locale: Locale): MotherDocument {
  const out = runTurns(checkinDue(onboarded(locale, 'breast'), NOW).doc, ['8', '6', '3'].map(say), ctx(locale));
  expect(replyKeys(out.last).at(-1)).toBe('checkin:weekOffer.line');
  return out.doc!;
}

describe.each<[Locale, string, string, string]>([
  ['nb', 'ja', 'nei takk', 'våt bleie'],
  ['nn', 'ja takk', 'nei', 'våt bleie'],
  ['en', 'yes please', 'no thanks', 'wet diaper'],
])('her answer to «would you like to see your week?» (%s; found in a walk: «ja» got «Det forsto jeg ikke helt»)', (locale, yes, no, log) => {
  it(`«${yes}» shows her week`, () => {
    expect(replyKeys(talk(offered(locale), locale, yes).last)).toEqual(['week']);
  });

  it(`«${no}» says how to see it later, and a «ja» after that is no answer to it`, () => {
    const out = talk(offered(locale), locale, no);
    expect(replyKeys(out.last)).toEqual(['checkin:weekOffer.later']);
    expect(replyKeys(talk(out.doc!, locale, yes).last)).not.toEqual(['week']);
  });

  it('a log in between closes the offer', () => {
    expect(replyKeys(talk(offered(locale), locale, log, yes).last)).not.toEqual(['week']);
  });
});

describe.each<[Locale, string]>([
  ['nb', 'nei takk, kanskje senere'],
  ['nn', 'nei takk, kanskje seinare'],
  ['en', 'no thanks maybe later'],
])('a no put off till later (%s «%s»; found in the i-walk37 walk: a miss with three buttons)', (locale, later) => {
  it('says how to see it later', () => {
    expect(replyKeys(talk(offered(locale), locale, later).last)).toEqual(['checkin:weekOffer.later']);
  });
});
