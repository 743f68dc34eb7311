import { DateTime } from 'luxon';
import type { Locale } from '../../src/mother/profile';
import { runTurns } from './support/run-turns';
import { checkinDue } from '../../dialogs/handle-turn';
import { ctx, NOW, onboarded, replyKeys, say, talk } from './support/day-three';

/**
 * A walk found «nei det var venstre», right after «ammet høyre kl 4», answered «Det forsto jeg ikke
 * helt». Her last log is now changed as she says, and she is told how it reads.
 */
const local = (at: string) => DateTime.fromISO(at).setZone('Europe/Oslo').toFormat('HH:mm');

const WORDS: Record<Locale, { feed: string; side: string; time: string; pump: string; ml: string; diaper: string; minutes: string }> = {
  nb: { feed: 'ammet høyre kl 4', side: 'nei det var venstre', time: 'nei, kl 5', pump: 'pumpet 20 ml', ml: 'feil, 30 ml', diaper: 'våt bleie', minutes: 'jeg mente 20 min' },
  nn: { feed: 'amma høgre kl 4', side: 'nei, det var venstre sida', time: 'nei det var kl 5', pump: 'pumpa 20 ml', ml: 'nei, 30 ml', diaper: 'våt bleie', minutes: 'eg meinte 20 min' },
  en: { feed: 'fed right at 4', side: 'no it was the left side', time: 'no, at 5', pump: 'pumped 20 ml', ml: 'oops, 30 ml', diaper: 'wet diaper', minutes: 'i meant 20 min' },
};

describe.each<Locale>(['nb', 'nn', 'en'])('correcting the log just stored (%s)', (locale) => {
  const words = WORDS[locale];

  it('a side, then a time, then minutes change that feed, and she is told how it reads', () => {
    const fed = talk(onboarded(locale), locale, words.feed);
    const sided = talk(fed.doc!, locale, words.side);
    expect(replyKeys(sided.last)).toEqual(['dialog:correct.done', 'common:logged.line.feedDetails']);
    expect(sided.last.replies[1]).toMatchObject({ params: { details: [{ key: 'common:logged.side.left' }] } });
    expect(sided.doc!.events).toMatchObject([{ type: 'feed', side: 'left' }]);
    expect(local(sided.doc!.events[0]!.at)).toBe('04:00');

    const timed = talk(sided.doc!, locale, words.time);
    expect(timed.doc!.events).toMatchObject([{ type: 'feed', side: 'left' }]);
    expect(local(timed.doc!.events[0]!.at)).toBe('05:00');

    const lasted = talk(timed.doc!, locale, words.minutes);
    expect(lasted.doc!.events).toMatchObject([{ type: 'feed', side: 'left', minutes: 20 }]);
    expect(lasted.doc!.events).toHaveLength(1);
  });

  it('an amount changes the pumping just stored', () => {
    const pumped = talk(onboarded(locale), locale, words.pump);
    const corrected = talk(pumped.doc!, locale, words.ml);
    expect(corrected.doc!.events).toMatchObject([{ type: 'pump', ml: 30 }]);
  });

  it('a number without a unit is the new amount of the pumping just stored, a fraction as she writes it', () => {
    const bare = { nb: 'nei det var 8,5', nn: 'nei, det var 8,5', en: 'no it was 8.5' }[locale];
    const pumped = talk(onboarded(locale), locale, words.pump);
    const corrected = talk(pumped.doc!, locale, bare);
    expect(replyKeys(corrected.last)[0]).toBe('dialog:correct.done');
    expect(corrected.doc!.events).toMatchObject([{ type: 'pump', ml: 8.5 }]);
  });

  it('a number without a unit after a feed changes nothing and says how to undo it', () => {
    const fed = talk(onboarded(locale), locale, words.feed);
    const refused = talk(fed.doc!, locale, { nb: 'nei det var 8', nn: 'nei, det var 8', en: 'no it was 8' }[locale]);
    expect(replyKeys(refused.last)).toEqual(['dialog:correct.none']);
    expect(local(refused.doc!.events[0]!.at)).toBe('04:00');
  });

  it('a side for a diaper changes nothing and says how to undo it', () => {
    const changed = talk(onboarded(locale), locale, words.diaper);
    const refused = talk(changed.doc!, locale, words.side);
    expect(replyKeys(refused.last)).toEqual(['dialog:correct.none']);
    expect(refused.doc!.events).toMatchObject([{ type: 'diaper', wet: true }]);
    expect(refused.doc!.events[0]).not.toHaveProperty('side');
  });

  it('a time later than now is refused and nothing changes', () => {
    const fed = talk(onboarded(locale), locale, words.feed);
    const refused = talk(fed.doc!, locale, { nb: 'nei, kl 23', nn: 'nei, kl 23', en: 'no, at 23:00' }[locale]);
    expect(replyKeys(refused.last)).toEqual(['common:invalid.future-time']);
    expect(local(refused.doc!.events[0]!.at)).toBe('04:00');
  });

  it('with nothing logged, she is told there is nothing to correct', () => {
    const out = talk(onboarded(locale), locale, words.side);
    expect(replyKeys(out.last)).toEqual(['dialog:correct.nothing']);
  });
});

