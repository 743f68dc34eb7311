import { handleTurn } from '../../dialogs/handle-turn';
import { checkinDue } from '../../dialogs/handle-turn';
import { runTurns } from './support/run-turns';
import type { TurnContextInfo, TurnInput } from '../../dialogs/turn';
import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { openDialog } from './support/open-dialog';

/**
 * Typed check-in answers as tired mothers write them, over the whole turn: what is filed under the
 * open question. `'skip'`: the question is passed by with nothing filed; `'not'`: the message must not
 * be read as an answer (nothing is filed under this question or any other).
 */
type Expected = number | number[] | 'skip' | 'not';
type Row = [Locale, 'feeds' | 'pumpMl', string, Expected];

export const TABLE: Row[] = [
  // nb
  ['nb', 'feeds', '5 ganger tror jeg', 5],
  ['nb', 'feeds', 'bare 2', 2],
  ['nb', 'feeds', '2 bare', 2],
  ['nb', 'feeds', 'ca 6', 6],
  ['nb', 'feeds', 'rundt 8', 8],
  ['nb', 'feeds', 'kanskje 7', 7],
  ['nb', 'feeds', '6 stk', 6],
  ['nb', 'feeds', 'fem', 5],
  ['nb', 'feeds', 'seks ganger', 6],
  // A count of feeds answers «how many feeds?»; logged instead, it stacked that many feeds at this minute.
  ['nb', 'feeds', 'ammet 5 ganger', 5],
  ['nb', 'feeds', 'hun har ammet kanskje 7 ganger', 7],
  ['nb', 'feeds', 'ingen', 0],
  ['nb', 'feeds', 'null', 0],
  ['nb', 'feeds', 'vet ikke', 'skip'],
  ['nb', 'feeds', 'husker ikke', 'skip'],
  ['nb', 'feeds', 'tror det var 9', 9],
  ['nb', 'feeds', 'omtrent 10 ganger', 10],
  ['nb', 'feeds', 'ca 7 ganger tror jeg', 7],
  ['nb', 'feeds', 'vel 8', 8],
  ['nb', 'pumpMl', 'bare 15', [15]],
  ['nb', 'pumpMl', 'ca 20, 30 og 25', [20, 30, 25]],
  ['nn', 'pumpMl', 'berre 10 og 12', [10, 12]],
  // the last amount's unit left out: still the answer, never three pumpings logged beside the question (found in a walk)
  ['nb', 'pumpMl', '10ml, 15 ml og 12', [10, 15, 12]],
  ['nn', 'pumpMl', 'pumpa 10 ml, 15 ml og 12', [10, 15, 12]],
  ['en', 'pumpMl', '10ml, 15 ml and 12', [10, 15, 12]],
  // the verb and two amounts joined without a unit: two sessions, as the question asks for each (found in a walk: the 15 was lost)
  ['nn', 'pumpMl', 'pumpa 10 og 15', [10, 15]],
  ['nb', 'pumpMl', 'pumpet 10 og 15', [10, 15]],
  ['en', 'pumpMl', 'pumped 10 and 15', [10, 15]],
  // nn
  ['nn', 'feeds', 'amma 5 gonger', 5],
  ['nn', 'feeds', '6 gonger', 6],
  ['nn', 'feeds', 'berre 3', 3],
  ['nn', 'feeds', 'kring 7', 7],
  ['nn', 'feeds', '4 trur eg', 4],
  ['nn', 'feeds', 'veit ikkje', 'skip'],
  ['nn', 'feeds', 'hugsar ikkje', 'skip'],
  ['nn', 'feeds', 'ingen', 0],
  ['nn', 'feeds', 'seks gonger', 6],
  // en
  ['en', 'feeds', 'about 6', 6],
  ['en', 'feeds', 'fed 5 times', 5],
  ['en', 'feeds', '6 times I think', 6],
  ['en', 'feeds', 'none', 0],
  ['en', 'feeds', "don't know", 'skip'],
  ['en', 'feeds', 'maybe 7', 7],
  ['en', 'feeds', 'just 2', 2],
  ['en', 'feeds', 'around 8 times', 8],
  ['en', 'feeds', 'only 3', 3],
  ['en', 'feeds', 'I think 5', 5],
  ['en', 'feeds', "can't remember", 'skip'],
  ['en', 'pumpMl', 'about 40', [40]],
  // must not be read as an answer
  ['nb', 'feeds', '5 eller 6?', 'not'],
  ['nb', 'feeds', 'er 5 nok?', 'not'],
  ['nb', 'feeds', '5 eller 6', 'not'],
  ['nb', 'feeds', '3 og 4', 'not'],
  ['nb', 'feeds', 'pumpet 20 ml', 'not'],
  ['nb', 'feeds', 'kl 5', 'not'],
  ['nb', 'feeds', '7 i går, 5 i dag', 'not'],
  ['nb', 'feeds', 'hun sov 5 timer', 'not'],
  ['en', 'feeds', 'is 5 enough?', 'not'],
  ['en', 'feeds', 'um like 6 or 7 times?', 'not'],
  ['nn', 'feeds', '6 eller 7 trur eg', 'not'],
  ['en', 'pumpMl', 'um like 6 or 7 times?', 'not'],
  // unsure, with one number, is still her answer
  ['nb', 'feeds', '8?', 8],
  ['en', 'feeds', 'like 8?', 8],
  ['en', 'feeds', '2 weeks', 'not'],
];

