import { handleTurn } from '../../dialogs/handle-turn';
import type { TurnContextInfo, TurnInput, TurnOutcome } from '../../dialogs/turn';
import { t } from '../../src/support/i18n';
import type { Locale } from '../../src/mother/profile';
import { render } from '../../src/edge/render';
import type { MotherDocument } from '../../src/store/mother-document';
import { runTurns } from './support/run-turns';
import { openDialog } from './support/open-dialog';

const NOW = '2026-11-26T13:00:00.000Z'; // Thursday 26 November, 14:00 in Oslo, day 3
const BIRTH = '2026-11-24T02:10:00.000Z';
const IMPOSSIBLE_KEY = 'common:invalid.impossible-time';
let ids = 0;
const ctx = (locale: Locale, now = NOW): TurnContextInfo => ({
  motherId: 'm', now, channelLocale: locale, defaultLocale: 'nb', defaultTimezone: 'Europe/Oslo', newId: () => `id-${ids++}`,
});
const say = (text: string): TurnInput => ({ kind: 'message', text });
const tap = (value: Record<string, unknown>): TurnInput => ({ kind: 'message', text: '', value });
const keys = (outcome: TurnOutcome) => outcome.replies.map((r) => (r.kind === 'text' ? r.key : r.kind));
const onboarded = (locale: Locale): MotherDocument =>
  runTurns(undefined, [tap({ action: 'onboard', birthAt: BIRTH, feedingMode: 'both', checkInTime: '09:00', timezone: 'Europe/Oslo', consent: true })], ctx(locale)).doc!;
/** An instant given as Oslo local time on a day in November 2026 (UTC+1). */
const oslo = (day: number, time: string) => new Date(`2026-11-${String(day).padStart(2, '0')}T${time}:00+01:00`).toISOString();
const logged = (doc: MotherDocument | undefined) => (doc?.events ?? []).filter((e) => e.type !== 'symptom');

/** She types a time that does not exist: at least twelve ways, in her three languages. */
const IMPOSSIBLE: Array<[Locale, string]> = [
  ['nb', 'ammet kl 25:99'],
  ['nb', 'ammet kl 24:30'],
  ['nb', 'ammet kl 14:75'],
  ['nb', 'ammet kl 9.60'],
  ['nb', 'ammet kl 24'],
  ['nb', 'ammet i går kl 26'],
  ['nb', 'pumpet 20 ml kl 25'],
  ['nb', 'bleie våt og gul kl 03:75'],
  ['nb', 'bæsjebleie kl 25'],
  ['nb', 'pumpet kl 31'],
  ['nn', 'amma klokka 31'],
  ['nn', 'amma klokka 24:30'],
  ['nn', 'pumpa 20 ml klokka 9.60'],
  ['nn', 'våt bleie i går klokka 26'],
  ['en', 'fed at 25:00'],
  ['en', 'fed at 13am'],
  ['en', 'fed yesterday at 26:00'],
  ['en', 'pumped 20 ml at 24:30'],
  ['en', 'wet diaper at 25'],
];

describe('a time that does not exist: nothing stored, one clear reply', () => {
  test.each(IMPOSSIBLE)('(%s) "%s"', (locale, message) => {
    const before = onboarded(locale);
    const out = handleTurn(before, say(message), ctx(locale));
    expect(keys(out)).toEqual([IMPOSSIBLE_KEY]);
    expect(out.doc).toBeUndefined();
    // nothing is asked either: no "yesterday?" and no "what colour?" waiting for her next message
    const after = runTurns(before, [say(message)], ctx(locale)).doc;
    expect(logged(after)).toEqual(logged(before));
    expect(openDialog(after)).toEqual(openDialog(before));
  });

  test.each<[Locale, string]>([
    ['nb', 'ammet kl 8 og kl 25'],
    ['nb', 'ammet kl 8, pumpet 20 ml kl 25'],
    ['nb', 'pumpet 20 ml kl 25 og 30 ml kl 9'],
    ['nn', 'amma klokka 8 og våt bleie klokka 24:30'],
    ['en', 'fed at 8 and at 25:00'],
    ['en', 'fed at 8, pumped 20 ml at 9:75'],
  ])('(%s) "%s": one wrong time among several refuses the whole message, nothing half-stored', (locale, message) => {
    const before = onboarded(locale);
    const { doc, last } = runTurns(before, [say(message)], ctx(locale));
    expect(keys(last)).toEqual([IMPOSSIBLE_KEY]);
    expect(logged(doc)).toEqual(logged(before));
  });

  test('just after midnight, "kl 25" is refused at once, not offered as yesterday', () => {
    const justAfterMidnight = '2026-11-26T23:05:00.000Z'; // 00:05 on the 27th in Oslo
    const before = onboarded('nb');
    const out = handleTurn(before, say('ammet kl 24:30'), ctx('nb', justAfterMidnight));
    expect(keys(out)).toEqual([IMPOSSIBLE_KEY]);
    expect(out.doc).toBeUndefined();
  });

  test('while a value is asked for, a log with a time that does not exist is refused and stores nothing', () => {
    const asked = runTurns(onboarded('nb'), [say('pumpet')], ctx('nb')).doc!;
    expect(openDialog(asked)?.name).toBe('pending-log');
    const { doc, last } = runTurns(asked, [say('ammet kl 25')], ctx('nb'));
    expect(keys(last)).toEqual([IMPOSSIBLE_KEY]);
    expect(logged(doc)).toEqual(logged(asked));
  });

  test.each<Locale>(['nb', 'nn', 'en'])('the reply is a sentence in her language (%s), with a time written as it should be', (locale) => {
    const out = handleTurn(onboarded(locale), say({ nb: 'ammet kl 25:99', nn: 'amma klokka 25:99', en: 'fed at 25:99' }[locale]), ctx(locale));
    const shown = render(out.replies, locale).map((activity) => activity.text ?? '').join('\n');
    expect(shown).toBe(t(locale, IMPOSSIBLE_KEY));
    expect(shown).not.toContain('invalid.');
    expect(shown).toMatch(/14[.:]30/);
  });
});

