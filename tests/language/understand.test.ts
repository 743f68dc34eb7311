import { understand, type Intent } from '../../src/language/intents';
import type { Locale } from '../../src/mother/profile';

// Tuesday 24 Nov 2026, 14:00 in Oslo (UTC+1)
const NOW = '2026-11-24T13:00:00Z';
const ctx = (locale: Locale) => ({ now: NOW, timezone: 'Europe/Oslo', locale });

const feed = (at = NOW, extra: object = {}) => ({ type: 'feed', at, ...extra });
const pump = (ml: number, extra: object = {}) => ({ type: 'pump', at: NOW, ml, ...extra });
const expression = (ml: number, at = NOW) => ({ type: 'expression', at, ml });
/** `wet` undefined: she said nothing about wet, which is not dry. */
const diaper = (wet: boolean | undefined, stool: string, at = NOW) => ({ type: 'diaper', at, ...(wet === undefined ? {} : { wet }), stool });
const milkIn = (at = NOW) => ({ type: 'milk-in', at });
const log = (...events: object[]) => ({ kind: 'log', events });

type Case = [text: string, locale: Locale, expected: Partial<Intent> | Record<string, unknown>];

const LOGS: Case[] = [
  // feeds
  ['ammet nå', 'nb', log(feed())],
  ['Ammet', 'nb', log(feed())],
  ['har ammet', 'nb', log(feed())],
  ['ammet akkurat nå', 'nb', log(feed())],
  ['ammet kl 13.30', 'nb', log(feed('2026-11-24T12:30:00Z'))],
  ['ammet kl. 13:30', 'nb', log(feed('2026-11-24T12:30:00Z'))],
  ['ammet 13.30', 'nb', log(feed('2026-11-24T12:30:00Z'))],
  ['ammet for en time siden', 'nb', log(feed('2026-11-24T12:00:00Z'))],
  ['ammet for 20 min siden', 'nb', log(feed('2026-11-24T12:40:00Z'))],
  ['ammet for et kvarter siden', 'nb', log(feed('2026-11-24T12:45:00Z'))],
  ['ammet for en halvtime siden', 'nb', log(feed('2026-11-24T12:30:00Z'))],
  ['ammet for to timer siden', 'nb', log(feed('2026-11-24T11:00:00Z'))],
  ['ammet halv tre', 'nb', log(feed('2026-11-24T01:30:00Z'))],
  ['ammet kvart over ett', 'nb', log(feed('2026-11-24T12:15:00Z'))],
  ['ammet i går kl 22', 'nb', log(feed('2026-11-23T21:00:00Z'))],
  ['ammet kl 3 i natt', 'nb', log(feed('2026-11-24T02:00:00Z'))],
  ['ammet i natt', 'nb', log(feed('2026-11-24T02:00:00Z'))],
  ['ammet i morges', 'nb', log(feed('2026-11-24T06:00:00Z'))],
  ['ammet i går kveld', 'nb', log(feed('2026-11-23T19:00:00Z'))],
  ['ammet venstre side', 'nb', log(feed(NOW, { side: 'left' }))],
  ['ammet høyre bryst i 15 min', 'nb', log(feed(NOW, { side: 'right', minutes: 15 }))],
  ['ammet begge sider 20 minutter', 'nb', log(feed(NOW, { side: 'both', minutes: 20 }))],
  ['amming nå', 'nb', log(feed())],
  ['ammer nå', 'nb', log(feed())],
  ['amde', 'nb', log(feed())],
  ['amma', 'nn', log(feed())],
  ['amma no nettopp', 'nn', log(feed())],
  ['amma kl 12', 'nn', log(feed('2026-11-24T11:00:00Z'))],
  ['amma for ein time sidan', 'nn', log(feed('2026-11-24T12:00:00Z'))],
  ['amma i natt', 'nn', log(feed('2026-11-24T02:00:00Z'))],
  ['amma vinstre side', 'nn', log(feed(NOW, { side: 'left' }))],
  ['fed now', 'en', log(feed())],
  ['breastfed 20 min ago', 'en', log(feed('2026-11-24T12:40:00Z'))],
  ['fed at 2 pm', 'en', log(feed('2026-11-24T13:00:00Z'))],
  ['fed at 1:30', 'en', log(feed('2026-11-24T12:30:00Z'))],
  ['nursed on the left side', 'en', log(feed(NOW, { side: 'left' }))],
  ['fed an hour ago', 'en', log(feed('2026-11-24T12:00:00Z'))],
  ['fed last night', 'en', log(feed('2026-11-24T02:00:00Z'))],
  ['fed yesterday at 22:00', 'en', log(feed('2026-11-23T21:00:00Z'))],
  // pumping
  ['pumpet 25 ml', 'nb', log(pump(25))],
  ['pumpet 25ml', 'nb', log(pump(25))],
  ['pumpet 25', 'nb', log(pump(25))],
  ['Pumpet 25 mL', 'nb', log(pump(25))],
  ['pumpa 12 + 10 ml', 'nn', log(pump(22))],
  ['pumpet 12 ml + 10 ml', 'nb', log(pump(22))],
  ['pumpet 12 og 10 ml', 'nb', log(pump(22))],
  ['pumpet venstre 12 ml høyre 10 ml', 'nb', log(pump(22, { leftMl: 12, rightMl: 10 }))],
  ['pumpet 20-25 ml', 'nb', log(pump(20))],
  ['pumpet ca. 20 ml', 'nb', log(pump(20))],
  ['pumpet cirka 30 ml', 'nb', log(pump(30))],
  ['pumpet 0,2 dl', 'nb', log(pump(20))],
  ['pumpet 3 cl', 'nb', log(pump(30))],
  ['pumpet 15 milliliter', 'nb', log(pump(15))],
  ['pumpet tjue ml', 'nb', log(pump(20))],
  ['pumpet tjuefem ml', 'nb', log(pump(25))],
  ['0,2 dl', 'nb', log(pump(20))],
  ['22 ml', 'nb', log(pump(22))],
  ['ca 20 ml', 'nb', log(pump(20))],
  ['dobbeltpumpet 30 ml', 'nb', log(pump(30, { double: true }))],
  ['dobbeltpumpa 30 ml', 'nn', log(pump(30, { double: true }))],
  ['pumpet en side 15 ml', 'nb', log(pump(15, { double: false }))],
  ['pumpa ei side 10 ml', 'nn', log(pump(10, { double: false }))],
  ['pumpet begge samtidig 40 ml', 'nb', log(pump(40, { double: true }))],
  ['pumpa 30 ml i natt', 'nn', log({ type: 'pump', at: '2026-11-24T02:00:00Z', ml: 30 })],
  ['pumpet 20 ml for 2 timer siden', 'nb', log({ type: 'pump', at: '2026-11-24T11:00:00Z', ml: 20 })],
  ['pumped 20 ml', 'en', log(pump(20))],
  ['pumped about 20 ml', 'en', log(pump(20))],
  ['pumped twenty ml', 'en', log(pump(20))],
  ['double pumped 35 ml', 'en', log(pump(35, { double: true }))],
  ['pumped one side 12 ml', 'en', log(pump(12, { double: false }))],
  // hand expression
  ['håndmelket 2 ml', 'nb', log(expression(2))],
  ['handmelka 2 ml', 'nb', log(expression(2))],
  ['håndmelking 1 ml', 'nb', log(expression(1))],
  ['melket ut 3 ml for hånd', 'nb', log(expression(3))],
  ['melka ut 3 ml', 'nb', log(expression(3))],
  ['handmjølka 2 ml', 'nn', log(expression(2))],
  ['mjølka ut 2 ml for hand', 'nn', log(expression(2))],
  ['expressed 3 ml by hand', 'en', log(expression(3))],
  ['hand expressed 2 ml', 'en', log(expression(2))],
  // milk in
  ['melken har kommet', 'nb', log(milkIn())],
  ['Melken har kommet inn!', 'nb', log(milkIn())],
  ['melka har kommet', 'nb', log(milkIn())],
  ['melken kom i natt', 'nb', log(milkIn('2026-11-24T02:00:00Z'))],
  ['mjølka har kome', 'nn', log(milkIn())],
  ['mjølka kom i går kveld', 'nn', log(milkIn('2026-11-23T19:00:00Z'))],
  ['milk has come in', 'en', log(milkIn())],
  ['my milk came in this morning', 'en', log(milkIn('2026-11-24T06:00:00Z'))],
  // diapers
  ['våt bleie', 'nb', log(diaper(true, 'none'))],
  ['vat bleie', 'nb', log(diaper(true, 'none'))],
  ['våt bleie og gul bæsj', 'nb', log(diaper(true, 'yellow'))],
  ['gul bæsj', 'nb', log(diaper(undefined, 'yellow'))],
  ['gul baesj', 'nb', log(diaper(undefined, 'yellow'))],
  ['sennepsgul bæsj', 'nb', log(diaper(undefined, 'yellow'))],
  ['svart bæsj', 'nb', log(diaper(undefined, 'meconium'))],
  ['sort tjæreaktig bæsj', 'nb', log(diaper(undefined, 'meconium'))],
  ['barnebek', 'nb', log(diaper(undefined, 'meconium'))],
  ['bleie med mekonium', 'nb', log(diaper(undefined, 'meconium'))],
  ['grønn bæsj', 'nb', log(diaper(undefined, 'transitional'))],
  ['brun bæsj', 'nb', log(diaper(undefined, 'transitional'))],
  ['grønnbrun bæsj i går kveld', 'nb', log(diaper(undefined, 'transitional', '2026-11-23T19:00:00Z'))],
  ['tissebleie og barnebek', 'nb', log(diaper(true, 'meconium'))],
  ['ingen bæsj, bare våt bleie', 'nb', log(diaper(true, 'none'))],
  ['tissebleie', 'nb', log(diaper(true, 'none'))],
  ['våt bleie kl 12', 'nb', log(diaper(true, 'none', '2026-11-24T11:00:00Z'))],
  ['2 våte bleier', 'nb', log(diaper(true, 'none'), diaper(true, 'none'))],
  ['tre gule bæsjebleier', 'nb', log(diaper(undefined, 'yellow'), diaper(undefined, 'yellow'), diaper(undefined, 'yellow'))],
  ['våt bleia', 'nn', log(diaper(true, 'none'))],
  ['bleia var våt', 'nn', log(diaper(true, 'none'))],
  ['gul bæsj i bleia', 'nn', log(diaper(undefined, 'yellow'))],
  ['wet diaper', 'en', log(diaper(true, 'none'))],
  ['wet nappy', 'en', log(diaper(true, 'none'))],
  ['yellow poo', 'en', log(diaper(undefined, 'yellow'))],
  ['black tarry stool', 'en', log(diaper(undefined, 'meconium'))],
  ['green poop', 'en', log(diaper(undefined, 'transitional'))],
  ['wet diaper and yellow poo', 'en', log(diaper(true, 'yellow'))],
  // several events in one message
  ['ammet og pumpet 15 ml', 'nb', log(feed(), pump(15))],
  ['ammet, våt bleie og pumpet 15 ml', 'nb', log(feed(), diaper(true, 'none'), pump(15))],
  ['pumpet 20 ml og håndmelket 2 ml', 'nb', log(pump(20), expression(2))],
  ['fed and wet diaper', 'en', log(feed(), diaper(true, 'none'))],
  ['pumpet 20 ml kl 12 og 25 ml kl 13', 'nb', log({ type: 'pump', at: '2026-11-24T11:00:00Z', ml: 20 }, { type: 'pump', at: '2026-11-24T12:00:00Z', ml: 25 })],
  ['pumpa 20 ml, 25 ml og 30 ml', 'nn', log(pump(20), pump(25), pump(30))],
  ['to våte bleier og en gul bæsj', 'nb', log(diaper(true, 'none'), diaper(true, 'none'), diaper(undefined, 'yellow'))],
  ['two wet diapers and one yellow poo', 'en', log(diaper(true, 'none'), diaper(true, 'none'), diaper(undefined, 'yellow'))],
  ['3 gule', 'nb', log(diaper(undefined, 'yellow'), diaper(undefined, 'yellow'), diaper(undefined, 'yellow'))],
  ['ho har tissa', 'nn', log(diaper(true, 'none'))],
  ['mjølka kom i dag tidleg', 'nn', log(milkIn('2026-11-24T06:00:00Z'))],
  ['handmjølka 2 ml i natt', 'nn', log(expression(2, '2026-11-24T02:00:00Z'))],
  ['ammet 20 min venstre og 10 min høyre', 'nb', log(feed(NOW, { side: 'both', minutes: 30 }))],
  ['ammet hele natten', 'nb', log(feed('2026-11-24T02:00:00Z'))],
  ['har pumpet 3 ganger i dag, 20, 25 og 30 ml', 'nb', log(pump(20), pump(25), pump(30))],
  ['pumpet 20ml+15ml', 'nb', log(pump(35))],
  ['bæsj: gul', 'nb', log(diaper(undefined, 'yellow'))],
  ['pumped 25ml at 10:30', 'en', log({ type: 'pump', at: '2026-11-24T09:30:00Z', ml: 25 })],
  ['I fed her 3 times since this morning', 'en', log(feed('2026-11-24T05:30:00Z'), feed('2026-11-24T08:30:00Z'), feed('2026-11-24T11:30:00Z'))],
];

