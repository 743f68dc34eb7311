import { handleTurn } from '../../dialogs/handle-turn';
import type { TurnInput, TurnOutcome } from '../../dialogs/turn';
import type { Locale } from '../../src/mother/profile';
import { render } from '../../src/edge/render';
import type { LoggableEvent } from '../../src/language';
import type { MotherDocument } from '../../src/store/mother-document';
import { runTurns } from './support/run-turns';
import { ctx, say, tap } from './support/turn-inputs';
import { atState } from './support/open-dialog';

/**
 * The confirmation says what was stored: the type, her local time (in her zone, on her clock),
 * the amount, the colour; "i går" or the date when it was another day. What she reads is checked
 * whole, as rendered, in nb, nn and en.
 */

/** A summer and a winter day in Oslo: UTC+2 and UTC+1. Now is 15:00 on her clock both times. */
const SEASONS = {
  summer: { birth: '2026-07-01T02:10:00.000Z', now: '2026-07-03T13:00:00.000Z', offset: 2, today: '2026-07-03', yesterday: '2026-07-02', twoDaysAgo: '2026-07-01', twoDaysAgoShown: '01.07.' },
  winter: { birth: '2026-11-24T02:10:00.000Z', now: '2026-11-26T14:00:00.000Z', offset: 1, today: '2026-11-26', yesterday: '2026-11-25', twoDaysAgo: '2026-11-24', twoDaysAgoShown: '24.11.' },
} as const;
type Season = keyof typeof SEASONS;


/**
 * A mother a day or two into the week: onboarded (she fed in the first hour), with a pump session
 * this morning, so a single log raises no finding and the confirmation is what she gets.
 */
function settled(locale: Locale, season: Season, { timezone = 'Europe/Oslo', now = SEASONS[season].now as string } = {}): MotherDocument {
  const { birth } = SEASONS[season];
  const onboard = tap({ action: 'onboard', birthAt: birth, feedingMode: 'both', checkInTime: '09:00', timezone, consent: true, firstHour: 'yes' });
  const onboarded = runTurns(undefined, [onboard], ctx(birth, locale)).doc!;
  const morning = new Date(Date.parse(now) - 5 * 3_600_000).toISOString();
  return runTurns(onboarded, [tap({ action: 'log', type: 'pump', ml: 10, at: morning })], ctx(morning, locale)).doc!;
}

/** What she reads after one message, and what it stored. */
function send(doc: MotherDocument, input: TurnInput, now: string): { text: string; stored: MotherDocument['events']; outcome: TurnOutcome } {
  const outcome = handleTurn(doc, input, ctx(now, doc.locale));
  const after = (outcome.doc ?? doc) as MotherDocument;
  return { text: render(outcome.replies, outcome.locale).map((a) => a.text).join('\n\n'), stored: after.events.slice(doc.events.length), outcome };
}

/** The UTC instant of a wall-clock time in Oslo in that season. */
const oslo = (season: Season, date: string, clock: string): string => {
  const offset = SEASONS[season].offset;
  return new Date(`${date}T${clock}:00+0${offset}:00`).toISOString();
};

const SEASON_NAMES: Season[] = ['summer', 'winter'];

