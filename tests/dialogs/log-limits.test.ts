import { handleTurn } from '../../dialogs/handle-turn';
import { runTurns } from './support/run-turns';
import { checkinDue } from '../../dialogs/handle-turn';
import { atState, openDialog } from './support/open-dialog';
import type { TurnInput, TurnOutcome } from '../../dialogs/turn';
import { kindOverDailyCount } from '../../src/mother/log-limits';
import { MAX_DAILY_COUNT, MAX_EVENTS_PER_MESSAGE, MAX_SESSION_ML } from '../../src/mother/limits';
import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { BIRTH, ctx, NOW, say, tap } from './support/day-three';

const minutesAgo = (minutes: number) => new Date(Date.parse(NOW) - minutes * 60_000).toISOString();

const run = (doc: MotherDocument | undefined, inputs: TurnInput[], locale: Locale = 'nb') => runTurns(doc, inputs, ctx(locale));

const keys = (outcome: TurnOutcome) => outcome.replies.map((r) => (r.kind === 'text' ? r.key : r.kind === 'findings' ? r.lead.code : r.kind));
const onboarded = (locale: Locale, mode = 'both'): MotherDocument =>
  run(undefined, [tap({ action: 'onboard', birthAt: BIRTH, feedingMode: mode, checkInTime: '09:00', timezone: 'Europe/Oslo', consent: true })], locale).doc!;
/** `count` events of one kind logged by card, 40 minutes apart, the last 40 minutes ago: all within 24 hours. */
const withLogged = (doc: MotherDocument, count: number, value: Record<string, unknown>, locale: Locale): MotherDocument =>
  run(doc, Array.from({ length: count }, (_, k) => tap({ action: 'log', ...value, at: minutesAgo(40 * (k + 1)) })), locale).doc!;
const kinds = (doc: MotherDocument | undefined, type: string) => (doc?.events ?? []).filter((e) => e.type === type).length;

/** A message that logs `n` events of one kind, in each language. */
const feeds = { nb: (n: number) => Array(n).fill('ammet').join(', '), nn: (n: number) => Array(n).fill('amma').join(', '), en: (n: number) => Array(n).fill('fed').join(', ') };
const feedCount = { nb: (n: number) => `ammet ${n} ganger`, nn: (n: number) => `amma ${n} gonger`, en: (n: number) => `fed ${n} times` };
const pumps = { nb: 'pumpet 400 ml, ', nn: 'pumpa 400 ml, ', en: 'pumped 400 ml, ' };

describe('the limits are one set, shared by cards, typed text and the language parser', () => {
  it('says 500 ml a session, 30 a day, 10 a message', () => {
    expect([MAX_SESSION_ML, MAX_DAILY_COUNT, MAX_EVENTS_PER_MESSAGE]).toEqual([500, 30, 10]);
  });
});

describe('a day\'s limit: 30 of one kind within any 24 hours', () => {
  const feed = (at: string) => ({ type: 'feed' as const, at });
  const day = (count: number, lastAt = NOW) => Array.from({ length: count }, (_, k) => feed(new Date(Date.parse(lastAt) - k * 40 * 60_000).toISOString()));

  it('30 fits; a 31st within 24 hours does not; another kind is counted apart', () => {
    expect(kindOverDailyCount(day(29), [feed(NOW)])).toBeUndefined();
    expect(kindOverDailyCount(day(30), [feed(NOW)])).toBe('feed');
    expect(kindOverDailyCount(day(29), [feed(NOW), feed(NOW)])).toBe('feed');
    expect(kindOverDailyCount(day(30), [{ type: 'pump', at: NOW }])).toBeUndefined();
  });

  it('a full day long ago does not block today, and a window is any 24 hours, not a calendar day', () => {
    // 31 in one day, kept from before this limit: they stay, and do not block a log two days later
    const longAgo = day(31, '2026-11-24T23:00:00.000Z');
    expect(kindOverDailyCount(longAgo, [feed(NOW)])).toBeUndefined();
    // 30 from yesterday evening until now: one more just before them is within 24 hours of all of them
    expect(kindOverDailyCount(day(30, NOW), [feed(minutesAgo(30 * 40 + 10))])).toBe('feed');
    expect(kindOverDailyCount(day(30, NOW), [feed(minutesAgo(24 * 60 + 30 * 40))])).toBeUndefined();
  });
});

