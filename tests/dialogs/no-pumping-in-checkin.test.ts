import { checkinDue } from '../../dialogs/handle-turn';
import type { Locale } from '../../src/mother/profile';
import { NOW, onboarded, talk } from './support/day-three';

/**
 * A helper found «ingen» or «0» to «Har du pumpeøkter du ikke har ført?» stored one pumping of 0 ml, which the
 * status then counted («pumping og håndmelking 1»). No sessions is none; a list with a 0 in it keeps its sessions.
 */
describe.each<[Locale, string[], string]>([
  ['nb', ['ingen', '0', 'null'], '10, 0, 15'],
  ['nn', ['ingen', '0'], '10, 0, 15'],
  ['en', ['none', '0', 'zero'], '10, 0, 15'],
])('no pumping sessions in the check-in (%s)', (locale, nones, list) => {
  const atPumping = () => talk(checkinDue(onboarded(locale), NOW).doc, locale, '8').doc;

  it.each(nones)('«%s» is none, and no session is stored when the check-in ends', (none) => {
    const answered = talk(atPumping(), locale, none);
    expect(answered.doc!.draft?.checkin?.values.pumpMl).toEqual([]);
    const done = talk(answered.doc, locale, '5', '2');
    expect(done.doc!.checkins).toHaveLength(1);
    expect(done.doc!.events.filter((event) => event.type === 'pump')).toEqual([]);
  });

  it(`«${list}» keeps its three sessions`, () => {
    expect(talk(atPumping(), locale, list).doc!.draft?.checkin?.values.pumpMl).toEqual([10, 0, 15]);
  });
});