describe('valid times, edge cases included, are stored at the time she said', () => {
  test.each<[Locale, string, string, Record<string, unknown>]>([
    ['nb', 'ammet kl 00:00', oslo(26, '00:00'), { type: 'feed' }],
    ['nb', 'ammet i går kl 23:59', oslo(25, '23:59'), { type: 'feed' }],
    ['nb', 'ammet kl 9', oslo(26, '09:00'), { type: 'feed' }],
    ['nb', 'ammet kl 09.05', oslo(26, '09:05'), { type: 'feed' }],
    ['nb', 'ammet kl 9,30', oslo(26, '09:30'), { type: 'feed' }],
    ['nb', 'ammet halv ti', oslo(26, '09:30'), { type: 'feed' }],
    ['nb', 'ammet for 20 min siden', oslo(26, '13:40'), { type: 'feed' }],
    ['nb', 'pumpet 25 ml', NOW, { type: 'pump', ml: 25 }],
    ['nb', 'pumpet 25 ml kl 13.30', oslo(26, '13:30'), { type: 'pump', ml: 25 }],
    ['nb', 'bleie våt og gul kl 03:15', oslo(26, '03:15'), { type: 'diaper', wet: true, stool: 'yellow' }],
    ['nb', 'ammet 25.11 kl 3', oslo(25, '03:00'), { type: 'feed' }],
    ['nb', 'ammet ved midnatt', oslo(26, '00:00'), { type: 'feed' }],
    ['nn', 'amma klokka 23.10 i går', oslo(25, '23:10'), { type: 'feed' }],
    ['nn', 'amma kl 8', oslo(26, '08:00'), { type: 'feed' }],
    ['en', 'fed at 13pm', oslo(26, '13:00'), { type: 'feed' }],
    ['en', 'fed at 12am', oslo(26, '00:00'), { type: 'feed' }],
    ['en', 'pumped 25 ml at 9:05', oslo(26, '09:05'), { type: 'pump', ml: 25 }],
    ['en', 'fed 20 minutes ago', oslo(26, '13:40'), { type: 'feed' }],
  ])('(%s) "%s" is stored at %s', (locale, message, at, event) => {
    const before = onboarded(locale);
    const { doc, last } = runTurns(before, [say(message)], ctx(locale));
    expect(keys(last)).not.toContain(IMPOSSIBLE_KEY);
    const added = logged(doc).slice(logged(before).length);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject(event);
    expect(Date.parse(added[0]!.at)).toBe(Date.parse(at));
  });

  test('"kl 23:59" a moment before midnight is stored at 23:59', () => {
    const before = onboarded('nb');
    const { doc } = runTurns(before, [say('ammet kl 23:59')], ctx('nb', '2026-11-26T22:59:30.000Z'));
    const added = logged(doc).slice(logged(before).length);
    expect(added.map((e) => [e.type, Date.parse(e.at)])).toEqual([['feed', Date.parse('2026-11-26T22:59:00Z')]]);
  });

  test('"kl 8 og kl 9" with both times valid stores both', () => {
    const before = onboarded('nb');
    const { doc } = runTurns(before, [say('ammet kl 8 og ammet kl 9')], ctx('nb'));
    expect(logged(doc).slice(logged(before).length).map((e) => Date.parse(e.at))).toEqual([oslo(26, '08:00'), oslo(26, '09:00')].map(Date.parse));
  });
});