describe('a feed at 14.30 her time is confirmed with 14.30, summer and winter alike', () => {
  const typed: Array<[Locale, string, string]> = [
    ['nb', 'ammet kl 14.30', 'Amming kl. 14.30 ført. 👍'],
    ['nn', 'amma klokka 14.30', 'Amming kl. 14.30 ført. 👍'],
    ['en', 'fed at 14:30', 'Logged: feed at 14:30. 👍'],
  ];
  describe.each(SEASON_NAMES)('%s', (season) => {
    it.each(typed)('%s: "%s"', (locale, message, expected) => {
      const { now, today } = SEASONS[season];
      const { text, stored } = send(settled(locale, season), say(message), now);
      expect(text).toBe(expected);
      // Stored in UTC: 12:30 in summer, 13:30 in winter; shown as she said it.
      expect(stored.map((e) => [e.type, e.at])).toEqual([['feed', oslo(season, today, '14:30')]]);
    });
  });

  it.each<[Locale, string]>([
    ['nb', 'Amming kl. 14.30 ført (venstre bryst, 15 min). 👍'],
    ['nn', 'Amming kl. 14.30 ført (venstre bryst, 15 min). 👍'],
    ['en', 'Logged: feed at 14:30 (left breast, 15 min). 👍'],
  ])('%s: the side and minutes she gave are said too', (locale, expected) => {
    const { now, today } = SEASONS.summer;
    const feed = tap({ action: 'log', type: 'feed', side: 'left', minutes: 15, at: `${today}T14:30` });
    expect(send(settled(locale, 'summer'), feed, now).text).toBe(expected);
  });

  it.each<[Locale, string]>([
    ['nb', 'Amming kl. 13.30 ført. 👍'],
    ['en', 'Logged: feed at 13:30. 👍'],
  ])('%s: a mother in London sees her own clock for the same instant', (locale, expected) => {
    const { now, today } = SEASONS.summer;
    const instant = oslo('summer', today, '14:30');
    const { text, stored } = send(settled(locale, 'summer', { timezone: 'Europe/London' }), tap({ action: 'log', type: 'feed', at: instant }), now);
    expect(text).toBe(expected);
    expect(stored[0]?.at).toBe(instant);
  });
});

describe('a diaper says what was in it', () => {
  it.each<[Locale, string]>([
    ['nb', 'Bleie kl. 03.15: svart bæsj ført. 👍'],
    ['nn', 'Bleie kl. 03.15: svart bæsj ført. 👍'],
    ['en', 'Logged: diaper at 03:15 (black poo). 👍'],
  ])('%s: a black stool is named black, not just "diaper"', (locale, expected) => {
    const { now, today } = SEASONS.winter;
    const diaper = tap({ action: 'log', type: 'diaper', wet: false, stool: 'meconium', at: `${today}T03:15` });
    const { text, stored } = send(settled(locale, 'winter'), diaper, now);
    expect(text).toBe(expected);
    expect(stored).toMatchObject([{ type: 'diaper', wet: false, stool: 'meconium', at: oslo('winter', today, '03:15') }]);
  });

  it.each<[Locale, string, string]>([
    ['nb', 'våt bleie og gul bæsj kl 3.15', 'Bleie kl. 03.15: våt, gul bæsj ført. 👍'],
    ['nn', 'våt bleie og gul bæsj klokka 3.15', 'Bleie kl. 03.15: våt, gul bæsj ført. 👍'],
    ['en', 'wet diaper and yellow poo at 3:15', 'Logged: diaper at 03:15 (wet, yellow poo). 👍'],
  ])('%s: "%s" is wet and yellow', (locale, message, expected) => {
    const { now, today } = SEASONS.summer;
    const { text, stored } = send(settled(locale, 'summer'), say(message), now);
    expect(text).toBe(expected);
    expect(stored).toMatchObject([{ type: 'diaper', wet: true, stool: 'yellow', at: oslo('summer', today, '03:15') }]);
  });

  it.each<[Locale, string]>([
    ['nb', 'Bleie kl. 15.00: grønnbrun bæsj ført. 👍'],
    ['nn', 'Bleie kl. 15.00: grønbrun bæsj ført. 👍'],
    ['en', 'Logged: diaper at 15:00 (brown-green poo). 👍'],
  ])('%s: brown-green, logged now by card', (locale, expected) => {
    const { now } = SEASONS.winter;
    expect(send(settled(locale, 'winter'), tap({ action: 'log', type: 'diaper', wet: false, stool: 'transitional' }), now).text).toBe(expected);
  });
});

describe('a stool alone says nothing about wet', () => {
  it.each<[Locale, string, string]>([
    ['nb', 'gul bæsj kl 3.15', 'Bleie kl. 03.15: gul bæsj ført. 👍'],
    ['nn', 'grønbrun bæsj klokka 3.15', 'Bleie kl. 03.15: grønbrun bæsj ført. 👍'],
    ['en', 'black poo at 3:15', 'Logged: diaper at 03:15 (black poo). 👍'],
  ])('%s: "%s" is stored and confirmed without wet or dry, and exported so', (locale, message, expected) => {
    const { now } = SEASONS.winter;
    const { text, stored, outcome } = send(settled(locale, 'winter'), say(message), now);
    expect(text).toBe(expected);
    expect(stored).toHaveLength(1);
    expect(stored[0]).not.toHaveProperty('wet');
    const doc = outcome.doc as MotherDocument;
    const exported = send(doc, say(locale === 'en' ? 'export' : 'eksporter'), now).outcome.replies.find((reply) => reply.kind === 'export');
    const diaper = exported?.kind === 'export' ? exported.data.events.find((event) => event.type === 'diaper') : undefined;
    expect(diaper).toMatchObject({ type: 'diaper', at: stored[0]!.at, stool: stored[0]!.type === 'diaper' ? stored[0]!.stool : '' });
    expect(diaper).not.toHaveProperty('wet');
  });
});

