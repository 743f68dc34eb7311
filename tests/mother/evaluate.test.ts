import { pumpEventsFromCheckin } from '../../src/mother/checkin-events';
import { evaluate, type EvaluationInput, type EvaluationTrigger } from '../../src/mother/evaluate';
import type { CheckinAnswer, MotherEvent } from '../../src/mother/events';
import { SEVERITY_ORDER, type Finding } from '../../src/mother/findings';
import type { MotherProfile } from '../../src/mother/profile';
import type { RuleState } from '../../src/mother/rule-state';
import { checkin, expression, feed, h, milkIn, minutes, profileOf, pump, spread, wet } from './support';

/** Her log as it grows, evaluated turn by turn the way the bot does it. */
class Mother {
  events: MotherEvent[] = [];
  checkins: CheckinAnswer[] = [];
  findings: Finding[] = [];
  state: RuleState | undefined;

  constructor(readonly profile: MotherProfile) {}

  turn(trigger: EvaluationTrigger, nowHours: number): string[] {
    const input: EvaluationInput = { profile: this.profile, events: this.events, checkins: this.checkins, now: h(nowHours), trigger };
    const { fired, state } = evaluate(input, this.findings, this.state);
    this.findings.push(...fired);
    this.state = state;
    return fired.map((f) => f.code);
  }

  log(event: MotherEvent, nowHours: number): string[] {
    this.events.push(event);
    return this.turn('event', nowHours);
  }

  answer(nowHours: number, answer: Omit<CheckinAnswer, 'at'>): string[] {
    const given = checkin(nowHours, answer);
    this.events.push(...pumpEventsFromCheckin(given));
    this.checkins.push(given);
    return this.turn('checkin', nowHours);
  }
}

