import type { Locale } from '../../src/mother/profile';

/**
 * A held-out set of typed logs (issue 24), written before the parser was tuned and never copied
 * into any term list. Each case is one message from a mother on day 3 (born 24.11 at 03:10 in
 * Oslo), typed at 14:00 her time on 26.11, with the events the bot must store, or the one question
 * about her log it must ask back, or nothing stored at all.
 *
 * Times are her wall clock: 'HH:mm' today, '-1 HH:mm' yesterday. Now is '14:00'.
 */

export type LogClass =
  | 'ordinary'
  | 'per-breast'
  | 'household-measure'
  | 'by-hand'
  | 'half-hour'
  | 'time-range'
  | 'several-times'
  | 'nynorsk'
  | 'body-sign'
  | 'stool-only'
  | 'typo'
  | 'question';

export interface ExpectedEvent {
  type: 'feed' | 'diaper' | 'pump' | 'expression' | 'milk-in';
  at: string;
  side?: 'left' | 'right' | 'both';
  minutes?: number;
  ml?: number;
  leftMl?: number;
  rightMl?: number;
  double?: boolean;
  /** Absent: she did not say whether the diaper was wet (unknown is not dry). */
  wet?: boolean;
  stool?: 'none' | 'meconium' | 'transitional' | 'yellow';
}

/** What the bot asks back about her log: the missing value of a pump, an expression or a diaper, or a yes to "has your milk come in?". */
export type AskedAbout = 'pump' | 'expression' | 'diaper' | 'milk-in';

export interface Expected {
  stored: ExpectedEvent[];
  /** A question back about her log, with nothing (or only what is complete) stored. */
  asks?: AskedAbout;
}

export interface TypedLogCase {
  text: string;
  locale: Locale;
  kind: LogClass;
  expect: Expected;
}

const feed = (at: string, extra: Partial<ExpectedEvent> = {}): ExpectedEvent => ({ type: 'feed', at, ...extra });
const pump = (at: string, ml: number, extra: Partial<ExpectedEvent> = {}): ExpectedEvent => ({ type: 'pump', at, ml, ...extra });
const expression = (at: string, ml: number): ExpectedEvent => ({ type: 'expression', at, ml });
const diaper = (at: string, contents: { wet?: boolean; stool: ExpectedEvent['stool'] }): ExpectedEvent => ({ type: 'diaper', at, ...contents });
const milkIn = (at: string): ExpectedEvent => ({ type: 'milk-in', at });
const stored = (...events: ExpectedEvent[]): Expected => ({ stored: events });
const asks = (about: AskedAbout, ...events: ExpectedEvent[]): Expected => ({ stored: events, asks: about });
const nothing: Expected = { stored: [] };

const NOW = '14:00';

const nb = (kind: LogClass, text: string, expect: Expected): TypedLogCase => ({ text, locale: 'nb', kind, expect });
const nn = (kind: LogClass, text: string, expect: Expected): TypedLogCase => ({ text, locale: 'nn', kind, expect });
const en = (kind: LogClass, text: string, expect: Expected): TypedLogCase => ({ text, locale: 'en', kind, expect });

