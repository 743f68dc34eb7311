import { handleTurn } from '../../dialogs/handle-turn';
import { runTurns } from './support/run-turns';
import type { TurnContextInfo, TurnInput, TurnOutcome } from '../../dialogs/turn';
import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { openDialog } from './support/open-dialog';

const NOW = '2026-11-26T09:00:00.000Z';
const BIRTH = '2026-11-24T02:10:00.000Z';
let ids = 0;
const ctx = (locale: Locale): TurnContextInfo => ({ motherId: 'm', now: NOW, channelLocale: locale, defaultLocale: 'nb', defaultTimezone: 'Europe/Oslo', newId: () => `id-${ids++}` });
const say = (text: string): TurnInput => ({ kind: 'message', text });
const tap = (value: Record<string, unknown>): TurnInput => ({ kind: 'message', text: '', value });
const onboardValue = (extra: Record<string, unknown> = {}) => ({ action: 'onboard', birthAt: BIRTH, feedingMode: 'both', checkInTime: '09:00', timezone: 'Europe/Oslo', consent: true, ...extra });

const run = (doc: MotherDocument | undefined, inputs: TurnInput[], locale: Locale = 'nb') => runTurns(doc, inputs, ctx(locale));

const keys = (outcome: TurnOutcome) => outcome.replies.map((r) => (r.kind === 'text' ? r.key : r.kind));
const words = { nb: { yes: 'ja', no: 'nei' }, nn: { yes: 'ja', no: 'nei' }, en: { yes: 'yes', no: 'no' } } as const;

/** A mother who consented, onboarded and logged a feed and a pump session. */
function withLogs(locale: Locale): MotherDocument {
  return run(undefined, [tap(onboardValue()), tap({ action: 'log', type: 'feed' }), tap({ action: 'log', type: 'pump', ml: 25, double: true })], locale).doc!;
}

const NOT_TRUE: Array<[string, Record<string, unknown>]> = [
  ['false', { consent: false }],
  ['"false"', { consent: 'false' }],
  ['1', { consent: 1 }],
  ['missing', { consent: undefined }],
  ['null', { consent: null }],
  ['"true " with a space', { consent: 'true ' }],
];

describe.each<Locale>(['nb', 'nn', 'en'])('an onboard card without consent: true from a mother who consented (%s)', (locale) => {
  it.each(NOT_TRUE)('consent %s asks once what withdrawing means, and deletes nothing', (_name, extra) => {
    const before = withLogs(locale);
    const asked = handleTurn(before, tap(onboardValue(extra)), ctx(locale));
    expect(asked.doc).not.toBeNull();
    expect(keys(asked)).toEqual(['dialog:delete.withdrawConsent']);
    expect(asked.replies[0]).toMatchObject({ suggestions: [{ titleKey: 'dialog:delete.yes' }, { titleKey: 'dialog:delete.no' }] });
    const after = asked.doc as MotherDocument;
    expect(after.consent).toBe('given');
    expect(after.events).toEqual(before.events);
    expect(after.findings).toEqual(before.findings);
    expect(after.profile).toEqual(before.profile);
    expect(openDialog(after)).toMatchObject({ name: 'confirm-delete' });
  });

  it('"no" keeps everything, and a later "yes" deletes nothing', () => {
    const before = withLogs(locale);
    const kept = run(before, [tap(onboardValue({ consent: false })), say(words[locale].no)], locale);
    expect(keys(kept.last)).toEqual(['dialog:delete.kept']);
    expect(kept.doc).toMatchObject({ consent: 'given', events: before.events, profile: before.profile });
    const later = run(kept.doc, [say(words[locale].yes)], locale);
    expect(later.last.doc).not.toBeNull();
    expect(later.doc?.events).toEqual(before.events);
  });

  it('only a clear "yes" deletes everything', () => {
    const deleted = run(withLogs(locale), [tap(onboardValue({ consent: 'false' })), say(words[locale].yes)], locale);
    expect(deleted.last.doc).toBeNull();
    expect(keys(deleted.last)).toEqual(['dialog:delete.done']);
  });

  it('anything else keeps everything: another card, a log, a question', () => {
    for (const next of [tap(onboardValue({ consent: false })), tap({ action: 'log', type: 'feed' }), say('status'), say('hvordan melker jeg ut for hånd?')]) {
      const before = withLogs(locale);
      const { doc, last } = run(before, [tap(onboardValue({ consent: false })), next], locale);
      expect(last.doc).not.toBeNull();
      expect(doc?.consent).toBe('given');
      expect(doc!.events.length).toBeGreaterThanOrEqual(before.events.length);
      expect(doc!.events.slice(0, before.events.length)).toEqual(before.events);
    }
  });

  it('also in the middle of onboarding by text, once she has said yes', () => {
    const midway = run(undefined, [say('hei'), say(words[locale].yes), say('24.11 kl 03.10')], locale).doc!;
    expect(midway).toMatchObject({ consent: 'given' });
    expect(openDialog(midway)).toMatchObject({ name: 'onboarding', step: 'mode' });
    const asked = handleTurn(midway, tap(onboardValue({ consent: false })), ctx(locale));
    expect(keys(asked)).toEqual(['dialog:delete.withdrawConsent']);
    expect(asked.doc).toMatchObject({ consent: 'given', createdAt: midway.createdAt });
    // "nei" keeps what she answered, and onboarding goes on at the question it had reached
    const kept = handleTurn(asked.doc as MotherDocument, say(words[locale].no), ctx(locale));
    expect(keys(kept)).toEqual(['dialog:delete.kept', 'dialog:onboarding.mode']);
    expect(openDialog(kept.doc ?? (asked.doc as MotherDocument))).toMatchObject({ name: 'onboarding', step: 'mode', values: { birthAt: BIRTH } });
  });
});