describe.each<Locale>(['nb', 'nn', 'en'])('typed text is held to the card limits (%s)', (locale) => {
  it('one message logs at most 10 events: 11 feeds are refused whole, 10 are logged', () => {
    const before = onboarded(locale);
    const eleven = handleTurn(before, say(feeds[locale](11)), ctx(locale));
    expect(eleven.doc).toBeUndefined();
    expect(keys(eleven)).toEqual(['common:invalid.too-many-at-once']);
    const ten = handleTurn(before, say(feeds[locale](10)), ctx(locale));
    expect(kinds(ten.doc as MotherDocument, 'feed')).toBe(10);
  });

  it('a count is held to it too: "11 times" is refused, "10 times" is logged', () => {
    const before = onboarded(locale);
    expect(keys(handleTurn(before, say(feedCount[locale](11)), ctx(locale)))).toEqual(['common:invalid.too-many-at-once']);
    expect(kinds(handleTurn(before, say(feedCount[locale](10)), ctx(locale)).doc as MotherDocument, 'feed')).toBe(10);
  });

  it('"pumped 400 ml, " forty times: nothing stored, a clear reply, no finding', () => {
    const before = onboarded(locale);
    const out = handleTurn(before, say(pumps[locale].repeat(40)), ctx(locale));
    expect(out.doc).toBeUndefined();
    expect(keys(out)).toEqual(['common:invalid.too-many-at-once']);
    expect(out.replies.some((r) => r.kind === 'findings')).toBe(false);
  });

  it('eleven feeds at a time later today are refused at once, not asked about ("yesterday?") first', () => {
    const later = { nb: 'ammet kl 15', nn: 'amma kl 15', en: 'fed at 15:00' }[locale];
    const one = handleTurn(onboarded(locale), say(later), ctx(locale));
    expect(keys(one)).toEqual(['dialog:log.yesterday']);
    const out = handleTurn(onboarded(locale), say(Array(11).fill(later).join(', ')), ctx(locale));
    expect(out.doc).toBeUndefined();
    expect(keys(out)).toEqual(['common:invalid.too-many-at-once']);
  });

  it('eleven sessions still waiting for their volume are refused before she is asked', () => {
    const out = handleTurn(onboarded(locale), say(Array(11).fill(locale === 'en' ? 'pumped' : 'pumpet').join(', ')), ctx(locale));
    expect(out.doc).toBeUndefined();
    expect(keys(out)).toEqual(['common:invalid.too-many-at-once']);
  });

  it('never past a day\'s limit: 29 feeds and 2 more are refused, 1 more is logged', () => {
    const day = withLogged(onboarded(locale), 29, { type: 'feed' }, locale);
    const two = handleTurn(day, say(feedCount[locale](2)), ctx(locale));
    expect(two.doc).toBeUndefined();
    expect(keys(two)).toEqual(['common:invalid.day-limit']);
    const one = handleTurn(day, say(feeds[locale](1)), ctx(locale));
    expect(kinds(one.doc as MotherDocument, 'feed')).toBe(30);
  });

  it('a log card is held to the same day\'s limit', () => {
    const day = withLogged(onboarded(locale), 30, { type: 'feed' }, locale);
    const out = handleTurn(day, tap({ action: 'log', type: 'feed' }), ctx(locale));
    expect(out.doc).toBeUndefined();
    expect(keys(out)).toEqual(['common:invalid.day-limit']);
    expect(kinds(handleTurn(day, tap({ action: 'log', type: 'pump', ml: 20 }), ctx(locale)).doc as MotherDocument, 'pump')).toBe(1);
  });

  it('sessions still waiting for their volume count against the day before she is asked', () => {
    const day = withLogged(onboarded(locale), 29, { type: 'pump', ml: 20 }, locale);
    const word = locale === 'en' ? 'pumped' : 'pumpet';
    const out = handleTurn(day, say(`${word}, ${word}`), ctx(locale));
    expect(out.doc).toBeUndefined();
    expect(keys(out)).toEqual(['common:invalid.day-limit']);
  });

  it('a volume asked for later is held to the day\'s limit when it comes', () => {
    const day = withLogged(onboarded(locale), 29, { type: 'pump', ml: 20 }, locale);
    const asked = run(day, [say(locale === 'en' ? 'pumped' : 'pumpet')], locale).doc!;
    expect(openDialog(asked)?.name).toBe('pending-log');
    // meanwhile a 30th session comes by card; the answer would be the 31st
    const full = run(asked, [tap({ action: 'log', type: 'pump', ml: 20 })], locale).doc!;
    const pending = atState(full, { onboarded: 'pendingLog' }, { pending: asked.draft!.pending! });
    for (const answer of ['25', '25 ml']) {
      const out = handleTurn(pending, say(answer), ctx(locale));
      expect(keys(out)).toEqual(['common:invalid.day-limit']);
      expect(kinds(out.doc ?? pending, 'pump')).toBe(30);
    }
  });

  it('a "yes, yesterday" is held to the day\'s limit too', () => {
    const day = withLogged(onboarded(locale), 30, { type: 'feed' }, locale);
    const asking = atState(day, { onboarded: 'confirmLog' }, { yesterday: [{ type: 'feed', at: minutesAgo(60 * 13) }] });
    const out = handleTurn(asking, say(locale === 'en' ? 'yes' : 'ja'), ctx(locale));
    expect(keys(out)).toEqual(['common:invalid.day-limit']);
    expect(kinds(out.doc as MotherDocument, 'feed')).toBe(30);
  });
});