export const TYPED_LOGS: readonly TypedLogCase[] = [
  // ordinary logs, the bulk of what she types
  nb('ordinary', 'ammet nå', stored(feed(NOW))),
  nb('ordinary', 'ammet kl 11.30', stored(feed('11:30'))),
  nb('ordinary', 'ammet på venstre side i 15 min', stored(feed(NOW, { side: 'left', minutes: 15 }))),
  nb('ordinary', 'ammet høyre 20 minutter kl 12', stored(feed('12:00', { side: 'right', minutes: 20 }))),
  nb('ordinary', 'ammet begge sider kl 13.15', stored(feed('13:15', { side: 'both' }))),
  nb('ordinary', 'ammet i går kl 22', stored(feed('-1 22:00'))),
  nb('ordinary', 'ammet for 20 min siden', stored(feed('13:40'))),
  nb('ordinary', 'pumpet 25 ml', stored(pump(NOW, 25))),
  nb('ordinary', 'pumpet 30 ml kl 10', stored(pump('10:00', 30))),
  nb('ordinary', 'dobbeltpumpet 40 ml kl 12.30', stored(pump('12:30', 40, { double: true }))),
  nb('ordinary', 'pumpet venstre 12 ml høyre 10 ml', stored(pump(NOW, 22, { leftMl: 12, rightMl: 10 }))),
  nb('ordinary', 'pumpa 12 + 8 ml', stored(pump(NOW, 20))),
  nb('ordinary', 'håndmelket 2 ml', stored(expression(NOW, 2))),
  nb('ordinary', 'håndmelket 1,5 ml kl 11', stored(expression('11:00', 1.5))),
  nb('ordinary', 'våt bleie', stored(diaper(NOW, { wet: true, stool: 'none' }))),
  nb('ordinary', 'våt bleie og gul bæsj kl 13', stored(diaper('13:00', { wet: true, stool: 'yellow' }))),
  nb('ordinary', 'tissebleie kl 9', stored(diaper('09:00', { wet: true, stool: 'none' }))),
  nb('ordinary', 'tørr bleie med gul bæsj', stored(diaper(NOW, { wet: false, stool: 'yellow' }))),
  nb('ordinary', 'ammet kl 12 og våt bleie kl 12.20', stored(feed('12:00'), diaper('12:20', { wet: true, stool: 'none' }))),
  nb('ordinary', 'pumpet', asks('pump')),
  nb('ordinary', 'bæsjebleie', asks('diaper')),
  nb('ordinary', 'melken har kommet', stored(milkIn(NOW))),
  nb('ordinary', 'ammet 20 min venstre og 10 min høyre', stored(feed(NOW, { side: 'both', minutes: 30 }))),
  nb('ordinary', 'pumpet 30 ml for en time siden', stored(pump('13:00', 30))),
  nb('ordinary', 'melka ut 3 ml', stored(expression(NOW, 3))),
  nn('ordinary', 'amma no', stored(feed(NOW))),
  nn('ordinary', 'amma klokka 11', stored(feed('11:00'))),
  nn('ordinary', 'pumpa 40 ml klokka 12', stored(pump('12:00', 40))),
  nn('ordinary', 'handmjølka 2 ml', stored(expression(NOW, 2))),
  nn('ordinary', 'våt bleie klokka 10', stored(diaper('10:00', { wet: true, stool: 'none' }))),
  en('ordinary', 'fed now', stored(feed(NOW))),
  en('ordinary', 'fed on the left for 15 minutes', stored(feed(NOW, { side: 'left', minutes: 15 }))),
  en('ordinary', 'nursed both sides at 1pm', stored(feed('13:00', { side: 'both' }))),
  en('ordinary', 'pumped 30 ml at 10am', stored(pump('10:00', 30))),
  en('ordinary', 'wet diaper at 9', stored(diaper('09:00', { wet: true, stool: 'none' }))),
  en('ordinary', 'hand expressed 2 ml', stored(expression(NOW, 2))),
  en('ordinary', 'double pumped 50 ml', stored(pump(NOW, 50, { double: true }))),
  en('ordinary', 'wet nappy and yellow poo at 11', stored(diaper('11:00', { wet: true, stool: 'yellow' }))),

  // an amount from each breast is both breasts' amount
  nb('per-breast', 'pumpet 20 ml fra hvert bryst', stored(pump(NOW, 40, { leftMl: 20, rightMl: 20 }))),
  nb('per-breast', 'pumpet 10 ml på hver side', stored(pump(NOW, 20, { leftMl: 10, rightMl: 10 }))),
  nb('per-breast', 'pumpet 15 ml fra hvert bryst kl 10', stored(pump('10:00', 30, { leftMl: 15, rightMl: 15 }))),
  nb('per-breast', 'dobbeltpumpet 25 ml per bryst', stored(pump(NOW, 50, { leftMl: 25, rightMl: 25, double: true }))),
  nb('per-breast', 'fikk 12 ml i hvert bryst da jeg pumpet kl 11', stored(pump('11:00', 24, { leftMl: 12, rightMl: 12 }))),
  nb('per-breast', 'pumpet 8 ml fra hver side for en time siden', stored(pump('13:00', 16, { leftMl: 8, rightMl: 8 }))),
  nb('per-breast', 'håndmelket 2 ml fra hvert bryst', stored(expression(NOW, 4))),
  nb('per-breast', 'pumpet 40 ml fra begge brystene', stored(pump(NOW, 40))),
  nb('per-breast', 'pumpet 30 ml fra hvert bryst i morges', stored(pump('07:00', 60, { leftMl: 30, rightMl: 30 }))),
  nn('per-breast', 'pumpa 15 ml frå kvart bryst', stored(pump(NOW, 30, { leftMl: 15, rightMl: 15 }))),
  nn('per-breast', 'pumpa 20 ml på kvar side klokka 12', stored(pump('12:00', 40, { leftMl: 20, rightMl: 20 }))),
  en('per-breast', 'pumped 25 ml from each breast', stored(pump(NOW, 50, { leftMl: 25, rightMl: 25 }))),
  en('per-breast', 'pumped 15ml each side at 11', stored(pump('11:00', 30, { leftMl: 15, rightMl: 15 }))),
  en('per-breast', 'pumped 10 ml per breast', stored(pump(NOW, 20, { leftMl: 10, rightMl: 10 }))),

  // spoons, drops and syringes are not millilitres: ask
  nb('household-measure', 'pumpet 2 teskjeer', asks('pump')),
  nb('household-measure', 'pumpet en spiseskje', asks('pump')),
  nb('household-measure', 'pumpet 2 ss', asks('pump')),
  nb('household-measure', 'håndmelket 1 ts', asks('expression')),
  nb('household-measure', 'håndmelket noen dråper', asks('expression')),
  nb('household-measure', 'pumpet ca 1 teskje kl 10', asks('pump')),
  nb('household-measure', 'håndmelket en halv teskje', asks('expression')),
  nb('household-measure', 'håndmelket 5 dråper', asks('expression')),
  nn('household-measure', 'pumpa ei skei', asks('pump')),
  nn('household-measure', 'handmjølka nokre dropar', asks('expression')),
  en('household-measure', 'pumped a tablespoon', asks('pump')),
  en('household-measure', 'pumped 2 tsp', asks('pump')),
  en('household-measure', 'hand expressed a few drops', asks('expression')),

  // by hand without the verb "håndmelke"
  nb('by-hand', 'fikk ut 3 ml med hendene', stored(expression(NOW, 3))),
  nb('by-hand', 'fikk litt ut med hendene', asks('expression')),
  nb('by-hand', '2 ml for hånd', stored(expression(NOW, 2))),
  nb('by-hand', 'fikk ut 1 ml med hånden kl 10', stored(expression('10:00', 1))),
  nb('by-hand', 'pumpet 20 ml og 2 ml for hånd', stored(pump(NOW, 20), expression(NOW, 2))),
  nb('by-hand', 'melket ut 4 ml for hånd', stored(expression(NOW, 4))),
  nb('by-hand', 'klemte ut 2 ml med hånda i morges', stored(expression('07:00', 2))),
  nb('by-hand', 'tok ut 1,5 ml med hendene for en time siden', stored(expression('13:00', 1.5))),
  nn('by-hand', 'fekk ut 2 ml med handa', stored(expression(NOW, 2))),
  nn('by-hand', 'fekk litt ut med hendene klokka 11', asks('expression')),
  en('by-hand', 'got 3 ml out by hand', stored(expression(NOW, 3))),
  en('by-hand', '1 ml by hand at 10', stored(expression('10:00', 1))),
  en('by-hand', 'got a little out by hand', asks('expression')),

  // half an hour is thirty minutes
  nb('half-hour', 'ammet i en halv time', stored(feed(NOW, { minutes: 30 }))),
  nb('half-hour', 'ammet for en halv time siden', stored(feed('13:30'))),
  nb('half-hour', 'ammet en halvtime kl 12', stored(feed('12:00', { minutes: 30 }))),
  nb('half-hour', 'pumpet 20 ml for en halv time siden', stored(pump('13:30', 20))),
  nb('half-hour', 'våt bleie for en halv time siden', stored(diaper('13:30', { wet: true, stool: 'none' }))),
  nb('half-hour', 'ammet venstre side en halv time', stored(feed(NOW, { side: 'left', minutes: 30 }))),
  nb('half-hour', 'ammet i en time kl 11', stored(feed('11:00', { minutes: 60 }))),
  nb('half-hour', 'ammet i halvannen time', stored(feed(NOW, { minutes: 90 }))),
  nn('half-hour', 'amma ein halv time', stored(feed(NOW, { minutes: 30 }))),
  nn('half-hour', 'amma for ein halvtime sidan', stored(feed('13:30'))),
  en('half-hour', 'fed half an hour ago', stored(feed('13:30'))),
  en('half-hour', 'fed for half an hour', stored(feed(NOW, { minutes: 30 }))),
  en('half-hour', 'nursed for half an hour at 11', stored(feed('11:00', { minutes: 30 }))),
  en('half-hour', 'pumped 20 ml half an hour ago', stored(pump('13:30', 20))),
  en('half-hour', 'fed for an hour at noon', stored(feed('12:00', { minutes: 60 }))),

  // a range is stored at its start, with its length for a feed
  nb('time-range', 'ammet fra 9 til 9.20', stored(feed('09:00', { minutes: 20 }))),
  nb('time-range', 'ammet 12.10-12.35', stored(feed('12:10', { minutes: 25 }))),
  nb('time-range', 'ammet kl 10-10.30 på venstre', stored(feed('10:00', { side: 'left', minutes: 30 }))),
  nb('time-range', 'ammet mellom 11 og 11.40', stored(feed('11:00', { minutes: 40 }))),
  nb('time-range', 'ammet fra kl 13 til kl 13.25', stored(feed('13:00', { minutes: 25 }))),
  nb('time-range', 'ammet i går fra 23.40 til 00.10', stored(feed('-1 23:40', { minutes: 30 }))),
  nb('time-range', 'pumpet fra 10.00 til 10.20, 30 ml', stored(pump('10:00', 30))),
  nb('time-range', 'ammet 8:15-8:45', stored(feed('08:15', { minutes: 30 }))),
  nb('time-range', 'ammet fra halv tolv til tolv', stored(feed('11:30', { minutes: 30 }))),
  nn('time-range', 'amma frå 8 til halv 9', stored(feed('08:00', { minutes: 30 }))),
  nn('time-range', 'amma klokka 12.00-12.15', stored(feed('12:00', { minutes: 15 }))),
  en('time-range', 'fed from 11 to 11:25', stored(feed('11:00', { minutes: 25 }))),
  en('time-range', 'nursed 9:30-9:50 on the right', stored(feed('09:30', { side: 'right', minutes: 20 }))),
  en('time-range', 'pumped 25 ml from 12 to 12:20', stored(pump('12:00', 25))),

  // several times: each is stored, or she is asked; none is dropped
  nb('several-times', 'ammet kl 8 og kl 11', stored(feed('08:00'), feed('11:00'))),
  nb('several-times', 'ammet kl 8, kl 10 og kl 12', stored(feed('08:00'), feed('10:00'), feed('12:00'))),
  nb('several-times', 'ammet kl 9 og 12', stored(feed('09:00'), feed('12:00'))),
  nb('several-times', 'våt bleie kl 9 og kl 12', stored(diaper('09:00', { wet: true, stool: 'none' }), diaper('12:00', { wet: true, stool: 'none' }))),
  nb('several-times', 'ammet i natt kl 2 og kl 5', stored(feed('02:00'), feed('05:00'))),
  nb('several-times', 'ammet kl 7.30 og kl 10.45', stored(feed('07:30'), feed('10:45'))),
  nb('several-times', 'pumpet 20 ml kl 8 og kl 11', nothing),
  nb('several-times', 'pumpet 20 ml kl 9 og 25 ml kl 12', stored(pump('09:00', 20), pump('12:00', 25))),
  nb('several-times', 'ammet venstre kl 10 og høyre kl 12', stored(feed('10:00', { side: 'left' }), feed('12:00', { side: 'right' }))),
  nn('several-times', 'amma klokka 7 og klokka 10', stored(feed('07:00'), feed('10:00'))),
  nn('several-times', 'amma klokka 9, 11 og 13', stored(feed('09:00'), feed('11:00'), feed('13:00'))),
  en('several-times', 'fed at 9 and at 12', stored(feed('09:00'), feed('12:00'))),
  en('several-times', 'fed at 8am and 11am', stored(feed('08:00'), feed('11:00'))),
  en('several-times', 'wet diapers at 10 and 13', stored(diaper('10:00', { wet: true, stool: 'none' }), diaper('13:00', { wet: true, stool: 'none' }))),

  // nynorsk spellings
  nn('nynorsk', 'grønbrun bæsj', stored(diaper(NOW, { stool: 'transitional' }))),
  nn('nynorsk', 'bæsjebleie, grønbrun', stored(diaper(NOW, { stool: 'transitional' }))),
  nn('nynorsk', 'bleia var våt og bæsjen brungrøn', stored(diaper(NOW, { wet: true, stool: 'transitional' }))),
  nn('nynorsk', 'grønleg bæsj klokka 10', stored(diaper('10:00', { stool: 'transitional' }))),
  nn('nynorsk', 'gulleg bæsj no', stored(diaper(NOW, { stool: 'yellow' }))),
  nn('nynorsk', 'svart bæsj i natt', stored(diaper('03:00', { stool: 'meconium' }))),
  nn('nynorsk', 'amma i føremiddag', stored(feed('10:00'))),
  nn('nynorsk', 'amma på høgre sida i 20 minutt', stored(feed(NOW, { side: 'right', minutes: 20 }))),
  nn('nynorsk', 'mjølka har kome', stored(milkIn(NOW))),
  nn('nynorsk', 'skiten bleie, gul', stored(diaper(NOW, { stool: 'yellow' }))),
  nn('nynorsk', 'pumpa 30 ml i går kveld', stored(pump('-1 20:00', 30))),
  nn('nynorsk', 'tissebleie og grønbrunt bæsj', stored(diaper(NOW, { wet: true, stool: 'transitional' }))),

  // body signs: a clear statement logs; signs alone ask; a question stays a question
  nb('body-sign', 'melka har komt', stored(milkIn(NOW))),
  nb('body-sign', 'melken kom i natt', stored(milkIn('03:00'))),
  nb('body-sign', 'brystene kjennes fulle og tunge ut', asks('milk-in')),
  nb('body-sign', 'kjenner at brystene er spente og fulle i dag', asks('milk-in')),
  nb('body-sign', 'brystene er mye fyldigere og tyngre nå', asks('milk-in')),
  nb('body-sign', 'tror melka har kommet', asks('milk-in')),
  nb('body-sign', 'melken har ikke kommet ennå', nothing),
  nn('body-sign', 'brysta er fulle og tunge', asks('milk-in')),
  nn('body-sign', 'mjølka kom i går kveld', stored(milkIn('-1 20:00'))),
  en('body-sign', 'my milk came in', stored(milkIn(NOW))),
  en('body-sign', 'milk has come in this morning', stored(milkIn('07:00'))),
  en('body-sign', 'my breasts feel full and heavy', asks('milk-in')),
  en('body-sign', 'I think my milk has come in', asks('milk-in')),

  // a stool alone says nothing about wet
  nb('stool-only', 'gul bæsj', stored(diaper(NOW, { stool: 'yellow' }))),
  nb('stool-only', 'svart bæsj kl 10', stored(diaper('10:00', { stool: 'meconium' }))),
  nb('stool-only', 'bæsjebleie, gul', stored(diaper(NOW, { stool: 'yellow' }))),
  nb('stool-only', 'grønn bæsj nå', stored(diaper(NOW, { stool: 'transitional' }))),
  nb('stool-only', 'sennepsgul bæsj for en time siden', stored(diaper('13:00', { stool: 'yellow' }))),
  nb('stool-only', 'bleie med barnebek kl 6', stored(diaper('06:00', { stool: 'meconium' }))),
  nb('stool-only', 'tørr bleie, bare gul bæsj', stored(diaper(NOW, { wet: false, stool: 'yellow' }))),
  nb('stool-only', 'bæsj', asks('diaper')),
  nb('stool-only', 'to gule bæsjebleier siden i morges', stored(diaper('07:15', { stool: 'yellow' }), diaper('11:45', { stool: 'yellow' }))),
  en('stool-only', 'yellow poo', stored(diaper(NOW, { stool: 'yellow' }))),
  en('stool-only', 'dirty nappy, green', stored(diaper(NOW, { stool: 'transitional' }))),
  en('stool-only', 'black stool at 5', stored(diaper('05:00', { stool: 'meconium' }))),

  // typos in short words
  nb('typo', 'amet kl 10', stored(feed('10:00'))),
  nb('typo', 'amet nå', stored(feed(NOW))),
  nb('typo', 'ammt kl 9', stored(feed('09:00'))),
  nb('typo', 'pumet 20 ml', stored(pump(NOW, 20))),
  nb('typo', 'pumpde 30 ml kl 11', stored(pump('11:00', 30))),
  nb('typo', 'melken har komt', stored(milkIn(NOW))),
  nb('typo', 'ammmet venstre side', stored(feed(NOW, { side: 'left' }))),
  nn('typo', 'mjølka har komt', stored(milkIn(NOW))),
  en('typo', 'pumpd 20 ml', stored(pump(NOW, 20))),
  en('typo', 'brestfed at 10', stored(feed('10:00'))),
  en('ordinary', 'breastfed at 10', stored(feed('10:00'))),

  // questions stay questions, whatever they name
  nb('question', 'brystene er harde og vonde, hva gjør jeg', nothing),
  nb('question', 'har melken kommet?', nothing),
  nb('question', 'brystene er så fulle, er det normalt?', nothing),
  nb('question', 'hvor mye bør jeg pumpe?', nothing),
  nb('question', 'er det normalt med grønn bæsj?', nothing),
  nb('question', 'hvor lenge skal jeg amme på hver side?', nothing),
  nb('question', 'melka kommer ikke, hva kan jeg gjøre', nothing),
  nb('question', 'brystene verker og er harde, hva hjelper', nothing),
  nn('question', 'kva gjer eg når brysta er harde og vonde?', nothing),
  nn('question', 'har mjølka kome no?', nothing),
  en('question', 'my breasts are hard and sore, what should I do?', nothing),
  en('question', 'has my milk come in?', nothing),
  en('question', 'how much should I pump from each breast?', nothing),
];

