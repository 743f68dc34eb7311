import type { TurnOutcome } from '../../dialogs/turn';
import { sentBy, type Reply } from '../../dialogs/reply';
import { checkinDue } from '../../dialogs/handle-turn';
import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { NOW, onboarded, replyKeys, talk } from './support/day-three';

/**
 * A walk found the English buttons sending Norwegian words («Skip» sent «hopp over», «Yes» sent «ja»),
 * which Teams shows as her own message. Each button now sends words of her language, and the bot
 * reads them as it reads the Norwegian ones.
 */
type Turned = { doc: MotherDocument | undefined; last: TurnOutcome };
const buttonsOf = (out: Turned): NonNullable<Extract<Reply, { kind: 'text' }>['suggestions']> =>
  out.last.replies.flatMap((reply) => (reply.kind === 'text' ? (reply.suggestions ?? []) : []));
/** Taps the button with this title key: sends what it sends in her language. */
function tapButton(out: Turned, locale: Locale, titleKey: string | number): Turned & { sent: string } {
  const buttons = buttonsOf(out);
  const button = typeof titleKey === 'number' ? buttons[titleKey] : buttons.find((candidate) => candidate.titleKey === titleKey);
  if (!button) throw new Error(`no button ${titleKey} in ${JSON.stringify(replyKeys(out.last))}`);
  const sent = sentBy(button, locale);
  return { ...talk(out.doc, locale, sent), sent };
}
const NORWEGIAN_ONLY = /\b(hopp over|ja|nei|svart|grønnbrun|ingen|ammer|pumper|begge|ganger|hver gang|uken min|kl|født|fødd)\b/;

describe.each<Locale>(['nb', 'nn', 'en'])('what the buttons send (%s)', (locale) => {
  const english = locale === 'en';
  const sends = (sent: string) => (english ? expect(sent).not.toMatch(NORWEGIAN_ONLY) : undefined);

  it('«Skip» in the check-in skips the question', () => {
    const open = { doc: checkinDue(onboarded(locale), NOW).doc, last: { replies: [], locale } as unknown as TurnOutcome };
    const opened = talk(open.doc, locale, 'hmm');
    const skipped = tapButton(opened, locale, 'common:answer.skip');
    sends(skipped.sent);
    expect(replyKeys(skipped.last)).toContain('checkin:question.pumpMl');
  });

  it('each stool colour button stores that colour', () => {
    for (const [titleKey, stool] of [['cards:log.stoolKind.meconium', 'meconium'], ['cards:log.stoolKind.transitional', 'transitional'], ['cards:log.stoolKind.yellow', 'yellow']] as const) {
      const asked = talk(onboarded(locale), locale, { nb: 'bæsjebleie', nn: 'bæsjebleie', en: 'poopy diaper' }[locale]);
      const tapped = tapButton(asked, locale, titleKey);
      sends(tapped.sent);
      expect(tapped.doc!.events.filter((event) => event.type === 'diaper').map((event) => (event.type === 'diaper' ? event.stool : undefined))).toEqual([stool]);
    }
  });

  it('«No» to deleting her data keeps it, «Yes» deletes it', () => {
    const asked = talk(onboarded(locale), locale, { nb: 'slett mine data', nn: 'slett dataa mine', en: 'delete my data' }[locale]);
    const kept = tapButton(asked, locale, 'dialog:delete.no');
    sends(kept.sent);
    expect(kept.doc).toBeDefined();
    const deleted = tapButton(asked, locale, 'dialog:delete.yes');
    sends(deleted.sent);
    expect(deleted.last.doc).toBeNull();
  });

  it('«7 sessions» when the pumping answer was in doubt asks the ml of each', () => {
    const atPump = talk(checkinDue(onboarded(locale), NOW).doc, locale, '8');
    const doubt = talk(atPump.doc, locale, 'about 7 i think');
    const tapped = tapButton(doubt, locale, 'checkin:unitInDoubt.times');
    sends(tapped.sent);
    expect(replyKeys(tapped.last)).toContain('dialog:log.askEachMl');
  });

  it('the miss\'s log button logs a feed, and its help button shows the help', () => {
    const missed = talk(onboarded(locale), locale, 'blabla');
    const fed = tapButton(missed, locale, 'dialog:missed.feedNow');
    sends(fed.sent);
    expect(fed.doc!.events.filter((event) => event.type === 'feed')).toHaveLength(1);
    const help = tapButton(missed, locale, 'dialog:missed.help');
    expect(replyKeys(help.last)).toEqual(['common:help.intro']);
  });
});

