import { weekSummary } from '../../dialogs/week-summary';
import { NOW, onboarded } from './support/day-three';

describe('her week in numbers at the goodbye (found in a walk: «bleier 0» after she had answered 6 wet diapers and 2 yellow stools)', () => {
  it('diapers she told at check-ins count, the larger of wet and yellow of each (they may be the same diapers)', () => {
    const doc = { ...onboarded('nb', 'breast'), checkins: [{ at: NOW, feeds: 8, wetDiapers: 6, yellowStools: 2 }, { at: NOW, wetDiapers: 1, yellowStools: 3 }] };
    expect(weekSummary(doc, [])[0]).toMatchObject({ key: 'checkin:summary.numbers', params: { feeds: 8, diapers: 9 } });
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
