import { readCheckinAnswer, triesAnAnswer } from '../../src/language/checkin-answer';
import type { Locale } from '../../src/mother/profile';

describe('readCheckinAnswer: one number with words around it, a pass, or a correction', () => {
  it.each<[Locale, string, ReturnType<typeof readCheckinAnswer>]>([
    ['nb', '5 ganger tror jeg', { kind: 'answer', values: [5] }],
    ['nb', 'bare 2', { kind: 'answer', values: [2] }],
    ['nb', '2 bare', { kind: 'answer', values: [2] }],
    ['nb', 'seks ganger', { kind: 'answer', values: [6] }],
    ['nb', 'ingen', { kind: 'answer', values: [0] }],
    ['nb', 'vet ikke', { kind: 'skip' }],
    ['nb', 'nei, det var 5', { kind: 'correction', values: [5] }],
    ['nb', 'nei det var 5 ganger ikke 1', { kind: 'correction', values: [5] }],
    ['nb', 'feil, 5', { kind: 'correction', values: [5] }],
    ['nb', '5 ikke 1', { kind: 'correction', values: [5] }],
    ['nn', '6 gonger', { kind: 'answer', values: [6] }],
    ['nn', 'veit ikkje', { kind: 'skip' }],
    ['nn', 'nei, det var 5 ikkje 1', { kind: 'correction', values: [5] }],
    ['en', '6 times I think', { kind: 'answer', values: [6] }],
    ['en', 'none', { kind: 'answer', values: [0] }],
    ['en', "don't know", { kind: 'skip' }],
    ['en', 'no, it was 5', { kind: 'correction', values: [5] }],
    ['en', 'no it was 5 not 1', { kind: 'correction', values: [5] }],
    ['nb', 'nei vent, det var 7', { kind: 'correction', values: [7] }],
    ['nn', 'vent, eigentleg 7', { kind: 'correction', values: [7] }],
    ['en', 'no wait it was 7', { kind: 'correction', values: [7] }],
    ['en', 'actually 7', { kind: 'correction', values: [7] }],
    ['nb', '6?', { kind: 'answer', values: [6] }],
    ['en', 'like 8?', { kind: 'answer', values: [8] }],
    // between two numbers: the question again (with a button for each), never one of them
    ['nb', '5 eller 6', { kind: 'unsure', between: [5, 6] }],
    ['nb', '3 og 4', { kind: 'unsure', between: [3, 4] }],
    ['nb', 'kanskje 6 til 7?', { kind: 'unsure', between: [6, 7] }],
    ['nn', '6 eller 7 trur eg', { kind: 'unsure', between: [6, 7] }],
    ['en', 'um like 6 or 7 times?', { kind: 'unsure', between: [6, 7] }],
    // not an answer
    ['nb', 'nei', undefined],
    ['nb', 'er 5 nok?', undefined],
    ['en', 'is 6 enough?', undefined],
    ['nb', 'ikke 5', undefined],
    ['nb', 'hun sov 5 timer', undefined],
    ['nb', '1 time', undefined],
    ['en', '2 weeks', undefined],
    ['en', 'about 6 ml', undefined],
  ])('%s "%s"', (locale, text, expected) => {
    expect(readCheckinAnswer(text, locale)).toEqual(expected);
  });

  it('reads a list of ml only where the question asks for one', () => {
    expect(readCheckinAnswer('ca 20, 30 og 25 ml', 'nb', { list: true })).toEqual({ kind: 'answer', values: [20, 30, 25] });
    expect(readCheckinAnswer('ca 20, 30 og 25 ml', 'nb')).toBeUndefined();
    expect(readCheckinAnswer('nei, det var 15 og 20', 'nb', { list: true })).toEqual({ kind: 'correction', values: [15, 20] });
  });

  it('a short message with a number is a try at an answer; an article or a long sentence is not', () => {
    expect(triesAnAnswer('5 eller 6', 'nb')).toBe(true);
    expect(triesAnAnswer('fem eller seks', 'nb')).toBe(true);
    expect(triesAnAnswer('hun har en rød prikk', 'nb')).toBe(false);
    expect(triesAnAnswer('babyen har sovet i 5 timer og vil ikke spise noe', 'nb')).toBe(false);
  });
});