describe.each<Locale>(['nb', 'en'])('check-in answers are held to the same limits (%s)', (locale) => {
  const inCheckin = (doc: MotherDocument, step: string): MotherDocument => {
    const { doc: asked } = checkinDue(doc, NOW);
    return atState(asked, { onboarded: { checkin: step } });
  };

  it('a typed count above 30 is refused and the question asked again', () => {
    const out = handleTurn(inCheckin(onboarded(locale), 'feeds'), say('31'), ctx(locale));
    expect(out.doc).toBeUndefined();
    expect(keys(out)).toEqual(['common:invalid.count-range', 'checkin:question.feeds']);
  });

  it('a card count above 30 is refused and nothing is stored', () => {
    const before = onboarded(locale);
    const out = handleTurn(before, tap({ action: 'checkin', feeds: 31, wetDiapers: 5 }), ctx(locale));
    expect(keys(out)).toEqual(['common:invalid.count-range']);
    expect(out.doc).toBeUndefined();
  });

  it('listed pump sessions are held to the day\'s limit with the ones she logged, typed or by card', () => {
    const day = withLogged(onboarded(locale, 'pump'), 25, { type: 'pump', ml: 20 }, locale);
    const typed = handleTurn(inCheckin(day, 'pumpMl'), say('20, 20, 20, 20, 20, 20'), ctx(locale));
    expect(typed.doc).toBeUndefined();
    expect(keys(typed)).toEqual(['common:invalid.day-limit', 'checkin:question.pumpMl']);
    const card = handleTurn(day, tap({ action: 'checkin', pumpMl: [20, 20, 20, 20, 20, 20] }), ctx(locale));
    expect(card.doc).toBeUndefined();
    expect(keys(card)).toEqual(['common:invalid.day-limit']);
    const fits = handleTurn(day, tap({ action: 'checkin', pumpMl: [20, 20, 20, 20, 20] }), ctx(locale));
    expect(kinds(fits.doc as MotherDocument, 'pump')).toBe(30);
  });

  it('a check-in may still list up to 30 sessions she did not log one by one', () => {
    const out = handleTurn(onboarded(locale, 'pump'), tap({ action: 'checkin', pumpMl: Array(30).fill(20) }), ctx(locale));
    expect(kinds(out.doc as MotherDocument, 'pump')).toBe(30);
  });

  it('a zero-width joiner inside a typed count is read as the count she wrote', () => {
    const out = handleTurn(inCheckin(onboarded(locale), 'feeds'), say('1\u200d2'), ctx(locale));
    expect(openDialog(out.doc)?.values).toMatchObject({ feeds: 12 });
    const tooMany = handleTurn(inCheckin(onboarded(locale), 'feeds'), say('3\u200b1'), ctx(locale));
    expect(keys(tooMany)).toEqual(['common:invalid.count-range', 'checkin:question.feeds']);
  });
});

describe('format characters are gone wherever her words are read', () => {
  it('"pumpet 1\\u200d7 ml" stores 17 ml', () => {
    for (const [locale, text] of [['nb', 'pumpet 1\u200d7 ml'], ['nn', 'pumpa 1\u200b7 ml'], ['en', 'pumped 1\u20607 ml']] as const) {
      const out = handleTurn(onboarded(locale), say(text), ctx(locale));
      expect((out.doc as MotherDocument).events.at(-1)).toMatchObject({ type: 'pump', ml: 17 });
    }
  });

  it('an urgent sign with a soft hyphen or zero-width space inside a word is still an urgent sign', () => {
    const nb = handleTurn(onboarded('nb'), say('hun pus\u00adter ikke'), ctx('nb'));
    expect(keys(nb)).toEqual(['red-flag.emergency']);
    const en = handleTurn(onboarded('en'), say('she is not brea\u200bthing'), ctx('en'));
    expect(keys(en)).toEqual(['red-flag.emergency']);
  });

  it('the answer to a question about a volume is read whole', () => {
    const asked = run(onboarded('nb'), [say('pumpet')]).doc!;
    const out = handleTurn(asked, say('2\u200c5 ml'), ctx('nb'));
    expect((out.doc as MotherDocument).events.at(-1)).toMatchObject({ type: 'pump', ml: 25 });
  });
});
