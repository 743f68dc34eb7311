import type { Locale } from '../../src/mother/profile';
import { onboarded, replyKeys, talk } from './support/day-three';

/**
 * A helper found «ja» and «nei» to «Var bleien våt?» answered «Det forsto jeg ikke helt», and nothing stored:
 * the diaper also waited for its stool, which was never asked. «ja» is a wet diaper; «nei» asks the stool's
 * colour next (with «Ingen» among the buttons), keeping that it was not wet.
 */
describe.each<[Locale, string, string, string, string]>([
  ['nb', 'skiftet bleie', 'ja', 'nei', 'gul'],
  ['nn', 'bytta bleie', 'ja', 'nei', 'gul'],
  ['en', 'changed a nappy', 'yes', 'no', 'yellow'],
])('the answer to «was the diaper wet?» (%s)', (locale, diaper, yes, no, yellow) => {
  it(`«${yes}» stores a wet diaper`, () => {
    const asked = talk(onboarded(locale), locale, diaper);
    expect(replyKeys(asked.last)).toEqual(['dialog:log.askWet']);
    const out = talk(asked.doc, locale, yes);
    expect(out.doc!.events).toMatchObject([{ type: 'diaper', wet: true, stool: 'none' }]);
    expect(replyKeys(out.last)).not.toContain('dialog:missed.text');
  });

  it(`«${no}» asks the stool's colour, and «${yellow}» stores a yellow stool that was not wet`, () => {
    const asked = talk(talk(onboarded(locale), locale, diaper).doc, locale, no);
    expect(replyKeys(asked.last)).toEqual(['dialog:log.askStool']);
    expect(asked.doc!.events).toEqual([]);
    const out = talk(asked.doc, locale, yellow);
    expect(out.doc!.events).toMatchObject([{ type: 'diaper', wet: false, stool: 'yellow' }]);
  });
});