const OTHERS: Case[] = [
  // status
  ['hvordan går det?', 'nb', { kind: 'status' }],
  ['Status', 'nb', { kind: 'status' }],
  ['korleis går det', 'nn', { kind: 'status' }],
  ['how am I doing?', 'en', { kind: 'status' }],
  ['oversikt', 'nb', { kind: 'status' }],
  // undo
  ['angre', 'nb', { kind: 'undo' }],
  ['angra', 'nn', { kind: 'undo' }],
  ['slett siste', 'nb', { kind: 'undo' }],
  ['undo', 'en', { kind: 'undo' }],
  // help
  ['hjelp', 'nb', { kind: 'help' }],
  ['help', 'en', { kind: 'help' }],
  ['?', 'nb', { kind: 'help' }],
  ['hva kan du?', 'nb', { kind: 'help' }],
  // export / delete
  ['eksporter', 'nb', { kind: 'export' }],
  ['Eksporter!', 'nn', { kind: 'export' }],
  ['export', 'en', { kind: 'export' }],
  ['slett mine data', 'nb', { kind: 'delete' }],
  ['slett dataa mine', 'nn', { kind: 'delete' }],
  ['delete my data', 'en', { kind: 'delete' }],
  // pause / resume
  ['stopp', 'nb', { kind: 'pause' }],
  ['STOP', 'en', { kind: 'pause' }],
  ['start', 'nb', { kind: 'resume' }],
  ['start igjen', 'nb', { kind: 'resume' }],
  // language
  ['bokmål', 'nn', { kind: 'set-language', locale: 'nb' }],
  ['bokmal', 'en', { kind: 'set-language', locale: 'nb' }],
  ['nynorsk', 'nb', { kind: 'set-language', locale: 'nn' }],
  ['english', 'nb', { kind: 'set-language', locale: 'en' }],
  ['språk engelsk', 'nb', { kind: 'set-language', locale: 'en' }],
  ['bytt til nynorsk', 'nb', { kind: 'set-language', locale: 'nn' }],
  ['språk: nynorsk', 'nb', { kind: 'set-language', locale: 'nn' }],
  ['change language to english', 'nb', { kind: 'set-language', locale: 'en' }],
  // check-in time
  ['endre tid til 08:30', 'nb', { kind: 'set-checkin-time', time: '08:30' }],
  ['sjekk inn kl 8', 'nb', { kind: 'set-checkin-time', time: '08:00' }],
  ['innsjekk kl 21', 'nb', { kind: 'set-checkin-time', time: '21:00' }],
  ['påminnelse kl 9.15', 'nn', { kind: 'set-checkin-time', time: '09:15' }],
  ['check in at 8 pm', 'en', { kind: 'set-checkin-time', time: '20:00' }],
  ['change time to 07:45', 'en', { kind: 'set-checkin-time', time: '07:45' }],
  // birth
  ['fødselen var kl 03.10 i går', 'nb', { kind: 'set-birth', birthAt: '2026-11-23T02:10:00Z', future: false }],
  ['endre fødselstid til i går kl 22', 'nb', { kind: 'set-birth', birthAt: '2026-11-23T21:00:00Z' }],
  ['født kl 5 i dag', 'nb', { kind: 'set-birth', birthAt: '2026-11-24T04:00:00Z' }],
  ['baby was born yesterday at 14:00', 'en', { kind: 'set-birth', birthAt: '2026-11-23T13:00:00Z' }],
  ['fødte 23.11 kl 03.10', 'nb', { kind: 'set-birth', birthAt: '2026-11-23T02:10:00Z', future: false }],
  ['fødselen var kl 03.10 den 23.11', 'nb', { kind: 'set-birth', birthAt: '2026-11-23T02:10:00Z' }],
  ['født 23.11.2026 kl 3.10', 'nb', { kind: 'set-birth', birthAt: '2026-11-23T02:10:00Z' }],
  ['fødd 22/11 kl 22', 'nn', { kind: 'set-birth', birthAt: '2026-11-22T21:00:00Z' }],
  ['født 25.11 kl 10', 'nb', { kind: 'set-birth', birthAt: '2026-11-25T09:00:00Z', future: true }],
  // skip
  ['hopp over', 'nb', { kind: 'skip' }],
  ['vet ikke', 'nb', { kind: 'skip' }],
  ['veit ikkje', 'nn', { kind: 'skip' }],
  ['skip', 'en', { kind: 'skip' }],
  ["I don't know", 'en', { kind: 'skip' }],
  // yes / no
  ['ja', 'nb', { kind: 'yes' }],
  ['Ja takk!', 'nb', { kind: 'yes' }],
  ['jo', 'nb', { kind: 'yes' }],
  ['jepp', 'nb', { kind: 'yes' }],
  ['ok', 'nb', { kind: 'yes' }],
  ['gjerne', 'nn', { kind: 'yes' }],
  ['yes', 'en', { kind: 'yes' }],
  ['yeah', 'en', { kind: 'yes' }],
  ['👍', 'nb', { kind: 'yes' }],
  ['nei', 'nb', { kind: 'no' }],
  ['nei takk', 'nb', { kind: 'no' }],
  ['ikke nå', 'nb', { kind: 'no' }],
  ['ikkje no', 'nn', { kind: 'no' }],
  ['nope', 'en', { kind: 'no' }],
  ['no', 'en', { kind: 'no' }],
  ['no thanks', 'en', { kind: 'no' }],
  // numbers
  ['9', 'nb', { kind: 'number', value: 9 }],
  ['ni', 'nb', { kind: 'number', value: 9 }],
  ['åtte', 'nb', { kind: 'number', value: 8 }],
  ['aatte', 'nb', { kind: 'number', value: 8 }],
  ['tolv', 'nn', { kind: 'number', value: 12 }],
  ['to', 'nb', { kind: 'number', value: 2 }],
  ['ein', 'nn', { kind: 'number', value: 1 }],
  // «éin», «éi» with the stress mark nynorsk writes to tell the number from the article
  ['éin', 'nn', { kind: 'number', value: 1 }],
  ['éi', 'nn', { kind: 'number', value: 1 }],
  ['eitt', 'nn', { kind: 'number', value: 1 }],
  ['ca 8', 'nb', { kind: 'number', value: 8, approximate: true }],
  ['9 ganger', 'nb', { kind: 'number', value: 9 }],
  ['8-9', 'nb', { kind: 'number', value: 8, range: [8, 9] }],
  ['ingen', 'nb', { kind: 'number', value: 0 }],
  ['null', 'nb', { kind: 'number', value: 0 }],
  ['tjueein', 'nn', { kind: 'number', value: 21 }],
  ['seven', 'en', { kind: 'number', value: 7 }],
  ['none', 'en', { kind: 'number', value: 0 }],
  ['22, 25, 30', 'nb', { kind: 'numbers', values: [22, 25, 30] }],
  // bare times
  ['halv tre', 'nb', { kind: 'time', at: '2026-11-24T01:30:00Z', future: false }],
  ['kl 14', 'nb', { kind: 'time', at: '2026-11-24T13:00:00Z', future: false }],
  ['kl 15', 'nb', { kind: 'time', at: '2026-11-24T14:00:00Z', future: true, ifYesterday: '2026-11-23T14:00:00Z' }],
  ['14:30', 'nb', { kind: 'time', future: true }],
  ['for 20 min siden', 'nb', { kind: 'time', at: '2026-11-24T12:40:00Z' }],
  ['nå', 'nb', { kind: 'time', at: NOW }],
  ['i går kveld', 'nn', { kind: 'time', at: '2026-11-23T19:00:00Z', approximate: true }],
  ['kvart på tre', 'nb', { kind: 'time', at: '2026-11-24T01:45:00Z' }],
  ['half past one', 'en', { kind: 'time', at: '2026-11-24T12:30:00Z' }],
  ['20 minutes ago', 'en', { kind: 'time', at: '2026-11-24T12:40:00Z' }],
  // questions
  ['hva er råmelk?', 'nb', { kind: 'question', text: 'hva er råmelk?' }],
  ['Hvordan håndmelker jeg?', 'nb', { kind: 'question' }],
  ['når kommer melken', 'nb', { kind: 'question' }],
  ['kan jeg pumpe for mye?', 'nb', { kind: 'question' }],
  ['er det normalt med grønn bæsj?', 'nb', { kind: 'question' }],
  ['har jeg ammet nok?', 'nb', { kind: 'question' }],
  ['kva er råmjølk', 'nn', { kind: 'question' }],
  ['korleis mjølkar eg ut for hand?', 'nn', { kind: 'question' }],
  ['how do I store milk?', 'en', { kind: 'question' }],
  ['what is colostrum', 'en', { kind: 'question' }],
  ['jeg lurer på om babyen får nok', 'nb', { kind: 'question' }],
  ['babyen sover mye?', 'nb', { kind: 'question' }],
  // unknown
  ['blah blah', 'nb', { kind: 'unknown' }],
  ['', 'nb', { kind: 'unknown' }],
  ['🙂🙂', 'nb', { kind: 'unknown' }],
  ['melken har ikke kommet', 'nb', { kind: 'unknown' }],
  ['my milk has not come in yet', 'en', { kind: 'unknown' }],
  ['pumpa er ødelagt', 'nn', { kind: 'unknown' }],
  ['nei, ikke ammet', 'nb', { kind: 'unknown' }],
  ['har ikkje pumpa i dag', 'nn', { kind: 'unknown' }],
  ["didn't feed", 'en', { kind: 'unknown' }],
  ['ok takk', 'nb', { kind: 'yes' }],
];