describe('which rules run on which trigger', () => {
  it('runs the count rules only at a check-in answer', () => {
    const mother = new Mother(profileOf('breast'));
    mother.events.push(...spread(3, 48, feed));
    expect(mother.turn('turn', 48)).not.toContain('feeds.frequency-low');
    expect(mother.turn('event', 48)).not.toContain('feeds.frequency-low');
    expect(mother.answer(48, { feeds: 3 })).toContain('feeds.frequency-low');
  });

  it('runs the event rules after an event, not on a plain turn', () => {
    const mother = new Mother(profileOf('pump'));
    mother.events.push(pump(2, 2, false));
    expect(mother.turn('turn', 2)).toEqual([]);
    expect(mother.turn('event', 2)).toEqual(['first-hour.missed', 'pump.single']);
  });

  it('runs the time-based rules on every trigger: colostrum after hour 24, watch after 72 h, delayed after 120 h', () => {
    const mother = new Mother(profileOf('pump'));
    expect(mother.log(pump(0.5, 4), 0.5)).toEqual(['first-hour.done']);
    mother.events.push(expression(10, 3));
    expect(mother.turn('turn', 23)).toEqual([]);
    expect(mother.turn('turn', 24.2)).toEqual(['colostrum.day1-low']);
    expect(mother.turn('turn', 71)).toEqual([]);
    expect(mother.turn('turn', 72.1)).toEqual(['activation.watch-72h']);
    expect(mother.turn('checkin', 119)).toEqual([]);
    expect(mother.turn('turn', 120.5)).toEqual(['activation.delayed-120h']);
  });

  it('turns pumpMl into pump sessions before the answer, so three of 20 ml or more show the milk has come in', () => {
    const mother = new Mother(profileOf('pump'));
    const fired = mother.answer(60, { pumpMl: [22, 25, 30] });
    expect(fired).toContain('activation.pump-3x20');
    expect(mother.events.filter((e) => e.type === 'pump').map((e) => e.at)).toEqual([h(60 - 3 / 3600), h(60 - 2 / 3600), h(60 - 1 / 3600)]);
  });

  it('lists the most severe finding first', () => {
    const mother = new Mother(profileOf('breast'));
    mother.events.push(feed(100));
    const fired = mother.answer(100, { feeds: 3, wetDiapers: 1, yellowStools: 0 });
    expect(fired).toEqual(expect.arrayContaining(['feeds.frequency-low', 'diapers.wet-low', 'stools.low-day4']));
    const ranks = mother.findings.map((f) => SEVERITY_ORDER.indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(mother.findings[0]?.severity).toBe('contact');
    expect(mother.findings.at(-1)?.severity).toBe('advice');
  });
});

describe('episodes', () => {
  it('fires a milestone once, and not again on the next message', () => {
    const mother = new Mother(profileOf('breast'));
    expect(mother.log({ type: 'feed', at: minutes(40) }, 1)).toEqual(['first-hour.done']);
    expect(mother.log(feed(3), 3)).toEqual([]);
    expect(mother.turn('turn', 3.5)).toEqual([]);
  });

  it('fires first-hour.done or first-hour.missed, never both', () => {
    const mother = new Mother(profileOf('breast', { firstHour: 'no' }));
    expect(mother.log(feed(2), 2)).toEqual(['first-hour.missed']);
    expect(mother.log({ type: 'feed', at: minutes(30) }, 3)).toEqual([]);
  });

  it('keeps a count episode open while it holds and fires again only after it closed', () => {
    const mother = new Mother(profileOf('breast'));
    const feedCodes = (fired: string[]) => fired.filter((code) => code.startsWith('feeds.'));
    expect(feedCodes(mother.answer(30, { feeds: 5 }))).toEqual(['feeds.frequency-low']);
    expect(mother.turn('turn', 31)).toEqual([]);
    expect(feedCodes(mother.answer(54, { feeds: 6 }))).toEqual([]);
    expect(feedCodes(mother.answer(78, { feeds: 9 }))).toEqual(['feeds.frequency-ok']);
    expect(feedCodes(mother.answer(102, { feeds: 10 }))).toEqual([]);
    expect(feedCodes(mother.answer(126, { feeds: 5 }))).toEqual(['feeds.frequency-low']);
  });

  it('leaves an episode open when she skipped the question', () => {
    const mother = new Mother(profileOf('breast'));
    expect(mother.answer(30, { feeds: 5 })).toEqual(['feeds.frequency-low']);
    mother.answer(54, { wetDiapers: 3 });
    expect(mother.answer(78, { feeds: 5 })).not.toContain('feeds.frequency-low');
  });

  it('fires diapers.wet-low again when it becomes more serious on day 4', () => {
    const mother = new Mother(profileOf('both'));
    expect(mother.answer(60, { wetDiapers: 1 })).toContain('diapers.wet-low');
    expect(mother.answer(62, { wetDiapers: 1 })).not.toContain('diapers.wet-low');
    expect(mother.answer(84, { wetDiapers: 2 })).toContain('diapers.wet-low');
    expect(mother.findings.filter((f) => f.code === 'diapers.wet-low').map((f) => f.severity)).toEqual(['advice', 'contact']);
  });

  it('fires pump.single again only after a double session closed the episode', () => {
    const mother = new Mother(profileOf('pump'));
    expect(mother.log(pump(5, 3, false), 5)).toContain('pump.single');
    expect(mother.log(pump(8, 3, false), 8)).not.toContain('pump.single');
    expect(mother.log(pump(11, 3, true), 11)).not.toContain('pump.single');
    expect(mother.log(pump(14, 3, false), 14)).toContain('pump.single');
  });

  it('never fires watch-72h or delayed-120h once an activation finding exists', () => {
    const mother = new Mother(profileOf('breast'));
    expect(mother.log(milkIn(50), 50)).toContain('activation.self-reported');
    expect(mother.turn('turn', 73)).toEqual([]);
    expect(mother.turn('turn', 121)).toEqual([]);
  });

  it('fires delayed-120h after watch-72h when nothing showed activation, each once', () => {
    const mother = new Mother(profileOf('breast'));
    expect(mother.turn('turn', 80)).toEqual(['activation.watch-72h']);
    expect(mother.turn('turn', 81)).toEqual([]);
    expect(mother.turn('turn', 125)).toEqual(['activation.delayed-120h']);
    expect(mother.turn('turn', 126)).toEqual([]);
  });

  it('without a stored rule state, treats what already fired as open instead of repeating it', () => {
    const previous: Finding[] = [{ code: 'feeds.frequency-low', severity: 'advice', at: h(30) }];
    const input: EvaluationInput = {
      profile: profileOf('breast'),
      events: [],
      checkins: [checkin(54, { feeds: 4 })],
      now: h(54),
      trigger: 'checkin',
    };
    expect(evaluate(input, previous).fired).toEqual([]);
    expect(evaluate(input, []).fired.map((f) => f.code)).toEqual(['feeds.frequency-low']);
  });

  it('keeps the state JSON-serialisable', () => {
    const mother = new Mother(profileOf('breast'));
    mother.answer(30, { feeds: 5, wetDiapers: 0 });
    expect(JSON.parse(JSON.stringify(mother.state))).toEqual(mother.state);
    expect(mother.state?.open).toEqual({ 'feeds.frequency-low': 'advice', 'diapers.wet-low': 'advice' });
  });
});

describe('a check-in never counts twice', () => {
  it('takes the larger of logged wet diapers and her answer', () => {
    const mother = new Mother(profileOf('breast'));
    // Day 3 expects 3: two logged plus an answer of 2 would be 4 if summed.
    mother.events.push(wet(69), wet(70));
    expect(mother.answer(71, { wetDiapers: 3 })).not.toContain('diapers.wet-low');
    const other = new Mother(profileOf('breast'));
    other.events.push(wet(69), wet(70));
    expect(other.answer(71, { wetDiapers: 2 })).toContain('diapers.wet-low');
  });
});

describe('whether a check-in had anything for the rules to hold', () => {
  const judgedAt = (hours: number, answer: Omit<CheckinAnswer, 'at'>, mode: MotherProfile['feedingMode'] = 'breast') =>
    evaluate({ profile: profileOf(mode), events: [], checkins: [checkin(hours, answer)], now: h(hours), trigger: 'checkin' }, []).judged;

  it('is no when every question was skipped', () => {
    expect(judgedAt(50, {})).toBe(false);
    expect(judgedAt(100, {}, 'both')).toBe(false);
  });

  it('is no before hour 24, when no count rule applies yet', () => {
    expect(judgedAt(6, { feeds: 4, wetDiapers: 0 })).toBe(false);
  });

  it('is yes when a count rule held one of her answers', () => {
    expect(judgedAt(50, { wetDiapers: 3 })).toBe(true);
    expect(judgedAt(50, { pumpMl: [] }, 'pump')).toBe(true);
  });

  it('is no after an event or a plain turn', () => {
    expect(evaluate({ profile: profileOf('breast'), events: [feed(49)], checkins: [], now: h(50), trigger: 'event' }, []).judged).toBe(false);
  });
});