describe('a pumping given in a check-in is not changed alone (its answer holds the same ml)', () => {
  it('«nei 20 ml» after a check-in that gave 6 ml says how to undo it', () => {
    let doc = checkinDue(onboarded('nb', 'pump'), NOW).doc;
    doc = talk(doc, 'nb', '6', '5', '3').doc!;
    expect(doc.checkins).toMatchObject([{ pumpMl: [6] }]);
    expect(doc.events).toMatchObject([{ type: 'pump', ml: 6 }]);
    const out = talk(doc, 'nb', 'nei, 20 ml');
    expect(replyKeys(out.last)).toEqual(['dialog:correct.none']);
    expect(out.doc?.events ?? doc.events).toMatchObject([{ type: 'pump', ml: 6 }]);
  });
});

/**
 * A walk (i-walk37): at 03:40 «ammet kl 6» was stored as yesterday 18:00; «nei, kl 6 om morgenen» then read
 * «Det tidspunktet er fram i tid». The feed she corrects was yesterday, so a morning hour that has not come
 * today is yesterday's, as the log she corrects; a feed from today is never moved to another day so.
 */
describe.each<[Locale, string, string]>([
  ['nb', 'ammet kl 6', 'nei, kl 6 om morgenen'],
  ['nn', 'amma kl 6', 'nei, kl 6 om morgonen'],
  ['en', 'fed at 6', 'no, at 6 am'],
])('a correction to an hour not come yet today, of a log from yesterday (%s)', (locale, logged, corrected) => {
  const AT_0340 = { ...ctx(locale), now: '2026-11-26T02:40:00.000Z' };
  const born = () => onboarded(locale, 'both', '2026-11-23T21:00:00.000Z');

  it('is that hour on the log\'s own day', () => {
    const fed = runTurns(born(), [say(logged)], AT_0340);
    expect(fed.doc!.events.map((e) => e.at)).toEqual(['2026-11-25T17:00:00.000Z']);
    const out = runTurns(fed.doc, [say(corrected)], AT_0340);
    expect(replyKeys(out.last)[0]).toBe('dialog:correct.done');
    expect(out.doc!.events.map((e) => e.at)).toEqual(['2026-11-25T05:00:00.000Z']);
  });

  it('a log from today keeps its day: the hour to come is refused', () => {
    const fed = runTurns(born(), [say(logged.replace('6', '2'))], AT_0340);
    expect(fed.doc!.events.map((e) => e.at)).toEqual(['2026-11-26T01:00:00.000Z']);
    const out = runTurns(fed.doc, [say(corrected)], AT_0340);
    expect(replyKeys(out.last)).toEqual(['common:invalid.future-time']);
    expect(out.doc?.events.map((e) => e.at) ?? ['2026-11-26T01:00:00.000Z']).toEqual(['2026-11-26T01:00:00.000Z']);
  });
});

/**
 * A walk (i-walk37): «fed left side at 2», then «no it was 3», read «That change doesn't fit your last
 * entry»: a bare number was only ever an amount. A feed or a diaper has no amount, so a number near the
 * hour logged is the hour (one far from it, «nei det var 8» of a feed at 4, still fits nothing); a pumping's
 * bare number stays its ml.
 */
describe.each<[Locale, string, string, string, string]>([
  ['nb', 'ammet venstre kl 12', 'nei det var 1', 'pumpet 12 ml', 'nei det var 15'],
  ['nn', 'amma venstre kl 12', 'nei, det var 1', 'pumpa 12 ml', 'nei, det var 15'],
  ['en', 'fed left side at 12', 'no it was 1', 'pumped 12 ml', 'no it was 15'],
])('a bare number corrects what the log has (%s)', (locale, fed, wasThree, pumped, wasFifteen) => {
  it('of a feed, the hour (at 14:00: a feed at 12, «1» is 13:00)', () => {
    const out = talk(onboarded(locale), locale, fed, wasThree);
    expect(replyKeys(out.last)[0]).toBe('dialog:correct.done');
    expect(out.doc!.events).toMatchObject([{ type: 'feed', side: 'left' }]);
    expect(local(out.doc!.events[0]!.at)).toBe('13:00');
  });

  it('of a pumping, still the ml', () => {
    const out = talk(onboarded(locale), locale, pumped, wasFifteen);
    expect(out.doc!.events).toMatchObject([{ type: 'pump', ml: 15 }]);
  });
});

/**
 * A walk (i-walk37): «pumped 30ml left and 25 right», then «no wait it was 35 from the left», was answered with
 * how to store milk. One breast's ml corrected changes that breast and the total.
 */
describe.each<[Locale, string, string]>([
  ['nb', 'pumpet 30 ml venstre og 25 høyre', 'nei det var 35 fra venstre'],
  ['nn', 'pumpa 30 ml venstre og 25 høgre', 'nei, det var 35 frå venstre'],
  ['en', 'pumped 30ml left and 25 right', 'no wait it was 35 from the left'],
])('one breast of a pumping corrected (%s)', (locale, pumped, corrected) => {
  it('that breast and the total change', () => {
    const out = talk(onboarded(locale), locale, pumped, corrected);
    expect(replyKeys(out.last)[0]).toBe('dialog:correct.done');
    expect(out.doc!.events).toMatchObject([{ type: 'pump', leftMl: 35, rightMl: 25, ml: 60 }]);
  });
});

describe.each<[Locale, string, string]>([
  ['nb', 'ammet høyre kl 4', 'nei det var 7 på venstre'],
  ['en', 'fed right at 4', 'no it was 7 on the left'],
])('a bare number with a side, of a feed (%s)', (locale, fed, corrected) => {
  it('fits nothing: 7 minutes or 7 o\'clock is not guessed', () => {
    const out = talk(onboarded(locale), locale, fed, corrected);
    expect(replyKeys(out.last)).toEqual(['dialog:correct.none']);
  });
});