describe('pumping and hand expression say the amount', () => {
  it.each<[Locale, string, string]>([
    ['nb', 'pumpet 25 ml kl 9.10', 'Pumping kl. 09.10: 25 ml ført. 👍'],
    ['nn', 'pumpa 25 ml klokka 9.10', 'Pumping kl. 09.10: 25 ml ført. 👍'],
    ['en', 'pumped 25 ml at 9:10', 'Logged: pumping at 09:10, 25 ml. 👍'],
  ])('%s: "%s"', (locale, message, expected) => {
    const { now, today } = SEASONS.winter;
    const { text, stored } = send(settled(locale, 'winter'), say(message), now);
    expect(text).toBe(expected);
    expect(stored).toMatchObject([{ type: 'pump', ml: 25, at: oslo('winter', today, '09:10') }]);
  });

  it.each<[Locale, string, string]>([
    ['nb', 'pumpet 20 ml fra hvert bryst kl 9.10', 'Pumping kl. 09.10: 20 ml + 20 ml, til sammen 40 ml ført. 👍'],
    ['nn', 'pumpa 20 ml frå kvart bryst klokka 9.10', 'Pumping kl. 09.10: 20 ml + 20 ml, til saman 40 ml ført. 👍'],
    ['en', 'pumped 20 ml from each breast at 9:10', 'Logged: pumping at 09:10, 20 ml + 20 ml, 40 ml in all. 👍'],
  ])('%s: an amount from each breast is said per breast and in all: "%s"', (locale, message, expected) => {
    const { now, today } = SEASONS.winter;
    const { text, stored } = send(settled(locale, 'winter'), say(message), now);
    expect(text).toBe(expected);
    expect(stored).toMatchObject([{ type: 'pump', ml: 40, leftMl: 20, rightMl: 20, at: oslo('winter', today, '09:10') }]);
  });

  it.each<[Locale, string]>([
    ['nb', 'Pumping kl. 09.10: 25 ml ført (dobbeltpumping). 👍'],
    ['nn', 'Pumping kl. 09.10: 25 ml ført (dobbeltpumping). 👍'],
    ['en', 'Logged: pumping at 09:10, 25 ml (double pumping). 👍'],
  ])('%s: double pumping is said when she gave it', (locale, expected) => {
    const { now, today } = SEASONS.summer;
    const pump = tap({ action: 'log', type: 'pump', ml: 25, double: true, at: `${today}T09:10` });
    expect(send(settled(locale, 'summer'), pump, now).text).toBe(expected);
  });

  it.each<[Locale, string, string]>([
    ['nb', 'håndmelket 2 ml kl 10', 'Håndmelking kl. 10.00: 2 ml ført. 👍'],
    ['nn', 'handmjølka 2 ml klokka 10', 'Handmjølking kl. 10.00: 2 ml ført. 👍'],
    ['en', 'hand expressed 2 ml at 10', 'Logged: hand expression at 10:00, 2 ml. 👍'],
  ])('%s: "%s"', (locale, message, expected) => {
    const { now, today } = SEASONS.summer;
    const { text, stored } = send(settled(locale, 'summer'), say(message), now);
    expect(text).toBe(expected);
    expect(stored).toMatchObject([{ type: 'expression', ml: 2, at: oslo('summer', today, '10:00') }]);
  });
});

