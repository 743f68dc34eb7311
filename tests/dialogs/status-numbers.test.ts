import { checkinDue } from '../../dialogs/handle-turn';
import { weekSummary } from '../../dialogs/week-summary';
import type { Locale } from '../../src/mother/profile';
import { openDialog } from './support/open-dialog';
import { runTurns } from './support/run-turns';
import { ctx, NOW, onboarded, say } from './support/day-three';

const STATUS: Record<Locale, string> = { nb: 'status', nn: 'status', en: 'status' };

describe.each<Locale>(['nb', 'nn', 'en'])('«status» in the middle of a check-in (%s, found in a walk)', (locale) => {
  it('counts the answers she has given so far, then the open question comes back', () => {
    const open = checkinDue(onboarded(locale), NOW).doc;
    const answered = runTurns(open, ['8', '10, 15'].map(say), ctx(locale)).doc!;
    const status = runTurns(answered, [say(STATUS[locale])], ctx(locale));
    const numbers = status.last.replies.find((reply) => reply.kind === 'text' && reply.key === 'dialog:status.numbers');
    expect(numbers).toMatchObject({ params: { feeds: 8, pumps: 2, ml: 25 } });
    expect(openDialog(status.doc)).toEqual({ name: 'checkin', step: 'wetDiapers', values: { feeds: 8, pumpMl: [10, 15] } });
  });
});

describe('her week in a picture in the middle of a check-in (found in a walk: day 4 showed no feeds after she answered 9)', () => {
  it('draws the answers she has given so far', () => {
    const open = checkinDue(onboarded('nb'), NOW).doc;
    const answered = runTurns(open, ['9', '10, 15'].map(say), ctx('nb')).doc!;
    const week = runTurns(answered, [say('uka mi')], ctx('nb')).last.replies.find((reply) => reply.kind === 'week');
    if (week?.kind !== 'week') throw new Error('no picture of her week');
    expect(week.table.days.at(-1)).toMatchObject({ day: week.table.today, breastfeeds: { count: 9, source: 'checkin' }, pumpSessionsMl: [10, 15] });
  });
});

describe('«status» for a mother who only pumps (found in a walk: «feeds 0» read as a shortfall)', () => {
  it.each<Locale>(['nb', 'nn', 'en'])('%s: her pumping first, no breastfeeds', (locale) => {
    const status = runTurns(onboarded(locale, 'pump'), [say('pumpet 20 ml'), say('status')], ctx(locale));
    const numbers = status.last.replies.find((reply) => reply.kind === 'text' && reply.key.startsWith('dialog:status.numbers'));
    expect(numbers).toMatchObject({ key: 'dialog:status.numbersPumpOnly', params: { pumps: 1, ml: 20 } });
  });
});

describe('«status» for a mother who only breastfeeds (found in a walk: «pumping og håndmelking 0», as if she were meant to pump)', () => {
  const FED: Record<Locale, string> = { nb: 'ammet nå', nn: 'amma no', en: 'fed now' };
  const EXPRESSED: Record<Locale, string> = { nb: 'håndmelket 2 ml', nn: 'handmjølka 2 ml', en: 'hand expressed 2 ml' };
  const numbersOf = (replies: ReturnType<typeof runTurns>['last']['replies']) => replies.find((reply) => reply.kind === 'text' && reply.key.startsWith('dialog:status.numbers'));

  it.each<Locale>(['nb', 'nn', 'en'])('%s: her feeds and diapers, no pumping row', (locale) => {
    const status = runTurns(onboarded(locale, 'breast'), [say(FED[locale]), say('status')], ctx(locale));
    expect(numbersOf(status.last.replies)).toMatchObject({ key: 'dialog:status.numbersBreastOnly', params: { feeds: 1 } });
  });

  it.each<Locale>(['nb', 'nn', 'en'])('%s: what she did express is shown', (locale) => {
    const status = runTurns(onboarded(locale, 'breast'), [say(EXPRESSED[locale]), say('status')], ctx(locale));
    expect(numbersOf(status.last.replies)).toMatchObject({ key: 'dialog:status.numbers', params: { pumps: 1, ml: 2 } });
  });

  it('her week in numbers at the goodbye has no pumping row either', () => {
    expect(weekSummary(onboarded('nb', 'breast'), [])[0]).toMatchObject({ key: 'checkin:summary.numbersBreastOnly' });
    expect(weekSummary(onboarded('nb', 'both'), [])[0]).toMatchObject({ key: 'checkin:summary.numbers' });
  });
});
