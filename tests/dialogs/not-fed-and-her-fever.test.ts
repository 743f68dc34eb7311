import { checkinDue } from '../../dialogs/handle-turn';
import type { Locale } from '../../src/mother/profile';
import { NOW, onboarded, replyKeys, talk } from './support/day-three';

/**
 * Found by helpers living a week as mothers: «hun har ikke ammet på hele døgnet» was answered «amm hver
 * 2.–3. time», and in the check-in «hun har ikke ammet i det hele tatt» offered topics to choose: a baby
 * who has not been breastfed all day is not feeding (RULES.md, red-flag.urgent), as «hun har ikke spist på
 * 24 timer» already was. «jeg har 39 i feber» got «Det forsto jeg ikke helt»: her own fever is declined
 * honestly, with whom to call; with chills it stays urgent.
 */
describe.each<[Locale, string[], string, string, string]>([
  ['nb', ['hun har ikke ammet på hele døgnet', 'har ikke ammet siden i går'], 'jeg har ikke ammet på 3 timer', 'jeg har 39 i feber', 'jeg har feber og frysninger'],
  ['nn', ['ho har ikkje amma i heile dag'], 'eg har ikkje amma på 3 timar', 'eg har 39 i feber', 'eg har feber og frysningar'],
  ['en', ['she hasnt breastfed all day'], 'i havent breastfed for 3 hours', 'i have a fever of 39', 'i have a fever and chills'],
])('not fed, and her own fever (%s)', (locale, notFed, aWhile, herFever, withChills) => {
  it.each(notFed)('«%s» is answered as a baby not feeding: call now', (message) => {
    expect(replyKeys(talk(onboarded(locale, 'breast'), locale, message).last)[0]).toBe('red-flag.urgent');
  });

  it('in the check-in too, before anything is asked again', () => {
    const open = checkinDue(onboarded(locale, 'breast'), NOW).doc;
    const out = talk(open, locale, notFed[0]!);
    expect(replyKeys(out.last)[0]).toBe('red-flag.urgent');
    expect(replyKeys(out.last).some((key) => key.startsWith('checkin:question.'))).toBe(false);
  });

  it(`«${aWhile}», a few hours, is no alarm`, () => {
    expect(replyKeys(talk(onboarded(locale, 'breast'), locale, aWhile).last)).not.toContain('red-flag.urgent');
  });

  it(`«${herFever}» gets whom to ask and when to call, and nothing is stored`, () => {
    const out = talk(onboarded(locale, 'breast'), locale, herFever);
    expect(replyKeys(out.last)).toEqual(['topics:ui.decline']);
    expect(out.doc?.events ?? []).toEqual([]);
  });

  it(`«${withChills}» stays urgent`, () => {
    expect(replyKeys(talk(onboarded(locale, 'breast'), locale, withChills).last)[0]).toBe('red-flag.urgent');
  });
});