describe('several events in one message: one short line each, in one message', () => {
  it.each<[Locale, string, string]>([
    ['nb', 'ammet kl 8 og våt bleie kl 8.05', 'Ført:\n\n- amming kl. 08.00\n\n- bleie kl. 08.05: våt'],
    ['nn', 'amma klokka 8 og våt bleie klokka 8.05', 'Ført:\n\n- amming kl. 08.00\n\n- bleie kl. 08.05: våt'],
    ['en', 'fed at 8 and wet diaper at 8:05', 'Logged:\n\n- feed at 08:00\n\n- diaper at 08:05 (wet)'],
  ])('%s: "%s"', (locale, message, expected) => {
    const { now } = SEASONS.winter;
    const { text, outcome } = send(settled(locale, 'winter'), say(message), now);
    expect(text).toBe(expected);
    expect(render(outcome.replies, outcome.locale)).toHaveLength(1);
  });

  it.each<[Locale, string]>([
    ['nb', 'Ført:\n\n- amming i går kl. 23.10\n\n- pumping kl. 09.10: 25 ml (dobbeltpumping)\n\n- håndmelking kl. 10.00: 2 ml\n\n- bleie kl. 11.00: våt, svart bæsj'],
    ['nn', 'Ført:\n\n- amming i går kl. 23.10\n\n- pumping kl. 09.10: 25 ml (dobbeltpumping)\n\n- handmjølking kl. 10.00: 2 ml\n\n- bleie kl. 11.00: våt, svart bæsj'],
    ['en', 'Logged:\n\n- feed yesterday at 23:10\n\n- pumping at 09:10, 25 ml (double pumping)\n\n- hand expression at 10:00, 2 ml\n\n- diaper at 11:00 (wet, black poo)'],
  ])('%s: each line keeps its own day, amount and colour', (locale, expected) => {
    const { now, today, yesterday } = SEASONS.summer;
    // Four events of one logging, as a yes to "did you mean yesterday?" stores them.
    const events = [
      { type: 'feed', at: oslo('summer', yesterday, '23:10') },
      { type: 'pump', ml: 25, double: true, at: oslo('summer', today, '09:10') },
      { type: 'expression', ml: 2, at: oslo('summer', today, '10:00') },
      { type: 'diaper', wet: true, stool: 'meconium', at: oslo('summer', today, '11:00') },
    ];
    const asked: MotherDocument = atState(settled(locale, 'summer'), { onboarded: 'confirmLog' }, { yesterday: events as LoggableEvent[] });
    expect(send(asked, say(locale === 'en' ? 'yes' : 'ja'), now).text).toBe(expected);
  });
});

describe('a count of the same thing: one line with how many times, not a stack of copies', () => {
  it.each<[Locale, string, string]>([
    ['nb', 'tre våte bleier kl 8', 'Ført:\n\n- bleie kl. 08.00: våt (3 ganger)'],
    ['nn', 'tre våte bleier klokka 8', 'Ført:\n\n- bleie kl. 08.00: våt (3 gonger)'],
    ['en', 'three wet diapers at 8', 'Logged:\n\n- diaper at 08:00 (wet), 3 times'],
  ])('%s: "%s"', (locale, message, expected) => {
    const { now } = SEASONS.winter;
    const { text, stored } = send(settled(locale, 'winter'), say(message), now);
    expect(text).toBe(expected);
    expect(stored).toHaveLength(3);
  });
});

describe('«angre» says what it deleted, line by line, as the log said what it stored', () => {
  it.each<[Locale, string, string, string]>([
    ['nb', 'ammet kl 8 og våt bleie kl 8.05', 'angre', 'Angret. Dette er slettet:\n\n- amming kl. 08.00\n\n- bleie kl. 08.05: våt'],
    ['nn', 'amma klokka 8 og våt bleie klokka 8.05', 'angre', 'Angra. Dette er sletta:\n\n- amming kl. 08.00\n\n- bleie kl. 08.05: våt'],
    ['en', 'fed at 8 and wet diaper at 8:05', 'undo', 'Undone. I deleted:\n\n- feed at 08:00\n\n- diaper at 08:05 (wet)'],
  ])('%s: "%s", then "%s"', (locale, message, undo, expected) => {
    const { now } = SEASONS.winter;
    const before = settled(locale, 'winter');
    const logged = send(before, say(message), now);
    const undone = send(logged.outcome.doc!, say(undo), now);
    expect(undone.text).toBe(expected);
    expect(undone.outcome.doc?.events).toEqual(before.events);
  });
});