/** Her typed answer to an open check-in question ("how many feeds in the last 24 hours?"): the number filed, or 'skip'. */
export interface CheckinAnswerCase {
  text: string;
  locale: Locale;
  filed: number | 'skip';
}

export const CHECKIN_ANSWERS: readonly CheckinAnswerCase[] = [
  { text: '7 ganger tror jeg', locale: 'nb', filed: 7 },
  { text: 'bare 4', locale: 'nb', filed: 4 },
  { text: '4 bare', locale: 'nb', filed: 4 },
  { text: 'vet ikke', locale: 'nb', filed: 'skip' },
  { text: 'ca 9 ganger', locale: 'nb', filed: 9 },
  { text: 'tror det ble 8', locale: 'nb', filed: 8 },
  { text: 'åtte tror jeg', locale: 'nb', filed: 8 },
  { text: 'sikkert 10', locale: 'nb', filed: 10 },
  { text: 'berre 5', locale: 'nn', filed: 5 },
  { text: '6 trur eg', locale: 'nn', filed: 6 },
  { text: 'veit ikkje', locale: 'nn', filed: 'skip' },
  { text: 'about 9 I think', locale: 'en', filed: 9 },
  { text: 'only 5', locale: 'en', filed: 5 },
  { text: 'no idea', locale: 'en', filed: 'skip' },
];
