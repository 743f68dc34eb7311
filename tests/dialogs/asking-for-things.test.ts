import type { Locale } from '../../src/mother/profile';
import { runTurns } from './support/run-turns';
import { ctx, onboarded, replyKeys, say, talk } from './support/day-three';

/**
 * A helper found the week, the summary and a pause answered only to their exact words («vis meg uka» not
 * understood, «jeg vil ha en oppsummering» not understood, «pause the check ins» unsure), and «hva lagrer du?»
 * at the consent question answered with how to store breast milk.
 */
describe.each<[Locale, string, string, string, string]>([
  ['nb', 'vis meg uka', 'jeg vil ha en oppsummering', 'kan du slutte å sende meg meldinger en stund', 'hva lagrer du?'],
  ['nn', 'vis meg veka', 'eg vil ha eit samandrag', 'pause sjekkane', 'kva lagrar du?'],
  ['en', 'show me my week', 'i want a summary', 'pause the check ins', 'what happens to my data?'],
])('asking for things in her words (%s)', (locale, week, summary, pause, privacy) => {
  it(`«${week}» shows her week`, () => {
    expect(replyKeys(talk(onboarded(locale), locale, week).last)).toContain('week');
  });

  it(`«${summary}» gives the summary for the midwife`, () => {
    expect(replyKeys(talk(onboarded(locale), locale, summary).last)).toContain('summary');
  });

  it(`«${pause}» pauses the check-ins`, () => {
    expect(talk(onboarded(locale), locale, pause).doc!.checkInsPaused).toBe(true);
  });

  it(`«${privacy}» at the consent question says what is stored, and asks again`, () => {
    const welcomed = runTurns(undefined, [say(locale === 'en' ? 'hello' : 'hei')], ctx(locale));
    const out = runTurns(welcomed.doc, [say(privacy)], ctx(locale));
    expect(replyKeys(out.last)[0]).toBe('common:welcome.privacy');
  });
});
