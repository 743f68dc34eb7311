import { weekChartText } from '../../src/edge/picture/week-chart-text';
import { summaryView } from '../../src/edge/summary/summary-view';
import { midwifeSummary } from '../../src/mother/midwife-summary';
import { dayNumber } from '../../src/mother/time';
import { weekTable, type WeekSource } from '../../src/mother/week-table';
import { fixtureWeek, FIXTURE_NOW } from '../picture/week-fixture';

/**
 * A helper found a day she skipped the feeds question on («eg veit ikkje») and logged no feed shown to the
 * jordmor as «0» breastfeeds, and as a 0 in her week picture: what she neither logged nor answered is a dash,
 * which the summary explains, never a count of none. A check-in answer of 0 stays 0.
 */
const breast = fixtureWeek('breast');
const onDay4 = (at: string) => dayNumber(breast.profile, at) === 4;
const feedsUntold: WeekSource = {
  ...breast,
  events: breast.events.filter((event) => !(event.type === 'feed' && onDay4(event.at))),
  checkins: breast.checkins.map((answer) => (onDay4(answer.at) ? { ...answer, feeds: undefined } : answer)),
};

describe('a count she neither logged nor answered', () => {
  it('is a dash in the summary table, with a note that says it is not a zero', () => {
    const view = summaryView(midwifeSummary(feedsUntold, FIXTURE_NOW), 'nn', FIXTURE_NOW);
    expect(view.table[4]![0]).toBe('4');
    expect(view.table[4]![1]).toBe('–');
    expect(view.notToldNote).toBe('– korkje ført eller oppgitt i den daglege sjekken; det tyder ikkje at det var null');
    expect(summaryView(midwifeSummary(breast, FIXTURE_NOW), 'nn', FIXTURE_NOW).notToldNote).toBeUndefined();
  });

  it('is a dash in the picture\'s words', () => {
    expect(weekChartText(weekTable(feedsUntold, FIXTURE_NOW), 'en').alt).toMatch(/Breastfeeds per day: \d+, \d+, \d+, –, /);
  });

  it('is 0 when her check-in answer said 0', () => {
    const day4Answer = { at: new Date(Date.parse(breast.profile.birthAt) + 80 * 3_600_000).toISOString(), feeds: 0 };
    const answeredNone: WeekSource = { ...feedsUntold, checkins: [...feedsUntold.checkins, day4Answer] };
    expect(weekTable(answeredNone, FIXTURE_NOW).days[3]!.breastfeeds.source).not.toBe('none');
    expect(summaryView(midwifeSummary(answeredNone, FIXTURE_NOW), 'nn', FIXTURE_NOW).table[4]![1]).toBe('0');
  });
});