describe('several times in one message: the confirmation names each, or nothing is stored and she is told why', () => {
  it.each<[Locale, string, string]>([
    ['nb', 'ammet kl 8 og kl 11', 'Ført:\n\n- amming kl. 08.00\n\n- amming kl. 11.00'],
    ['nn', 'amma klokka 8 og 11', 'Ført:\n\n- amming kl. 08.00\n\n- amming kl. 11.00'],
    ['en', 'fed at 8 and at 11', 'Logged:\n\n- feed at 08:00\n\n- feed at 11:00'],
  ])('%s: "%s"', (locale, message, expected) => {
    const { now } = SEASONS.winter;
    const { text, stored } = send(settled(locale, 'winter'), say(message), now);
    expect(text).toBe(expected);
    expect(stored).toHaveLength(2);
  });

  it.each<[Locale, string, RegExp]>([
    ['nb', 'pumpet 20 ml kl 8 og kl 11', /ikke ført noe/],
    ['nn', 'pumpa 20 ml klokka 8 og klokka 11', /ikkje ført noko/],
    ['en', 'pumped 20 ml at 8 and at 11', /haven't logged anything/],
  ])('%s: "%s" stores nothing and says so', (locale, message, words) => {
    const { now } = SEASONS.winter;
    const { text, stored } = send(settled(locale, 'winter'), say(message), now);
    expect(text).toMatch(words);
    expect(stored).toEqual([]);
  });
});

describe('signs of milk coming in are asked about, never logged unasked', () => {
  it.each<[Locale, string, string, string, RegExp, string]>([
    ['nb', 'brystene føles fulle og tunge', 'ja', 'nei', /melken har kommet/, 'Greit, da fører jeg det ikke. Skriv «melken har kommet» når du kjenner at den har kommet.'],
    ['nn', 'brysta kjennest fulle og tunge', 'ja', 'nei', /mjølka har kome/, 'Greitt, då fører eg det ikkje. Skriv «mjølka har kome» når du kjenner at ho har kome.'],
    ['en', 'my breasts feel full and heavy', 'yes', 'no', /milk has come in/, 'All right, I won\'t log it. Write "my milk has come in" when you feel it has.'],
  ])('%s: "%s" asks, a yes logs milk-in, a no logs nothing and says what to write', (locale, message, yes, no, logged, notYet) => {
    const { now } = SEASONS.winter;
    const asked = send(settled(locale, 'winter'), say(message), now);
    expect(asked.stored).toEqual([]);
    expect(asked.outcome.replies).toEqual([expect.objectContaining({ key: 'dialog:log.askMilkIn', suggestions: [expect.objectContaining({ word: 'yes' }), expect.objectContaining({ word: 'no' })] })]);
    const doc = asked.outcome.doc as MotherDocument;
    const confirmed = send(doc, say(yes), now);
    expect(confirmed.stored).toEqual([expect.objectContaining({ type: 'milk-in', at: now })]);
    expect(confirmed.text).toMatch(logged);
    const declined = send(doc, say(no), now);
    expect(declined.stored).toEqual([]);
    expect(declined.text).toBe(notYet);
  });
});

describe('an event on another day says so', () => {
  it.each<[Locale, string, string]>([
    ['nb', 'ammet i går kl 23.10', 'Amming i går kl. 23.10 ført. 👍'],
    ['nn', 'amma i går klokka 23.10', 'Amming i går kl. 23.10 ført. 👍'],
    ['en', 'fed yesterday at 23:10', 'Logged: feed yesterday at 23:10. 👍'],
  ])('%s: "%s"', (locale, message, expected) => {
    const { now, yesterday } = SEASONS.winter;
    const { text, stored } = send(settled(locale, 'winter'), say(message), now);
    expect(text).toBe(expected);
    expect(stored.map((e) => e.at)).toEqual([oslo('winter', yesterday, '23:10')]);
  });

  it.each(SEASON_NAMES)('%s: two days back, the date is given', (season) => {
    const { now, twoDaysAgo, twoDaysAgoShown } = SEASONS[season];
    const feed = (locale: Locale) => send(settled(locale, season), tap({ action: 'log', type: 'feed', at: `${twoDaysAgo}T23:10` }), now).text;
    expect(feed('nb')).toBe(`Amming ${twoDaysAgoShown} kl. 23.10 ført. 👍`);
    expect(feed('nn')).toBe(`Amming ${twoDaysAgoShown} kl. 23.10 ført. 👍`);
    expect(feed('en')).toBe(`Logged: feed on ${twoDaysAgoShown.slice(0, -1)} at 23:10. 👍`);
  });

  it('the day is hers: just after midnight in Oslo (still the day before in UTC), ten minutes ago is today, and 23.50 is yesterday', () => {
    const justAfterMidnight = '2026-07-02T22:20:00.000Z'; // 00:20 on 3 July in Oslo
    const doc = settled('nb', 'summer', { now: justAfterMidnight });
    const tenMinutesAgo = send(doc, tap({ action: 'log', type: 'feed', at: '2026-07-02T22:10:00.000Z' }), justAfterMidnight);
    expect(tenMinutesAgo.text).toBe('Amming kl. 00.10 ført. 👍');
    const beforeMidnight = send(doc, tap({ action: 'log', type: 'feed', at: '2026-07-02T21:50:00.000Z' }), justAfterMidnight);
    expect(beforeMidnight.text).toBe('Amming i går kl. 23.50 ført. 👍');
  });
});

describe('what stays as it was', () => {
  it.each<[Locale, string]>([
    ['nb', 'Så fint, da har jeg notert at melken har kommet!'],
    ['nn', 'Så fint, då har eg notert at mjølka har kome!'],
    ['en', "How lovely, I've noted that your milk has come in!"],
  ])('%s: milk coming in keeps its warm words once it is already noted', (locale, expected) => {
    const { now } = SEASONS.winter;
    const noted = send(settled(locale, 'winter'), tap({ action: 'log', type: 'milk-in' }), now).outcome.doc as MotherDocument;
    expect(send(noted, tap({ action: 'log', type: 'milk-in' }), now).text).toBe(expected);
  });

});

describe('a log that raises a finding still says what was stored', () => {
  const onboarded = (locale: Locale): MotherDocument =>
    runTurns(undefined, [tap({ action: 'onboard', birthAt: SEASONS.winter.birth, feedingMode: 'both', checkInTime: '09:00', timezone: 'Europe/Oslo', consent: true, firstHour: 'yes' })], ctx(SEASONS.winter.birth, locale)).doc!;

  it.each<[Locale, string]>([
    ['nb', 'Håndmelking kl. 15.00: 2 ml ført.'],
    ['nn', 'Handmjølking kl. 15.00: 2 ml ført.'],
    ['en', 'Logged: hand expression at 15:00, 2 ml.'],
  ])('%s: the stored line comes first, plainly (no thumbs-up above advice), and the advice last', (locale, storedLine) => {
    // Hand expression alone over the last day raises advice.
    const { text, outcome } = send(onboarded(locale), tap({ action: 'log', type: 'expression', ml: 2 }), SEASONS.winter.now);
    expect(outcome.replies.map((r) => r.kind)).toEqual(['text', 'findings']);
    const [first, ...rest] = text.split('\n\n');
    expect(first).toBe(storedLine);
    expect(rest.join(' ')).not.toMatch(/👍/);
  });

  it('a finding that asks her to call comes last, in a message of its own, after the plain stored line', () => {
    // Day 6 with no sign yet that her milk has come in: contact.
    const daySix = '2026-11-29T14:00:00.000Z';
    const { outcome } = send(onboarded('nb'), tap({ action: 'log', type: 'diaper', wet: true, stool: 'meconium' }), daySix);
    expect(outcome.replies.map((r) => r.kind)).toEqual(['text', 'findings']);
    const messages = render(outcome.replies, 'nb');
    expect(messages).toHaveLength(2);
    expect(messages[0]!.text).toBe('Bleie kl. 15.00: våt, svart bæsj ført.');
    expect(messages[1]!.text).toMatch(/jordmor|helsestasjon/);
  });

  it('with nothing to advise, the stored line keeps its thumbs-up', () => {
    const { text } = send(settled('nb', 'winter'), tap({ action: 'log', type: 'feed' }), SEASONS.winter.now);
    expect(text).toBe('Amming kl. 15.00 ført. 👍');
  });
});
