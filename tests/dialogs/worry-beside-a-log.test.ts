import type { Locale } from '../../src/mother/profile';
import { onboarded, replyKeys, talk } from './support/day-three';

/**
 * A helper, as a mother who pumps, found «pumper men får nesten ingenting, blir hun sulten?» and «hun nekter
 * pupp så jeg har begynt å pumpe» answered «Hvor mye fikk du?»: a message with nothing to store but a value to
 * ask, and a question mark, is her question; «har begynt å pumpe» is what she does now, not one session.
 */
describe.each<[Locale, string, string]>([
  ['nb', 'pumper men får nesten ingenting, blir hun sulten?', 'hun nekter pupp så jeg har begynt å pumpe'],
  ['nn', 'pumpar men får nesten ingenting, blir ho svolten?', 'ho nektar pupp så eg har begynt å pumpe'],
  ['en', 'im pumping but barely getting anything, is she going hungry?', 'she refuses the breast so i started pumping, what do i do?'],
])('a worry beside a log (%s)', (locale, hungry, refuses) => {
  it.each([hungry, refuses])('«%s» is not asked for its ml, and nothing is stored', (message) => {
    const out = talk(onboarded(locale), locale, message);
    expect(replyKeys(out.last)).not.toContain('dialog:log.askPumpMl');
    expect(out.doc?.events ?? []).toEqual([]);
  });
});
