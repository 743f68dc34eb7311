import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handleTurn } from '../../dialogs/handle-turn';
import type { TurnContextInfo, TurnInput } from '../../dialogs/turn';
import { DOCUMENT_SCHEMA_VERSION, type MotherDocument } from '../../src/store/mother-document';
import { upgradeDocument } from '../../src/store/upgrade-document';
import { runTurns } from '../dialogs/support/run-turns';

/** Documents as the code before the mother's machine (document version 1) wrote them: see fixtures/v1. */
const v1 = (name: string): MotherDocument => JSON.parse(readFileSync(join(__dirname, 'fixtures', 'v1', `${name}.json`), 'utf8')) as MotherDocument;

let ids = 0;
const ctx = (now: string): TurnContextInfo => ({ motherId: 'fixture-mother', now, channelLocale: 'nb', defaultLocale: 'nb', defaultTimezone: 'Europe/Oslo', newId: () => `new-${ids++}` });
const say = (text: string): TurnInput => ({ kind: 'message', text });
const keys = (replies: ReturnType<typeof handleTurn>['replies']) => replies.map((reply) => (reply.kind === 'text' ? reply.key : reply.kind));

/** Everything of hers but where the conversation stood, which version 2 keeps elsewhere. */
const herData = ({ dialog: _dialog, machine: _machine, draft: _draft, schemaVersion: _version, ...rest }: MotherDocument & { dialog?: unknown }) => rest;

describe.each(['onboarding', 'mid-checkin', 'whole-week'])('a version-1 document (%s) read today', (name) => {
  it('keeps every answer, log, finding and setting, and carries a state of her machine', () => {
    const before = v1(name);
    const after = upgradeDocument(before);
    expect(before.schemaVersion).toBe(1);
    expect(after.schemaVersion).toBe(DOCUMENT_SCHEMA_VERSION);
    expect(herData(after)).toEqual(herData(before));
    expect(after).not.toHaveProperty('dialog');
    expect(after.machine).toMatchObject({ version: 2 });
  });

  it('is upgraded once: a document of today is left as it is', () => {
    const once = upgradeDocument(v1(name));
    expect(upgradeDocument(once)).toBe(once);
  });
});

describe('version-1 documents go on where they were', () => {
  it('in the middle of onboarding: the next typed answer is the feeding mode, and the birth she gave is kept', () => {
    const doc = upgradeDocument(v1('onboarding'));
    expect(doc.machine!.value.conversation).toEqual({ onboarding: 'mode' });
    const now = '2026-11-24T10:05:00.000Z';
    const mode = handleTurn(doc, say('begge'), ctx(now));
    expect(keys(mode.replies)).toEqual(['dialog:onboarding.firstHour']);
    const { doc: done } = runTurns(mode.doc as MotherDocument, [say('ja'), say('09:00')], ctx(now));
    expect(done?.profile).toMatchObject({ birthAt: '2026-11-24T02:10:00.000Z', feedingMode: 'both', firstHour: 'yes', checkInTime: '09:00' });
  });

  it('in the middle of a check-in: the next number answers the open question, and the answers before it are kept', () => {
    const doc = upgradeDocument(v1('mid-checkin'));
    expect(doc.machine!.value).toEqual({ week: 'daysOneToThree', conversation: { onboarded: { checkin: 'wetDiapers' } } });
    const now = '2026-11-26T08:10:00.000Z';
    const wet = handleTurn(doc, say('5'), ctx(now));
    expect(keys(wet.replies)).toEqual(['dialog:checkin.gotIt', 'checkin:question.yellowStools']);
    const done = handleTurn(wet.doc as MotherDocument, say('3'), ctx(now)).doc as MotherDocument;
    expect(done.checkins.at(-1)).toMatchObject({ feeds: 7, pumpMl: [15, 20], wetDiapers: 5, yellowStools: 3 });
    expect(done.draft?.checkin).toBeUndefined();
  });

  it('after a whole week: her week is over, and what she logged answers her status', () => {
    const before = v1('whole-week');
    const doc = upgradeDocument(before);
    expect(doc.machine!.value).toEqual({ week: 'afterWeek', conversation: { onboarded: 'idle' } });
    const status = handleTurn(doc, say('status'), ctx('2026-12-01T12:00:00.000Z'));
    expect(keys(status.replies)).toEqual(['dialog:status.numbers', 'findings:stage.afterWeek']);
    const undo = handleTurn(doc, say('angre'), ctx('2026-12-01T12:00:00.000Z')).doc as MotherDocument;
    expect(undo.events.length + undo.checkins.length).toBeLessThan(before.events.length + before.checkins.length);
  });
});
