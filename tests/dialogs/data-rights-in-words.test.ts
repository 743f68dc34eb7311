import type { Locale } from '../../src/mother/profile';
import { onboarded, replyKeys, talk } from './support/day-three';

/**
 * The welcome promises a copy of her data whenever she asks, yet a helper found «kan jeg få en kopi av dataene
 * mine?» declined with «Ved fare for liv: 113», «jeg vil slette alt om meg» not understood, and «nei vent, ikke
 * slett» after «slett alt» answered «Det forsto jeg ikke helt» (nothing was deleted, but she was not told).
 */
describe.each<[Locale, string, string, string]>([
  ['nb', 'kan jeg få en kopi av dataene mine?', 'jeg vil slette alt om meg', 'nei vent, ikke slett'],
  ['nn', 'kan eg få ein kopi av dataa mine?', 'eg vil slette alt om meg', 'nei vent'],
  ['en', 'can i get a copy of my data', 'please delete everything you have on me', 'no wait'],
])('her data rights in her words (%s)', (locale, copy, deleteAll, noWait) => {
  it(`«${copy}» gives her the copy`, () => {
    expect(replyKeys(talk(onboarded(locale), locale, copy).last)).toEqual(['export']);
  });

  it(`«${deleteAll}» asks before deleting, and «${noWait}» keeps everything and says so`, () => {
    const asked = talk(onboarded(locale), locale, deleteAll);
    expect(replyKeys(asked.last)).toEqual(['dialog:delete.confirm']);
    const kept = talk(asked.doc, locale, noWait);
    expect(replyKeys(kept.last)).toEqual(['dialog:delete.kept']);
    expect(kept.doc).toBeDefined();
  });
});
