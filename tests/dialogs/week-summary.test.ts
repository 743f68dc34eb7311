import { weekSummary } from '../../dialogs/week-summary';
import { NOW, onboarded } from './support/day-three';

describe('her week in numbers at the goodbye (found in a walk: «bleier 0» after she had answered 6 wet diapers and 2 yellow stools)', () => {
  it('diapers she told at check-ins count, the larger of wet and yellow of each (they may be the same diapers)', () => {
    const doc = { ...onboarded('nb', 'breast'), checkins: [{ at: NOW, feeds: 8, wetDiapers: 6, yellowStools: 2 }, { at: NOW, wetDiapers: 1, yellowStools: 3 }] };
    expect(weekSummary(doc, [])[0]).toMatchObject({ key: 'checkin:summary.numbersBreastOnly', params: { feeds: 8, diapers: 9 } });
  });

  it('diapers she logged one by one count when they are more', () => {
    const base = onboarded('nb', 'breast');
    const diaper = { type: 'diaper' as const, at: NOW, wet: true, stool: 'none' as const, id: 'd', entry: 'e', loggedAt: NOW };
    const doc = { ...base, events: [diaper, { ...diaper, id: 'd2' }, { ...diaper, id: 'd3' }], checkins: [{ at: NOW, wetDiapers: 2 }] };
    expect(weekSummary(doc, [])[0]).toMatchObject({ params: { diapers: 3 } });
  });

  it('a mother who only pumps: her pumping first, no breastfeeds at 0', () => {
    expect(weekSummary(onboarded('nb', 'pump'), [])[0]).toMatchObject({ key: 'checkin:summary.numbersPumpOnly' });
  });
});

describe('her week in numbers counts what she logged outside the check-ins (found in a walk: a feed logged on day 1 and «10» at the day-3 check-in gave «amming 10»)', () => {
  const DAY = 24 * 3_600_000;
  const at = (ms: number) => new Date(Date.parse(NOW) + ms).toISOString();
  const event = (type: 'feed' | 'diaper', ms: number, id: string) =>
    type === 'feed' ? { type, at: at(ms), id, entry: id, loggedAt: at(ms) } : { type, at: at(ms), wet: true, stool: 'none' as const, id, entry: id, loggedAt: at(ms) };

  it('a feed and a diaper logged two days before her check-in count beside its answer', () => {
    const doc = { ...onboarded('nb', 'breast'), events: [event('feed', -2 * DAY, 'f'), event('diaper', -2 * DAY, 'd')], checkins: [{ at: NOW, feeds: 10, wetDiapers: 6 }] };
    expect(weekSummary(doc, [])[0]).toMatchObject({ params: { feeds: 11, diapers: 7 } });
  });

  it('feeds logged inside a check-in\'s 24 h are the same feeds as its answer, counted once', () => {
    const doc = { ...onboarded('nb', 'breast'), events: [event('feed', -3_600_000, 'f1'), event('feed', -7_200_000, 'f2')], checkins: [{ at: NOW, feeds: 8 }] };
    expect(weekSummary(doc, [])[0]).toMatchObject({ params: { feeds: 8 } });
  });
});
