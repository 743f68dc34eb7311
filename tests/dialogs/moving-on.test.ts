import { handleTurn } from '../../dialogs/handle-turn';
import { runTurns } from './support/run-turns';
import type { TurnContextInfo, TurnInput, TurnOutcome } from '../../dialogs/turn';
import type { MotherDocument } from '../../src/store/mother-document';

const NOW = '2026-11-26T09:00:00.000Z';
const BIRTH = '2026-11-24T02:10:00.000Z';
let ids = 0;
const ctx: TurnContextInfo = { motherId: 'm', now: NOW, channelLocale: 'nb', defaultLocale: 'nb', defaultTimezone: 'Europe/Oslo', newId: () => `id-${ids++}` };
const say = (text: string): TurnInput => ({ kind: 'message', text });
const tap = (value: Record<string, unknown>): TurnInput => ({ kind: 'message', text: '', value });

/** Runs inputs as the pipeline stores them; returns the document and the last outcome. */
const run = (doc: MotherDocument | undefined, inputs: TurnInput[]) => runTurns(doc, inputs, ctx);

const onboarded = () => run(undefined, [tap({ action: 'onboard', birthAt: BIRTH, feedingMode: 'both', checkInTime: '09:00', timezone: 'Europe/Oslo', consent: true })]).doc!;
const keys = (outcome: TurnOutcome) => outcome.replies.map((r) => (r.kind === 'text' ? r.key : r.kind));

describe('an open yes/no question is answered only by her next message', () => {
  it('a card tap after "slett mine data" moves on: a later "ja" deletes nothing', () => {
    const { doc, last } = run(onboarded(), [say('slett mine data'), tap({ action: 'log', type: 'feed' }), say('ja')]);
    expect(doc).toBeDefined();
    expect(doc!.events.filter((e) => e.type === 'feed')).toHaveLength(1);
    expect(keys(last)).not.toContain('dialog:delete.done');
  });

  it('a refused card value also closes the question', () => {
    const { doc } = run(onboarded(), [say('slett mine data'), tap({ action: 'log', type: 'pump', ml: -5 }), say('ja')]);
    expect(doc).toBeDefined();
  });
});

describe('data rights during onboarding', () => {
  it('"slett mine data" after consent asks once before deleting', () => {
    const asked = run(undefined, [say('hei'), say('ja'), say('slett mine data')]);
    expect(asked.doc).toBeDefined();
    expect(keys(asked.last)).toEqual(['dialog:delete.confirm']);
    const confirmed = run(asked.doc, [say('ja')]);
    expect(confirmed.doc).toBeUndefined();
    expect(keys(confirmed.last)).toEqual(['dialog:delete.done']);
  });

  it('after a refusal, deleting the refusal is confirmed too', () => {
    const refused = run(undefined, [say('hei'), say('nei'), say('slett mine data')]);
    expect(keys(refused.last)).toEqual(['dialog:delete.confirm']);
    expect(run(refused.doc, [say('ja')]).doc).toBeUndefined();
  });
});

describe('card values are checked, not guessed', () => {
  it.each([
    [{ action: 'log', type: 'diaper', wet: 'yes', stool: 'yellow' }],
    [{ action: 'log', type: 'pump', ml: 20, double: 'maybe' }],
    [{ action: 'log', type: 'feed', minutes: -3 }],
    [{ action: 'log', type: 'feed', minutes: 'long' }],
  ])('%j is refused and nothing is stored', (value) => {
    const before = onboarded();
    const out = handleTurn(before, tap(value), ctx);
    expect(out.doc?.events.length ?? before.events.length).toBe(before.events.length);
    expect(keys(out)).toEqual(['common:invalid.bad-field']);
  });

  it('a 45-minute feed is a feed', () => {
    const { doc } = run(onboarded(), [tap({ action: 'log', type: 'feed', minutes: 45 })]);
    expect(doc!.events.at(-1)).toMatchObject({ type: 'feed', minutes: 45 });
  });

  it('a time without an offset is her local time', () => {
    const { doc } = run(onboarded(), [tap({ action: 'log', type: 'feed', at: '2026-11-26T08:30' })]);
    expect(doc!.events.at(-1)?.at).toBe('2026-11-26T07:30:00.000Z'); // 08:30 in Oslo
  });
});

describe('pump.single follows the session she logged last', () => {
  it('fires for a single session she backdates before a double one', () => {
    const { last } = run(onboarded(), [tap({ action: 'log', type: 'pump', ml: 10, double: true, at: '2026-11-26T08:00:00Z' }), tap({ action: 'log', type: 'pump', ml: 8, double: false, at: '2026-11-26T06:00:00Z' })]);
    expect(last.replies.some((r) => r.kind === 'findings' && [r.lead, ...r.others].some((f) => f.code === 'pump.single'))).toBe(true);
  });
});