const NOW = '2026-11-26T13:00:00.000Z'; // 14:00 in Oslo, day 3
const BIRTH = '2026-11-24T02:10:00.000Z';
let ids = 0;
const ctx = (locale: Locale): TurnContextInfo => ({ motherId: 'm', now: NOW, channelLocale: locale, defaultLocale: 'nb', defaultTimezone: 'Europe/Oslo', newId: () => `id-${ids++}` });
const tap = (value: Record<string, unknown>): TurnInput => ({ kind: 'message', text: '', value });

function inCheckin(locale: Locale, mode: 'breast' | 'pump'): MotherDocument {
  const onboarded = runTurns(undefined, [tap({ action: 'onboard', birthAt: BIRTH, feedingMode: mode, checkInTime: '09:00', timezone: 'Europe/Oslo', consent: true })], ctx(locale)).doc!;
  return checkinDue(onboarded, NOW).doc;
}

/** What one message files under the open question: a value, 'skip' or 'not'. */
export function filed(locale: Locale, question: 'feeds' | 'pumpMl', message: string): Expected {
  const before = inCheckin(locale, question === 'pumpMl' ? 'pump' : 'breast');
  const out = handleTurn(before, { kind: 'message', text: message }, ctx(locale));
  const after = out.doc ?? before;
  // An answer that needs help now (0 feeds) ends the check-in there: it is filed in the check-in kept
  const ended = !after.draft?.checkin && after.checkins.length > before.checkins.length ? after.checkins.at(-1) : undefined;
  const values = (openDialog(after)?.name === 'checkin' ? openDialog(after)!.values : ended) ?? {};
  const value = values[question as keyof typeof values] as Expected | undefined;
  if (value !== undefined) return value;
  return openDialog(after)?.name === 'checkin' && openDialog(after)!.step !== question ? 'skip' : 'not';
}

describe('typed check-in answers with words around the number', () => {
  it.each(TABLE)('%s %s "%s" files %j', (locale, question, message, expected) => {
    expect(filed(locale, question, message)).toEqual(expected);
  });
});

describe('between two numbers, she gets the same question again, short, never a topic or the help', () => {
  it.each<[Locale, 'feeds' | 'pumpMl', string]>([
    ['nb', 'feeds', '5 eller 6?'],
    ['nn', 'feeds', '6 eller 7 trur eg'],
    ['en', 'feeds', 'um like 6 or 7 times?'],
    ['en', 'pumpMl', 'um like 6 or 7 times?'],
  ])('%s %s "%s"', (locale, question, message) => {
    const before = inCheckin(locale, question === 'pumpMl' ? 'pump' : 'breast');
    const out = handleTurn(before, { kind: 'message', text: message }, ctx(locale));
    expect(out.replies.map((reply) => (reply.kind === 'text' ? reply.key : reply.kind))).toEqual([`checkin:again.${question}`]);
    expect(openDialog(out.doc ?? before)?.step).toBe(question);
  });
});