describe('an onboard card without consent: true from a mother who has not consented keeps what it did', () => {
  it.each(NOT_TRUE)('consent %s: she is told nothing is stored, and nothing but the refusal is', (_name, extra) => {
    const welcomed = run(undefined, [say('hei')]).doc!;
    const out = handleTurn(welcomed, tap(onboardValue(extra)), ctx('nb'));
    expect(keys(out)).toEqual(['common:consent.refused']);
    expect(out.doc).toMatchObject({ consent: 'refused', events: [], findings: [], checkins: [] });
    expect((out.doc as MotherDocument).profile).toBeUndefined();
  });

  it('from no document at all', () => {
    const out = handleTurn(undefined, tap(onboardValue({ consent: false })), ctx('en'));
    expect(keys(out)).toEqual(['common:consent.refused']);
    expect(out.doc).toMatchObject({ consent: 'refused', events: [] });
  });

  it('after a refusal', () => {
    const refused = run(undefined, [say('hei'), say('nei')]).doc!;
    const out = handleTurn(refused, tap(onboardValue({ consent: false })), ctx('nb'));
    expect(keys(out)).toEqual(['common:consent.refused']);
  });
});

describe('an onboard card with consent: true from a mother already onboarded (an old card tapped again)', () => {
  it('wipes nothing and adds nothing twice', () => {
    const before = withLogs('nb');
    const again = handleTurn(before, tap(onboardValue()), ctx('nb'));
    const after = again.doc as MotherDocument;
    expect(after.events).toEqual(before.events);
    expect(after.findings).toEqual(before.findings);
    expect(after.checkins).toEqual(before.checkins);
    expect(after.profile).toEqual(before.profile);
    expect(keys(again)).toEqual(['common:onboarding.done', 'card']);
  });

  it('keeps the first hour she gave when the card leaves it out', () => {
    const before = run(undefined, [tap(onboardValue({ firstHour: 'yes' }))]).doc!;
    const after = handleTurn(before, tap(onboardValue({ checkInTime: '08:00' })), ctx('nb')).doc as MotherDocument;
    expect(after.profile).toMatchObject({ firstHour: 'yes', checkInTime: '08:00' });
  });

  it('refuses a birth moved past something she logged, as the typed correction does', () => {
    const before = run(undefined, [tap(onboardValue()), tap({ action: 'log', type: 'feed', at: '2026-11-25T10:00:00.000Z' })]).doc!;
    const out = handleTurn(before, tap(onboardValue({ birthAt: '2026-11-25T12:00:00.000Z' })), ctx('nb'));
    expect(out.doc).toBeUndefined();
    expect(keys(out)).toEqual(['dialog:birth.afterEvents']);
  });

  it('a birth moved earlier starts the week again from it, with everything she logged kept', () => {
    const before = withLogs('nb');
    const out = handleTurn(before, tap(onboardValue({ birthAt: '2026-11-24T01:10:00.000Z' })), ctx('nb'));
    const after = out.doc as MotherDocument;
    expect(after.profile?.birthAt).toBe('2026-11-24T01:10:00.000Z');
    expect(after.events).toEqual(before.events);
  });
});

describe('"delete my data" in the middle of onboarding by text, then "no"', () => {
  it.each<Locale>(['nb', 'nn', 'en'])('goes on at the question it had reached, also after a skipped first-hour question (%s)', (locale) => {
    const w = words[locale];
    const skip = locale === 'en' ? 'skip' : 'hopp over';
    const deleteMine = locale === 'en' ? 'delete my data' : locale === 'nn' ? 'slett dataa mine' : 'slett mine data';
    const reached = run(undefined, [say('hei'), say(w.yes), say('24.11 kl 03.10'), say('begge'), say(skip)], locale).doc!;
    expect(openDialog(reached)).toMatchObject({ name: 'onboarding', step: 'checkinTime' });
    const kept = run(reached, [say(deleteMine), say(w.no)], locale);
    expect(keys(kept.last)).toEqual(['dialog:delete.kept', 'dialog:onboarding.checkinTime']);
    const done = run(kept.doc, [say('09:00')], locale).doc!;
    expect(done.profile).toMatchObject({ birthAt: BIRTH, feedingMode: 'both', checkInTime: '09:00' });
    expect(done.profile).not.toHaveProperty('firstHour');
  });
});
