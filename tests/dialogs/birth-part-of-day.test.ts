import type { Locale } from '../../src/mother/profile';
import { runTurns } from './support/run-turns';
import { ctx, say } from './support/day-three';

// The turns run at 14:00 in Oslo on 26 November; «yesterday at 7 in the morning» is 25 November 07:00 (06:00 UTC).
describe('the birth with the part of the day after its hour (found in a walk: read as 19:00, said back, and every window of her week set from it)', () => {
  it.each<[Locale, string[]]>([
    ['en', ['hello', 'yes', 'she came yesterday at 7 in the morning']],
    ['nb', ['hei', 'ja', 'hun kom i går kl 7 om morgenen']],
    ['nn', ['hei, eg er ny her', 'ja', 'ho kom i går klokka 7 om morgonen']],
  ])('%s', (locale, messages) => {
    const doc = runTurns(undefined, messages.map(say), ctx(locale)).doc!;
    expect(doc.draft?.onboarding?.values.birthAt).toBe('2026-11-25T06:00:00.000Z');
  });
});

describe('a yes to the first-hour question with the first hour named (found in a walk: «yes i pumped within the hour» got «Please answer yes or no»)', () => {
  it.each<[Locale, string[]]>([
    ['en', ['hello', 'yes', 'yesterday at 3am', 'pumping', 'yes i pumped within the hour']],
    ['nb', ['hei', 'ja', 'i går kl 15', 'pumper', 'ja jeg pumpet innen en time']],
    ['nn', ['hei, eg er ny her', 'ja', 'i går kl 15', 'pumpar', 'ja eg pumpa innan ein time']],
  ])('%s', (locale, messages) => {
    const doc = runTurns(undefined, messages.map(say), ctx(locale)).doc!;
    expect(doc.draft?.onboarding?.values.firstHour).toBe('yes');
  });
});