describe('understand: logs', () => {
  test.each(LOGS)('%s (%s)', (text, locale, expected) => {
    expect(understand(text, ctx(locale))).toMatchObject(expected);
  });
});

describe('understand: commands, answers and questions', () => {
  test.each(OTHERS)('%s (%s)', (text, locale, expected) => {
    expect(understand(text, ctx(locale))).toMatchObject(expected);
  });
});

test('the table covers at least 150 phrasings', () => {
  expect(LOGS.length + OTHERS.length).toBeGreaterThanOrEqual(150);
});

describe('facts a dialog needs to refuse or ask', () => {
  const nb = ctx('nb');

  test('a time later than now today is kept and flagged, with yesterday offered', () => {
    expect(understand('ammet kl 15.30', nb)).toMatchObject({
      kind: 'log',
      events: [feed('2026-11-24T14:30:00Z')],
      concerns: [{ code: 'future-time', at: '2026-11-24T14:30:00Z', ifYesterday: '2026-11-23T14:30:00Z' }],
    });
  });

  test.each([['pumpet 600 ml', 600], ['pumpet -5 ml', -5], ['pumpet 1 l', 1000]])('%s is out of range', (text, ml) => {
    expect(understand(text, nb)).toMatchObject({ kind: 'log', events: [pump(ml)], concerns: [{ code: 'volume-out-of-range', ml }] });
  });

  test('more than 30 feeds is reported and not turned into events', () => {
    expect(understand('ammet 40 ganger', nb)).toEqual({
      kind: 'log', events: [], pending: [], concerns: [{ code: 'too-many', type: 'feed', count: 40 }],
      counts: [{ type: 'feed', count: 40, until: NOW }],
    });
  });

  test('a range and a missing unit are reported', () => {
    expect(understand('pumpet 20-25 ml', nb)).toMatchObject({ concerns: [{ code: 'approximate-volume', ml: 20, range: [20, 25] }] });
    expect(understand('pumpet 25', nb)).toMatchObject({ concerns: [{ code: 'volume-unit-assumed', ml: 25 }] });
  });

  test('a count over a period is spread over it and reported', () => {
    const intent = understand('tre gule bæsjebleier i dag', nb);
    expect(intent).toMatchObject({ kind: 'log', counts: [{ type: 'diaper', count: 3, from: '2026-11-23T23:00:00Z', until: NOW }] });
    if (intent.kind !== 'log') throw new Error('expected a log');
    expect(intent.events.map((event) => event.at)).toEqual(['2026-11-24T01:20:00Z', '2026-11-24T06:00:00Z', '2026-11-24T10:40:00Z']);
  });

  test('"siste døgn" counts over the last 24 hours', () => {
    expect(understand('ammet 8 ganger siste døgn', nb)).toMatchObject({
      kind: 'log', counts: [{ type: 'feed', count: 8, from: '2026-11-23T13:00:00Z', until: NOW }],
    });
  });

  test('"ingen bæsj i dag" logs nothing but counts none', () => {
    expect(understand('ingen bæsj i dag', nb)).toMatchObject({ kind: 'log', events: [], counts: [{ type: 'diaper', count: 0 }] });
  });

  test.each([
    ['pumpet', { type: 'pump', missing: ['ml'] }],
    ['håndmelket', { type: 'expression', missing: ['ml'] }],
    ['bæsjebleie', { type: 'diaper', missing: ['stool'] }],
    ['bleie', { type: 'diaper', missing: ['wet', 'stool'] }],
    ['dobbeltpumpet', { type: 'pump', double: true, missing: ['ml'] }],
  ])('"%s" is pending until she gives the rest', (text, pendingEvent) => {
    expect(understand(text, nb)).toMatchObject({ kind: 'log', events: [], pending: [{ at: NOW, ...pendingEvent }] });
  });
});
