import type { Locale } from '../../src/mother/profile';
import { runTurns } from './support/run-turns';
import { ctx, NOW, onboarded, replyKeys, say, talk } from './support/day-three';

const diapers = (doc: { events: ReadonlyArray<{ type: string }> } | undefined) => (doc?.events ?? []).filter((event) => event.type === 'diaper');
const later = (locale: Locale, minutes: number) => ({ ...ctx(locale), now: new Date(Date.parse(NOW) + minutes * 60_000).toISOString() });

/**
 * A helper found «våt bleie», then «nei det var bæsj», then «gul» stored two diapers (a wet one and a yellow
 * one), and «angre» took back the second only. A log of the same kind that opens with a correction replaces
 * her last log, when that was logged alone within the hour; she is told what it replaced.
 */
describe.each<[Locale, string, string, string]>([
  ['nb', 'våt bleie', 'nei det var bæsj', 'gul'],
  ['nn', 'våt bleie', 'nei det var bæsj', 'gul'],
  ['en', 'wet nappy', 'no it was a poo', 'yellow'],
])('«no, it was …» of the same kind (%s)', (locale, wet, poo, yellow) => {
  it(`«${wet}», «${poo}», «${yellow}» is one yellow diaper`, () => {
    const asked = talk(talk(onboarded(locale), locale, wet).doc, locale, poo);
    expect(replyKeys(asked.last)).toEqual(['dialog:log.replaced', 'common:logged.line.diaper', 'dialog:log.askStool']);
    const out = talk(asked.doc, locale, yellow);
    expect(diapers(out.doc)).toMatchObject([{ type: 'diaper', stool: 'yellow' }]);
  });

  it('an hour and more later it is a diaper of its own', () => {
    const first = talk(onboarded(locale), locale, wet).doc;
    const asked = runTurns(first, [say(poo)], later(locale, 70));
    expect(replyKeys(asked.last)).not.toContain('dialog:log.replaced');
    expect(diapers(asked.doc)).toHaveLength(1);
  });

  it('after a log of another kind, nothing is replaced', () => {
    const fed = talk(onboarded(locale), locale, locale === 'en' ? 'fed now' : 'ammet nå').doc;
    const asked = talk(fed, locale, poo);
    expect(replyKeys(asked.last)).not.toContain('dialog:log.replaced');
    expect(asked.doc!.events.filter((event) => event.type === 'feed')).toHaveLength(1);
  });
});