describe.each<[Locale, string, string]>([
  ['nb', 'hei', 'i går kl 23'],
  ['nn', 'hei, eg har nettopp fødd', 'i går kl 23'],
  ['en', 'hello', 'yesterday at 11 pm'],
])('the onboarding buttons (%s)', (locale, hello, birth) => {
  it.each<[string, string]>([
    ['dialog:onboarding.modeBreast', 'breast'],
    ['dialog:onboarding.modePump', 'pump'],
    ['dialog:onboarding.modeBoth', 'both'],
  ])('«Yes», %s, «Skip» and «09:00» onboard her with her mode', (modeKey, mode) => {
    const welcomed = talk(undefined, locale, hello);
    const consented = tapButton(welcomed, locale, 'common:answer.yes');
    const born = talk(consented.doc, locale, birth);
    const moded = tapButton(born, locale, modeKey);
    const skipped = tapButton(moded, locale, 'common:answer.skip');
    const timed = tapButton(skipped, locale, 'dialog:onboarding.default0900');
    for (const sent of [consented.sent, moded.sent, skipped.sent]) if (locale === 'en') expect(sent).not.toMatch(NORWEGIAN_ONLY);
    expect(timed.doc!.profile).toMatchObject({ feedingMode: mode, checkInTime: '09:00' });
  });
});

/** At 14:00 on 26 November: «yesterday at 7» is 07:00 or 19:00 on the 25th, asked with a button for each. */
describe.each<[Locale, string, string, string]>([
  ['nb', 'hei', 'i går kl 7', 'født i går kl 7'],
  ['nn', 'hei, eg har nettopp fødd', 'i går kl 7', 'fødd i går kl 7'],
  ['en', 'hello', 'yesterday at 7', 'born yesterday at 7'],
])('the birth hour buttons (%s)', (locale, hello, birth, bornAgain) => {
  const english = locale === 'en';

  it('in onboarding, the evening button keeps 19:00 as her birth', () => {
    const consented = tapButton(talk(undefined, locale, hello), locale, 'common:answer.yes');
    const asked = talk(consented.doc, locale, birth);
    const evening = tapButton(asked, locale, 1);
    if (english) expect(evening.sent).not.toMatch(NORWEGIAN_ONLY);
    const moded = tapButton(evening, locale, 'dialog:onboarding.modeBoth');
    const skipped = tapButton(moded, locale, 'common:answer.skip');
    const timed = tapButton(skipped, locale, 'dialog:onboarding.default0900');
    expect(timed.doc!.profile!.birthAt).toBe('2026-11-25T18:00:00.000Z');
  });

  it('once onboarded, the morning button changes her birth to 07:00', () => {
    const asked = talk(onboarded(locale), locale, bornAgain);
    const morning = tapButton(asked, locale, 0);
    if (english) expect(morning.sent).not.toMatch(NORWEGIAN_ONLY);
    expect(morning.doc!.profile!.birthAt).toBe('2026-11-25T06:00:00.000Z');
  });
});

/**
 * A helper found «for 2 dager siden kl 3», «i forgårs kl 4», «onsdag kl 5» and «2 days ago at 3» stored as a
 * morning birth without asking, where «i går kl 3» asks which: a day said in words, its hour on a 12-hour
 * dial, is asked about the same way.
 */
describe.each<[Locale, string, string]>([
  ['nb', 'hei', 'for 2 dager siden kl 3'],
  ['nn', 'hei, eg har nettopp fødd', 'for 2 dagar sidan kl 3'],
  ['en', 'hello', '2 days ago at 3'],
])('a birth hour on a day said in words (%s)', (locale, hello, birth) => {
  it('asks 03:00 or 15:00, and the afternoon button keeps 15:00', () => {
    const consented = tapButton(talk(undefined, locale, hello), locale, 'common:answer.yes');
    const asked = talk(consented.doc, locale, birth);
    expect(buttonsOf(asked)).toHaveLength(2);
    const afternoon = tapButton(asked, locale, 1);
    const moded = tapButton(afternoon, locale, 'dialog:onboarding.modeBoth');
    const skipped = tapButton(moded, locale, 'common:answer.skip');
    const timed = tapButton(skipped, locale, 'dialog:onboarding.default0900');
    expect(timed.doc!.profile!.birthAt).toBe('2026-11-24T14:00:00.000Z');
  });
});
