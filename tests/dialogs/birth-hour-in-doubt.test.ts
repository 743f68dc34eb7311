import { t } from '../../src/support/i18n';
import { sentBy, type Reply } from '../../dialogs/reply';
import { phraseText } from '../../src/edge/render';
import type { Locale } from '../../src/mother/profile';
import { openDialog } from './support/open-dialog';
import { runTurns } from './support/run-turns';
import { ctx, onboarded, replyKeys, say } from './support/day-three';

// At 03:40 in Oslo on 26 November (02:40 UTC): «i går kl 7» may be 25 November 07:00 or 19:00.
const AT_0340 = (locale: Locale) => ({ ...ctx(locale), now: '2026-11-26T02:40:00.000Z' });
const TO_BIRTH: Record<Locale, string[]> = { nb: ['hei', 'ja'], nn: ['hei, eg er ny her', 'ja'], en: ['hello', 'yes'] };
const shown = (locale: Locale, reply: Reply | undefined) => (reply?.kind === 'text' ? phraseText(locale, reply.key, reply.params) : '');

describe.each<[Locale, string, RegExp]>([
  ['nb', 'i går kl 7', /i går kl\. 07\.00 eller i går kl\. 19\.00/],
  ['nn', 'i går kl 7', /i går kl\. 07\.00 eller i går kl\. 19\.00/],
  ['en', 'yesterday at 7', /yesterday at 07:00 or yesterday at 19:00/],
])('a birth at a bare hour that fits twice on its day (%s «%s» at 03:40; found in a walk: read as 19:00 without a word)', (locale, typed, both) => {
  const asked = () => runTurns(undefined, [...TO_BIRTH[locale], typed].map(say), AT_0340(locale));

  it('keeps no birth and asks which, with a button for each hour', () => {
    const out = asked();
    expect(replyKeys(out.last)).toEqual(['dialog:onboarding.birthWhichHour']);
    expect(shown(locale, out.last.replies[0])).toMatch(both);
    expect(openDialog(out.doc)).toMatchObject({ name: 'onboarding', step: 'birth', values: {} });
  });

  it.each<[number, string]>([
    [0, '2026-11-25T06:00:00.000Z'],
    [1, '2026-11-25T18:00:00.000Z'],
  ])('the button %i keeps that hour and goes on', (index, birthAt) => {
    const first = asked();
    const reply = first.last.replies[0]!;
    const value = reply.kind === 'text' ? sentBy(reply.suggestions![index]!, locale) : undefined;
    const out = runTurns(first.doc, [say(value!)], AT_0340(locale));
    expect(openDialog(out.doc)).toMatchObject({ name: 'onboarding', step: 'mode', values: { birthAt } });
  });
});

describe.each<[Locale, string, string]>([
  ['nb', 'i går kl 22', '2026-11-25T21:00:00.000Z'],
  ['nb', 'i går kl 7 om kvelden', '2026-11-25T18:00:00.000Z'],
  ['nn', 'i går kl 07', '2026-11-25T06:00:00.000Z'],
  ['en', 'yesterday at 7 pm', '2026-11-25T18:00:00.000Z'],
  ['nb', 'kl 3', '2026-11-26T02:00:00.000Z'],
])('a birth hour that fits once (%s «%s») is kept at once', (locale, typed, birthAt) => {
  it('goes on to the feeding question', () => {
    const out = runTurns(undefined, [...TO_BIRTH[locale], typed].map(say), AT_0340(locale));
    expect(openDialog(out.doc)).toMatchObject({ name: 'onboarding', step: 'mode', values: { birthAt } });
  });
});

describe('the buttons read as their hour when the client sends their title (the Teams Playground does)', () => {
  it.each<Locale>(['nb', 'nn', 'en'])('%s', (locale) => {
    const first = runTurns(undefined, [...TO_BIRTH[locale], locale === 'en' ? 'yesterday at 7' : 'i går kl 7'].map(say), AT_0340(locale));
    const reply = first.last.replies[0]!;
    const titles = reply.kind === 'text' ? (reply.suggestions ?? []).map((s) => phraseText(locale, s.titleKey, s.titleParams)) : [];
    expect(titles).toHaveLength(2);
    const births = titles.map((title) => openDialog(runTurns(first.doc, [say(title)], AT_0340(locale)).doc)?.values?.birthAt);
    expect(births).toEqual(['2026-11-25T06:00:00.000Z', '2026-11-25T18:00:00.000Z']);
  });
});

/**
 * A walk (i-walk37): onboarded, at 03:40, she wrote «født i går kl 7» to change the birth and read
 * «Fødselstidspunktet er endret til … 19:00» without a word of 07.00. The change asks as onboarding
 * does, the birth kept until she taps one; each button (its value, or its title as Teams sends it) changes it.
 */
describe.each<[Locale, string, RegExp]>([
  ['nb', 'født i går kl 7', /i går kl\. 07\.00 eller i går kl\. 19\.00/],
  ['nn', 'fødd i går kl 7', /i går kl\. 07\.00 eller i går kl\. 19\.00/],
  ['en', 'born yesterday at 7', /yesterday at 07:00 or yesterday at 19:00/],
])('the birth changed later to a bare hour that fits twice (%s «%s» at 03:40)', (locale, typed, both) => {
  const BORN = '2026-11-25T21:00:00.000Z';
  const mother = () => onboarded(locale, 'both', BORN);
  const asked = () => runTurns(mother(), [say(typed)], AT_0340(locale));

  it('keeps the birth as it was and asks which, with a button for each hour', () => {
    const out = asked();
    expect(replyKeys(out.last)).toEqual(['dialog:onboarding.birthWhichHour']);
    expect(shown(locale, out.last.replies[0])).toMatch(both);
    expect(out.doc!.profile!.birthAt).toBe(BORN);
  });

  it.each<[number, string, string]>([
    [0, '2026-11-25T06:00:00.000Z', '07'],
    [1, '2026-11-25T18:00:00.000Z', '19'],
  ])('the button %i changes the birth to that hour, by its value or by its title', (index, birthAt, hour) => {
    const first = asked();
    const reply = first.last.replies[0]!;
    const button = reply.kind === 'text' ? reply.suggestions?.[index] : undefined;
    const byValue = runTurns(first.doc, [say(sentBy(button!, locale))], AT_0340(locale));
    expect(replyKeys(byValue.last)).toContain('dialog:birth.changed');
    expect(byValue.doc!.profile!.birthAt).toBe(birthAt);
    // Said back as every other time is: the day named, then the hour («i går kl. 19.00», «yesterday at 19:00»).
    const said = shown(locale, byValue.last.replies.find((r) => r.kind === 'text' && r.key === 'dialog:birth.changed'));
    expect(said).toContain(shown(locale, { kind: 'text', key: 'common:logged.when.yesterday', params: { hour, minute: '00' } }));
    const title = t(locale, button!.titleKey, button!.titleParams);
    const byTitle = runTurns(first.doc, [say(title)], AT_0340(locale));
    expect(byTitle.doc!.profile!.birthAt).toBe(birthAt);
  });

  it('a birth day with no hour changes nothing and asks for the hour', () => {
    const out = runTurns(mother(), [say(locale === 'en' ? 'born yesterday' : locale === 'nn' ? 'fødd i går' : 'født i går')], AT_0340(locale));
    expect(out.doc?.profile?.birthAt ?? BORN).toBe(BORN);
    expect(replyKeys(out.last)).toEqual(['dialog:onboarding.birthNeedsTime']);
  });
});
