import type { Locale } from '../../src/mother/profile';
import type { TurnContextInfo } from '../../dialogs/turn';
import { runTurns } from './support/run-turns';
import { say } from './support/day-three';

/**
 * A walk found a mother who onboarded with words common to bokmål and nynorsk («hei», «ja», «i går
 * kl 22», «begge», «nei», «kl 8») and then wrote «eg amma kl 3»: answered in bokmål all week. Her
 * first clear words after onboarding now choose her written form, once; later words do not flip it.
 */
const NOW = '2026-11-26T02:40:00.000Z';
let ids = 0;
const ctx = (channelLocale: Locale): TurnContextInfo => ({ motherId: 'm', now: NOW, channelLocale, defaultLocale: 'nb', defaultTimezone: 'Europe/Oslo', newId: () => `id-${ids++}` });
const NEUTRAL = ['hei', 'ja', 'i går kl 22', 'begge', 'nei', 'kl 8'];

describe.each<[Locale, string, Locale, string]>([
  ['nb', 'eg amma no', 'nn', 'jeg ammet nå'],
  ['nn', 'jeg ammet nå', 'nb', 'eg amma no'],
])('onboarded in words of neither form, channel %s', (channel, clear, chosen, other) => {
  it(`«${clear}» makes her ${chosen}, and it stays`, () => {
    const onboarded = runTurns(undefined, NEUTRAL.map(say), ctx(channel));
    expect(onboarded.doc!.profile).toBeDefined();
    expect(onboarded.doc!.locale).toBe(channel);
    const out = runTurns(onboarded.doc, [say(clear)], ctx(channel));
    expect(out.last.locale).toBe(chosen);
    expect(out.doc!.locale).toBe(chosen);
    expect(out.doc!.profile!.locale).toBe(chosen);
    expect(out.doc!.events.filter((event) => event.type === 'feed')).toHaveLength(1);
    const later = runTurns(out.doc, [say(other)], ctx(channel));
    expect(later.doc!.locale).toBe(chosen);
    expect(later.last.locale).toBe(chosen);
  });
});

it('a form chosen by her words while she onboarded is not reopened after', () => {
  const onboarded = runTurns(undefined, ['hei', 'ja', 'i går kl 22', 'eg ammar', 'nei', 'kl 8'].map(say), ctx('nb'));
  expect(onboarded.doc!.locale).toBe('nn');
  const out = runTurns(onboarded.doc, [say('jeg ammet nå')], ctx('nb'));
  expect(out.doc!.locale).toBe('nn');
});

it('her own form, clearly, after onboarding closes the choice: later nynorsk words do not flip her', () => {
  const onboarded = runTurns(undefined, NEUTRAL.map(say), ctx('nb'));
  const own = runTurns(onboarded.doc, [say('jeg ammet nå')], ctx('nb'));
  expect(own.doc!.locale).toBe('nb');
  const out = runTurns(own.doc, [say('eg amma no')], ctx('nb'));
  expect(out.doc!.locale).toBe('nb');
  expect(out.last.locale).toBe('nb');
});
